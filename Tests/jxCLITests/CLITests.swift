import Testing
import Foundation

/// The command line as a user meets it: exit codes (0 clean, 1 errors or failed
/// assertions, 2 usage or unreadable file), stdout for reports, stderr for diagnostics.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/jx").path
    static let seed = root.appendingPathComponent("Scripts/examples/qiemo-2021.jx").path

    struct Run { var code: Int32; var out: String; var err: String }

    static func jx(_ args: [String], stdin: String? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        // Output goes to files, not pipes: a full stderr pipe would block jx while the test
        // waits on stdout.
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("jx-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("jx-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let inp = Pipe()
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inp.fileHandleForWriting.close()
        p.waitUntilExit()
        let o = (try? Data(contentsOf: outURL)) ?? Data()
        let e = (try? Data(contentsOf: errURL)) ?? Data()
        return Run(code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func temp(_ text: String, name: String = "t.jx") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let f = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: f)
        return f.path
    }

    @Test func checkOfTheSeedPassesWithWarnings() throws {
        let r = try CLITests.jx(["check", CLITests.seed])
        #expect(r.code == 0)
        #expect(r.err.contains("warning[W-declared-count]"))
    }

    @Test func errorsExitOne() throws {
        let f = try CLITests.temp("indicator 新增建设用地报批 target 450亩 actual 30万元\n")
        let r = try CLITests.jx(["check", f])
        #expect(r.code == 1)
        #expect(r.err.contains("t.jx:1:"))
        #expect(r.err.contains("^"))
    }

    @Test func usageAndUnreadableFilesExitTwo() throws {
        #expect(try CLITests.jx(["check", "/nonexistent/x.jx"]).code == 2)
        #expect(try CLITests.jx(["report", CLITests.seed, "--format", "pdf"]).code == 2)
        #expect(try CLITests.jx(["frobnicate"]).code == 2)
        #expect(try CLITests.jx(["report", CLITests.seed, "--scenario", "没有这个"]).code == 2)
    }

    @Test func evalPrintsOneValue() throws {
        let f = try CLITests.temp("indicator 新增建设用地报批 target 450亩 actual 30亩\n")
        let r = try CLITests.jx(["eval", f, "新增建设用地报批.完成率"])
        #expect(r.code == 0)
        #expect(r.out == "6.67%\n")
    }

    @Test func jsonReportFollowsTheContract() throws {
        let r = try CLITests.jx(["report", CLITests.seed, "--format", "json"])
        #expect(r.code == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        #expect(obj?["schema"] as? Int == 1)
        let report = obj?["report"] as? [String: Any]
        #expect(report?["timeProgress"] as? String == "50.00")
        let budgets = obj?["budgets"] as? [[String: Any]]
        #expect(budgets?.first?["execution"] as? String == "25.70")
        let asserts = obj?["asserts"] as? [String: Any]
        #expect(asserts?["failed"] as? Int == 0)
    }

    @Test func scenarioReport() throws {
        let r = try CLITests.jx(["eval", CLITests.seed, "新增建设用地报批.完成率", "--scenario", "下半年加速"])
        #expect(r.out == "66.67%\n")
    }

    @Test func testCommandSummarisesAndFailsOnAWrongAssertion() throws {
        let f = try CLITests.temp("indicator x target 450亩 actual 30亩\nassert x.完成率 == 6.67%\nassert x.完成率 == 6.6%\n")
        let r = try CLITests.jx(["test", f])
        #expect(r.code == 1)
        #expect(r.out.hasSuffix("1 passed, 1 failed\n"))
        #expect(r.out.contains("expected 6.6%"))
        #expect(r.out.contains("actual 6.67%"))
        #expect(r.out.contains(":3:1"))
    }

    @Test func hostileBytesNeverCrash() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<400).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-fuzz-\(UUID().uuidString).jx")
            try Data(bytes).write(to: dir)
            let r = try CLITests.jx(["check", dir.path])
            #expect(r.code == 1 || r.code == 0, "exit \(r.code) on random bytes")
        }
    }
}

@Suite struct CLIScenarioTests {
    static let script = """
    indicator a target 10个 actual 5个 stated 50%
    assert a.完成率 == 50%
    scenario 六个 {
      a.actual = 6个
      assert a.完成率 == 60%
    }
    scenario 笔误 {
      a.actaul = 8个
    }
    """

    @Test func aScenarioReportCarriesTheScenariosOwnFindings() throws {
        let f = try CLITests.temp(CLIScenarioTests.script)
        let r = try CLITests.jx(["report", f, "--scenario", "六个", "--format", "json"])
        #expect(r.out.contains("W-stated-mismatch"))
        #expect(r.out.contains(#""completion": "60.00""#))
    }

    @Test func checkAndEvalSeeABrokenScenario() throws {
        let f = try CLITests.temp(CLIScenarioTests.script)
        let c = try CLITests.jx(["check", f])
        #expect(c.code == 1)
        #expect(c.err.contains("actaul"))
        let e = try CLITests.jx(["eval", f, "a.完成率", "--scenario", "笔误"])
        #expect(e.code == 1)
    }

    @Test func evalExitsOneWhenAnAssertionFails() throws {
        let f = try CLITests.temp("indicator a target 10个 actual 5个\nassert a.完成率 == 40%\n")
        let r = try CLITests.jx(["eval", f, "a.完成率"])
        #expect(r.out == "50.00%\n")
        #expect(r.code == 1)
    }
}
