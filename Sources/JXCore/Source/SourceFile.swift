#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One script's text, kept as UTF-8 bytes: the lexer scans bytes, and diagnostics
/// map byte offsets back to lines and columns only when they are shown.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset where each line starts; computed once so location lookups are a binary search.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var i = 0
            // memchr finds line ends many bytes at a time.
            while i < p.count, let hit = memchr(base + i, 0x0A, p.count - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                starts.append(at + 1)
                i = at + 1
            }
        }
        self.lineStarts = starts
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// 1-based line of a byte offset.
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Byte range of a 1-based line, without its line end.
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, end - 1 < bytes.count, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    /// 1-based column counted in Unicode scalars, as editors show it.
    public func column(of offset: Int) -> Int {
        let l = line(of: offset)
        return 1 + scalarCount(lineStarts[l - 1]..<offset)
    }

    /// How many scalars start in `range` (bytes that do not continue a UTF-8 sequence).
    func scalarCount(_ range: Range<Int>) -> Int {
        let lo = max(0, range.lowerBound), hi = min(range.upperBound, bytes.count)
        guard lo < hi else { return 0 }
        return bytes.withUnsafeBufferPointer { p in
            var n = 0
            for i in lo..<hi where p[i] & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }

    /// The first offset at or after `offset` (and at most `limit`) where a scalar starts.
    func scalarStart(_ offset: Int, upTo limit: Int) -> Int {
        var i = max(0, offset)
        while i < limit, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return min(i, limit)
    }

    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    public func lineText(_ line: Int) -> String { text(lineRange(line)) }

    /// The text of a range on one line, independent of its layout: outside quotes, every run
    /// of spaces and line ends becomes one space and comments are dropped. Reports and
    /// messages quote the source through this, so re-spacing a script (`jx fmt`) cannot
    /// change what they say. Full-width digits, point and percent sign (`４５０亩`, `９８．５％`,
    /// typed in an input method's full-width mode) come out as the ASCII the lexer reads them as.
    public func compactText(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        if let s = bytes.withUnsafeBufferPointer({ SourceFile.simpleText($0, lo, hi) }) { return s }
        var out: [UInt8] = []
        out.reserveCapacity(hi - lo)
        var pendingSpace = false
        var i = lo
        func emit(_ b: ArraySlice<UInt8>) {
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: b)
        }
        while i < hi {
            let b = bytes[i]
            if let n = SourceFile.spaceLength(bytes, at: i) { pendingSpace = true; i += n; continue }
            if b == 0x23 { // a comment runs to the line end
                while i < hi, bytes[i] != 0x0A { i += 1 }
                pendingSpace = true
                continue
            }
            if let n = SourceFile.quotedLength(bytes, at: i, limit: hi) { emit(bytes[i..<(i + n)]); i += n; continue }
            if let ascii = SourceFile.fullWidthFigure(bytes, at: i, limit: hi) { emit([ascii][...]); i += 3; continue }
            emit(bytes[i..<(i + 1)])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII twin of the full-width digit, point or percent sign (U+FF10–FF19, U+FF0E,
    /// U+FF05) at `i`, if one starts there.
    static func fullWidthFigure(_ b: [UInt8], at i: Int, limit: Int) -> UInt8? {
        guard b[i] == 0xEF, i + 2 < limit, b[i + 1] == 0xBC else { return nil }
        switch b[i + 2] {
        case 0x90...0x99: return b[i + 2] - 0x90 + 0x30
        case 0x8E: return 0x2E
        case 0x85: return 0x25
        default: return nil
        }
    }

    /// The text of `p[lo..<hi]` when it needs no compacting (most ranges, like `450亩` or
    /// `≥98%`, have no space, comment or quote), else nil. The range must lie within `p`.
    @inline(__always)
    static func simpleText(_ p: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> String? {
        var i = lo
        while i < hi {
            switch p[i] {
            case 0x20, 0x09, 0x0D, 0x0A, 0x23, 0x22, 0xC2, 0xE2, 0xEF: return nil
            case 0xE3 where i + 2 < hi && p[i + 1] == 0x80 && p[i + 2] == 0x80: return nil
            default: i += 1
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: p[lo..<hi]), as: UTF8.self)
    }

    /// Bytes of the whitespace character at `i` (the lexer's: ASCII blanks, line ends,
    /// U+3000, U+00A0, U+FEFF, U+2002, U+2003), or nil.
    static func spaceLength(_ b: [UInt8], at i: Int) -> Int? {
        switch b[i] {
        case 0x20, 0x09, 0x0D, 0x0A: return 1
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return 2
        case 0xE3 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80: return 3
        case 0xEF where i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF: return 3
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x82 || b[i + 2] == 0x83): return 3
        default: return nil
        }
    }

    /// Bytes of the quoted text starting at `i` (`"…"` with escapes, or “…”), up to its
    /// closing quote or the line end, as the lexer reads it; nil if no quote starts there.
    static func quotedLength(_ b: [UInt8], at i: Int, limit: Int) -> Int? {
        if b[i] == 0x22 {
            var j = i + 1
            while j < limit, b[j] != 0x0A {
                if b[j] == 0x5C, j + 1 < limit, b[j + 1] != 0x0A { j += 2; continue }
                if b[j] == 0x22 { return j + 1 - i }
                j += 1
            }
            return j - i
        }
        if b[i] == 0xE2, i + 2 < limit, b[i + 1] == 0x80, b[i + 2] == 0x9C { // “
            var j = i + 3
            while j < limit, b[j] != 0x0A {
                if j + 2 < limit, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x9D { return j + 3 - i }
                j += 1
            }
            return j - i
        }
        return nil
    }
}

/// A byte range in one source file. `file` indexes the `SourceMap` that owns the files.
/// Stored in 32 bits each (12 bytes, not 24: a model holds several spans per indicator);
/// a workspace refuses files of 2 GiB or more, so offsets always fit.
public struct Span: Hashable, Sendable {
    private var f: Int32
    private var s: Int32
    private var e: Int32
    public var file: Int {
        get { Int(f) }
        set { f = Int32(truncatingIfNeeded: newValue) }
    }
    public var start: Int {
        get { Int(s) }
        set { s = Int32(truncatingIfNeeded: newValue) }
    }
    public var end: Int {
        get { Int(e) }
        set { e = Int32(truncatingIfNeeded: newValue) }
    }
    public init(file: Int, start: Int, end: Int) {
        f = Int32(truncatingIfNeeded: file)
        s = Int32(truncatingIfNeeded: start)
        e = Int32(truncatingIfNeeded: Swift.max(start, end))
    }
    public func to(_ other: Span) -> Span { Span(file: file, start: min(start, other.start), end: max(end, other.end)) }
}

/// Every file a run has read, so that spans can be rendered after the fact.
public struct SourceMap: Sendable {
    public private(set) var files: [SourceFile] = []
    public init() {}
    public mutating func add(_ file: SourceFile) -> Int {
        files.append(file)
        return files.count - 1
    }
    public subscript(_ id: Int) -> SourceFile? { id >= 0 && id < files.count ? files[id] : nil }

    /// Room for `n` more files: a map that shares its list (a copy of another) gets its own
    /// now rather than on the next `add`.
    public mutating func reserve(_ n: Int) { files.reserveCapacity(files.count + n) }

    /// `self[file]?.compactText(range)` without copying the file's description out first.
    public func compactText(file id: Int, _ range: Range<Int>) -> String? {
        guard id >= 0 && id < files.count else { return nil }
        return files[id].compactText(range)
    }

    /// Calls `body` with a view of every file's bytes, by file ID. Threads reading source
    /// text through these views touch no reference count (reading through `files[id]`
    /// retains and releases the file's arrays, and on several cores at once those shared
    /// counts bounce between the caches). The views are valid only during the call: the
    /// arrays are immutable and this map, which holds them, outlives it.
    func withByteViews<R>(_ body: ([UnsafeBufferPointer<UInt8>]) throws -> R) rethrows -> R {
        let views = files.map { f in f.bytes.withUnsafeBufferPointer { $0 } }
        return try withExtendedLifetime(files) { try body(views) }
    }
}
