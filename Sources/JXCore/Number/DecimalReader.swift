/// How a number is written in a script, in one place for the lexer (`Lexer.lexNumber`),
/// the one-pass reading of a plain line (`PlainLineScan`) and `Exact.parse`, so that the
/// three cannot drift apart: digits; thousands groups, each `,` and exactly three digits
/// not followed by a fourth, after a first group of one to three digits (`12345,678` is
/// 12345 and then a comma); then a fraction, `.` and digits (a dot with no digit after it
/// is not the number's).
///
/// Each reader keeps what it needs of the digits through its `DigitSink`: the lexer
/// nothing, a plain line a 64-bit integer, `Exact` that integer continued in 128 bits.
/// `read` is inlined into each, so every one does the work per digit it did on its own.
enum DecimalReader {
    /// Reads from `start`, which must hold a digit, to the number's end (at most `end`):
    /// every digit, the fraction's included, goes to `sink` in order. Returns where the
    /// number ends and how many of its digits are the fraction's.
    @inline(__always)
    static func read<Sink: DigitSink>(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into sink: inout Sink) -> (end: Int, decimals: Int) {
        // One compare per byte: below `0` wraps to a large value.
        @inline(__always) func digit(_ k: Int) -> Bool { k < end && p[k] &- 0x30 < 10 }
        var k = start
        while digit(k) { sink.add(p[k] &- 0x30); k += 1 }
        var grouped = false
        while k - start <= 3 || grouped {
            guard k < end, p[k] == 0x2C, digit(k + 1), digit(k + 2), digit(k + 3), !digit(k + 4) else { break }
            sink.add(p[k + 1] &- 0x30)
            sink.add(p[k + 2] &- 0x30)
            sink.add(p[k + 3] &- 0x30)
            k += 4
            grouped = true
        }
        guard k + 1 < end, p[k] == 0x2E, digit(k + 1) else { return (k, 0) }
        k += 1
        let point = k
        while digit(k) { sink.add(p[k] &- 0x30); k += 1 }
        return (k, k - point)
    }

    /// 10^0 … 10^18: the scales a 64-bit integer of digits can have.
    static let powersOfTen: [Int64] = (0...Digits64.exactCount).map { k in (0..<k).reduce(Int64(1)) { p, _ in p * 10 } }
}

/// What a reader keeps of a number's digits (each 0–9, in order).
protocol DigitSink {
    mutating func add(_ digit: UInt8)
}

/// Keeps nothing: for the lexer, which only needs to know where a number ends.
struct NoDigits: DigitSink {
    @inline(__always) mutating func add(_ digit: UInt8) {}
}

/// The digits as one 64-bit integer, `1,493.25` → 149325. Exact up to `exactCount`
/// digits, whatever they are; past that it wraps: counting the digits is cheaper than
/// checking each multiplication, and a reader that needs more goes on in `ExactDigits`.
struct Digits64: DigitSink {
    /// Any 18 digits fit 63 bits; 19 nines do not.
    static let exactCount = 18
    var value: Int64 = 0
    var count = 0

    @inline(__always) mutating func add(_ digit: UInt8) {
        value = value &* 10 &+ Int64(digit)
        count += 1
    }

    /// The integer, when it fits.
    var exact: Int64? { count <= Digits64.exactCount ? value : nil }
}

/// The digits as a 128-bit integer for `Exact`: in 64 bits while they fit (nearly every
/// number), then on from that value in checked 128-bit arithmetic.
struct ExactDigits: DigitSink {
    private var head = Digits64()
    /// Every digit read, once there are more than `Digits64.exactCount`.
    private var wide: Int128 = 0
    private var overflow = false

    @inline(__always) mutating func add(_ digit: UInt8) {
        if head.count < Digits64.exactCount { head.add(digit) } else { addWide(digit) }
    }

    private mutating func addWide(_ digit: UInt8) {
        if head.count == Digits64.exactCount { wide = Int128(head.value) }
        head.count += 1
        let (m, o1) = wide.multipliedReportingOverflow(by: 10)
        let (s, o2) = m.addingReportingOverflow(Int128(digit))
        wide = s
        if o1 || o2 { overflow = true }
    }

    func value() throws(ArithmeticError) -> Int128 {
        if overflow { throw .overflow }
        return head.count <= Digits64.exactCount ? Int128(head.value) : wide
    }
}
