/// A set of ASCII characters as a bit mask, for scanning text byte by byte: a UTF-8 byte
/// below 0x80 is always a whole character, so a byte in the set is that character.
struct ASCIISet {
    private var low: UInt64 = 0, high: UInt64 = 0

    init(_ characters: StaticString) {
        characters.withUTF8Buffer { p in
            for b in p where b < 0x80 {
                if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
            }
        }
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The control characters (below U+0020) and DEL.
    static let controls = ASCIISet(low: 0xFFFF_FFFF, high: 1 << 63)

    func union(_ other: ASCIISet) -> ASCIISet { ASCIISet(low: low | other.low, high: high | other.high) }

    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        b < 64 ? low & (1 << UInt64(b)) != 0 : b < 128 && high & (1 << UInt64(b - 64)) != 0
    }
}
