/// The report text in the layout of the seed's sections 二 and 三, to paste into the Word
/// report: budget execution, then indicator completion listed as the seed does
/// ("指标 1：…，预期指标值：…，实际完成值…，指标完成率…；"), then deviations and findings.
/// Rates are shown as whole percents like the seed unless asked for more decimals.
public struct ChineseReport {
    public var decimals: Int
    public init(decimals: Int = 0) { self.decimals = decimals }

    func pct(_ e: Exact?) -> String { ReportData.percent(e, decimals).map { $0 + "%" } ?? "—" }

    /// `1493.25 万元`, spaced as the seed writes amounts.
    static func amount(_ q: Quantity?) -> String {
        guard let q else { return "—" }
        if q.unit.name == "%" || q.unit.name == "％" { return q.value.decimalString(maxDecimals: 2) + "%" }
        return q.value.decimalString(maxDecimals: 6) + " " + q.unit.name
    }

    static let circled = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"]
    static let chineseOrdinal = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    public func render(_ r: ReportData) -> String {
        var out = "# \(r.title)\n\n"
        if let s = r.scenario { out += "（情景：\(s)）\n\n" }
        out += budgetSection(r)
        out += indicatorSection(r)
        out += deviationSection(r)
        return out
    }

    func nodeText(_ r: ReportData) -> String {
        guard let n = r.node else { return "截止到监控节点" }
        let parts = n.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3 { return "截至 \(parts[0]) 年 \(parts[1]) 月底" }
        return "截至 \(n)"
    }

    func budgetSection(_ r: ReportData) -> String {
        let tops = r.budgets.filter { $0.depth == 0 }
        guard !tops.isEmpty else { return "" }
        var out = "## 二、部门单位年度预算执行情况\n\n"
        for (k, b) in tops.enumerated() {
            let year = r.year.map { "\($0) 年" } ?? ""
            if k == 0 {
                out += "我部门 \(year)预算 \(ChineseReport.amount(b.amount))"
            } else {
                out += "我单位 \(year)\(b.name) \(ChineseReport.amount(b.amount))"
            }
            if !b.sources.isEmpty { out += "（来源：\(b.sources.joined(separator: "、"))）" }
            if let a = b.arrived { out += "，实际到位资金 \(ChineseReport.amount(a))，到位率 \(pct(b.arrival))" }
            out += "。"
            if let x = b.executed { out += "\(nodeText(r))资金执行数 \(ChineseReport.amount(x))，预算执行率 \(pct(b.execution))。" }
            if let l = b.light { out += "预警：\(l.chinese)" + (b.lightMessage.map { "（\($0)）" } ?? "") + "。" }
            out += "\n\n"
            let children = r.budgets.filter { $0.path.count == 2 && $0.path[0] == b.name }
            for (n, c) in children.enumerated() {
                let ordinal = n < ChineseReport.chineseOrdinal.count ? ChineseReport.chineseOrdinal[n] : "\(n + 1)"
                out += "### （\(ordinal)）\(c.name)\n\n"
                out += "本年度\(c.name)预算安排总额为 \(ChineseReport.amount(c.amount))"
                if !c.sources.isEmpty { out += "，资金来源：\(c.sources.joined(separator: "、"))" }
                out += "。"
                if let x = c.executed {
                    out += "截止到监控节点，\(c.name)实际支出资金 \(ChineseReport.amount(x))，预算执行率 \(pct(c.execution))。"
                }
                out += spendingText(c, r)
                if let l = c.light { out += "预警：\(l.chinese)。" }
                out += "\n\n"
            }
            if k == 0 && !children.isEmpty { continue }
            if children.isEmpty { out += spendingText(b, r).isEmpty ? "" : spendingText(b, r) + "\n\n" }
        }
        return out
    }

    func spendingText(_ b: ReportData.BudgetRow, _ r: ReportData) -> String {
        var items: [String] = []
        for s in b.spends {
            items.append((s.isAllocation && !s.name.hasPrefix("拨付") ? "拨付" : "") + "\(s.name) \(ChineseReport.amount(s.amount))" + (s.note.map { "（\($0)）" } ?? ""))
        }
        let grandchildren = r.budgets.filter { $0.path.count == b.path.count + 1 && Array($0.path.prefix(b.path.count)) == b.path }
        for g in grandchildren {
            var t = "\(g.name) \(ChineseReport.amount(g.amount))"
            let paid = g.spends.filter { !$0.isAllocation }
            let allocated = g.spends.filter { $0.isAllocation }
            if !allocated.isEmpty { t += "，已拨付 " + allocated.map { ChineseReport.amount($0.amount) }.joined(separator: "、") }
            if let x = g.executed { t += (allocated.isEmpty ? "，已支付 " : "，实际支付 ") + ChineseReport.amount(x) }
            _ = paid
            items.append(t)
        }
        return items.isEmpty ? "" : "其中用于：" + items.joined(separator: "；") + "。"
    }

    func indicatorSection(_ r: ReportData) -> String {
        guard !r.indicators.isEmpty else { return "" }
        var out = "## 三、部门单位整体绩效目标情况\n\n### （一）绩效目标完成情况\n\n"
        let counts = (Set(r.indicators.compactMap(\.level1)).count,
                      Set(r.indicators.compactMap { i in i.level2.map { (i.level1 ?? "") + "/" + $0 } }).count,
                      r.indicators.count)
        out += "共设置一级指标 \(counts.0) 个，二级指标 \(counts.1) 个，三级指标 \(counts.2) 个。截止到监控节点，\(counts.2) 个三级指标的完成情况如下：\n\n"
        // Level 1 in order of first appearance, then level 2 under it.
        var level1Order: [String] = []
        for i in r.indicators { let k = i.level1 ?? (i.path.first ?? ""); if !level1Order.contains(k) { level1Order.append(k) } }
        for (n1, l1) in level1Order.enumerated() {
            let heading = l1.isEmpty ? "其他指标" : (l1 == "满意度" ? "满意度指标" : "\(l1)情况")
            out += "#### \(n1 + 1)、\(heading)\n\n"
            let under = r.indicators.filter { ($0.level1 ?? ($0.path.first ?? "")) == l1 }
            var level2Order: [String] = []
            for i in under { let k = i.level2 ?? ""; if !level2Order.contains(k) { level2Order.append(k) } }
            for (n2, l2) in level2Order.enumerated() {
                if !l2.isEmpty {
                    let mark = n2 < ChineseReport.circled.count ? ChineseReport.circled[n2] : "\(n2 + 1)."
                    let name = l2.hasSuffix("指标") ? l2 : l2 + "指标"
                    out += "##### \(mark)\(name)：\n\n"
                }
                for (k, i) in under.filter({ ($0.level2 ?? "") == l2 }).enumerated() {
                    out += line(k + 1, i) + "\n\n"
                }
            }
        }
        return out
    }

    func line(_ n: Int, _ i: ReportData.IndicatorRow) -> String {
        var s = "指标 \(n)：\(i.name)，预期指标值：\(spaced(i.target))，"
        if i.status == .pending {
            s += "实际完成值未达监控节点，指标完成率未达监控节点"
        } else {
            let actual = i.actualQuantity == nil ? i.actual : " " + spaced(i.actual)
            s += "实际完成值\(actual)，指标完成率 \(pct(i.completion))"
        }
        if let l = i.light, l != .green { s += "（\(l.chinese)）" }
        return s + "；"
    }

    /// `450亩` → `450 亩`, as the seed spaces a figure and its unit; text is left alone.
    func spaced(_ text: String) -> String {
        var digitsEnd: String.Index?
        for idx in text.indices {
            let c = text[idx]
            if c.isNumber && c.isASCII || c == "." || c == "," { digitsEnd = text.index(after: idx); continue }
            if digitsEnd == nil, "≥≤<>=".contains(c) { continue }
            break
        }
        guard let e = digitsEnd, e < text.endIndex else { return text }
        let unit = text[e...]
        if unit.hasPrefix("%") || unit.hasPrefix("％") { return text }
        return text[..<e] + " " + unit
    }

    func deviationSection(_ r: ReportData) -> String {
        var out = ""
        let flagged = r.indicators.filter { $0.light == .red || $0.light == .yellow || $0.light == .blue }
        let flaggedBudgets = r.budgets.filter { $0.light == .red || $0.light == .yellow }
        if !flagged.isEmpty || !flaggedBudgets.isEmpty {
            out += "### （二）偏离情况及成因分析\n\n"
            for b in flaggedBudgets {
                out += "- \(b.name)：\(b.light!.chinese)，\(b.lightMessage ?? "执行率 \(pct(b.execution))")。\n"
            }
            for i in flagged {
                var t = "- \(i.name)：\(i.light!.chinese)，\(i.lightMessage ?? "完成率 \(pct(i.completion))")"
                if let e = i.expected { t += "；全年预计完成 \(ChineseReport.amount(e))" }
                if let l = i.likelihood { t += "，\(l)完成目标" }
                if let c = i.cause { t += "；偏离原因：\(c)" }
                if let n = i.note { t += "；\(n)" }
                out += t + "。\n"
            }
            out += "\n"
        }
        let issues = r.findings.filter { $0.severity != .info }
        if !issues.isEmpty {
            out += "### 数据核对\n\n"
            for d in issues {
                var loc = ""
                if let s = d.span, let f = r.sources[s.file] { loc = "（\(f.path):\(f.line(of: s.start))）" }
                out += "- \(d.severity == .error ? "错误" : "警告")：\(d.message)\(loc)\n"
            }
            out += "\n"
        }
        return out
    }
}
