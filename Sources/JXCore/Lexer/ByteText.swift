#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level text helpers for the hot paths (lexer, parser, evaluator): a keyword or a
/// unit is found by its UTF-8 bytes without creating a `String`.
///
/// Byte equality is the same as `String` equality (canonical equivalence) only for text in
/// normal form that no normalization can change; "plain" text here is ASCII and the CJK
/// ideographs U+3400–U+9FFF (no decomposition, no combining class, no grapheme
/// extension). Anything else takes the `String` path, so the result is always the same.
enum ByteText {
    /// Whether the text's UTF-8 holds the byte `b`, found by `memchr`: the generic
    /// `s.utf8.contains(b)` takes some thirty instructions a byte, which over a province's
    /// report was a tenth of its making.
    static func contains(_ s: String, _ b: UInt8) -> Bool {
        var s = s
        return s.withUTF8 { p in
            guard let base = p.baseAddress, p.count > 0 else { return false }
            return memchr(base, Int32(b), p.count) != nil
        }
    }

    /// Whether a CJK ideograph U+3400–U+9FFF (three bytes, E3 90 80 … E9 BF BF) starts at
    /// `i`, ending before `end`: always part of a name or a unit, never punctuation.
    @inline(__always)
    static func isIdeograph(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i + 2 < end else { return false }
        let b = p[i], c = p[i + 1]
        return ((b >= 0xE4 && b <= 0xE9) || (b == 0xE3 && c >= 0x90)) && c & 0xC0 == 0x80 && p[i + 2] & 0xC0 == 0x80
    }

    /// Whether `bytes[lo..<hi]` is plain: ASCII or scalars U+3400–U+9FFF (E3 90 80 … E9 BF BF).
    @inline(__always)
    static func isPlain(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            if isIdeograph(p, i, hi) { i += 3; continue }
            return false
        }
        return true
    }

    /// A quick hash of a short word: its length, first two and last two bytes (n ≥ 2).
    @inline(__always)
    static func quickHash(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> UInt64 {
        let n = hi - lo
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(p[lo]) | UInt64(p[lo + 1]) << 8 | UInt64(p[hi - 1]) << 16 | UInt64(p[hi - 2]) << 24
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 29)
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
struct ByteTable<Word: Sendable>: Sendable {
    private var hashes: [UInt64]
    /// Every key's bytes, one after the other; `offsets[i]..<offsets[i] + lengths[i]`.
    private var keyBytes: [UInt8] = []
    private var offsets: [Int32]
    private var lengths: [Int32]
    private var values: [Word?]
    private let mask: Int
    let minLength: Int
    let maxLength: Int

    init(_ entries: [(String, Word)]) {
        var size = 16
        while size < entries.count * 8 { size *= 2 }
        mask = size - 1
        hashes = Array(repeating: 0, count: size)
        offsets = Array(repeating: 0, count: size)
        lengths = Array(repeating: -1, count: size)
        values = Array(repeating: nil, count: size)
        var lo = Int.max, hi = 0
        for (s, v) in entries {
            let b = Array(s.utf8)
            precondition(b.count >= 2, "a spelling of at least two bytes")
            lo = min(lo, b.count)
            hi = max(hi, b.count)
            let h = b.withUnsafeBufferPointer { ByteText.quickHash($0, 0, b.count) }
            var i = Int(truncatingIfNeeded: h) & mask
            while lengths[i] >= 0 {
                if hashes[i] == h, Array(keyBytes[Int(offsets[i])..<Int(offsets[i] + lengths[i])]) == b { break }
                i = (i + 1) & mask
            }
            hashes[i] = h
            offsets[i] = Int32(keyBytes.count)
            lengths[i] = Int32(b.count)
            keyBytes.append(contentsOf: b)
            values[i] = v
        }
        minLength = lo == Int.max ? 0 : lo
        maxLength = hi
    }

    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Word? {
        let n = hi - lo
        guard n >= minLength, n <= maxLength, n >= 2 else { return nil }
        let h = ByteText.quickHash(p, lo, hi)
        var i = Int(truncatingIfNeeded: h) & mask
        return keyBytes.withUnsafeBufferPointer { k in
            while lengths[i] >= 0 {
                if hashes[i] == h, Int(lengths[i]) == n {
                    if memcmp(k.baseAddress! + Int(offsets[i]), p.baseAddress! + lo, n) == 0 { return values[i] }
                }
                i = (i + 1) & mask
            }
            return nil
        }
    }
}
