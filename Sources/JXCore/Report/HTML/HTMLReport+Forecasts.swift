/// 预测与得分: per indicator, the expected year-end value and completion, the likelihood of
/// reaching the target, the cause and explanation of a deviation, and (when the script
/// scores) weight and score, with the level-1 group scores and the total above.
extension HTMLReport {
    func hasForecastsOrScores(_ r: ReportData) -> Bool {
        r.totalScore != nil || !r.totalMissing.isEmpty || r.indicators.contains { $0.expected != nil || $0.likelihood != nil || $0.cause != nil || $0.note != nil }
    }

    static func likelihoodClass(_ l: String) -> String {
        switch l {
        case "确定能": "green"
        case "有可能": "yellow"
        case "完全不可能": "red"
        default: "none"
        }
    }

    func forecastSection(_ r: ReportData, number: String) -> Markup {
        let scored = r.indicators.contains { $0.score != nil }
        let explained = r.indicators.contains { $0.cause != nil || $0.note != nil }
        let columns = 6 + (explained ? 1 : 0) + (scored ? 2 : 0)
        var s: Markup = "<section id=\"\(part)forecasts\">\n<h2>\(number)、\(scored ? "得分与全年预测" : "全年预测与偏离原因")</h2>\n"
        if r.totalScore != nil || !r.totalMissing.isEmpty { s.add(groupScores(r)) }
        s += "<p class=\"note\">全年预计按当前进度推算（累计指标按时间进度折算），脚本写明的预计值优先。</p>\n"
        s += "<table>\n<thead><tr><th>指标</th><th class=\"n\">完成率</th><th>预警</th><th class=\"n\">全年预计</th>"
        s += "<th class=\"n\">预计完成率</th><th>实现可能性</th>"
        if explained { s += "<th>偏离原因与说明</th>" }
        if scored { s += "<th class=\"n\">权重</th><th class=\"n\">得分</th>" }
        s += "</tr></thead>\n<tbody>\n"
        var lastGroup: [String]? = nil
        let groups = GroupsByPath(r)
        for i in r.indicators {
            if i.path != lastGroup {
                let name = i.path.isEmpty ? "未分组" : i.path.joined(separator: " / ")
                let light = groups.group(at: i.path)?.light.map { " <span class=\"chip \($0.rawValue)\">\($0.chinese)</span>" } ?? ""
                s += "<tr class=\"group\"><td colspan=\"\(columns)\">\(HTML.escape(name))\(light)</td></tr>\n"
                lastGroup = i.path
            }
            let pending = i.status == .pending
            s += "<tr><td>\(HTML.escape(i.name))</td>"
            s += "<td class=\"n\">\(pending ? "未达节点" : i.status == .blank ? HTML.escape(i.blank?.shown ?? "—") : HTMLReport.pct(i.completion))</td>"
            s += "<td>\(i.light.map { "<span class=\"chip \($0.rawValue)\">\($0.chinese)</span>" } ?? "—")</td>"
            s += "<td class=\"n\">\(HTML.escape(i.expected.map(ReportData.figure) ?? "—"))</td>"
            s += "<td class=\"n\">\(i.expectedCompletion == nil ? "—" : HTMLReport.pct(i.expectedCompletion))</td>"
            s += "<td>\(i.likelihood.map { "<span class=\"chip \(HTMLReport.likelihoodClass($0))\">\(HTML.escape($0))</span>" } ?? "—")</td>"
            if explained {
                var why: [String] = []
                if let c = i.cause { why.append("<b>\(HTML.escape(c))</b>") }
                if let n = i.note { why.append(HTML.escape(n)) }
                s += "<td>\(why.joined(separator: "："))</td>"
            }
            if scored {
                s += "<td class=\"n\">\(ReportData.weightText(i) ?? i.weight?.decimalString(maxDecimals: 2) ?? "—")</td>"
                s += "<td class=\"n\">\(i.score?.decimalString(maxDecimals: 2) ?? "—")</td>"
            }
            s += "</tr>\n"
        }
        s += "</tbody>\n</table>\n</section>\n"
        return s
    }

    /// Level-1 groups and budgets that carry a score, then the total and its grade.
    func groupScores(_ r: ReportData) -> String {
        var s = "<table>\n<thead><tr><th>评分项</th><th class=\"n\">权重</th><th class=\"n\">得分</th><th class=\"n\">得分率</th></tr></thead>\n<tbody>\n"
        func row(_ name: String, _ w: Exact?, _ score: Exact?) -> String {
            let rate = w.flatMap { w in score.flatMap { w.isZero ? nil : try? $0.divided(by: w) } }
            return "<tr><td>\(HTML.escape(name))</td><td class=\"n\">\(w?.decimalString(maxDecimals: 2) ?? "—")</td>"
                + "<td class=\"n\">\(score?.decimalString(maxDecimals: 2) ?? "—")</td><td class=\"n\">\(rate == nil ? "—" : HTMLReport.pct(rate))</td></tr>\n"
        }
        for g in r.groups where g.level == 1 && (g.score != nil || g.weight != nil) { s += row(g.name, g.weight, g.score) }
        for b in r.budgets where b.score != nil { s += row("\(b.name)预算执行率（\(HTMLReport.pct(b.execution))）", b.weight, b.score) }
        if r.totalScore != nil || !r.totalMissing.isEmpty {
            let grade = r.totalMissing.isEmpty ? "等级：\(r.rating ?? "—")" : ReportData.incomplete(r.totalMissing)
            s += "<tr><td><b>总分（\(HTML.escape(grade))）</b></td><td class=\"n\"></td><td class=\"n\"><b>\(r.totalScore?.decimalString(maxDecimals: 2) ?? "—")</b></td><td class=\"n\"></td></tr>\n"
        }
        return s + "</tbody>\n</table>\n"
    }
}
