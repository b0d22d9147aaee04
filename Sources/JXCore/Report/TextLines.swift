/// A report's text worked on line by line, by bytes: cutting a long report by characters
/// (`split(separator: "\n")`) and joining it again was most of the Chinese report's time.
enum TextLines {
    /// The text with each line that starts with `#` (a heading) replaced by `heading` of it,
    /// in order, and every other line as it is.
    static func mappingHeadings(_ text: String, _ heading: (Substring) -> String) -> String {
        // A line feed is a character of its own unless a carriage return comes before it
        // (`\r\n` is one character, and no line break for `split`): a text with one is cut
        // by characters.
        if ByteText.contains(text, 0x0D) {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("#") ? heading($0) : String($0) }.joined(separator: "\n")
        }
        var t = text
        let headings: [Range<Int>] = t.withUTF8 { p in
            var found: [Range<Int>] = []
            var start = 0
            while start < p.count {
                var end = start
                while end < p.count, p[end] != 0x0A { end += 1 }
                if end > start, p[start] == UInt8(ascii: "#") { found.append(start..<end) }
                start = end + 1
            }
            return found
        }
        guard !headings.isEmpty else { return text }
        let u = text.utf8
        func index(_ offset: Int) -> String.Index { u.index(u.startIndex, offsetBy: offset) }
        var out = ""
        out.reserveCapacity(u.count + 16 * headings.count)
        var copied = 0
        for h in headings {
            out += text[index(copied)..<index(h.lowerBound)]
            // `#` and a combining mark (`#⃣`) is another character, and no heading.
            let line = text[index(h.lowerBound)..<index(h.upperBound)]
            out += line.hasPrefix("#") ? heading(line) : String(line)
            copied = h.upperBound
        }
        out += text[index(copied)...]
        return out
    }
}
