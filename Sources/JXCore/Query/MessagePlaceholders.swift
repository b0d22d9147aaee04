/// Where a rule message's text sits in its file. The parser keeps a message decoded (its
/// escapes undone) with the span of the whole string; the `{…}` parts have places in the
/// source only where the decoded text is the text between the quotes, byte for byte.
enum MessagePlaceholders {
    /// The offset of the message's first byte after its opening quote, or nil when the
    /// source there is not the message as written (escapes, a string left open).
    static func contentStart(of text: String, quotedAt span: Span, in file: SourceFile) -> Int? {
        let b = file.bytes
        let lo = span.start, hi = min(span.end, b.count)
        guard lo >= 0, lo < hi else { return nil }
        let open: Int, close: [UInt8]
        if b[lo] == 0x22 {
            (open, close) = (1, [0x22])
        } else if lo + 2 < hi, b[lo] == 0xE2, b[lo + 1] == 0x80, b[lo + 2] == 0x9C { // “
            (open, close) = (3, [0xE2, 0x80, 0x9D])
        } else {
            return nil
        }
        let t = Array(text.utf8)
        let start = lo + open
        // The text, then the closing quote, then the end of the string: so a message whose
        // escapes decode into a prefix of what is written does not pass.
        guard start + t.count + close.count == hi,
              b[start..<(start + t.count)].elementsEqual(t),
              b[(start + t.count)..<hi].elementsEqual(close) else { return nil }
        return start
    }
}
