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

    /// Writes the JSON in pieces: `flush` receives the bytes written so far whenever a row
    /// of a `.rows` array ends with more than `chunk` of them, and once at the end, so a
    /// report of any size goes out through a buffer of about `chunk` bytes.
    public func write(indent: Int = 0, pretty: Bool = true, chunk: Int = 1 << 20, flush: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(chunk + 4096)
        withoutActuallyEscaping(flush) { flush in
            write(into: &out, indent: indent, pretty: pretty) { buf in
                guard buf.count >= chunk else { return }
                flush(buf)
                buf.removeAll(keepingCapacity: true)
            }
        }
        flush(out)
    }

    func write(into out: inout [UInt8], indent: Int, pretty: Bool, flush: ((inout [UInt8]) -> Void)? = nil) {
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
                x.write(into: &out, indent: indent + 1, pretty: pretty, flush: flush)
                if k < xs.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSON.newline(&out, indent, pretty)
            out.append(UInt8(ascii: "]"))
        case .rows(let n, let row):
            if n <= 0 { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for k in 0..<n {
                JSON.newline(&out, indent + 1, pretty)
                row(k).write(into: &out, indent: indent + 1, pretty: pretty, flush: flush)
                if k < n - 1 { out.append(UInt8(ascii: ",")) }
                flush?(&out)
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
                v.write(into: &out, indent: indent + 1, pretty: pretty, flush: flush)
                if k < kvs.count - 1 { out.append(UInt8(ascii: ",")) }
            }
            JSON.newline(&out, indent, pretty)
            out.append(UInt8(ascii: "}"))
        }
    }

    static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    static func newline(_ out: inout [UInt8], _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        var n = indent * 2
        while n > 0 {
            let k = min(n, JSON.spaces.count)
            out.append(contentsOf: JSON.spaces[0..<k])
            n -= k
        }
    }

    /// Escapes by UTF-8 bytes: only `"`, `\\` and control bytes need work; every other byte
    /// (Chinese included) is copied as it is.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Nearly every text needs no escape: copied whole, straight from its bytes.
        let copied: Bool? = s.utf8.withContiguousStorageIfAvailable { p in
            for b in p where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
            out.append(contentsOf: p)
            return true
        }
        if copied == true {
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
