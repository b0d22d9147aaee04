import Testing
@testable import JXCore
import JXTestSupport

/// The evaluator's words for what it found (issue 15): a cycle names the figure it goes
/// through by its kind (预算「乙」, `budget 乙`); a value of the wrong kind is said in the
/// language read (这里是一段文字, not "a text").
@Suite struct EvaluateCatalogueTests {
    @Test func aCycleNamesItsFiguresInChinese() {
        let ds = Fixtures.workspace("let 甲 = 乙 + 1个\nlet 乙 = 甲 + 1个\nindicator 丙 target 5个 actual 丙.实际\n", path: "t.jx").diagnostics()
        let cycles = ds.filter { $0.code == DiagnosticCode.cycle.rawValue }
        #expect(cycles.count >= 2)
        SyntaxCatalogueTests.expectChinese(cycles)
        #expect(cycles.contains { $0.messageID == .evaluation(.cycle(.indicator("丙"))) && $0.message == "indicator 丙 depends on itself" })
        #expect(cycles.contains { if case .evaluation(.cycle(.named))? = $0.messageID { true } else { false } })
        #expect(!cycles.contains { $0.localized(.zh).message.contains("indicator") })
    }

    @Test func aValueOfTheWrongKindIsSaidInTheLanguageRead() {
        let ds = Fixtures.workspace("assert floor(\"甲\") == 1\nassert 1个 == \"乙\"\n", path: "t.jx").diagnostics()
            .filter { $0.code == DiagnosticCode.functionArgs.rawValue || $0.code == DiagnosticCode.eval.rawValue }
        #expect(ds.contains { $0.messageID == .function(.needsNumber(function: "floor", found: .text)) && $0.message == "floor needs a number, found a text" })
        SyntaxCatalogueTests.expectChinese(ds)
        #expect(ds.contains { $0.localized(.zh).message == "floor 要一个数，这里是一段文字" })
    }
}
