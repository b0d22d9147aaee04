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
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
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
        let start = lineStarts[l - 1]
        var col = 1
        var i = start
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return col
    }

    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    public func lineText(_ line: Int) -> String { text(lineRange(line)) }
}

/// A byte range in one source file. `file` indexes the `SourceMap` that owns the files.
public struct Span: Hashable, Sendable {
    public var file: Int
    public var start: Int
    public var end: Int
    public init(file: Int, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
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
}
