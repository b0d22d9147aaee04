import Testing
@testable import JXCore
import JXTestSupport

/// The first hour (issue 15, item 5): lights come from a policy, and a monitoring script
/// without one is told so, once.
@Suite struct NoPolicyNoteTests {
    func notes(_ text: String) -> [Diagnostic] {
        workspace(text).diagnostics().filter { $0.code == "I-no-policy" }
    }

    static let monitoring = """
    report 监控 {
      year 2021
      node 2021-06-30
    }
    indicator 新增建设用地报批 target 450亩 actual 30亩
    indicator 挂牌出让土地 target 20公顷 actual 5公顷

    """

    @Test func aNodeAndNoPolicyIsOneNoteAtTheNode() throws {
        let ns = notes(Self.monitoring)
        #expect(ns.count == 1)
        let n = try #require(ns.first)
        #expect(n.severity == .info)
        let start = try #require(n.span?.start)
        #expect(Self.monitoring.utf8.dropFirst(start).starts(with: "2021-06-30".utf8))
        #expect(n.hint?.contains("import policy 预警") == true)
        #expect(n.chinese?.message.contains("没有导入预警政策") == true)
        #expect(n.chinese?.hint?.contains("import policy 预警") == true)
    }

    @Test func aPolicyOrARuleThatLightsSaysNothing() {
        #expect(notes("import policy 预警\n" + Self.monitoring).isEmpty)
        #expect(notes(Self.monitoring + "rule 进度 for each indicator {\n  red when 完成率 < 10%\n}\n").isEmpty)
        // A rule that only warns gives no lights: the note stays.
        #expect(notes(Self.monitoring + "rule 进度 for each indicator {\n  warning when 完成率 < 10%\n}\n").count == 1)
        // Without a node (no monitoring), or with nothing to light, there is nothing to say.
        #expect(notes("indicator 新增建设用地报批 target 450亩 actual 30亩\n").isEmpty)
        #expect(notes("report 空 {\n  node 2021-06-30\n}\n").isEmpty)
    }

    /// A note for the analyst, not for the text handed in: the zh and Markdown reports list
    /// warnings and errors only; the HTML page, which lists every finding, says it in Chinese.
    @Test func theReportsSayItInChineseOrNotAtAll() {
        let data = ReportData(workspace: workspace(Self.monitoring))
        #expect(data.findings.contains { $0.code == "I-no-policy" })
        for format in [ReportFormat.zh, .markdown] {
            #expect(!format.render(data).contains("没有导入预警政策"), "\(format)")
        }
        let html = ReportFormat.html.render(data)
        #expect(html.contains("没有导入预警政策，也没有给出灯的规则") && html.contains("建议：灯由政策给出") && !html.contains("no policy is imported"))
    }
}
