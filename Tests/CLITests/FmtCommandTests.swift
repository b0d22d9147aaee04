import Foundation
import Testing

/// `jx fmt` as an analyst and CI use it: in place, `--check`, standard input.
@Suite struct FmtCommandTests {
    static let messy = "产出 {\n数量 {\n   indicator 报批 target 450亩 actual 30亩   # 上半年\nindicator 初审 target 15个 actual 7个\n}\n}\n"
    static let tidy = "产出 {\n  数量 {\n    indicator 报批  target 450亩  actual 30亩  # 上半年\n    indicator 初审  target 15个   actual 7个\n  }\n}\n"

    @Test func checkListsWhatWouldChangeAndChangesNothing() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.messy, "a.jx", in: dir)
        try CLI.write(Self.tidy, "b.jx", in: dir)
        let r = try CLI.run(["fmt", "--check", "."], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "./a.jx\n")
        #expect(CLI.read("a.jx", in: dir) == Self.messy)
        #expect(try CLI.run(["fmt", "--check", "b.jx"], in: dir).status == 0)
    }

    @Test func rewritesInPlace() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.messy, "a.jx", in: dir)
        let r = try CLI.run(["fmt", "a.jx"], in: dir)
        #expect(r.status == 0)
        #expect(CLI.read("a.jx", in: dir) == Self.tidy)
        #expect(try CLI.run(["fmt", "--check", "a.jx"], in: dir).status == 0)
    }

    @Test func standardInputToStandardOutput() throws {
        let r = try CLI.run(["fmt", "-"], stdin: Self.messy)
        #expect(r.status == 0)
        #expect(r.stdout == Self.tidy)
    }

    @Test func aScriptWithSyntaxErrorsIsLeftAlone() throws {
        let dir = try CLI.scratch()
        let broken = "indicator 报批 target\n  budget {\n"
        try CLI.write(broken, "x.jx", in: dir)
        let r = try CLI.run(["fmt", "x.jx"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("[E-syntax]"), "\(r.stderr)")
        #expect(CLI.read("x.jx", in: dir) == broken)
    }

    @Test func theProjectsScriptsAreFormatted() throws {
        let r = try CLI.run(["fmt", "--check", "Scripts"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }
}
