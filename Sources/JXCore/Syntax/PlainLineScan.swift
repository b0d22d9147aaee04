/// The rest of a plain indicator line after its name, read from the bytes in one pass:
/// `target [≥|>|<=|…] 450亩 actual 30亩` and the line's end. It accepts only the plainest
/// spelling (ASCII keywords, ASCII blanks, units of letters or CJK ideographs, `%`, no
/// comparator suffix, no comment) and gives up on anything else, which the parser then
/// reads the ordinary way; what it accepts it reads as the lexer and parser would (the
/// tests compare the two on every shape it takes).
struct PlainLineScan {
    struct Number {
        var lo = 0, unitLo = 0, hi = 0
        var digits: Int64 = 0
        var decimals: UInt8 = 0
    }

    var targetLo = 0
    var comparator = Comparator.none
    var target = Number()
    var actual = Number()
    /// Where the line's end starts (a newline, or the end of the file).
    var lineEnd = 0

    /// Whether two ranges of `p` hold the same bytes.
    @inline(__always)
    static func same(_ p: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count, a.upperBound <= p.count, b.upperBound <= p.count else { return false }
        var i = a.lowerBound, j = b.lowerBound
        while i < a.upperBound {
            if p[i] != p[j] { return false }
            i += 1
            j += 1
        }
        return true
    }
    private static let actualWord: [UInt8] = Array("actual".utf8)
    private static let targetWord: [UInt8] = Array("target".utf8)

    /// Scans from `start`, just after the keyword `indicator`: blanks, a name of ASCII
    /// letters, digits and `_` or CJK ideographs (not starting with a digit: as the lexer
    /// reads a word), and the rest; the name's bytes are `nameLo..<nameHi`. Any other name
    /// (quoted, other scripts) is for `scan(_:afterName:)` once the lexer has read it.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, afterKeyword start: Int) -> (scan: PlainLineScan, nameLo: Int, nameHi: Int)? {
        let n = p.count
        var i = start
        while i < n, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
        guard i > start, i < n, !Lexer.isDigit(p[i]) else { return nil }
        let lo = i
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if Lexer.isASCIINameStart(b) || Lexer.isDigit(b) { i += 1; continue }
                break
            }
            guard ByteText.isIdeograph(p, i, n) else { return nil }
            i += 3
        }
        guard i > lo, i < n, p[i] == 0x20 || p[i] == 0x09, let r = scan(p, afterName: i) else { return nil }
        return (r, lo, i)
    }

    /// Scans from `start`, just after the name: blanks, the word `target`, and the rest.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, afterName start: Int) -> PlainLineScan? {
        let n = p.count
        var i = start
        while i < n, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
        guard i > start, i + targetWord.count < n else { return nil }
        for k in 0..<targetWord.count where p[i + k] != targetWord[k] { return nil }
        return scan(p, from: i + targetWord.count)
    }

    /// Scans from `i`, just after the word `target`.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> PlainLineScan? {
        let n = p.count
        var i = start
        var r = PlainLineScan()
        func blanks(_ i: inout Int) -> Bool {
            let s = i
            while i < n, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
            return i > s
        }
        guard blanks(&i), i < n else { return nil }
        r.targetLo = i
        switch p[i] {
        case 0x3E, 0x3C: // > < >= <=
            let ge = p[i] == 0x3E
            if i + 1 < n, p[i + 1] == 0x3D { r.comparator = ge ? .ge : .le; i += 2 } else { r.comparator = ge ? .gt : .lt; i += 1 }
        case 0x3D: // = (but not ==)
            guard i + 1 < n, p[i + 1] != 0x3D else { return nil }
            r.comparator = .eq
            i += 1
        case 0xE2 where i + 2 < n && p[i + 1] == 0x89 && (p[i + 2] == 0xA5 || p[i + 2] == 0xA4): // ≥ ≤
            r.comparator = p[i + 2] == 0xA5 ? .ge : .le
            i += 3
        default: break
        }
        if r.comparator != .none { _ = blanks(&i) }
        guard let t = number(p, &i, isTarget: true) else { return nil }
        r.target = t
        guard blanks(&i), i + actualWord.count < n else { return nil }
        for k in 0..<actualWord.count where p[i + k] != actualWord[k] { return nil }
        i += actualWord.count
        guard blanks(&i), let a = number(p, &i, isTarget: false) else { return nil }
        r.actual = a
        while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D { i += 1 }
        guard i == n || p[i] == 0x0A else { return nil }
        r.lineEnd = i
        return r
    }

    /// A number as `Lexer.lexNumber` reads it (`DecimalReader`), then a unit of ASCII
    /// letters or CJK ideographs, or `%`; nil for anything else or beyond 64 bits.
    private static func number(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, isTarget: Bool) -> Number? {
        let n = p.count
        var r = Number()
        r.lo = i
        guard i < n, p[i] &- 0x30 < 10 else { return nil }
        var digits = Digits64()
        let (end, decimals) = DecimalReader.read(p, from: i, to: n, into: &digits)
        guard let value = digits.exact else { return nil }
        i = end
        r.digits = value
        r.decimals = UInt8(truncatingIfNeeded: decimals)
        r.unitLo = i
        if i < n, p[i] == 0x25 { // %
            i += 1
        } else {
            while i < n {
                let b = p[i]
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F { i += 1; continue }
                if ByteText.isIdeograph(p, i, n) { i += 3; continue }
                break
            }
        }
        r.hi = i
        // What ends the number must be a blank or the line's end: anything else (a digit
        // after the unit, other punctuation, `%以上`) is for the ordinary reading.
        guard i == n || p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D || p[i] == 0x0A else { return nil }
        // A target's unit that ends in a comparator (`20公顷以上`) is read by the parser.
        if isTarget {
            for suffix in Lexer.comparatorSuffixes where r.hi - r.unitLo >= suffix.count {
                var same = true
                for k in 0..<suffix.count where p[r.hi - suffix.count + k] != suffix[k] { same = false; break }
                if same { return nil }
            }
        }
        return r
    }
}
