import Testing
import Foundation

/// `jx repl` through a pipe, as a script would drive it: plain lines in, plain text out
/// (no prompt, no escape codes), exit 0; and a saved scenario run by `jx report`.
@Suite struct ReplCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("Scripts/examples/qiemo-2021.jx").path

    struct Run { var out: String; var err: String; var status: Int32 }
    struct MissingBinary: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) is not built: run `swift build` before the CLI tests" }
    }

    /// Runs the built `jx` with `stdin` piped in.
    static func jx(_ args: [String], stdin: String = "") throws -> Run {
        let binary = root.appendingPathComponent(".build/debug/jx")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            // `swift test` builds the test targets, not the executable: `swift build` first.
            throw MissingBinary(path: binary.path)
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        let input = Pipe(), output = Pipe(), errors = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = errors
        try p.run()
        input.fileHandleForWriting.write(stdin.data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self), status: p.terminationStatus)
    }

    @Test func aSessionThroughAPipe() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-repl-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let saved = dir.appendingPathComponent("加速.jx").path
        let lines = """
        新增建设用地报批.完成率
        indicator 新增建设用地报批 target 450亩 actual 300亩
        :undo
        新增建设用地报批.完成率
        solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%
        :redo
        :save \(saved)
        :save \(ReplCLITests.seed)
        未知名字
        :quit
        新增建设用地报批.完成率
        """
        let r = try ReplCLITests.jx(["repl", ReplCLITests.seed], stdin: lines + "\n")
        #expect(r.status == 0)
        #expect(!r.out.contains("\u{1B}") && !r.err.contains("\u{1B}"))
        #expect(!r.out.contains("jx> "))
        let out = r.out.split(separator: "\n").map(String.init)
        #expect(out.count > 3 && out[1] == "6.67%", "\(r.out)")
        #expect(r.out.contains("新增建设用地报批  完成率 6.67% → 66.67%"))
        #expect(r.out.contains("undone: indicator 新增建设用地报批 target 450亩 actual 300亩"))
        #expect(r.out.contains("新增建设用地报批.actual = 450亩"))
        #expect(r.out.contains("saved 1 change as scenario 加速"))
        #expect(r.err.contains("is the loaded script"))
        #expect(r.err.contains("error[E-unknown-name]: unknown name 未知名字"))
        // After :quit nothing more is read.
        #expect(out.last?.hasPrefix("新增建设用地报批.完成率") != true && !r.out.hasSuffix("6.67%\n6.67%\n"))

        let report = try ReplCLITests.jx(["report", "--scenario", "加速", saved])
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("（情景：加速）") && report.out.contains("66.67%"), "\(report.out)")
    }

    @Test func withoutAFileAndUnfinishedInputAtTheEnd() throws {
        let r = try ReplCLITests.jx(["repl"], stdin: "indicator 新 target 450亩 actual 30亩\n新.完成率\nindicator 半 {\n  target 1个\n")
        #expect(r.status == 0)
        #expect(r.out.contains("新  new: 完成率 6.67%"), "\(r.out)")
        #expect(r.out.contains("6.67%\n"))
        #expect(r.err.contains("are not closed"), "\(r.err)")
        let missing = try ReplCLITests.jx(["repl", "/no/such/file.jx"], stdin: "1 + 1\n")
        #expect(missing.status == 0)
        #expect(missing.err.contains("cannot read /no/such/file.jx"))
        #expect(missing.out == "2\n")
    }
}
