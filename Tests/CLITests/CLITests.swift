import Testing
import Foundation

/// The command line as a user meets it: exit codes (0 clean, 1 errors or failed
/// assertions, 2 usage or unreadable file), stdout for reports, stderr for diagnostics.
@Suite struct CLITests {
    @Test func checkOfTheSeedPassesWithWarnings() throws {
        let r = try CLI.run(["check", CLI.seed])
        #expect(r.status == 0)
        #expect(r.stderr.contains("警告[W-declared-count]"))
    }

    @Test func errorsExitOne() throws {
        let f = try CLI.temp("indicator 新增建设用地报批 target 450亩 actual 30万元\n")
        let r = try CLI.run(["check", f])
        #expect(r.status == 1)
        #expect(r.stderr.contains("t.jx:1:"))
        #expect(r.stderr.contains("^"))
    }

    @Test func usageAndUnreadableFilesExitTwo() throws {
        #expect(try CLI.run(["check", "/nonexistent/x.jx"]).status == 2)
        #expect(try CLI.run(["report", CLI.seed, "--format", "pdf"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
        #expect(try CLI.run(["report", CLI.seed, "--scenario", "没有这个"]).status == 2)
    }

    @Test func evalPrintsOneValue() throws {
        let f = try CLI.temp("indicator 新增建设用地报批 target 450亩 actual 30亩\n")
        let r = try CLI.run(["eval", f, "新增建设用地报批.完成率"])
        #expect(r.status == 0)
        #expect(r.stdout == "6.67%\n")
    }

    @Test func jsonReportFollowsTheContract() throws {
        let r = try CLI.run(["report", CLI.seed, "--format", "json"])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(obj?["schema"] as? Int == 1)
        let report = obj?["report"] as? [String: Any]
        #expect(report?["timeProgress"] as? String == "50.00")
        let budgets = obj?["budgets"] as? [[String: Any]]
        #expect(budgets?.first?["execution"] as? String == "25.70")
        let asserts = obj?["asserts"] as? [String: Any]
        #expect(asserts?["failed"] as? Int == 0)
    }

    @Test func scenarioReport() throws {
        let r = try CLI.run(["eval", CLI.seed, "新增建设用地报批.完成率", "--scenario", "下半年加速"])
        #expect(r.stdout == "66.67%\n")
    }

    @Test func testCommandSummarisesAndFailsOnAWrongAssertion() throws {
        let f = try CLI.temp("indicator x target 450亩 actual 30亩\nassert x.完成率 == 6.67%\nassert x.完成率 == 6.6%\n")
        let r = try CLI.run(["test", "--lang", "en", f])
        #expect(r.status == 1)
        #expect(r.stdout.hasSuffix("1 passed, 1 failed\n"))
        #expect(r.stdout.hasPrefix("FAIL \(f) (1 passed, 1 failed)"))
        #expect(r.stdout.contains("expected 6.6%"))
        #expect(r.stdout.contains("actual 6.67%"))
        #expect(r.stdout.contains(":3:1"))
    }

    @Test func hostileBytesNeverCrash() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<400).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-fuzz-\(UUID().uuidString).jx")
            try Data(bytes).write(to: dir)
            let r = try CLI.run(["check", dir.path])
            #expect(r.status == 1 || r.status == 0, "exit \(r.status) on random bytes")
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
        let f = try CLI.temp(CLIScenarioTests.script)
        let r = try CLI.run(["report", f, "--scenario", "六个", "--format", "json"])
        #expect(r.stdout.contains("W-stated-mismatch"))
        #expect(r.stdout.contains(#""completion": "60.00""#))
    }

    @Test func checkAndEvalSeeABrokenScenario() throws {
        let f = try CLI.temp(CLIScenarioTests.script)
        let c = try CLI.run(["check", f])
        #expect(c.status == 1)
        #expect(c.stderr.contains("actaul"))
        let e = try CLI.run(["eval", f, "a.完成率", "--scenario", "笔误"])
        #expect(e.status == 1)
    }

    @Test func evalExitsOneWhenAnAssertionFails() throws {
        let f = try CLI.temp("indicator a target 10个 actual 5个\nassert a.完成率 == 40%\n")
        let r = try CLI.run(["eval", f, "a.完成率"])
        #expect(r.stdout == "50.00%\n")
        #expect(r.status == 1)
    }
}
