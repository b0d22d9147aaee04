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

    func contains(_ b: UInt8) -> Bool {
        b < 64 ? low & (1 << UInt64(b)) != 0 : b < 128 && high & (1 << UInt64(b - 64)) != 0
    }
}
