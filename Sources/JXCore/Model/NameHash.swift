/// A hash of a name that agrees with `String` equality (canonical equivalence) and, for the
/// names scripts use (ASCII and CJK), costs a few instructions a byte: `String.hashValue`
/// checks normalization scalar by scalar and costs several times more.
///
/// Plain text (ASCII and U+3400–U+9FFF) is its own normal form, so it is hashed as bytes.
/// A name that only differs from plain text by canonical singletons (`CanonicalSingletons`)
/// is hashed as the plain text it decomposes to; it equals exactly the strings that
/// decompose the same way, all of which hash so. Any other name (accents, combining marks)
/// takes `String.hashValue`: no plain name can equal it.
enum NameHash {
    static func of(_ name: String) -> Int {
        var s = name
        let plain: Int? = s.withUTF8 { p in
            ByteText.isPlain(p, 0, p.count) ? Int(truncatingIfNeeded: ByteText.hash(p, 0, p.count)) : nil
        }
        if let plain { return plain }
        var mapped: [UInt8] = []
        mapped.reserveCapacity(name.utf8.count)
        for u in name.unicodeScalars {
            var v = u.value
            if !(v < 0x80 || (v >= 0x3400 && v <= 0x9FFF)) {
                guard let m = CanonicalSingletons.table[v] else { return name.hashValue }
                v = m
            }
            mapped.append(contentsOf: String(Unicode.Scalar(v)!).utf8)
        }
        return mapped.withUnsafeBufferPointer { Int(truncatingIfNeeded: ByteText.hash($0, 0, $0.count)) }
    }
}
