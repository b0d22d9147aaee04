/// The report text in the seed's layout, to paste into the Word report: 二 budget execution,
/// 三 indicator completion listed as the seed does ("指标 1：…，预期指标值：…，实际完成值…，
/// 指标完成率…；"), deviations with their causes and forecasts, scores, the findings of the
/// checks, and 五 for extra allocations (追加资金) reported apart.
///
/// Rates are whole percents like the seed unless more decimals are asked for; a figure the
/// script marks as `stated` is shown at the precision the report wrote it (441.3 万元), as
/// long as it agrees with the computed one.
///
/// `-f zh` is plain text, ready to paste into Word or WPS: its headings carry their Chinese
/// numbering (二、 （一） 1、 ①) and no marks. The Word document reads the same text with its
/// heading levels marked (`plain: false`, `#` to `######`) to give each its style.
public struct ChineseReport: ReportRenderer {
    public var decimals: Int
    /// Without heading marks (the `zh` format); with them, for the Word document.
    public var plain: Bool
    public init(decimals: Int = 0, plain: Bool = true) {
        self.decimals = decimals
        self.plain = plain
    }

    public func render(_ r: ReportData) -> String {
        let marked = ChineseReport.renumbered(renderMarked(r))
        return plain ? ChineseReport.unmarked(marked) : marked
    }

    /// The （一） （二） headings under each chapter counted in order, so that a section left
    /// out (no deviations to explain) leaves no gap: （一） （三） reads as a missing part.
    static func renumbered(_ text: String) -> String {
        var counters: [Int: Int] = [:]
        return TextLines.mappingHeadings(text) { line -> String in
            let level = line.prefix { $0 == "#" }.count
            for k in counters.keys where k > level { counters[k] = nil }
            let body = line.dropFirst(level).drop { $0 == " " }
            guard body.hasPrefix("（"), let close = body.firstIndex(of: "）"),
                  body[body.index(after: body.startIndex)..<close].allSatisfy({ "一二三四五六七八九十".contains($0) }) else { return String(line) }
            let n = (counters[level] ?? 0) + 1
            counters[level] = n
            return String(repeating: "#", count: level) + " （" + chineseNumber(n) + "）" + body[body.index(after: close)...]
        }
    }

    /// The text without its heading marks: `## 二、…` is `二、…`.
    static func unmarked(_ text: String) -> String {
        TextLines.mappingHeadings(text) { line in String(line.drop { $0 == "#" }.drop { $0 == " " }) }
    }

    func renderMarked(_ r: ReportData) -> String {
        if SelfEvaluation.applies(to: r) { return renderSelfEvaluation(r) }
        var out = "# \(r.title)\n\n"
        if let s = r.scenario { out += "（情景：\(s)）\n\n" }
        out += header(r)
        if r.projects.isEmpty {
            out += budgetSection(r)
            out += indicatorSection(r)
        } else {
            // 部门整体 first, then a chapter per project, each with its own budgets, indicators and total.
            for (k, part) in r.parts.enumerated() {
                out += "## 第\(ChineseReport.chineseNumber(k + 1))部分　\(ReportData.heading(of: part))\n\n"
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
        TextLines.mappingHeadings(text) { "#" + $0 }
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
              c.value.roundsAlike(sv.value, decimals: s.decimals) else { return amount(q) }
        return c.value.rounded(s.decimals) + " " + sv.unit.name
    }

    /// `450亩` → `450 亩`, `12月31日前完成` → `12 月 31 日前完成`: a space wherever digits meet
    /// Chinese, as the seed spaces figures; `≥98%` and words are left alone.
    static func spaced(_ text: String) -> String {
        if let plain = spacedPlain(text) { return plain }
        var out = ""
        var previous: Character?
        for c in text {
            if let p = previous, (isDigit(p) && isWide(c)) || (isWide(p) && isDigit(c)) { out.append(" ") }
            out.append(c)
            previous = c
        }
        return out
    }

    /// `spaced` for plain text (ASCII and ideographs, no `\r`: each scalar a character), by
    /// bytes; nil for any other. Character by character, it was a tenth of the report.
    static func spacedPlain(_ text: String) -> String? {
        var t = text
        return t.withUTF8 { p -> String? in
            let n = p.count
            guard ByteText.isPlain(p, 0, n), !p.contains(0x0D) else { return nil }
            func digit(_ i: Int) -> Bool { p[i] >= 0x30 && p[i] <= 0x39 }
            // The ideograph at `i` (three bytes, as plain text has them).
            func wide(_ i: Int) -> Bool {
                let v = UInt32(p[i] & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                return Unicode.Scalar(v).map { isWide(Character($0)) } ?? false
            }
            var spaces: [Int] = []
            var i = 0
            while i < n {
                guard p[i] >= 0x80 else { i += 1; continue }
                if i > 0, digit(i - 1), wide(i) { spaces.append(i) }
                if i + 3 < n, digit(i + 3), wide(i) { spaces.append(i + 3) }
                i += 3
            }
            if spaces.isEmpty { return text }
            var out: [UInt8] = []
            out.reserveCapacity(n + spaces.count)
            var from = 0
            for at in spaces {
                out.append(contentsOf: p[from..<at])
                out.append(0x20)
                from = at
            }
            out.append(contentsOf: p[from..<n])
            return String(decoding: out, as: UTF8.self)
        }
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
