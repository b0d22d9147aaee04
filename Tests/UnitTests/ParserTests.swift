import Testing
@testable import JXCore
import JXTestSupport

@Suite struct ParserTests {
    func parse(_ text: String) -> (Script, [Diagnostic]) {
        var p = Parser(source: SourceFile(path: "t", text: text), fileID: 0)
        let s = p.parseScript()
        return (s, p.diagnostics)
    }

    @Test func theMissionLineIsAScript() {
        let (s, ds) = parse("indicator 新增建设用地报批 target 450亩 actual 30亩")
        #expect(ds.isEmpty)
        guard case .indicator(let d)? = s.statements.first else { Issue.record("not an indicator"); return }
        #expect(d.name.text == "新增建设用地报批")
    }

    @Test func reportsEverySyntaxErrorNotOnlyTheFirst() {
        let (s, ds) = parse("""
        indicator a target 1个 actual
        indicator b target 2个 actual 1个
        indicator c tagret 3个 actual 1个
        budget 4x
        indicator d target 4个 actual 2个
        """)
        #expect(ds.count == 3)
        #expect(s.statements.count == 2)
        #expect(ds[1].hint?.contains("target") == true)
    }

    @Test func deepNestingIsADiagnosticNotAStackOverflow() {
        let text = "let x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        let (_, ds) = parse(text)
        #expect(ds.contains { $0.code == "E-too-deep" })
        let braces = String(repeating: "a {\n", count: 100_000)
        let (_, ds2) = parse(braces)
        #expect(ds2.contains { $0.code == "E-too-deep" })
    }

    @Test func comparatorSuffixesBecomeComparators() {
        let (s, ds) = parse("indicator a target 20公顷以上 actual 30公顷")
        #expect(ds.isEmpty)
        guard case .indicator(let d)? = s.statements.first, case .value(let c, _)? = d.target else { Issue.record("no target"); return }
        #expect(c == .ge)
    }

    @Test func truncatedLinesGetAHint() {
        let (_, ds) = parse("indicator a target")
        #expect(ds.first?.hint?.contains("line ends") == true)
    }
}

/// A number jx cannot hold exactly says why: too many decimals is not "too large".
@Suite struct NumberLimitTests {
    func diagnostics(_ text: String) -> [Diagnostic] {
        var p = Parser(source: SourceFile(path: "t", text: text), fileID: 0)
        _ = p.parseScript()
        return p.diagnostics
    }

    @Test func sixtyZerosAfterThePointAreTooManyDecimals() {
        let tiny = "0." + String(repeating: "0", count: 60) + "1"
        let ds = diagnostics("let x = \(tiny)万元")
        #expect(ds.count == 1 && ds.first?.code == "E-number")
        #expect(ds.first?.message == "the number \(tiny) has too many decimals (61): a number has at most 38 digits, decimals included")
        #expect(ds.first?.chinese?.message == "数字 \(tiny) 的小数位太多（61 位）：一个数最多 38 位，小数也算在内")
        #expect(ds.first?.hint == "round it to the decimals the report shows")
        #expect(diagnostics("let x = 0." + String(repeating: "0", count: 36) + "1").isEmpty)
    }

    @Test func aHugeNumberIsStillTooLarge() {
        let huge = "1" + String(repeating: "0", count: 40)
        #expect(diagnostics("let x = \(huge)元").first?.message == "the number \(huge) is too large")
        #expect(diagnostics("let x = \(huge).5元").first?.message == "the number \(huge).5 is too large")
    }
}
