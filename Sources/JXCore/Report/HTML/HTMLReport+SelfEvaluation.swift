/// A self-evaluation as a page (`SelfEvaluation`): per part 一、绩效自评表 (the budget and
/// indicator rows, 总分 and 等级) and 二、自评报告, then 数据核对, numbered in order. No
/// lights, time progress or forecasts: the year is over.
extension HTMLReport {
    func renderSelfEvaluation(_ r: ReportData) -> String {
        var out = HTMLReport.head(r)
        var eyebrow: [String] = []
        if let d = r.department { eyebrow.append(HTML.escape(d)) }
        if let y = r.year { eyebrow.append("\(y) 年") }
        eyebrow.append("绩效自评")
        out += "<header class=\"masthead\">\n<div class=\"eyebrow\">\(eyebrow.joined(separator: " · "))</div>\n"
        out += "<h1>\(HTML.escape(r.title))</h1>\n<div class=\"meta\">"
        if let n = r.node { out += "自评时点 <b>\(HTML.escape(ChineseDate.full(n) ?? n))</b>" }
        if let sc = r.scenario { out += "<span class=\"scenario\">情景：\(HTML.escape(sc))</span>" }
        out += "</div>\n</header>\n"
        var number = 0
        func next() -> String { number += 1; return ChineseReport.chineseNumber(number) }
        if r.projects.isEmpty {
            out += selfEvaluationPart(r, next)
        } else {
            for (k, part) in r.parts.enumerated() {
                var writer = self
                writer.part = "p\(k + 1)-"
                out += "<div class=\"part\" id=\"part\(k + 1)\">\n<h2 class=\"part-title\">第\(ChineseReport.chineseNumber(k + 1))部分　\(HTML.escape(ReportData.heading(of: part)))</h2>\n"
                // Each part numbers its own two chapters.
                var inner = 0
                out += writer.selfEvaluationPart(r.only(part)) { inner += 1; return ChineseReport.chineseNumber(inner) } + "</div>\n"
            }
        }
        // After the parts, 数据核对 is the next part.
        out += r.projects.isEmpty ? findingSection(r, number: next())
            : findingSection(r, number: "", heading: "第\(ChineseReport.chineseNumber(r.parts.count + 1))部分　数据核对")
        out += footer(r)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    func selfEvaluationPart(_ r: ReportData, _ next: () -> String) -> String {
        var s = "<section id=\"\(part)table\">\n<h2>\(next())、绩效自评表</h2>\n"
        let budgets = SelfEvaluation.budgetTable(r)
        if !budgets.rows.isEmpty { s += "<h3>预算执行情况</h3>\n" + HTMLReport.table(budgets, numeric: [1, 2, 3, 4, 5, 6]) }
        let indicators = SelfEvaluation.indicatorTable(r)
        if !indicators.rows.isEmpty { s += "<h3>绩效指标</h3>\n" + HTMLReport.table(indicators, numeric: [5, 6]) }
        if let t = SelfEvaluation.total(r) { s += "<p class=\"lede\"><b>\(HTML.escape(t))</b></p>\n" }
        s += "</section>\n<section id=\"\(part)narrative\">\n<h2>\(next())、自评报告</h2>\n"
        for (k, sec) in SelfEvaluation.narrative(r).enumerated() {
            s += "<h3>（\(ChineseReport.chineseNumber(k + 1))）\(HTML.escape(sec.title))</h3>\n"
            s += sec.paragraphs.map { "<p>\(HTML.escape($0))</p>\n" }.joined()
        }
        return s + "</section>\n"
    }

    /// A plain table of text cells; the columns in `numeric` are right-aligned.
    static func table(_ t: ReportTables.Table, numeric: Set<Int>) -> String {
        func cls(_ k: Int) -> String { numeric.contains(k) ? " class=\"n\"" : "" }
        var s = "<table>\n<thead><tr>" + t.header.enumerated().map { "<th\(cls($0.offset))>\(HTML.escape($0.element))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in t.rows { s += "<tr>" + row.enumerated().map { "<td\(cls($0.offset))>\(HTML.escape($0.element))</td>" }.joined() + "</tr>\n" }
        return s + "</tbody>\n</table>\n"
    }
}
