/// Byte-level text helpers for the hot paths (lexer, parser, evaluator): a keyword or a
/// unit is found by its UTF-8 bytes without creating a `String`.
///
/// Byte equality is the same as `String` equality (canonical equivalence) only for text in
/// normal form that no normalization can change; "plain" text here is ASCII and the CJK
/// ideographs U+3400–U+9FFF (no decomposition, no combining class, no grapheme
/// extension). Anything else takes the `String` path, so the result is always the same.
enum ByteText {
    /// Whether `bytes[lo..<hi]` is plain: ASCII or scalars U+3400–U+9FFF (E3 90 80 … E9 BF BF).
    @inline(__always)
    static func isPlain(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            guard i + 3 <= hi, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return false }
            if (b >= 0xE4 && b <= 0xE9) || (b == 0xE3 && p[i + 1] >= 0x90) { i += 3; continue }
            return false
        }
        return true
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = lo
        while i < hi {
            h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3
            i += 1
        }
        return h
    }

    @inline(__always)
    static func equal(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ q: [UInt8]) -> Bool {
        guard hi - lo == q.count else { return false }
        var k = 0
        while k < q.count {
            if p[lo + k] != q[k] { return false }
            k += 1
        }
        return true
    }

    static func hasSuffix(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ q: [UInt8]) -> Bool {
        guard hi - lo >= q.count else { return false }
        return equal(p, hi - q.count, hi, q)
    }
}

/// A small open-addressing table from UTF-8 spellings to values, for fixed vocabularies
/// (keywords): built once, looked up by bytes.
struct ByteTable<Value: Sendable>: Sendable {
    private var hashes: [UInt64]
    private var keys: [[UInt8]]
    private var values: [Value?]
    private let mask: Int
    let minLength: Int
    let maxLength: Int

    init(_ entries: [(String, Value)]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        hashes = Array(repeating: 0, count: size)
        keys = Array(repeating: [], count: size)
        values = Array(repeating: nil, count: size)
        var lo = Int.max, hi = 0
        for (s, v) in entries {
            let b = Array(s.utf8)
            lo = min(lo, b.count)
            hi = max(hi, b.count)
            let h = b.withUnsafeBufferPointer { ByteText.hash($0, 0, b.count) }
            var i = Int(truncatingIfNeeded: h) & mask
            while values[i] != nil {
                if keys[i] == b { break }
                i = (i + 1) & mask
            }
            hashes[i] = h
            keys[i] = b
            values[i] = v
        }
        minLength = lo == Int.max ? 0 : lo
        maxLength = hi
    }

    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Value? {
        let n = hi - lo
        guard n >= minLength, n <= maxLength else { return nil }
        let h = ByteText.hash(p, lo, hi)
        var i = Int(truncatingIfNeeded: h) & mask
        while let v = values[i] {
            if hashes[i] == h, ByteText.equal(p, lo, hi, keys[i]) { return v }
            i = (i + 1) & mask
        }
        return nil
    }
}
