/// A self-evaluation in Markdown (`SelfEvaluation`): per part the 自评表 as two tables and
/// 总分, then the 自评报告 text; the findings and the summary line last.
extension MarkdownReport {
    func renderSelfEvaluation(_ r: ReportData) -> String {
        var out = "# \(MarkdownReport.escape(r.title))\n\n"
        var meta = SelfEvaluation.header(r).map(MarkdownReport.escape)
        if let s = r.scenario { meta.append("情景：\(MarkdownReport.escape(s))") }
        if !meta.isEmpty { out += meta.joined(separator: " · ") + "\n\n" }
        if r.projects.isEmpty {
            out += selfEvaluationPart(r, level: "##")
        } else {
            for (k, part) in r.parts.enumerated() {
                out += "## 第\(ChineseReport.chineseNumber(k + 1))部分　\(MarkdownReport.escape(ReportData.heading(of: part)))\n\n"
                out += selfEvaluationPart(r.only(part), level: "###")
            }
        }
        if only == nil {
            out += findingList(r)
            out += SelfEvaluation.summary(r) + "\n"
        }
        return out
    }

    func selfEvaluationPart(_ r: ReportData, level: String) -> String {
        var out = ""
        if only == nil || only == .budgets || only == .indicators {
            out += "\(level) 一、绩效自评表\n\n"
            let budgets = SelfEvaluation.budgetTable(r)
            if (only == nil || only == .budgets) && !budgets.rows.isEmpty {
                out += MarkdownReport.table(budgets, rightAligned: [1, 2, 3, 4, 5, 6]) + "\n"
            }
            let indicators = SelfEvaluation.indicatorTable(r)
            if (only == nil || only == .indicators) && !indicators.rows.isEmpty {
                out += MarkdownReport.table(indicators, rightAligned: [5, 6]) + "\n"
            }
            if let t = SelfEvaluation.total(r) { out += "**\(MarkdownReport.escape(t))**\n\n" }
        }
        if only == nil {
            out += "\(level) 二、自评报告\n\n"
            for (k, s) in SelfEvaluation.narrative(r).enumerated() {
                out += "\(level)# （\(ChineseReport.chineseNumber(k + 1))）\(s.title)\n\n"
                out += s.paragraphs.map { MarkdownReport.escape($0) + "\n\n" }.joined()
            }
        } else if only == .groups && !r.groups.isEmpty {
            out += "\(level) 指标分组\n\n" + MarkdownReport.table(ReportTables.groups(r), rightAligned: [0, 4, 6, 7]) + "\n"
        }
        return out
    }
}
