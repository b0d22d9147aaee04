import Testing
@testable import JXCore
import JXTestSupport

/// A self-evaluation reads as a 自评报告 in zh, HTML and Markdown: the 自评表 with its
/// columns, 总分 and 等级 (or what the total lacks), the 自评报告 text, per project, numbered
/// without gaps, and no word of the monitoring layout.
@Suite struct SelfEvaluationReportTests {
    static let monitoringWords = ["监控节点", "时间进度", "可能性", "有可能", "序时进度", "预警"]

    static func data(_ text: String) -> ReportData { ReportData(workspace: workspace(text)) }

    static let yearEnd = """
    import policy 自评评分
    report "某县2021年度项目支出" {
      department 某县
      year 2021
      node 2021-12-31
    }
    budget 项目资金 100万元 {
      spent 工程 90万元
    }
    产出 {
      数量 {
        indicator 道路长度 target 10公里 actual 8公里 weight 50 cause "雨季停工" note "明年一季度完工"
      }
    }
    效益 {
      社会效益 {
        indicator 通行时间缩短 target 10天 actual 12天 weight 30
      }
    }
    满意度 {
      满意度 {
        indicator 群众满意度 target ≥90% actual 95% weight 10
      }
    }
    """

    /// The title's 自评, or a scored report at December 31; a monitoring report is neither.
    @Test func knowsASelfEvaluation() {
        let scoredAtYearEnd = SelfEvaluation.applies(to: SelfEvaluationReportTests.data(SelfEvaluationReportTests.yearEnd))
        #expect(scoredAtYearEnd)
        for (name, expected) in [("year-end", true), ("blanks", true), ("qiemo-2021", false), ("scored", false)] {
            let applies = SelfEvaluation.applies(to: ReportFixture.data(name))
            #expect(applies == expected, "\(name)")
        }
        // Unscored at December 31: a monitoring report of the year's end.
        let unscored = SelfEvaluation.applies(to: SelfEvaluationReportTests.data("""
        report "某县" {
          year 2021
          node 2021-12-31
        }
        产出 {
          数量 {
            indicator 甲 target 10个 actual 8个
          }
        }
        """))
        #expect(!unscored)
    }

    @Test func zhHasTheTableTheTotalAndTheText() {
        let text = ReportFormat.zh.render(SelfEvaluationReportTests.data(SelfEvaluationReportTests.yearEnd))
        for line in [
            "评价年度：2021 年；自评时点：2021 年 12 月 31 日。",
            "\n一、绩效自评表\n", "\n（一）预算执行情况\n",
            "项目资金：全年预算数 100 万元，全年执行数 90 万元，分值 10 分，执行率 90%，得分 9 分。",
            "\n（二）绩效指标\n",
            "1、产出／数量／道路长度：指标值 10 公里，实际完成值 8 公里，权重 50 分，得分 40 分，偏差原因分析及改进措施 雨季停工；明年一季度完工。",
            "\n（三）总分\n\n总分 89 分，等级：良。",
            "\n二、自评报告\n", "\n（一）绩效目标实现情况\n", "\n（二）偏差原因及改进措施\n", "\n（三）结果应用\n",
            "各项得分：产出 40 分（权重 50），效益 ",
            "（2）道路长度：指标值 10 公里，实际完成值 8 公里，完成率 80%，未完成，得分 40 分（权重 50）。偏差原因：雨季停工。改进措施及说明：明年一季度完工。",
            "自评总分 89 分，等级 良",
            "未完成目标的指标（道路长度）在下一年度",
        ] {
            #expect(text.contains(line), "missing: \(line)")
        }
    }

    /// Every self-evaluation golden in all three layouts: no monitoring word, no lights.
    @Test(arguments: ["year-end", "blanks"])
    func saysNothingOfMonitoring(_ name: String) {
        let r = ReportFixture.data(name)
        for format in [ReportFormat.zh, .html, .markdown] {
            var text = format.render(r)
            // The findings are the checks' own messages, not the layout's words.
            if let cut = text.range(of: "数据核对") { text = String(text[..<cut.lowerBound]) }
            for word in SelfEvaluationReportTests.monitoringWords {
                #expect(!text.contains(word), "\(name) \(format): «\(word)» in a self-evaluation")
            }
        }
    }

    /// Each project its own 自评表 and 自评报告; parts and chapters numbered in order.
    @Test func perProjectNumberedWithoutGaps() {
        let text = ReportFormat.zh.render(ReportFixture.data("blanks"))
        let parts = text.split(separator: "\n").filter { $0.hasPrefix("第") && $0.contains("部分　") }
        #expect(parts.count >= 3)
        for (k, p) in parts.enumerated() {
            #expect(p.hasPrefix("第\(ChineseReport.chineseNumber(k + 1))部分"), "\(p)")
        }
        #expect(text.components(separatedBy: "\n一、绩效自评表\n").count - 1 == parts.count - 1)
        #expect(text.components(separatedBy: "\n二、自评报告\n").count - 1 == parts.count - 1)
        #expect(parts.last?.hasSuffix("数据核对") == true)
        // Incomplete totals say what they lack, and have no grade.
        #expect(text.contains("总分 22 分（不完整：缺 渠道长度（实际未填）、群众满意度（权重未填）、渠道资金（执行数未填）），不评定等级。"))
    }

    /// 偏差原因及改进措施 says what a blank row lacks, and that a row stating only its score
    /// cannot be checked.
    @Test func deviationsOfBlankAndStatedOnlyRows() {
        let text = ReportFormat.zh.render(ReportFixture.data("blanks"))
        #expect(text.contains("渠道长度：指标值 20 公里，实际完成值未填，得分未计入总分。"))
        #expect(text.contains("防汛物资储备到位：表上只列得分 10 分（权重 10），未列指标值和实际完成值，无法核验。"))
    }

    /// Without budgets the table's sections close up: （一）绩效指标, （二）总分.
    @Test func sectionsLeftOutLeaveNoGap() {
        let text = ReportFormat.zh.render(SelfEvaluationReportTests.data("""
        import policy 自评评分
        report "乙自评" {
          year 2021
          node 2021-12-31
        }
        产出 {
          数量 {
            indicator 甲 target 10个 actual 10个 weight 50
          }
        }
        """))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("（") || $0.hasPrefix("一、") || $0.hasPrefix("二、") }
        #expect(headings == ["一、绩效自评表", "（一）绩效指标", "（二）总分", "二、自评报告", "（一）绩效目标实现情况", "（二）偏差原因及改进措施", "（三）结果应用"])
    }

    /// A row still pending at the year's end has no actual; the total says it lacks it.
    @Test func pendingAtTheYearsEndHasNoActual() {
        let text = ReportFormat.zh.render(ReportFixture.data("year-end"))
        #expect(text.contains("苗木成活率：指标值 ≥85%，实际完成值 —（年末无实际值），权重 20 分，得分 —（未计入总分）。"))
        #expect(text.contains("总分 74.7 分（不完整：缺 苗木成活率（年末无实际完成值）），不评定等级。"))
    }

    @Test func markdownAndHTMLShowTheTables() {
        let r = SelfEvaluationReportTests.data(SelfEvaluationReportTests.yearEnd)
        let md = ReportFormat.markdown.render(r)
        #expect(md.contains("| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |"))
        #expect(md.contains("| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 | 权重 | 得分 | 偏差原因分析及改进措施 |"))
        #expect(md.contains("| 产出 | 数量 | 道路长度 | 10公里 | 8公里 | 50 | 40 | 雨季停工；明年一季度完工。 |"))
        #expect(md.contains("**总分 89 分，等级：良**"))
        let html = ReportFormat.html.render(r)
        #expect(html.contains("<h2>一、绩效自评表</h2>") && html.contains("<h2>二、自评报告</h2>") && html.contains("<h2>三、数据核对</h2>"))
        #expect(html.contains("<td>道路长度</td>"))
        #expect(html.contains("总分 89 分，等级：良"))
    }

    /// A score the table states otherwise shows beside the computed one; one that agrees, not.
    @Test func aDisagreeingStatedScoreIsShown() {
        let text = ReportFormat.zh.render(SelfEvaluationReportTests.data(StatedScoresJSONTests.script))
        #expect(text.contains("项目资金：全年预算数 100 万元，全年执行数 90 万元，分值 10 分，执行率 90%，得分 9 分（表列 9.5，不符）。"))
        #expect(text.contains("群众满意度：指标值 ≥90%，实际完成值 95%，权重 10 分，得分 10 分（表列 9，不符）。"))
        #expect(text.contains("道路长度：指标值 10 公里，实际完成值 8 公里，权重 50 分，得分 40 分。"))
    }

    /// The Word document reads the same marked text: its headings keep their levels.
    @Test func wordKeepsTheHeadings() {
        let r = ReportFixture.data("year-end")
        let xml = ReportFormat.docx.render(r)
        #expect(xml.contains("绩效自评表") && xml.contains("自评报告"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading2\"/>") && xml.contains("一、绩效自评表"))
        // The appendices are the 自评表, not the monitoring tables.
        #expect(xml.contains("附表 1  项目：造林绿化 预算执行情况") && xml.contains("附表 2  项目：造林绿化 绩效指标自评表"))
        // The findings quote the checks' own messages; the layout's words are the rest.
        let checks = xml.range(of: "数据核对")
        let appendix = xml.range(of: "附表 1")?.lowerBound ?? xml.endIndex
        let text = checks.map { String(xml[..<$0.lowerBound]) + String(xml[appendix...]) } ?? xml
        for word in ["监控节点", "预警", "完成目标可能性", "全年预计"] { #expect(!text.contains(word), "«\(word)» in the Word self-evaluation") }
    }
}
