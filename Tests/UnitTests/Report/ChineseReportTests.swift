import Testing
@testable import JXCore
import JXTestSupport

/// The zh text against the seed's wording: figures as the seed states them, spacing, dates,
/// and the checks in Chinese.
@Suite struct ChineseReportTests {
    @Test func statesFiguresAsTheSeedDoes() {
        let text = ReportFormat.zh.render(ReportFixture.data("qiemo-2021"))
        for line in [
            "本年度基本支出预算安排总额为 1343.25 万元，其中财政资金 1343.25 万元，其他资金 0 万元。",
            "截止到监控节点，项目支出实际支出资金 0 万元，预算执行率 0%。",
            "指标 3：日常工作运转完成时间，预期指标值：12 月 31 日前完成，实际完成值 6 个月，指标完成率 50%。",
            "指标 5：闲置土地清理，预期指标值：28.88 公顷，实际完成值未达监控节点，指标完成率未达监控节点；",
            "指标 1：办事群众满意率，预期指标值：≥98%，实际完成值未达监控节点，指标完成率未达监控节点。",
            "共设置一级指标 3 个，二级指标 8 个，三级指标 22 个。",
            // The report states 441.3 万元; the exact 441.286998 agrees at one decimal.
            "截至 2021 年 6 月底追加资金执行数 441.3 万元",
            "乡村绿化美化村 160 万元，8 个村，已拨付乡镇 160 万元，实际支付 42.6 万元",
            "\n（二）偏离情况及成因分析\n",
            "1、预算分项合计与总额不符（警告）",
            "报告所称指标个数与实际列出的不符（警告）：报告称有二级指标 9 个，实际列出 8 个",
        ] {
            #expect(text.contains(line), "missing: \(line)")
        }
    }

    /// Plain text to paste into Word or WPS: no Markdown marks, headings numbered as a
    /// Chinese report numbers them; the Word document still knows each heading's level.
    @Test func isPlainTextWithChineseNumberedHeadings() {
        for name in ReportFixture.scripts.keys.sorted() {
            let text = ReportFormat.zh.render(ReportFixture.data(name))
            for line in text.split(separator: "\n") {
                #expect(!line.hasPrefix("#") && !line.hasPrefix("- ") && !line.hasPrefix("> ") && !line.contains("**") && !line.contains("|---"),
                        "\(name): a Markdown mark in \(line)")
            }
        }
        let text = ReportFormat.zh.render(ReportFixture.data("qiemo-2021"))
        #expect(text.hasPrefix("且末县自然资源局整体支出绩效监控报告\n\n"))
        for heading in ["二、部门单位年度预算执行情况", "三、部门单位整体绩效目标情况", "（一）绩效目标完成情况", "1、产出情况", "①数量指标"] {
            #expect(text.contains("\n" + heading), "missing heading \(heading)")
        }
        let marked = ChineseReport(plain: false).render(ReportFixture.data("qiemo-2021"))
        #expect(marked.contains("\n## 二、部门单位年度预算执行情况\n") && marked.contains("\n#### 1、产出情况"))
    }

    @Test func moreDecimalsWhenAsked() {
        let text = ReportFormat.zh.render(ReportFixture.data("qiemo-2021"), ReportOptions(decimals: 2))
        #expect(text.contains("指标 2：新增建设用地报批，预期指标值：450 亩，实际完成值 30 亩，指标完成率 6.67%"))
    }

    @Test func spacesFiguresFromChinese() {
        #expect(ChineseReport.spaced("450亩") == "450 亩")
        #expect(ChineseReport.spaced("12月31日前完成") == "12 月 31 日前完成")
        #expect(ChineseReport.spaced("≥98%") == "≥98%")
        #expect(ChineseReport.spaced("明显提升") == "明显提升")
        #expect(ChineseReport.spaced("1,493.25万元") == "1,493.25 万元")
    }

    @Test func datesAtTheNode() {
        #expect(ChineseDate.upTo("2021-06-30") == "截至 2021 年 6 月底")
        #expect(ChineseDate.upTo("2021-07-15") == "截至 2021 年 7 月 15 日")
        #expect(ChineseDate.upTo("2024-02-29") == "截至 2024 年 2 月底")
        #expect(ChineseDate.upTo("2023-02-28") == "截至 2023 年 2 月底")
        #expect(ChineseDate.upTo(nil) == "截止到监控节点")
    }

    @Test func deviationsCarryForecastsCausesAndNotes() {
        let text = ReportFormat.zh.render(ReportFixture.data("scored"))
        #expect(text.contains("全年预计完成 13.33 座，预计完成率 33%，完全不可能完成目标。偏离原因：经费保障。原因说明：资金 9 月才到位，下季度集中施工。"))
        #expect(text.contains("总分 68.68 分，等级：中。"))
        #expect(text.contains("满意度未评分（权重 10）"))
    }

    @Test func chineseNumbers() {
        #expect(ChineseReport.chineseNumber(1) == "一")
        #expect(ChineseReport.chineseNumber(10) == "十")
        #expect(ChineseReport.chineseNumber(12) == "十二")
        #expect(ChineseReport.chineseNumber(20) == "二十")
        #expect(ChineseReport.circledNumber(3) == "③")
        #expect(ChineseReport.circledNumber(21) == "(21)")
    }
}
