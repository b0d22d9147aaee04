/// A report that is a package of parts (an Office document: XML files in a zip). The core
/// renders the parts; a host that can write archives zips them. Between the two they travel
/// as one run of bytes: for each part its path, a zero byte, its length in decimal, a line
/// feed, and its bytes.
public struct ReportPart: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) { self.init(path: path, bytes: Array(text.utf8)) }

    public static func framed(_ parts: [ReportPart]) -> [UInt8] {
        var out: [UInt8] = []
        for p in parts {
            out += Array(p.path.utf8)
            out.append(0)
            out += Array(String(p.bytes.count).utf8)
            out.append(0x0A)
            out += p.bytes
        }
        return out
    }

    /// The parts of `framed`, or nil when the bytes are not in that form.
    public static func unframed(_ bytes: [UInt8]) -> [ReportPart]? {
        var parts: [ReportPart] = []
        var i = 0
        while i < bytes.count {
            guard let zero = bytes[i...].firstIndex(of: 0), let lf = bytes[zero...].firstIndex(of: 0x0A) else { return nil }
            let path = String(decoding: bytes[i..<zero], as: UTF8.self)
            guard let n = Int(String(decoding: bytes[(zero + 1)..<lf], as: UTF8.self)), n >= 0, lf + 1 + n <= bytes.count, !path.isEmpty else { return nil }
            parts.append(ReportPart(path: path, bytes: Array(bytes[(lf + 1)..<(lf + 1 + n)])))
            i = lf + 1 + n
        }
        return parts
    }
}
