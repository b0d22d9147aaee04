/// Text built as UTF-8 bytes, for the renderers' long runs of small pieces (an SVG row, a
/// table row). `s += "<rect x=\"\(x)\"/>"` into a `String` appends each piece of the literal
/// and each value as a string of its own, about 400 instructions a piece: that was most of
/// the HTML report's own time. Here a piece is a copy of its bytes, a number its digits.
struct Markup: ExpressibleByStringInterpolation {
    typealias StringLiteralType = StaticString
    private(set) var bytes: [UInt8] = []

    init() {}
    init(stringLiteral s: StaticString) { Markup.add(s, to: &bytes) }
    init(stringInterpolation i: StringInterpolation) { bytes = i.bytes }

    /// The text: every piece was a `String` or a literal, so the bytes are UTF-8.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Only for pieces of markup: a `String` is added by `add`, as with `+=` a literal would
    /// be built as a `String` first (Swift's default for a literal), which is what this avoids.
    static func += (a: inout Markup, b: Markup) { a.bytes.append(contentsOf: b.bytes) }
    mutating func add(_ s: String) { Markup.add(s, to: &bytes) }
    /// Bytes of UTF-8 text (a line of a report being made into a document).
    mutating func add(_ p: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: p) }
    /// A number's decimal digits.
    mutating func add(_ n: Int) { Markup.add(n, to: &bytes) }
    mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []
        init(literalCapacity: Int, interpolationCount: Int) {
            // A value is a number or a name (a Chinese name is three bytes a character).
            bytes.reserveCapacity(literalCapacity + 24 * interpolationCount)
        }
        mutating func appendLiteral(_ s: StaticString) { Markup.add(s, to: &bytes) }
        mutating func appendInterpolation(_ s: String) { Markup.add(s, to: &bytes) }
        mutating func appendInterpolation(_ n: Int) { Markup.add(n, to: &bytes) }
    }

    fileprivate static func add(_ s: StaticString, to bytes: inout [UInt8]) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    fileprivate static func add(_ s: String, to bytes: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Decimal digits, as `String(n)` writes them.
    fileprivate static func add(_ n: Int, to bytes: inout [UInt8]) {
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            while count > 0 {
                count -= 1
                bytes.append(d[count])
            }
        }
    }
}
