/// Text of a table's cell read as a jx figure: `≥ 98 %` → `≥98%`, `1,200.5万元`, `3000元/亩`
/// → `3000元每亩` (a unit of its own; jx reads `/` as division). What is not a figure is
/// said so (nil), and the caller decides whether that is words or an error.
enum FigureText {
    static let comparators: [(String, String)] = [
        (">=", "≥"), ("<=", "≤"), ("≥", "≥"), ("≤", "≤"), ("≧", "≥"), ("≦", "≤"), ("＞", ">"), ("＜", "<"),
        (">", ">"), ("<", "<"), ("＝", "="), ("=", "="),
    ]
    static let suffixes = ["及以上", "以上", "及以下", "以下", "以内"]

    /// A blank as tables write one.
    static func isBlank(_ s: String) -> Bool {
        ["", "-", "—", "--", "——", "/", "／", "无", "空", "　"].contains(s.trimmedCell)
    }

    /// The comparator of a 指标性质 cell (`≥`, `大于等于`, `不低于`; `反向`, lower is better,
    /// is `≤`), "" for a bare one (`正向`), nil when it says the indicator is qualitative or
    /// says nothing jx knows.
    static func comparator(_ s: String) -> String? {
        let t = String(s.filter { !$0.isWhitespace })
        for (w, c) in comparators where t == w { return c }
        if ["大于等于", "不低于", "不少于", "≥=", "下限"].contains(where: t.contains) { return "≥" }
        if ["小于等于", "不高于", "不超过", "不多于", "上限"].contains(where: t.contains) { return "≤" }
        if t.contains("等于") { return "=" }
        if t.contains("大于") { return ">" }
        if t.contains("小于") { return "<" }
        if t.contains("反向") { return "≤" }
        if t.contains("正向") { return "" }
        return nil
    }

    /// `≥98%` → (`≥`, `98`, `%`); `1,200万元` → ("", `1200`, `万元`). The unit may be
    /// empty; it is returned as jx can read it (letters, `%`, with a comparator suffix).
    static func split(_ raw: String) -> (comparator: String, number: String, unit: String)? {
        var s = Substring(String(raw.map(HeaderText.fold).filter { !$0.isWhitespace }))
        var cmp = ""
        for (w, c) in comparators where s.hasPrefix(w) { cmp = c; s = s.dropFirst(w.count); break }
        var number = "", seenDigit = false
        var i = s.startIndex
        if i < s.endIndex, s[i] == "-" { number = "-"; i = s.index(after: i) }
        while i < s.endIndex {
            let ch = s[i]
            if ch.isASCII, ch.isNumber { number.append(ch); seenDigit = true }
            else if ch == "." { number.append(ch) }
            else if ch == ",", seenDigit { }   // thousands, dropped: 1,200 is 1200
            else { break }
            i = s.index(after: i)
        }
        guard seenDigit, CellNumber(number) != nil else { return nil }
        var unit = String(s[i...]).replacingSlashes
        if unit == "％" { unit = "%" }
        guard isUnit(unit) else { return nil }
        return (cmp, CellNumber(number)?.text() ?? number, unit)
    }

    /// Letters (a unit jx reads as one word), or a percent sign, either maybe followed by
    /// 以上 / 以下 / 以内.
    static func isUnit(_ u: String) -> Bool {
        var core = Substring(u)
        for x in suffixes where core.hasSuffix(x) { core = core.dropLast(x.count); break }
        if core.isEmpty { return u.isEmpty }
        if core == "%" || core == "‰" { return true }
        return core.allSatisfy { $0.isLetter } && core.first != "x"
    }

    /// `2021年12月31日前完成`, `12月31日前`: a deadline; nil for anything else.
    static func deadline(_ raw: String) -> ImportedProject.Target? {
        let s = String(raw.map(HeaderText.fold).filter { !$0.isWhitespace })
        var year: Int?, month = 0, day = 0
        var rest = Substring(s)
        func number() -> Int? {
            let d = rest.prefix { $0.isASCII && $0.isNumber }
            guard !d.isEmpty, d.count <= 4 else { return nil }
            rest = rest.dropFirst(d.count)
            return Int(d)
        }
        guard let first = number() else { return nil }
        if rest.first == "年" {
            year = first
            rest = rest.dropFirst()
            guard let m = number() else { return nil }
            month = m
        } else {
            month = first
        }
        guard rest.first == "月" else { return nil }
        rest = rest.dropFirst()
        guard let d = number(), rest.first == "日" else { return nil }
        day = d
        guard (1...12).contains(month), day >= 1, day <= CivilDate.days(inMonth: month, year: year) else { return nil }
        let after = rest.dropFirst()
        if let y = year { return .deadline("deadline \(y)年\(month)月\(day)日") }
        if after.allSatisfy({ $0.isLetter }) { return .deadline("\(month)月\(day)日\(after)") }
        return .deadline("deadline \(month)月\(day)日")
    }

    static let doneWords = ["已完成", "完成", "按期完成", "按时完成", "已按期完成", "已按时完成", "如期完成", "已如期完成", "是"]
    static let pendingWords = ["未达监控节点", "未到监控节点", "未达到监控节点", "未到期", "未到时限"]
}

extension String {
    /// `元/亩` → `元每亩`.
    var replacingSlashes: String { String(map { $0 == "/" ? "每" : $0 }) }
}
