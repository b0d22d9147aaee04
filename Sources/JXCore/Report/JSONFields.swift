/// The fields of one JSON object written straight into the output, in the layout
/// `JSON.write` gives an `.object`: a report's budget and indicator rows are most of its
/// bytes, and building each as a tree of `JSON` values cost more to build and to take apart
/// than to write.
///
/// Keys are the report's own names (ASCII letters, `JSONReport`), written without escaping;
/// every value goes through `JSON.escape` or `JSON.write`.
public struct JSONFields {
    private let out: ByteSink
    private let indent: Int
    private let pretty: Bool
    private var count = 0

    init(into out: ByteSink, indent: Int, pretty: Bool) {
        self.out = out
        self.indent = indent
        self.pretty = pretty
        out.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ k: StaticString) {
        if count > 0 { out.append(UInt8(ascii: ",")) }
        count += 1
        JSON.newline(out, indent + 1, pretty)
        out.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { out.append($0) }
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
    }

    /// A value of any shape (an array, a small object).
    mutating func add(_ k: StaticString, _ v: JSON) {
        key(k)
        v.write(into: out, indent: indent + 1, pretty: pretty)
    }

    /// A string, or null.
    mutating func add(_ k: StaticString, _ s: String?) {
        key(k)
        if let s { JSON.escape(s, into: out) } else { out.append("null") }
    }

    mutating func add(_ k: StaticString, _ b: Bool) {
        key(k)
        out.append(b ? "true" : "false")
    }

    /// An array of strings.
    mutating func add(_ k: StaticString, strings: [String]) {
        key(k)
        if strings.isEmpty { return out.append("[]") }
        out.append(UInt8(ascii: "["))
        for (n, s) in strings.enumerated() {
            JSON.newline(out, indent + 2, pretty)
            JSON.escape(s, into: out)
            if n < strings.count - 1 { out.append(UInt8(ascii: ",")) }
        }
        JSON.newline(out, indent + 1, pretty)
        out.append(UInt8(ascii: "]"))
    }

    /// An object of its own fields, or null.
    mutating func add(_ k: StaticString, orNull present: Bool, _ fill: (inout JSONFields) -> Void) {
        key(k)
        guard present else { return out.append("null") }
        var inner = JSONFields(into: out, indent: indent + 1, pretty: pretty)
        fill(&inner)
        inner.end()
    }

    func end() {
        if count > 0 { JSON.newline(out, indent, pretty) }
        out.append(UInt8(ascii: "}"))
    }
}
