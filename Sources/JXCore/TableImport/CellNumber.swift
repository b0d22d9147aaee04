/// A number from a cell, as decimal digits and a power of ten: `65.329999999999998` is
/// 65329999999999998 × 10⁻¹⁵. Excel keeps 15 significant digits and writes 17, so a typed
/// 65.33 comes back as 65.329999999999998; rounded to 15 digits it is 65.33 again. All of
/// it is digit arithmetic on text: no binary double ever holds a figure.
public struct CellNumber: Equatable, Sendable {
    public var negative: Bool
    /// Without leading zeros; empty for zero.
    public var digits: [UInt8]
    public var exponent: Int

    /// `12`, `-0.5`, `1.2E-3`, `6.5e+2`. Nil for anything else.
    public init?(_ text: String) {
        var neg = false, digits: [UInt8] = [], exp = 0, seenPoint = false, seenDigit = false
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { neg = true; bytes = bytes.dropFirst() } else if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                seenDigit = true
                if !(digits.isEmpty && b == 0x30) { digits.append(b - 0x30) }
                if seenPoint { exp -= 1 }
                // Leading zeros after the point still move the point.
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if b == UInt8(ascii: "E") || b == UInt8(ascii: "e") {
                break
            } else {
                return nil
            }
            i += 1
        }
        guard seenDigit else { return nil }
        if i < bytes.endIndex {
            var rest = bytes[(i + 1)...]
            var eneg = false
            if rest.first == UInt8(ascii: "-") { eneg = true; rest = rest.dropFirst() } else if rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
            guard !rest.isEmpty, rest.count <= 4, rest.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let e = rest.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            exp += eneg ? -e : e
        }
        self.init(negative: neg, digits: digits, exponent: exp)
    }

    init(negative: Bool, digits: [UInt8], exponent: Int) {
        var d = digits[...]
        while d.first == 0 { d = d.dropFirst() }
        var e = exponent
        var ds = Array(d)
        while ds.last == 0 { ds.removeLast(); e += 1 }
        self.negative = negative && !ds.isEmpty
        self.digits = ds
        self.exponent = ds.isEmpty ? 0 : e
    }

    public var isZero: Bool { digits.isEmpty }

    /// Rounded half up (away from zero) to `keep` significant digits.
    public func significant(_ keep: Int) -> CellNumber {
        guard digits.count > keep else { return self }
        return rounded(droppingLast: digits.count - keep)
    }

    /// Rounded half up to `decimals` places after the point.
    public func rounded(decimals: Int) -> CellNumber {
        let drop = -exponent - decimals
        guard drop > 0 else { return self }
        return rounded(droppingLast: drop)
    }

    private func rounded(droppingLast drop: Int) -> CellNumber {
        guard drop > 0 else { return self }
        if drop > digits.count {
            return CellNumber(negative: negative, digits: [], exponent: 0)
        }
        var kept = Array(digits.prefix(digits.count - drop))
        let first = digits[digits.count - drop]
        if first >= 5 {
            var k = kept.count - 1
            while k >= 0 {
                if kept[k] == 9 { kept[k] = 0; k -= 1 } else { kept[k] += 1; break }
            }
            if k < 0 { kept.insert(1, at: 0) }
        }
        return CellNumber(negative: negative, digits: kept, exponent: exponent + drop)
    }

    /// × 10ⁿ: a percent cell's 0.98 is 98 (percent).
    public func shifted(_ n: Int) -> CellNumber { CellNumber(negative: negative, digits: digits, exponent: exponent + n) }

    /// Plain decimal text, no exponent: `98`, `0.065`, `-1200`. With `decimals`, exactly
    /// that many places (trailing zeros kept, as a table prints them).
    public func text(decimals: Int? = nil) -> String {
        var n = self
        if let d = decimals { n = n.rounded(decimals: d) }
        let places = max(decimals ?? 0, -n.exponent, 0)
        // The digits with `places` of them after the point.
        var all = n.digits.map { Character(Unicode.Scalar($0 + 0x30)) }
        if n.exponent > 0 { all += Array(repeating: "0", count: n.exponent) }
        let fractionHave = max(-n.exponent, 0)
        if places > fractionHave { all += Array(repeating: "0", count: places - fractionHave) }
        while all.count <= places { all.insert("0", at: 0) }
        var s = String(all.prefix(all.count - places))
        if places > 0 { s += "." + String(all.suffix(places)) }
        return (n.negative ? "-" : "") + s
    }

    /// The whole number, when it is one and small enough to be a count or a date serial.
    public var integer: Int? {
        guard exponent >= 0, digits.count + exponent <= 15 else { return nil }
        var v = 0
        for d in digits { v = v * 10 + Int(d) }
        for _ in 0..<exponent { v *= 10 }
        return negative ? -v : v
    }
}
