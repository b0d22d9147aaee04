/// A place in a file as an editor names it: a line and a character on it, both counted
/// from 0 as the language server protocol counts them. What a "character" is depends on
/// the encoding the editor and the server agreed on; the protocol's default is UTF-16
/// code units, in which a Chinese character is one unit and a character beyond the Basic
/// Multilingual Plane (an emoji) two.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) { self.line = line; self.character = character }
}

/// How the characters of a `SourcePosition` are counted (LSP's `positionEncoding`).
public enum PositionEncoding: Sendable {
    /// Bytes of UTF-8, the way spans count.
    case utf8
    /// UTF-16 code units: the protocol's default.
    case utf16
    /// Unicode scalars, as diagnostics count columns.
    case utf32

    /// The byte offset of `p` in `file`, or nil when there is no such place: a line past the
    /// last, a character past the line's end (before its line break), or a place inside a
    /// character (a byte that continues UTF-8, the second unit of a UTF-16 pair).
    public func offset(of p: SourcePosition, in file: SourceFile) -> Int? {
        guard p.line >= 0, p.line < file.lineStarts.count, p.character >= 0 else { return nil }
        let line = file.lineRange(p.line + 1)
        let bytes = file.bytes
        if self == .utf8 {
            guard p.character <= line.count else { return nil }
            let at = line.lowerBound + p.character
            guard at == line.upperBound || !PositionEncoding.continues(bytes[at]) else { return nil }
            return at
        }
        var at = line.lowerBound, counted = 0
        while counted < p.character {
            guard at < line.upperBound else { return nil }
            let (length, units) = width(at: at, in: bytes, before: line.upperBound)
            // Asked for the middle of a character (the low half of a surrogate pair).
            if counted + units > p.character { return nil }
            counted += units
            at += length
        }
        return at
    }

    /// The position of byte `offset` in `file`, or nil when it is not a place in the file
    /// (negative, past the end, inside a character).
    public func position(of offset: Int, in file: SourceFile) -> SourcePosition? {
        let bytes = file.bytes
        guard offset >= 0, offset <= bytes.count, offset == bytes.count || !PositionEncoding.continues(bytes[offset]) else { return nil }
        let line = file.line(of: offset) - 1
        var at = file.lineStarts[line], counted = 0
        while at < offset {
            let (length, units) = width(at: at, in: bytes, before: offset)
            counted += self == .utf8 ? length : units
            at += length
        }
        return SourcePosition(line: line, character: counted)
    }

    /// The bytes of the character at `at` (cut at `limit`, so malformed text cannot run
    /// past it) and how many units of this encoding it takes.
    private func width(at: Int, in bytes: [UInt8], before limit: Int) -> (bytes: Int, units: Int) {
        let lead = bytes[at]
        var length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        // A lead byte whose continuation is missing counts as one character of its own.
        var k = 1
        while k < length, at + k < limit, PositionEncoding.continues(bytes[at + k]) { k += 1 }
        length = k
        let units = self == .utf16 && length == 4 ? 2 : 1
        return (length, units)
    }

    static func continues(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
}
