/// 绩效指标完成情况: one chart per level-1 group with its level-2 groups as sub-headings,
/// every chart on the same scale (0–120%, the 100% target marked) and the same label width,
/// so bars compare across groups. Judged rates (qualitative, deadline) are hatched; an
/// indicator judged against the time progress carries a dashed mark at it; pending
/// indicators say so instead of a bar.
extension HTMLReport {
    static let indicatorScale = (try? Exact.fraction(6, 5)) ?? .one

    func indicatorSection(_ r: ReportData, number: String) -> Markup {
        var s: Markup = "<section id=\"\(part)indicators\">\n<h2>\(number)、绩效指标完成情况</h2>\n"
        s += "<div class=\"legend\"><span class=\"sw\" style=\"background:var(--green)\"></span>完成率（颜色为预警灯）"
        s += "<span class=\"sw\" style=\"background:repeating-linear-gradient(45deg,var(--yellow) 0 2px,var(--yellow-pale) 2px 4px)\"></span>评定的完成率"
        s += "<span class=\"rule\" style=\"border-left-style:solid\"></span>目标 100%"
        if let t = r.timeProgress, r.indicators.contains(where: \.prorated) {
            s += "<span class=\"rule\"></span>时间进度 \(HTMLReport.pct(t))（累计指标按进度定灯）"
        }
        s += "；超过 120% 的截断显示</div>\n"
        // Each indicator's row once: its label widths set the charts' label column.
        let rowOf = r.indicators.map { indicatorRow($0, r) }
        let labelColumns = SVGBarChart.labelColumns(for: rowOf)
        let ticks = [0, 20, 40, 60, 80, 100, 120].compactMap { try? Exact.fraction(Int128($0), 100) }
        for (k, (l1, under)) in RowsByKey(r.indicators.map(ChineseReport.level1Key)).groups.enumerated() {
            // A heading carries the light of its indicators, the most severe as a group's.
            let light = Light.mostSevere(under.map { r.indicators[$0].light })
            s += "<h3>\(HTML.escape(l1.isEmpty ? "未分组指标" : (l1.hasSuffix("指标") ? l1 : l1 + "指标")))"
            s += "\(light.map { " <span class=\"chip \($0.rawValue)\">\($0.chinese)</span>" } ?? "")</h3>\n"
            var rows: [SVGBarChart.Row] = []
            for (l2, members) in RowsByKey(under.map { r.indicators[$0].level2 ?? "" }).groups {
                let group = members.map { under[$0] }
                if !l2.isEmpty { rows.append(SVGBarChart.Row(label: l2, valueText: "", light: Light.mostSevere(group.map { r.indicators[$0].light }), heading: true)) }
                rows += group.map { rowOf[$0] }
            }
            s += SVGBarChart(id: "\(part)ind\(k + 1)", rows: rows, scale: HTMLReport.indicatorScale,
                             lines: [.init(at: .one, label: "", dashed: false)], ticks: ticks,
                             labelColumns: labelColumns).render()
        }
        s += "</section>\n"
        return s
    }

    func indicatorRow(_ i: ReportData.IndicatorRow, _ r: ReportData) -> SVGBarChart.Row {
        let pending = i.status == .pending
        let judged = i.kind == .qualitative || (i.kind == .deadline && i.actualQuantity == nil)
        var tooltip = "\(i.name)：预期指标值 \(i.target)，实际完成值 \(i.actual)"
        if let b = i.blank { tooltip += "，完成率 \(b.shown)" } else if !pending { tooltip += "，完成率 \(HTMLReport.pct(i.completion))" }
        if let m = i.lightMessage { tooltip += "。\(m)" }
        return SVGBarChart.Row(
            label: i.name, indent: i.level2 == nil ? 0 : 1, value: pending ? nil : (i.completion ?? .zero),
            valueText: pending ? "未达监控节点" : i.status == .blank ? i.blank?.shown ?? "—" : HTMLReport.pct(i.completion), light: i.light,
            detail: pending ? "目标 \(i.target)" : "\(i.actual) / \(i.target)", judged: judged, tooltip: tooltip,
            marker: i.prorated && !pending ? r.timeProgress : nil)
    }
}
