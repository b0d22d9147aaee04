import Testing
@testable import JXCore
import JXTestSupport

@Suite struct MarkdownReportTests {
    @Test func escapesWhatMarkdownWouldInterpret() {
        #expect(MarkdownReport.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownReport.escape("a|b*c_d") == "a\\|b\\*c\\_d")
        #expect(MarkdownReport.escape("two\nlines") == "two lines")
    }

    @Test func oneRowPerIndicatorAndPerBudget() {
        let md = ReportFormat.markdown.render(ReportFixture.data("qiemo-2021"))
        let rows = md.split(separator: "\n").filter { $0.hasPrefix("| ") }
        // Two rows of header per table, 7 budgets, the 6 funding sources they give amounts
        // for (其中：财政资金 …), 22 indicators and 11 groups.
        #expect(rows.count == 6 + 7 + 6 + 22 + 11)
        #expect(md.contains("| 3 | 年初预算/基本支出 | 其中：财政资金 | 3 | 财政资金 | 万元 |  | 1343.25 |"))
        #expect(md.contains("| 2 | 产出/数量 | 数量 | 二级 | 7 | 红灯 |"))
        #expect(md.contains("| 2 | 产出/数量 | 产出 | 数量 | 新增建设用地报批 | 正向 | 450亩 | 30亩 | 6.67 | 未完成 | 红灯 |"))
        let only = ReportFormat.markdown.render(ReportFixture.data("qiemo-2021"), ReportOptions(table: .budgets))
        #expect(only.contains("## 预算执行") && !only.contains("## 绩效指标") && !only.contains("## 指标分组"))
        let groups = ReportFormat.markdown.render(ReportFixture.data("qiemo-2021"), ReportOptions(table: .groups))
        #expect(groups.contains("## 指标分组") && !groups.contains("## 绩效指标"))
    }
}
