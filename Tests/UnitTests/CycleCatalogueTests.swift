import Testing
@testable import JXCore
import JXTestSupport

/// A cycle or a too-long chain names the figure it goes through by its kind, in the
/// language read: 预算「乙」 in Chinese, `budget 乙` in English (issue 15).
@Suite struct CycleCatalogueTests {
    @Test func aCycleNamesItsFiguresInChinese() {
        let ds = Fixtures.workspace("let 甲 = 乙 + 1个\nlet 乙 = 甲 + 1个\nindicator 丙 target 5个 actual 丙.实际\n", path: "t.jx").diagnostics()
        let cycles = ds.filter { $0.code == DiagnosticCode.cycle.rawValue }
        #expect(cycles.count >= 2)
        SyntaxCatalogueTests.expectChinese(cycles)
        #expect(cycles.contains { $0.messageID == .evaluation(.cycle(.indicator("丙"))) && $0.message == "indicator 丙 depends on itself" })
        #expect(cycles.contains { if case .evaluation(.cycle(.named))? = $0.messageID { true } else { false } })
        #expect(!cycles.contains { $0.localized(.zh).message.contains("indicator") })
    }
}
