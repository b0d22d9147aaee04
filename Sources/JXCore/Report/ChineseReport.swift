/// The report text in the seed's layout, to paste into the Word report: 二 budget execution,
/// 三 indicator completion listed as the seed does ("指标 1：…，预期指标值：…，实际完成值…，
/// 指标完成率…；"), deviations with their causes and forecasts, scores, the findings of the
/// checks, and 五 for extra allocations (追加资金) reported apart.
///
/// Rates are whole percents like the seed unless more decimals are asked for; a figure the
/// script marks as `stated` is shown at the precision the report wrote it (441.3 万元), as
/// long as it agrees with the computed one.
public struct ChineseReport: ReportRenderer {
    public var decimals: Int
    public init(decimals: Int = 0) { self.decimals = decimals }

    public func render(_ r: ReportData) -> String {
        var out = "# \(r.title)\n\n"
        if let s = r.scenario { out += "（情景：\(s)）\n\n" }
        out += header(r)
        if r.projects.isEmpty {
            out += budgetSection(r)
            out += indicatorSection(r)
        } else {
            // 部门整体 first, then a chapter per project, each with its own budgets, indicators and total.
            for part in r.parts {
                out += "## \(ReportData.heading(of: part))\n\n"
                if let l = part.light { out += "预警：\(l.chinese)。\n\n" }
                let own = r.only(part)
                // The part's chapters sit one level below its heading.
                out += ChineseReport.demoted(budgetSection(own) + indicatorSection(own))
            }
        }
        out += findingSection(r)
        out += otherSection(r)
        return out
    }

    /// Every heading one level deeper (`## 二、` → `### 二、`).
    static func demoted(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("#") ? "#" + $0 : String($0) }.joined(separator: "\n")
    }

    func header(_ r: ReportData) -> String {
        var lines: [String] = []
        if let d = r.department { lines.append("部门单位名称：\(d)") }
        if let n = r.node {
            var t = "监控节点：\(ChineseDate.full(n) ?? n)"
            if let p = r.timeProgress { t += "，时间进度 \(pct(p))" }
            lines.append(t + "。")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n\n") + "\n\n"
    }

    // MARK: figures as the seed writes them

    func pct(_ e: Exact?) -> String { ReportData.percent(e, decimals).map { $0 + "%" } ?? "—" }

    /// `1493.25 万元`: a figure and its unit spaced as the seed writes amounts.
    static func amount(_ q: Quantity?) -> String {
        guard let q else { return "—" }
        if q.unit.name == "%" || q.unit.name == "％" { return q.value.decimalString(maxDecimals: 2) + "%" }
        let exact = q.value.exactDecimals.map { $0 <= 6 } ?? false
        return q.value.decimalString(maxDecimals: exact ? 6 : 2) + " " + q.unit.name
    }

    /// A computed amount at the precision the report states it (`stated 执行数 441.3万元`
    /// shows 441.286998 万元 as 441.3 万元), but only when the two agree: a disagreeing
    /// statement is a finding, and the text then shows the exact figure.
    static func amount(_ q: Quantity?, statedAs member: String, in b: ReportData.BudgetRow) -> String {
        guard let q, let s = b.stated.first(where: { $0.member == member }), let sv = s.value,
              let c = try? q.converted(to: sv.unit),
              c.value.rounded(s.decimals) == sv.value.rounded(s.decimals) else { return amount(q) }
        return c.value.rounded(s.decimals) + " " + sv.unit.name
    }

    /// `450亩` → `450 亩`, `12月31日前完成` → `12 月 31 日前完成`: a space wherever digits meet
    /// Chinese, as the seed spaces figures; `≥98%` and words are left alone.
    static func spaced(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for c in text {
            if let p = previous, (isDigit(p) && isWide(c)) || (isWide(p) && isDigit(c)) { out.append(" ") }
            out.append(c)
            previous = c
        }
        return out
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isWide(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first, c != "％" else { return false }
        return DisplayWidth.of(String(c)) == 2 && u.properties.isAlphabetic
    }

    // MARK: numbering

    static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳").map(String.init)

    /// ① … ⑳, then (21).
    static func circledNumber(_ n: Int) -> String { n >= 1 && n <= circled.count ? circled[n - 1] : "(\(n))" }

    /// 一 … 九十九, for （一） headings.
    static func chineseNumber(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0 && n < 100 else { return String(n) }
        if n < 10 { return digits[n] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }
}
