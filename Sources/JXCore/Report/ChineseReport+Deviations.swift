/// Section 三 (二) 偏离情况及成因分析, (三) 自评得分 and 数据核对: what an analyst must
/// explain. Each flagged budget and indicator gets its light and the rule's reason, the
/// year-end forecast, the likelihood of reaching the target, and the cause and explanation
/// the script gives.
extension ChineseReport {
    static func isFlagged(_ l: Light?) -> Bool { l == .red || l == .yellow || l == .blue }

    func deviationSection(_ r: ReportData) -> String {
        let budgets = r.budgets.filter { ChineseReport.isFlagged($0.light) }
        let indicators = r.indicators.filter { ChineseReport.isFlagged($0.light) || $0.cause != nil || $0.note != nil }
        guard !budgets.isEmpty || !indicators.isEmpty else { return "" }
        var out = "### （二）偏离情况及成因分析\n\n"
        if let t = r.timeProgress {
            out += "\(ChineseDate.upTo(r.node))，时间进度 \(pct(t))。"
            out += "以下预算和指标出现预警或偏离，逐项说明如下：\n\n"
        }
        var part = 0
        if !budgets.isEmpty {
            part += 1
            out += "\(part)、预算执行\n\n"
            for (k, b) in budgets.enumerated() {
                var t = "（\(k + 1)）\(b.name)：预算执行率 \(pct(b.execution))"
                if let l = b.light { t += "，\(l.chinese)" }
                if let m = b.lightMessage { t += "，\(m)" }
                out += t + "。\n\n"
            }
        }
        if !indicators.isEmpty {
            part += 1
            out += "\(part)、绩效指标\n\n"
            for (k, i) in indicators.enumerated() { out += "（\(k + 1)）" + deviation(i) + "\n\n" }
        }
        return out
    }

    /// "新增建设用地报批：指标完成率 7%，红灯，完成率 6.67% 低于…。全年预计完成 60 亩，预计完成率 13%，
    /// 完全不可能完成目标。偏离原因：经费保障。原因说明：…。"
    func deviation(_ i: ReportData.IndicatorRow) -> String {
        var t = "\(i.name)："
        t += i.status == .pending ? "未达监控节点" : i.status == .blank ? "指标完成率 \(i.blank?.shown ?? ShownText.none)" : "指标完成率 \(pct(i.completion))"
        if let l = i.light { t += "，\(l.chinese)" }
        if let m = i.lightMessage { t += "，\(m)" }
        t += "。"
        var forecast: [String] = []
        if let e = i.expected { forecast.append("全年预计完成 \(ChineseReport.spaced(ChineseReport.amount(e)))") }
        if let c = i.expectedCompletion { forecast.append("预计完成率 \(pct(c))") }
        if let l = i.likelihood {
            forecast.append(l == "确定能" || l == "有可能" || l == "完全不可能" ? "\(l)完成目标" : "实现可能性：\(l)")
        }
        if !forecast.isEmpty { t += forecast.joined(separator: "，") + "。" }
        if let c = i.cause { t += "偏离原因：\(c)。" }
        if let n = i.note { t += "原因说明：\(ChineseReport.sentence(n))" }
        return t
    }

    /// A note as a sentence: ends with 。 unless it already ends with punctuation.
    static func sentence(_ text: String) -> String {
        // A note written over several lines is one sentence in the report.
        let s = text.split(whereSeparator: \.isNewline).map { $0.trimmingPrefix(while: \.isWhitespace) }.joined()
        guard let last = s.last else { return s }
        switch last {
        case "。", "！", "？", ".", "!", "?": return s
        default: return s + "。"
        }
    }

    func scoreSection(_ r: ReportData) -> String {
        guard r.totalScore != nil || !r.totalMissing.isEmpty else { return "" }
        var out = "### （三）自评得分\n\n"
        let total = r.totalScore?.decimalString(maxDecimals: 2) ?? ShownText.none
        out += r.totalMissing.isEmpty ? "总分 \(total) 分，等级：\(r.rating ?? "—")。" : "总分 \(total) 分（\(ReportData.incomplete(r.totalMissing))），不评定等级。"
        var parts: [String] = []
        for g in r.groups where g.level == 1 {
            let weight = g.weight.map { "权重 \($0.decimalString(maxDecimals: 2))" }
            if let s = g.score {
                parts.append("\(g.name) \(s.decimalString(maxDecimals: 2)) 分" + (weight.map { "（\($0)）" } ?? ""))
            } else if let w = weight {
                // Say so: the total is then out of less than 100.
                parts.append("\(g.name)未评分（\(w)）")
            }
        }
        for b in r.budgets {
            guard let s = b.score else { continue }
            let weight = b.weight.map { "分值 \($0.decimalString(maxDecimals: 2))，" } ?? ""
            parts.append("预算执行 \(s.decimalString(maxDecimals: 2)) 分（\(weight)\(b.name)执行率 \(pct(b.execution))）")
        }
        if !parts.isEmpty { out += "其中：" + parts.joined(separator: "，") + "。" }
        return out + "\n\n"
    }

    /// The checks, numbered, each with a Chinese lead-in before the detailed message.
    func findingSection(_ r: ReportData) -> String {
        let issues = r.findings.filter { $0.severity != .info }
        guard !issues.isEmpty else { return "" }
        // Inside 三 after (二) deviations and (三) scores when there are indicators; a section
        // of its own otherwise, so a script of budgets alone still shows its checks.
        let out = r.indicators.isEmpty ? "## 数据核对\n\n" : "### （\(r.totalScore == nil && r.totalMissing.isEmpty ? "三" : "四")）数据核对\n\n"
        return out + findingList(issues, r)
    }
}
