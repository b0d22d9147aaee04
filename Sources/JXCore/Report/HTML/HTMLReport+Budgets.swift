/// 预算执行: each budget's 执行率 as a bar (coloured by its light) over its 到位率 (pale),
/// against the dashed time-progress line, then the exact figures in a table.
extension HTMLReport {
    func budgetSection(_ r: ReportData, number: String) -> Markup {
        var s: Markup = "<section id=\"\(part)budgets\">\n<h2>\(number)、预算执行</h2>\n"
        s += "<div class=\"legend\"><span class=\"sw\" style=\"background:#c6d4e3\"></span>到位率"
        s += "<span class=\"sw\" style=\"background:var(--green)\"></span>执行率（颜色为预警灯）"
        if let t = r.timeProgress { s += "<span class=\"rule\"></span>时间进度 \(HTMLReport.pct(t))" }
        s += "</div>\n"
        let rows = r.budgets.map { b in
            SVGBarChart.Row(
                label: b.name, indent: b.depth, strong: b.depth == 0, value: b.execution,
                valueText: b.execution == nil ? b.blank?.shown ?? "无执行数" : HTMLReport.pct(b.execution), light: b.light,
                detail: HTMLReport.ofTotal(b.executed, b.amount), background: b.arrival,
                tooltip: budgetTooltip(b))
        }
        var lines: [SVGBarChart.Line] = []
        if let t = r.timeProgress { lines.append(.init(at: t, label: "时间进度 \(ReportData.percent(t, 0) ?? "")%", dashed: true)) }
        let ticks = [0, 25, 50, 75, 100].compactMap { try? Exact.fraction(Int128($0), 100) }
        s += SVGBarChart(id: "\(part)budgets", rows: rows, lines: lines, ticks: ticks).render()
        s += budgetTable(r)
        s += "</section>\n"
        return s
    }

    func budgetTooltip(_ b: ReportData.BudgetRow) -> String {
        var t = "\(b.name)：预算数 \(b.amount?.text() ?? "—")"
        if let i = b.initial { t += "（年初预算数 \(i.text())）" }
        if let a = b.arrived { t += "，到位资金 \(a.text())，到位率 \(HTMLReport.pct(b.arrival))" }
        if let x = b.executed { t += "，执行数 \(x.text())，执行率 \(HTMLReport.pct(b.execution))" }
        if let e = b.expected { t += "，全年预计执行数 \(e.text())，预计执行率 \(HTMLReport.pct(b.expectedExecution))" }
        if let m = b.lightMessage { t += "。\(m)" }
        return t
    }

    func budgetTable(_ r: ReportData) -> Markup {
        let t = BudgetColumns(r)
        var s: Markup = "<table>\n<thead><tr><th>预算</th>"
        for h in t.header.dropFirst() { s += "<th class=\"n\">\(HTML.escape(h))</th>" }
        s += "<th>预警</th></tr></thead>\n<tbody>\n"
        func cells(_ c: [String]) { for v in c.dropFirst() { s += "<td class=\"n\">\(HTML.escape(v))</td>" } }
        for b in r.budgets {
            let pad = b.depth > 0 ? " style=\"padding-left:\(6 + 16 * b.depth)px\"" : ""
            let name = b.depth == 0 ? "<b>\(HTML.escape(b.name))</b>" : HTML.escape(b.name)
            s += "<tr><td\(pad)>\(name)</td>"
            cells(t.cells(b, name: b.name))
            s += "<td>\(b.light == nil && b.blank != nil ? HTML.escape(b.blank!.shown) : lightCell(b.light, b.lightMessage))</td></tr>\n"
            for src in b.sourceRows {
                s += "<tr class=\"source\"><td style=\"padding-left:\(6 + 16 * (b.depth + 1))px\">其中：\(HTML.escape(src.name))</td>"
                cells(t.cells(src, name: src.name))
                s += "<td>\(HTML.escape(src.blank?.shown ?? ""))</td></tr>\n"
            }
        }
        s += "</tbody>\n</table>\n"
        return s
    }

    /// A light chip with the rule's reason beneath it.
    func lightCell(_ l: Light?, _ why: String?) -> String {
        guard let l else { return "—" }
        var s = "<span class=\"chip \(l.rawValue)\">\(l.chinese)</span>"
        if let w = why { s += " <span class=\"why\">\(HTML.escape(w))</span>" }
        return s
    }
}
