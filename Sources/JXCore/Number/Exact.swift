/// An exact rational number, numerator and denominator in checked 128-bit integers.
/// Money and quantities are decimals, ratios are fractions: both stay exact until they
/// are shown, and only then are they rounded, half up. Every operation is checked and
/// reports overflow instead of trapping.
///
/// Stored in 16 bytes: almost every figure an analyst writes or computes is a fraction of
/// two 64-bit integers, kept as they are and worked on in 64-bit arithmetic; one that is
/// not is kept once in `WideExacts` and stored here by its number there. A 128-bit pair
/// stored in place made every value 32 bytes (a quantity 48): a third of the memory of a
/// checked province was such figures, most of their bits zeros.
public struct Exact: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The numerator; or, when `d` is 0, the number of the pair in `WideExacts`.
    private let n: Int64
    /// The denominator, always ≥ 1; 0 marks a wide value. A value that fits 64 bits is
    /// never wide, and a wide pair is kept once, so equal values are equal bits (`==`
    /// and `hash` compare the two fields).
    private let d: Int64

    public var num: Int128 { d != 0 ? Int128(n) : WideExacts.pair(n).num }
    /// Always positive; the fraction is always reduced.
    public var den: Int128 { d != 0 ? Int128(d) : WideExacts.pair(n).den }

    public static let zero = Exact(small: 0, 1)
    public static let one = Exact(small: 1, 1)
    public static let hundred = Exact(small: 100, 1)

    /// A reduced fraction with a positive denominator.
    init(uncheckedNum: Int128, den: Int128) {
        if let a = Int64(exactly: uncheckedNum), let b = Int64(exactly: den) {
            n = a
            d = b
        } else {
            n = WideExacts.number(of: uncheckedNum, den)
            d = 0
        }
    }

    /// A reduced fraction in 64 bits with `d` ≥ 1.
    @inline(__always)
    private init(small n: Int64, _ d: Int64) {
        self.n = n
        self.d = d
    }

    public init(_ n: Int) { self.init(small: Int64(n), 1) }

    /// A reduced fraction; fails on a zero denominator or on overflow.
    public static func fraction(_ n: Int128, _ d: Int128) throws(ArithmeticError) -> Exact {
        if d == 1 { return Exact(uncheckedNum: n, den: 1) }
        if d == 0 { throw .divisionByZero }
        if n == 0 { return .zero }
        let nm = n.magnitude, dm = d.magnitude
        if nm >> 63 == 0 && dm >> 63 == 0 {
            // Both fit 63 bits: reduce in 64-bit arithmetic (128-bit division is a slow call).
            let g = Int64(gcd64(UInt64(truncatingIfNeeded: nm), UInt64(truncatingIfNeeded: dm)))
            var a = Int64(truncatingIfNeeded: n), b = Int64(truncatingIfNeeded: d)
            if b < 0 { a = -a; b = -b }
            if g > 1 { a /= g; b /= g }
            return Exact(small: a, b)
        }
        var n = n, d = d
        if d < 0 {
            if n == .min || d == .min { throw .overflow }
            n = -n; d = -d
        }
        let g = gcd(n.magnitude, d.magnitude)
        if g > 1 {
            n /= Int128(g)
            d /= Int128(g)
        }
        return Exact(uncheckedNum: n, den: d)
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if a == 1 || b == 1 { return 1 }
        if a >> 64 == 0 && b >> 64 == 0 { return UInt128(gcd64(UInt64(truncatingIfNeeded: a), UInt64(truncatingIfNeeded: b))) }
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    /// Binary GCD (Stein): shifts and subtractions, no division.
    @inline(__always)
    static func gcd64(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b }
        if b == 0 { return a }
        var a = a, b = b
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }

    static func mul(_ a: Int128, _ b: Int128) throws(ArithmeticError) -> Int128 {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        if o { throw .overflow }
        return r
    }

    static func add(_ a: Int128, _ b: Int128) throws(ArithmeticError) -> Int128 {
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw .overflow }
        return r
    }

    public func adding(_ o: Exact) throws(ArithmeticError) -> Exact {
        if o.isZero { return self }
        if isZero { return o }
        if d != 0 && o.d != 0, let sum = Exact.add64(n, d, o.n, o.d) { return sum }
        if den == o.den { return try .fraction(try Exact.add(num, o.num), den) }
        let g = Int128(Exact.gcd(den.magnitude, o.den.magnitude))
        let a = try Exact.mul(num, o.den / g)
        let b = try Exact.mul(o.num, den / g)
        return try .fraction(try Exact.add(a, b), try Exact.mul(den / g, o.den))
    }

    /// `a/b + c/e` in 64-bit arithmetic; nil when a step overflows it.
    private static func add64(_ a: Int64, _ b: Int64, _ c: Int64, _ e: Int64) -> Exact? {
        if b == e {
            let (s, o) = a.addingReportingOverflow(c)
            return o ? nil : reduced64(s, b)
        }
        let g = Int64(gcd64(UInt64(b), UInt64(e)))
        let (x, o1) = a.multipliedReportingOverflow(by: e / g)
        let (y, o2) = c.multipliedReportingOverflow(by: b / g)
        let (s, o3) = x.addingReportingOverflow(y)
        let (den, o4) = (b / g).multipliedReportingOverflow(by: e)
        return o1 || o2 || o3 || o4 ? nil : reduced64(s, den)
    }

    /// `a/b` reduced, for `b` ≥ 1.
    private static func reduced64(_ a: Int64, _ b: Int64) -> Exact {
        if a == 0 { return .zero }
        if b == 1 { return Exact(small: a, 1) }
        // The gcd divides b, so it fits; a / g cannot overflow for g ≥ 1 unless a is
        // Int64.min and g is 1, which leaves a as it is.
        let g = Int64(gcd64(a.magnitude, UInt64(b)))
        return g > 1 ? Exact(small: a / g, b / g) : Exact(small: a, b)
    }

    public func negated() throws(ArithmeticError) -> Exact {
        if d != 0 && n != .min { return Exact(small: -n, d) }
        if num == .min { throw .overflow }
        return Exact(uncheckedNum: -num, den: den)
    }

    public func subtracting(_ o: Exact) throws(ArithmeticError) -> Exact { try adding(try o.negated()) }

    public func multiplied(by o: Exact) throws(ArithmeticError) -> Exact {
        if isZero || o.isZero { return .zero }
        if o == .one { return self }
        if self == .one { return o }
        if d != 0 && o.d != 0, let p = Exact.multiply64(n, d, o.n, o.d) { return p }
        if den == 1 && o.den == 1 { return Exact(uncheckedNum: try Exact.mul(num, o.num), den: 1) }
        // Cross-reduce first so that intermediate products stay small.
        let g1 = Int128(Exact.gcd(num.magnitude, o.den.magnitude))
        let g2 = Int128(Exact.gcd(o.num.magnitude, den.magnitude))
        return try .fraction(try Exact.mul(num / g1, o.num / g2), try Exact.mul(den / g2, o.den / g1))
    }

    /// `a/b × c/e` in 64-bit arithmetic, cross-reduced first; nil when it overflows.
    /// Two reduced fractions cross-reduced give a reduced product.
    private static func multiply64(_ a: Int64, _ b: Int64, _ c: Int64, _ e: Int64) -> Exact? {
        // Each gcd divides a positive denominator, so it fits Int64.
        let g1 = Int64(gcd64(a.magnitude, UInt64(e)))
        let g2 = Int64(gcd64(c.magnitude, UInt64(b)))
        let (x, o1) = (a / g1).multipliedReportingOverflow(by: c / g2)
        let (y, o2) = (b / g2).multipliedReportingOverflow(by: e / g1)
        return o1 || o2 ? nil : Exact(small: x, y)
    }

    public func divided(by o: Exact) throws(ArithmeticError) -> Exact {
        if o.num == 0 { throw .divisionByZero }
        if den == 1 && o.den == 1 { return try .fraction(num, o.num) }
        return try multiplied(by: try Exact.fraction(o.den, o.num))
    }

    /// Zero is never wide.
    public var isZero: Bool { n == 0 && d != 0 }
    public var isNegative: Bool { d != 0 ? n < 0 : num < 0 }

    public static func < (a: Exact, b: Exact) -> Bool {
        if a.d != 0 && b.d != 0 {
            if a.d == b.d { return a.n < b.n }
            let l = a.n.multipliedFullWidth(by: b.d)
            let r = b.n.multipliedFullWidth(by: a.d)
            return (l.high, l.low) < (r.high, r.low)
        }
        if a.den == b.den { return a.num < b.num }
        // Compare a.num*b.den with b.num*a.den without overflow, by full-width products.
        let l = a.num.multipliedFullWidth(by: b.den)
        let r = b.num.multipliedFullWidth(by: a.den)
        return (l.high, l.low) < (r.high, r.low)
    }

    public static func min(_ a: Exact, _ b: Exact) -> Exact { a < b ? a : b }
    public static func max(_ a: Exact, _ b: Exact) -> Exact { a < b ? b : a }

    /// Whether the value has a finite decimal expansion (its denominator is 2^a·5^b).
    public var isTerminatingDecimal: Bool { Exact.twosAndFives(den).onlyThose }

    /// Number of decimals needed to write a terminating value exactly (nil if it does not terminate).
    public var exactDecimals: Int? {
        let f = Exact.twosAndFives(den)
        return f.onlyThose ? Swift.max(f.twos, f.fives) : nil
    }

    /// How many times 2 and 5 divide a positive denominator, and whether they are all its
    /// factors. In 64 bits when it fits: a 128-bit division is a library call.
    static func twosAndFives(_ den: Int128) -> (twos: Int, fives: Int, onlyThose: Bool) {
        guard den > 0 else { return (0, 0, false) }
        let twos = den.trailingZeroBitCount
        var d = den >> twos
        var fives = 0
        if d >> 63 == 0 {
            var x = UInt64(d)
            while x % 5 == 0 { x /= 5; fives += 1 }
            return (twos, fives, x == 1)
        }
        while d % 5 == 0 { d /= 5; fives += 1 }
        return (twos, fives, d == 1)
    }

    /// Rounded half up (half away from zero, as 四舍五入 is done on paper) to `decimals` places,
    /// written with exactly that many decimals. Long division digit by digit, so it cannot overflow.
    /// `suffix` (a unit) is written after the digits in the same string: appending it to a
    /// `String` afterwards cost ~345 instructions a figure shown.
    public func rounded(_ decimals: Int, suffix: String = "") -> String {
        let neg = num < 0
        let n = num.magnitude, d = den.magnitude
        if let s = Exact.rounded64(n, d, decimals, negative: neg, suffix: suffix) { return s }
        let intPart = n / d
        var rem = n % d
        var digits: [UInt8] = []
        digits.reserveCapacity(decimals + 1)
        for _ in 0..<(decimals + 1) {
            // rem < d, so rem·10 ÷ d is one digit; rem·10 itself may pass 2^128, hence full width.
            let wide = rem.multipliedFullWidth(by: 10)
            let (q, r) = d.dividingFullWidth(wide)
            digits.append(UInt8(q))
            rem = r
        }
        let roundUp = digits.removeLast() >= 5
        var intDigits = Array(String(intPart).utf8).map { $0 - 48 }
        if roundUp {
            var i = digits.count - 1
            var carry = true
            while carry && i >= 0 {
                if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; carry = false }
            }
            if carry {
                var j = intDigits.count - 1
                while carry && j >= 0 {
                    if intDigits[j] == 9 { intDigits[j] = 0; j -= 1 } else { intDigits[j] += 1; carry = false }
                }
                if carry { intDigits.insert(1, at: 0) }
            }
        }
        var s = String(decoding: intDigits.map { $0 + 48 }, as: UTF8.self)
        if decimals > 0 { s += "." + String(decoding: digits.map { $0 + 48 }, as: UTF8.self) }
        let isZero = !s.utf8.contains { $0 >= 49 && $0 <= 57 }
        return (neg && !isZero ? "-" : "") + s + suffix
    }

    /// Whether the two are written alike when rounded to `decimals` (`rounded(decimals)`
    /// of both equal), compared as digits without writing them: a stated figure or a
    /// written number is checked so against each computed one.
    public func roundsAlike(_ other: Exact, decimals: Int) -> Bool {
        if let a = Exact.roundedParts64(num.magnitude, den.magnitude, decimals, negative: num < 0),
           let b = Exact.roundedParts64(other.num.magnitude, other.den.magnitude, decimals, negative: other.num < 0) {
            return a == b
        }
        return rounded(decimals) == other.rounded(decimals)
    }

    /// The sign, whole part and decimals of `rounded` in 64-bit arithmetic; nil when the
    /// numbers are too large for it.
    private static func roundedParts64(_ n: UInt128, _ d: UInt128, _ decimals: Int, negative: Bool) -> (minus: Bool, whole: UInt64, frac: UInt64)? {
        guard n >> 63 == 0, d >> 59 == 0, decimals >= 0, decimals <= 17 else { return nil }
        let n = UInt64(n), d = UInt64(d)
        var whole = n / d
        var rem = n % d
        var frac: UInt64 = 0
        var scale: UInt64 = 1
        for _ in 0..<decimals {
            rem *= 10
            frac = frac * 10 + rem / d
            rem %= d
            scale *= 10
        }
        if rem * 10 / d >= 5 {
            frac += 1
            if frac == scale { frac = 0; whole += 1 }
        }
        return (negative && (whole != 0 || frac != 0), whole, frac)
    }

    /// `rounded` in 64-bit arithmetic, for the usual magnitudes (a 128-bit division is a
    /// library call per digit); nil when the numbers are too large for it. Same digits.
    private static func rounded64(_ n: UInt128, _ d: UInt128, _ decimals: Int, negative: Bool, suffix: String) -> String? {
        guard let (minus, whole, frac) = roundedParts64(n, d, decimals, negative: negative) else { return nil }
        var length = 1
        var t = whole
        while t >= 10 { t /= 10; length += 1 }
        // Sign, at most 20 digits, a point and at most 17 decimals: 39 bytes; then the suffix.
        return String(unsafeUninitializedCapacity: 40 + suffix.utf8.count) { buf in
            var k = 0
            if minus { buf[k] = UInt8(ascii: "-"); k += 1 }
            var w = whole
            for j in stride(from: k + length - 1, through: k, by: -1) {
                buf[j] = UInt8(ascii: "0") + UInt8(w % 10)
                w /= 10
            }
            k += length
            if decimals > 0 {
                buf[k] = UInt8(ascii: ".")
                k += 1
                var f = frac
                for j in stride(from: k + decimals - 1, through: k, by: -1) {
                    buf[j] = UInt8(ascii: "0") + UInt8(f % 10)
                    f /= 10
                }
                k += decimals
            }
            for b in suffix.utf8 {
                buf[k] = b
                k += 1
            }
            return k
        }
    }

    /// The value rounded half up to `decimals`, as an exact number (for comparisons at a precision).
    public func roundedValue(_ decimals: Int) -> Exact {
        (try? Exact.parse(rounded(decimals))) ?? self
    }

    /// Exact when the decimal expansion terminates (up to `maxDecimals`), else rounded to `maxDecimals`.
    public func decimalString(maxDecimals: Int = 6, suffix: String = "") -> String {
        if let k = exactDecimals, k <= maxDecimals { return rounded(k, suffix: suffix) }
        return rounded(maxDecimals, suffix: suffix)
    }

    public var description: String { decimalString() }

    /// Parses `123`, `-1,493.25`, `0.5` exactly: a minus sign or not, then a number as a
    /// script writes it (`DecimalReader`: thousands grouped by three), and nothing else.
    public static func parse(_ text: String) throws(ArithmeticError) -> Exact {
        var text = text
        let r: Result<Exact, ArithmeticError> = text.withUTF8 { p in
            do throws(ArithmeticError) { return .success(try parse(p, 0, p.count)) } catch { return .failure(error) }
        }
        return try r.get()
    }

    /// `parse` over UTF-8 bytes `p[lo..<hi]`, without making a `String` (the parser's path).
    static func parse(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) throws(ArithmeticError) -> Exact {
        try read(p, lo, hi).value
    }

    /// `parse`, and how many decimals the number was written with (`1.50` → 2).
    static func read(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) throws(ArithmeticError) -> (value: Exact, decimals: Int) {
        let neg = lo < hi && p[lo] == 0x2D
        let start = neg ? lo + 1 : lo
        guard start < hi, p[start] &- 0x30 < 10 else { throw .malformed }
        var digits = ExactDigits()
        let (end, decimals) = DecimalReader.read(p, from: start, to: hi, into: &digits)
        guard end == hi else { throw .malformed }
        let n = try digits.value()
        let scale: Int128
        if decimals < DecimalReader.powersOfTen.count { scale = Int128(DecimalReader.powersOfTen[decimals]) } else {
            var s = Int128(DecimalReader.powersOfTen[DecimalReader.powersOfTen.count - 1])
            for _ in DecimalReader.powersOfTen.count...decimals { s = try mul(s, 10) }
            scale = s
        }
        return (try .fraction(neg ? -n : n, scale), decimals)
    }

    /// Power of ten as an exact integer (for unit factors like 万 and 亿).
    public static func pow10(_ k: Int) -> Exact {
        var v: Int128 = 1
        for _ in 0..<k { v *= 10 }
        return Exact(uncheckedNum: v, den: 1)
    }
}

public enum ArithmeticError: Error, Sendable, Equatable {
    case overflow, divisionByZero, malformed
}
