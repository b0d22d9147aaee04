import Testing
@testable import JXCore
import JXTestSupport

/// Issue 15: the reports an analyst hands on (zh, HTML, Markdown) introduce each finding
/// with its code's title and say the finding in Chinese: no English sentence is left.
@Suite struct ReportFindingsLanguageTests {
    /// The county's example with a wrong total (年初预算 10万元 over its parts) and without
    /// its assertions (which the changed figures would fail).
    static func wrongTotal() -> ReportData {
        let text = Fixtures.read("Scripts/examples/qiemo-2021.jx")
            .replacingOccurrences(of: "budget 年初预算 1,493.25万元", with: "budget 年初预算 1,503.25万元")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("assert") }
            .joined(separator: "\n")
        return ReportData(workspace: Fixtures.workspace(text, path: "Scripts/examples/qiemo-2021.jx"))
    }

    /// Three or more English words in a row: a sentence, not a code, a name or a unit.
    static func englishSentence(in s: String) -> String? {
        s.firstMatch(of: /[A-Za-z]{2,}[,;:]?( [A-Za-z]{2,}[,;:]?){2,}/).map { String($0.output.0) }
    }

    @Test func theWrongTotalIsLedInByItsTitle() {
        let data = Self.wrongTotal()
        #expect(data.findings.contains { $0.code == DiagnosticCode.breakdown.rawValue })
        let title = DiagnosticCode.breakdown.title.zh
        #expect(title == "预算分项合计与总额不符")
        for format in [ReportFormat.zh, .markdown, .html] {
            #expect(format.render(data).contains(title), "\(format)")
        }
    }

    @Test func theFindingsOfEveryHandedOnReportAreInChinese() {
        let data = Self.wrongTotal()
        #expect(!data.findings.isEmpty)
        let zh = ReportFormat.zh.render(data)
        let section = zh.components(separatedBy: "数据核对").dropFirst().joined()
        #expect(!section.isEmpty)
        #expect(Self.englishSentence(in: section) == nil, "\(section)")
        let markdown = ReportFormat.markdown.render(data).split(separator: "\n").filter { $0.hasPrefix("- **") }
        #expect(!markdown.isEmpty)
        for line in markdown { #expect(Self.englishSentence(in: String(line)) == nil, "\(line)") }
        let html = ReportFormat.html.render(data)
        let items = html.components(separatedBy: "<ul class=\"findings\">").dropFirst()
            .map { $0.components(separatedBy: "</ul>")[0].replacing(/<[^>]*>/, with: " ") }
        #expect(!items.isEmpty)
        for item in items { #expect(Self.englishSentence(in: item) == nil, "\(item)") }
    }

    @Test func everyCodeHasATitleInBothLanguages() {
        for code in DiagnosticCode.all {
            #expect(!code.title.zh.isEmpty && !code.title.en.isEmpty, "\(code)")
            #expect(Self.englishSentence(in: code.title.zh) == nil, "\(code)")
            #expect(FindingText.leadIn(code.rawValue) == code.title.zh)
            #expect(FindingText.leadIn(code.rawValue, .en) == code.title.en)
        }
        #expect(FindingText.leadIn("R-资金到位") == DiagnosticCode.rule("资金到位").title.zh)
    }
}
