import Testing
@testable import JXCore
import JXTestSupport

/// The terminal table: colour only when the caller says the output is a terminal (the CLI
/// decides, honouring NO_COLOR), columns aligned by display width with or without colour,
/// and a one-line summary last.
@Suite struct TextReportTests {
    @Test func colourOnlyWhenAsked() {
        let data = ReportFixture.data("qiemo-2021")
        let plain = ReportFormat.text.render(data, ReportOptions(color: false))
        let coloured = ReportFormat.text.render(data, ReportOptions(color: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31m红灯\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32m绿灯\u{1B}[0m"))
        // Colour changes no column: without the escapes the two are the same text.
        #expect(TextTable.stripANSI(coloured) == plain)
    }

    @Test func columnsAlignByDisplayWidth() {
        let table = TextTable.render([["指标", "完成率"], ["新增建设用地报批", "6.67%"], ["ab", "100.00%"]], rightAligned: [1])
        let lines = table.split(separator: "\n").map(String.init)
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "\(lines)")
    }

    @Test func endsWithTheSummaryLine() {
        let text = ReportFormat.text.render(ReportFixture.data("qiemo-2021"))
        let last = text.split(separator: "\n").last.map(String.init)
        #expect(last == "7 项预算；22 个指标；5 个未达监控节点；红灯 16 黄灯 2 绿灯 6；0 个错误，3 个警告；断言 23 通过，0 失败")
    }
}
