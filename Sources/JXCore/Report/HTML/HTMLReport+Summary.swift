/// The row of cards at the top: what a reader takes in at a glance before any chart.
extension HTMLReport {
    /// One paragraph a reader can repeat in a meeting: where the money and the indicators
    /// stand at the node, and whether the figures hold together.
    func lede(_ r: ReportData) -> String {
        var parts: [String] = []
        var head = ChineseDate.upTo(r.node)
        if let t = r.timeProgress { head += "（时间进度 \(ReportData.percent(t, 0) ?? "")%）" }
        let budgets = r.budgets.filter { $0.depth == 0 }.map { b in
            "\(HTML.escape(b.name))执行率 <b>\(HTMLReport.pct(b.execution))</b>" + (b.light.map { "，\($0.chinese)" } ?? "")
        }
        if r.node != nil || !budgets.isEmpty { parts.append(head + (budgets.isEmpty ? "" : "，" + budgets.joined(separator: "；")) + "。") }
        if !r.indicators.isEmpty {
            var t = "\(r.indicators.count) 个三级指标中"
            let counts = RowCounts(r)
            t += [Status.met, .unmet, .pending].compactMap { s in
                let n = counts.count(s)
                return n > 0 ? "\(s.chinese) \(n) 个" : nil
            }.joined(separator: "、")
            let lights = ReportData.lightCounts(counts.indicatorLights).filter { $0.light != .green }
            if !lights.isEmpty { t += "；" + lights.map { "\($0.light.chinese) <b>\($0.count)</b> 个" }.joined(separator: "、") }
            parts.append(t + "。")
        }
        if let total = r.totalScore {
            parts.append(r.totalMissing.isEmpty ? "自评总分 <b>\(total.decimalString(maxDecimals: 2))</b> 分，等级\(HTML.escape(r.rating ?? "—"))。"
                : "自评总分 <b>\(total.decimalString(maxDecimals: 2))</b> 分（\(HTML.escape(ReportData.incomplete(r.totalMissing)))）。")
        }
        let issues = r.findings.count(where: { $0.severity != .info })
        parts.append(issues == 0 ? "数据核对未发现问题。" : "数据核对发现 <b>\(issues)</b> 处问题，报送前请核实。")
        return "<p class=\"lede\">\(parts.joined())</p>\n"
    }

    func summary(_ r: ReportData) -> String {
        var cards: [String] = []
        if let t = r.timeProgress {
            cards.append(card("时间进度", value: HTMLReport.pct(t), light: nil,
                              sub: r.node.map { "监控节点 \(HTML.escape($0))" } ?? "", meter: t))
        }
        // Each top-level budget: its 执行率 coloured by its light.
        for b in r.budgets where b.depth == 0 {
            cards.append(card("\(HTML.escape(b.name)) 执行率", value: HTMLReport.pct(b.execution), light: b.light,
                              sub: HTML.escape(HTMLReport.ofTotal(b.executed, b.amount)), meter: b.execution))
        }
        let counts = RowCounts(r)
        if !r.indicators.isEmpty {
            let statuses = [Status.met, .unmet, .pending].compactMap { s -> String? in
                let n = counts.count(s)
                return n > 0 ? "\(s.chinese) \(n)" : nil
            }
            cards.append(card("三级指标", value: "\(r.indicators.count)<small>个</small>", light: nil,
                              sub: statuses.joined(separator: " · ")))
        }
        if !counts.lights.isEmpty { cards.append(lightsCard(counts)) }
        if let t = r.totalScore {
            let light: Light = switch r.rating { case "优": .green; case "良": .blue; case "中": .yellow; default: .red }
            cards.append(card("自评总分", value: "\(t.decimalString(maxDecimals: 2))<small>分</small>", light: r.totalMissing.isEmpty ? light : nil,
                              sub: r.totalMissing.isEmpty ? "等级：\(HTML.escape(r.rating ?? "—"))" : HTML.escape(ReportData.incomplete(r.totalMissing))))
        }
        let errors = r.findings.count(where: { $0.severity == .error })
        let warnings = r.findings.count(where: { $0.severity == .warning })
        let checkLight: Light = errors > 0 ? .red : warnings > 0 ? .yellow : .green
        cards.append(card("数据核对", value: errors + warnings == 0 ? "无误" : "\(errors + warnings)<small>处</small>",
                          light: checkLight, sub: "错误 \(errors) · 警告 \(warnings)"))
        return "<section class=\"cards\">\n" + cards.joined(separator: "\n") + "\n</section>\n"
    }

    /// A card; `value` and `sub` are HTML already escaped by the caller.
    func card(_ key: String, value: String, light: Light?, sub: String, meter: Exact? = nil) -> String {
        let c = HTMLReport.cls(light)
        var s = "<div class=\"card \(c)\"><div class=\"k\">\(key)</div><div class=\"v \(c)\">\(value)</div>"
        if let m = meter {
            let w = SVGBarChart.pixels(m, scale: .one, width: 100)
            s += "<div class=\"meter\"><span class=\"\(c)\" style=\"width:\(w)%\"></span></div>"
        }
        return s + "<div class=\"s\">\(sub)</div></div>"
    }

    /// The worst light and how often it shows, then every light counted for indicators and
    /// for budgets apart (a red budget and a red indicator call for different people).
    func lightsCard(_ counts: RowCounts) -> String {
        let all = ReportData.lightCounts(counts.lights)
        let worst = all.first?.light
        func line(_ what: String, _ tally: [Light: Int], rows: Int) -> String {
            guard rows > 0 else { return "" }
            let chips = ReportData.lightCounts(tally).map { "<span class=\"chip \($0.light.rawValue)\">\($0.light.chinese.prefix(1)) \($0.count)</span>" }
            return "<div>\(what) \(chips.isEmpty ? "无" : chips.joined())</div>"
        }
        let value = all.first.map { "\($0.count)<small>\($0.light.chinese)</small>" } ?? "—"
        return "<div class=\"card \(HTMLReport.cls(worst))\"><div class=\"k\">预警灯</div><div class=\"v \(HTMLReport.cls(worst))\">\(value)</div>"
            + "<div class=\"s\">\(line("指标", counts.indicatorLights, rows: counts.indicators))\(line("预算", counts.budgetLights, rows: counts.budgets))</div></div>"
    }
}
