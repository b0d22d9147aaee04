/// A self-evaluation in plain text (`SelfEvaluation`): per part 一、绩效自评表 (its budget and
/// indicator rows one line each, the columns named) and 二、自评报告, then 数据核对, each
/// chapter numbered in order so that one left out leaves no gap.
extension ChineseReport {
    func renderSelfEvaluation(_ r: ReportData) -> String {
        var out = "# \(r.title)\n\n"
        if let s = r.scenario { out += "（情景：\(s)）\n\n" }
        let header = SelfEvaluation.header(r)
        if !header.isEmpty { out += header.joined(separator: "\n\n") + "\n\n" }
        let issues = r.findings.filter { $0.severity != .info }
        if r.projects.isEmpty {
            out += selfEvaluationPart(r)
            if !issues.isEmpty { out += "## 三、数据核对\n\n" + findingList(issues, r) }
        } else {
            let parts = r.parts
            for (k, part) in parts.enumerated() {
                out += "## 第\(ChineseReport.chineseNumber(k + 1))部分　\(ReportData.heading(of: part))\n\n"
                out += ChineseReport.demoted(selfEvaluationPart(r.only(part)))
            }
            if !issues.isEmpty { out += "## 第\(ChineseReport.chineseNumber(parts.count + 1))部分　数据核对\n\n" + findingList(issues, r) }
        }
        return out
    }

    /// 一、绩效自评表 and 二、自评报告 of one part.
    func selfEvaluationPart(_ r: ReportData) -> String {
        var out = "## 一、绩效自评表\n\n"
        let budgets = SelfEvaluation.budgetTable(r, decimals: decimals)
        if !budgets.rows.isEmpty {
            out += "### （一）预算执行情况\n\n"
            for row in budgets.rows { out += ChineseReport.tableLine(budgets.header, row) + "\n\n" }
        }
        let indicators = SelfEvaluation.indicatorTable(r)
        if !indicators.rows.isEmpty {
            out += "### （二）绩效指标\n\n"
            for (k, row) in indicators.rows.enumerated() {
                // 一级/二级/三级 as a path, the other columns named.
                let path = row.prefix(3).filter { !$0.isEmpty }.joined(separator: "／")
                out += "\(k + 1)、" + ChineseReport.tableLine([path] + indicators.header.dropFirst(3), [path] + row.dropFirst(3)) + "\n\n"
            }
        }
        if let t = SelfEvaluation.total(r) { out += "### （三）总分\n\n\(t)。\n\n" }
        out += "## 二、自评报告\n\n"
        for s in SelfEvaluation.narrative(r, decimals: decimals) {
            out += "### （一）\(s.title)\n\n" + s.paragraphs.map { $0 + "\n\n" }.joined()
        }
        return out
    }

    /// `造林资金：全年预算数 400 万元，…，得分 9.5 分。`: the first cell names the row, each
    /// other cell that holds something follows its column's name; scores read as 分.
    static func tableLine(_ header: [String], _ row: [String]) -> String {
        let cells = zip(header, row).dropFirst().compactMap { h, c -> String? in
            guard !c.isEmpty else { return nil }
            // A score in points reads `9 分`, also when the table's own figure follows it: `9 分（表列 9.5，不符）`.
            let figure = c.prefix { $0 != "（" }
            let aside = c.dropFirst(figure.count)
            let points = ["分值", "权重", "得分"].contains(h) && figure.last?.isNumber == true
            let text = h == "偏差原因分析及改进措施" ? c : points ? String(figure) + " 分" + aside : ChineseReport.spaced(c)
            return "\(h) \(text)"
        }
        let body = cells.joined(separator: "，")
        let line = (row.first ?? "") + (body.isEmpty ? "" : "：" + body)
        return "。！？.!?".contains(line.last ?? " ") ? line : line + "。"
    }

    /// The findings, numbered, each with its lead-in, message, hint and place.
    func findingList(_ issues: [Diagnostic], _ r: ReportData) -> String {
        var out = "经 jx 核对，报告中有以下 \(issues.count) 处问题，报送前请核实：\n\n"
        for (k, d) in issues.enumerated() {
            let zh = d.localized(.zh)
            var t = "\(k + 1)、\(FindingText.leadIn(d.code))（\(FindingText.severity(d.severity))）：\(zh.message)"
            if let h = zh.hint { t += "；\(h)" }
            if let loc = FindingText.location(d, in: r) { t += "（\(loc)）" }
            out += t + "。\n\n"
        }
        return out
    }
}
