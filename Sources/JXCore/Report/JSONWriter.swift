/// A small JSON builder: exact numbers go out as strings (the contract), so no binary
/// floating point ever touches a figure.
public enum JSON {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSON])
    case object([(String, JSON)])
    /// An array made one element at a time while it is written: a report of a million
    /// indicators holds one row's tree at a time, not a million.
    case rows(Int, (Int) -> JSON)

    public static func str(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }

    /// Rendered into bytes and decoded once: appending to a String scalar by scalar costs
    /// more than everything else a large report does.
    public func render(indent: Int = 0, pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: indent, pretty: pretty)
        return String(decoding: out, as: UTF8.self)
    }

    func write(into out: inout [UInt8], indent: Int, pretty: Bool) {
        switch self {
        case .string(let s): JSON.escape(s, into: &out)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let xs):
            if xs.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (k, x) in xs.enumerated() {
                JSON.newline(&out, indent + 1, pretty)
                x.write(into: &out, indent: indent + 1, pretty: pretty)
                if k < xs.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSON.newline(&out, indent, pretty)
            out.append(UInt8(ascii: "]"))
        case .rows(let n, let row):
            if n <= 0 { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for k in 0..<n {
                JSON.newline(&out, indent + 1, pretty)
                row(k).write(into: &out, indent: indent + 1, pretty: pretty)
                if k < n - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSON.newline(&out, indent, pretty)
            out.append(UInt8(ascii: "]"))
        case .object(let kvs):
            if kvs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (k, (key, v)) in kvs.enumerated() {
                JSON.newline(&out, indent + 1, pretty)
                JSON.escape(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                v.write(into: &out, indent: indent + 1, pretty: pretty)
                if k < kvs.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSON.newline(&out, indent, pretty)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func newline(_ out: inout [UInt8], _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Escapes by UTF-8 bytes: only `"`, `\\` and control bytes need work; every other byte
    /// (Chinese included) is copied as it is.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Nearly every text needs no escape: copied whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
