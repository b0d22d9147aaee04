/// How a header cell is compared with a map's names: without spaces and line breaks, with
/// full-width letters and digits as ASCII, every dash as `-`, and without a unit in
/// brackets (`执行数（万元）` is `执行数`, and says the column is in 万元). `#` in a map's
/// name stands for a month (`1-#月执行数` matches `1-7月执行数`, `1～7月执行数`).
public struct HeaderText: Equatable, Sendable {
    public var key: String
    /// What the brackets held: `万元`, `%`, `元/亩`.
    public var bracketed: [String]

    public init(_ raw: String) {
        var out = "", inner = "", depth = 0
        var bracketed: [String] = []
        for ch in raw {
            let c = HeaderText.fold(ch)
            if c == "(" { depth += 1; if depth == 1 { inner = "" }; continue }
            if c == ")" {
                if depth == 1 { let t = inner; if !t.isEmpty { bracketed.append(t) } }
                depth = max(0, depth - 1)
                continue
            }
            if c.isWhitespace || c == "*" || c == "★" || c == "\u{200B}" { continue }
            if depth > 0 { inner.append(c) } else { out.append(c) }
        }
        key = out
        self.bracketed = bracketed
    }

    static func fold(_ ch: Character) -> Character {
        switch ch {
        case "（", "〔", "【", "[": return "("
        case "）", "〕", "】", "]": return ")"
        case "－", "—", "–", "～", "~", "―", "‐", "─": return "-"
        case "：": return ":"
        case "　": return " "
        default: break
        }
        if let s = ch.unicodeScalars.first, ch.unicodeScalars.count == 1, s.value >= 0xFF01, s.value <= 0xFF5E,
           let a = Unicode.Scalar(s.value - 0xFEE0) {
            return Character(a)
        }
        return ch
    }

    /// The month a `#` stood for, when `pattern` (a map's name, itself folded) matches;
    /// 0 when it matches without one; nil when it does not match.
    public func match(_ pattern: HeaderText) -> Int? {
        let p = Array(pattern.key), k = Array(key)
        var i = 0, j = 0, month = 0
        while i < p.count {
            if p[i] == "#" {
                var n = 0, len = 0
                while j < k.count, let d = k[j].wholeNumberValue, k[j].isASCII, len < 2 { n = n * 10 + d; j += 1; len += 1 }
                guard len > 0, n >= 1, n <= 12 else { return nil }
                month = n
                i += 1
                continue
            }
            guard j < k.count, p[i] == k[j] else { return nil }
            i += 1
            j += 1
        }
        return j == k.count ? month : nil
    }

    /// A money unit the brackets name, if any.
    public var moneyUnit: String? {
        for b in bracketed {
            for u in ["亿元", "万元", "元"] where b == u || b.hasPrefix("单位:" + u) || b.hasPrefix(u) { return u }
        }
        return nil
    }
}
