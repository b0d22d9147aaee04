import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `jx test` as CI runs it: exit codes, the summary line, failures, filters, JUnit, TAP
/// and expected reports.
@Suite struct TestCommandTests {
    static let good = "indicator 报批 target 450亩 actual 30亩\nassert 报批.完成率 == 6.67%\n"
    static let bad = "indicator 报批 target 450亩 actual 30亩\nassert 报批.完成率 == 6.67%\n  assert 报批.完成率 == 7.5%\n"

    @Test func theProjectsScriptsPass() throws {
        let r = try CLI.run(["test", "Scripts"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.lastLine.hasSuffix(" passed, 0 failed"))
        #expect(r.lastLine.range(of: #"^[0-9]+ passed, 0 failed$"#, options: .regularExpression) != nil)
    }

    @Test func aWrongAssertionFailsWithItsPlaceExpectedAndActual() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.good, "a.jx", in: dir)
        try CLI.write(Self.bad, "sub/b.jx", in: dir)
        let r = try CLI.run(["test", "."], in: dir)
        #expect(r.status == 1)
        #expect(r.lastLine == "2 passed, 1 failed")
        #expect(r.stdout.contains("./sub/b.jx:3:3: 断言不成立"))
        #expect(r.stdout.contains("3 |   assert 报批.完成率 == 7.5%"))
        #expect(r.stdout.contains("应为 7.5%"))
        #expect(r.stdout.contains("实为 6.67%"))
        // Path order, whatever finished first.
        let a = try #require(r.stdout.range(of: "./a.jx")), b = try #require(r.stdout.range(of: "./sub/b.jx"))
        #expect(a.lowerBound < b.lowerBound)
    }

    @Test func errorsInAScriptCountAsAFailure() throws {
        let dir = try CLI.scratch()
        try CLI.write("indicator x target 10个 actual 5亩\n", "e.jx", in: dir)
        let r = try CLI.run(["test", "e.jx"], in: dir)
        #expect(r.status == 1)
        #expect(r.lastLine == "0 passed, 1 failed")
        #expect(r.stdout.contains("E-unit-mismatch"))
    }

    @Test func filterSelectsByPathTextOrScenario() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.good + "scenario 提速 {\n  报批.actual = 300亩\n  assert 报批.完成率 == 66.67%\n}\n", "a.jx", in: dir)
        try CLI.write(Self.bad, "b.jx", in: dir)
        #expect(try CLI.run(["test", ".", "--filter", "提速"], in: dir).lastLine == "1 passed, 0 failed")
        #expect(try CLI.run(["test", ".", "--filter", "a.jx"], in: dir).lastLine == "2 passed, 0 failed")
        let r = try CLI.run(["test", ".", "--filter", "7.5%"], in: dir)
        #expect(r.lastLine == "0 passed, 1 failed")
        #expect(r.status == 1)
    }

    @Test func junitIsWellFormedXML() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.good, "a.jx", in: dir)
        // Text that must be escaped: quotes, <, &, and a control character.
        try CLI.write(Self.bad + "assert 报批.完成率 < 1% \"<&>\\\"'\\u{1}\"\n", "b&<c>.jx", in: dir)
        let r = try CLI.run(["test", ".", "--junit", "out.xml"], in: dir)
        #expect(r.status == 1)
        let xml = CLI.read("out.xml", in: dir)
        #expect(xml.hasPrefix("<?xml"))
        let delegate = Counter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
        #expect(delegate.count["testsuite"] == 2)
        #expect(delegate.count["testcase"] == 4)
        #expect(delegate.count["failure"] == 2)
    }

    @Test func tapVersion13() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.bad, "b.jx", in: dir)
        let r = try CLI.run(["test", "--tap", "b.jx"], in: dir)
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(4)) == ["TAP version 13", "1..2", "ok 1 - b.jx: assert 报批.完成率 == 6.67%", "not ok 2 - b.jx: assert 报批.完成率 == 7.5%"])
        #expect(lines.contains("  expected: \"7.5%\""))
        #expect(lines.last == "# 1 passed, 1 failed")
        // TAP's keys are TAP's; the failure's words follow the language chosen.
        #expect(lines.contains("  message: \"断言不成立：应为 7.5%，实为 6.67%\""), "\(lines)")
        let en = try CLI.run(["test", "--tap", "--lang", "en", "b.jx"], in: dir)
        #expect(en.stdout.contains("  message: \"assertion failed: expected 7.5%, found 6.67%\""), "\(en.stdout)")
    }

    @Test func expectedReportsAreWrittenThenCompared() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.good, "a.jx", in: dir)
        let u = try CLI.run(["test", "--update", "a.jx"], in: dir)
        #expect(u.status == 0)
        #expect(CLI.read("a.expected", in: dir).contains("indicator 报批: 类型 positive, 目标 450亩, 实际 30亩, 完成率 6.67%"))
        #expect(try CLI.run(["test", "a.jx"], in: dir).lastLine == "2 passed, 0 failed")
        try CLI.write(Self.good.replacingOccurrences(of: "actual 30亩", with: "actual 45亩").replacingOccurrences(of: "6.67%", with: "10%"), "a.jx", in: dir)
        let r = try CLI.run(["test", "a.jx"], in: dir)
        #expect(r.status == 1)
        #expect(r.lastLine == "1 passed, 1 failed")
        #expect(r.stdout.contains("--- a.expected"))
        #expect(r.stdout.contains("-indicator 报批: 类型 positive, 目标 450亩, 实际 30亩, 完成率 6.67%"))
        #expect(r.stdout.contains("+indicator 报批: 类型 positive, 目标 450亩, 实际 45亩, 完成率 10.00%"))
    }

    @Test func aMissingPathIsAUsageError() throws {
        #expect(try CLI.run(["test", "no/such/folder"]).status == 2)
    }
}

final class Counter: NSObject, XMLParserDelegate {
    var count: [String: Int] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        count[name, default: 0] += 1
    }
}
