/// A small JSON builder: exact numbers go out as strings (the contract), so no binary
/// floating point ever touches a figure.
public enum JSON {
    case string(String)
    case int(Int)
    /// A decimal written as a JSON number, digit for digit from its exact value (`-f jsonl`,
    /// for databases that read numbers as numbers).
    case number(String)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])
    /// An array made one element at a time while it is written: a report of a million
    /// indicators holds one row's tree at a time, not a million.
    case rows(Int, (Int) -> JSON)
    /// An array of objects each written straight into the output by `JSONFields` (the
    /// budgets and indicators of a report): no tree is built, so none is taken apart.
    case objects(Int, (Int, inout JSONFields) -> Void)

    public static func str(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    /// Rendered into bytes and decoded once: appending to a String scalar by scalar costs
    /// more than everything else a large report does.
    public func render(indent: Int = 0, pretty: Bool = true) -> String {
        let out = ByteSink()
        write(into: out, indent: indent, pretty: pretty)
        return String(decoding: UnsafeBufferPointer(start: out.base, count: out.count), as: UTF8.self)
    }

    /// Writes the JSON in pieces: `flush` receives the bytes written so far whenever a row
    /// of a `.rows` array ends with more than `chunk` of them, and once at the end, so a
    /// report of any size goes out through a buffer of about `chunk` bytes.
    public func write(indent: Int = 0, pretty: Bool = true, chunk: Int = 1 << 20, flush: ([UInt8]) -> Void) {
        let out = ByteSink(capacity: chunk + 4096)
        withoutActuallyEscaping(flush) { flush in
            write(into: out, indent: indent, pretty: pretty) { buf in
                guard buf.count >= chunk else { return }
                flush(buf.bytes)
                buf.removeAll()
            }
        }
        flush(out.bytes)
    }

    func write(into out: ByteSink, indent: Int, pretty: Bool, flush: ((ByteSink) -> Void)? = nil) {
        switch self {
        case .string(let s): JSON.escape(s, into: out)
        case .int(let i): out.append(String(i))
        case .number(let n): out.append(n)
        case .bool(let b): out.append(b ? "true" : "false")
        case .null: out.append("null")
        case .array(let xs):
            if xs.isEmpty { out.append("[]"); return }
            out.append(UInt8(ascii: "["))
            for (k, x) in xs.enumerated() {
                JSON.newline(out, indent + 1, pretty)
                x.write(into: out, indent: indent + 1, pretty: pretty, flush: flush)
                if k < xs.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSON.newline(out, indent, pretty)
            out.append(UInt8(ascii: "]"))
        case .rows(let n, let row):
            if n <= 0 { out.append("[]"); return }
            out.append(UInt8(ascii: "["))
            for k in 0..<n {
                JSON.newline(out, indent + 1, pretty)
                row(k).write(into: out, indent: indent + 1, pretty: pretty, flush: flush)
                if k < n - 1 { out.append(UInt8(ascii: ",")) }
                flush?(out)
            }
            JSON.newline(out, indent, pretty)
            out.append(UInt8(ascii: "]"))
        case .objects(let n, let fill):
            if n <= 0 { out.append("[]"); return }
            out.append(UInt8(ascii: "["))
            for k in 0..<n {
                JSON.newline(out, indent + 1, pretty)
                var fields = JSONFields(into: out, indent: indent + 1, pretty: pretty)
                fill(k, &fields)
                fields.end()
                if k < n - 1 { out.append(UInt8(ascii: ",")) }
                flush?(out)
            }
            JSON.newline(out, indent, pretty)
            out.append(UInt8(ascii: "]"))
        case .object(let kvs):
            if kvs.isEmpty { out.append("{}"); return }
            out.append(UInt8(ascii: "{"))
            for (k, (key, v)) in kvs.enumerated() {
                JSON.newline(out, indent + 1, pretty)
                JSON.escape(key, into: out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                v.write(into: out, indent: indent + 1, pretty: pretty, flush: flush)
                if k < kvs.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSON.newline(out, indent, pretty)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func newline(_ out: ByteSink, _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(repeating: UInt8(ascii: " "), count: indent * 2)
    }

    /// Escapes by UTF-8 bytes: only `"`, `\\` and control bytes need work; every other byte
    /// (Chinese included) is copied as it is.
    static let hexDigits = Array("0123456789abcdef".utf8)

    /// The bytes that may need work: `"`, `\\`, controls and DEL; of the others, only the
    /// lead bytes C2 and E2 (C1 controls, separators and bidirectional controls).
    static let specials = ASCIISet.controls.union(ASCIISet("\"\\"))

    static func escape(_ s: String, into out: ByteSink) {
        out.append(UInt8(ascii: "\""))
        var s = s
        // Most strings (names, figures, Chinese text) have none: they are copied whole.
        let plain = s.withUTF8 { p in
            for b in p where b >= 0x80 ? (b == 0xC2 || b == 0xE2) : specials.contains(b) { return false }
            out.append(p)
            return true
        }
        if plain {
            out.append(UInt8(ascii: "\""))
            return
        }
        s.withUTF8 { p in
            var start = 0
            let hex = JSON.hexDigits
            var i = 0
            while i < p.count {
                let b = p[i]
                defer { i += 1 }
                // DEL, C1 and the separators and bidirectional controls (`TerminalText`) are
                // valid JSON as they are, but act on a terminal that shows the document:
                // they are written as `\u…` too, the same text to any reader.
                if b == 0x7F || b == 0xC2 || b == 0xE2 {
                    var scalar: UInt32?
                    if b == 0x7F { scalar = 0x7F }
                    else if b == 0xC2, i + 1 < p.count, (0x80...0x9F).contains(p[i + 1]) { scalar = UInt32(p[i + 1]) }
                    else if b == 0xE2, i + 2 < p.count, p[i + 1] == 0x80 || p[i + 1] == 0x81 {
                        let v = 0x2000 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                        if let u = Unicode.Scalar(v), TerminalText.isControl(u) { scalar = v }
                    }
                    guard let v = scalar else { continue }
                    out.append(UnsafeBufferPointer(rebasing: p[start..<i]))
                    out.append([0x5C, UInt8(ascii: "u"), hex[Int(v >> 12 & 0xF)], hex[Int(v >> 8 & 0xF)], hex[Int(v >> 4 & 0xF)], hex[Int(v & 0xF)]])
                    let width = b == 0x7F ? 1 : (b == 0xC2 ? 2 : 3)
                    start = i + width
                    i += width - 1
                    continue
                }
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                out.append(UnsafeBufferPointer(rebasing: p[start..<i]))
                start = i + 1
                switch b {
                case UInt8(ascii: "\""): out.append([0x5C, 0x22])
                case UInt8(ascii: "\\"): out.append([0x5C, 0x5C])
                case 0x0A: out.append([0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append([0x5C, UInt8(ascii: "r")])
                case 0x09: out.append([0x5C, UInt8(ascii: "t")])
                default:
                    out.append([0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            out.append(UnsafeBufferPointer(rebasing: p[start..<p.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
