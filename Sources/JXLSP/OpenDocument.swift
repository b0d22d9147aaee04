import JXCore

/// A document the editor has open: its text as the editor holds it, which is what the
/// server reads instead of the file on disk.
struct OpenDocument {
    let uri: String
    let path: String
    var version: Int
    var file: SourceFile

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.path = DocumentURI.path(of: uri)
        self.version = version
        self.file = SourceFile(path: path, text: text)
    }

    /// One `contentChanges` entry: a range and its new text, or the whole text. Returns the
    /// byte range replaced in the old text and the length of what replaced it, or nil for a
    /// whole-text change (or a range the editor got wrong, which is taken as whole).
    mutating func apply(_ change: JSONValue) -> (old: Range<Int>, new: Int)? {
        let text = change["text"]?.string ?? ""
        guard let range = change["range"], let r = OpenDocument.byteRange(range, in: file) else {
            file = SourceFile(path: path, text: text)
            return nil
        }
        var bytes = file.bytes
        let new = Array(text.utf8)
        bytes.replaceSubrange(r, with: new)
        file = SourceFile(path: path, bytes: bytes)
        return (r, new.count)
    }

    static func byteRange(_ range: JSONValue, in file: SourceFile) -> Range<Int>? {
        guard let s = LSPPosition.offset(range["start"], in: file), let e = LSPPosition.offset(range["end"], in: file) else { return nil }
        // An end before the start is the same range written backwards.
        return min(s, e)..<max(s, e)
    }
}

/// Positions and ranges in the protocol's UTF-16 code units, through the core's one
/// conversion (`PositionEncoding`).
enum LSPPosition {
    static func offset(_ p: JSONValue?, in file: SourceFile) -> Int? {
        guard let p, let line = p["line"]?.int, let ch = p["character"]?.int else { return nil }
        if let o = PositionEncoding.utf16.offset(of: SourcePosition(line: line, character: ch), in: file) { return o }
        // A character past the line's end means its end (the protocol says so).
        guard line >= 0, line < file.lineStarts.count, ch >= 0 else {
            return line >= file.lineStarts.count ? file.bytes.count : nil
        }
        return lineEnd(line, in: file)
    }

    /// The end of line `line` (from 0), before its line break.
    static func lineEnd(_ line: Int, in file: SourceFile) -> Int {
        file.lineRange(line + 1).upperBound
    }

    static func position(_ offset: Int, in file: SourceFile) -> JSONValue {
        let o = max(0, min(offset, file.bytes.count))
        var p = PositionEncoding.utf16.position(of: o, in: file)
        // Inside a character (never from a span, but from arithmetic on one): its start.
        var k = o
        while p == nil, k > 0 { k -= 1; p = PositionEncoding.utf16.position(of: k, in: file) }
        let q = p ?? SourcePosition(line: 0, character: 0)
        return .object(["line": .int(q.line), "character": .int(q.character)])
    }

    static func range(_ r: Range<Int>, in file: SourceFile) -> JSONValue {
        .object(["start": position(r.lowerBound, in: file), "end": position(r.upperBound, in: file)])
    }

    static func range(_ span: Span, in file: SourceFile) -> JSONValue { range(span.start..<span.end, in: file) }
}
