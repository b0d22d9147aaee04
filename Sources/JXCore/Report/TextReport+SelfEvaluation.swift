/// A self-evaluation on the terminal (`SelfEvaluation`): the year and the 自评时点 instead of
/// a node and time progress, per part the budget rows with 分值 and 得分 and the indicator rows
/// with 指标值, 实际完成值, 权重 and 得分 — no lights, no likelihood — then 总分 and 等级.
extension TextReport {
    func renderSelfEvaluation(_ r: ReportData) -> String {
        var out = esc(r.title)
        if let s = r.scenario { out += "（情景：\(esc(s))）" }
        out += "\n"
        for line in SelfEvaluation.header(r) { out += esc(line) + "\n" }
        if r.projects.isEmpty {
            out += selfEvaluationBody(r)
        } else {
            for part in r.parts {
                out += "\n【\(esc(ReportData.heading(of: part)))】\n" + selfEvaluationBody(r.only(part))
            }
        }
        return out + "\n" + SelfEvaluation.summary(r) + "\n"
    }

    func selfEvaluationBody(_ r: ReportData) -> String {
        var out = ""
        // Rates at two decimals, as the monitoring layout prints them on the terminal.
        let budgets = SelfEvaluation.budgetTable(r, decimals: 2)
        if !budgets.rows.isEmpty {
            out += "\n" + TextTable.render([budgets.header] + budgets.rows.map { $0.map(esc) }, rightAligned: Set(1..<budgets.header.count))
        }
        if !r.indicators.isEmpty {
            var rows: [[String]] = [["指标", "指标值", "实际完成值", "完成率", "状态", "权重", "得分"]]
            var lastPath: [String]? = nil
            for i in r.indicators {
                if i.path != lastPath {
                    rows.append([i.path.isEmpty ? "（未分组）" : esc(i.path.joined(separator: " / "))])
                    lastPath = i.path
                }
                rows.append(["  " + esc(i.name), esc(i.target), esc(SelfEvaluation.actual(i)),
                             i.status == .pending ? ShownText.none : (ReportData.percent(i.completion).map { $0 + "%" } ?? ShownText.none),
                             SelfEvaluation.status(i.status),
                             ReportData.weightText(i) ?? i.weight?.decimalString(maxDecimals: 2) ?? "",
                             esc(SelfEvaluation.indicatorScore(i) + SelfEvaluation.disagreement(i.statedFigures))])
            }
            out += "\n" + TextTable.render(rows, rightAligned: [3, 5, 6])
        }
        if let t = SelfEvaluation.total(r) { out += "\n" + esc(t) + "\n" }
        return out
    }
}
