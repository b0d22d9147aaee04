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

    /// What goes before a part's bytes: its path, a zero byte, its length, a line feed.
    public static func header(of p: ReportPart) -> [UInt8] {
        Array(p.path.utf8) + [0] + Array(String(p.bytes.count).utf8) + [0x0A]
    }

    /// The parts as the pieces to send, each header then its part's bytes: a sender writes
    /// them one after another, and a large document is never copied into one run.
    public static func pieces(_ parts: [ReportPart]) -> [[UInt8]] {
        parts.flatMap { [header(of: $0), $0.bytes] }
    }

    public static func framed(_ parts: [ReportPart]) -> [UInt8] { Array(pieces(parts).joined()) }

    /// Each part's path and where its bytes are in `bytes`, or nil when the bytes are not
    /// in the form `framed` writes: a receiver reads the parts where they are.
    public static func frames(_ bytes: [UInt8]) -> [(path: String, range: Range<Int>)]? {
        var out: [(path: String, range: Range<Int>)] = []
        var i = 0
        while i < bytes.count {
            guard let h = header(in: bytes, at: i), h.body.upperBound <= bytes.count else { return nil }
            out.append((String(decoding: bytes[h.path], as: UTF8.self), h.body))
            i = h.body.upperBound
        }
        return out
    }

    /// The header starting at `i`, once it has all arrived: where its path is, and where its
    /// part's bytes are (they may not have arrived yet). Nil for a header not (yet) whole,
    /// and for a path of 4 KiB or more (a receiver looks this far for its end each time).
    public static func header(in bytes: [UInt8], at i: Int) -> (path: Range<Int>, body: Range<Int>)? {
        guard i >= 0, i < bytes.count, let zero = bytes[i..<min(bytes.count, i + 4096)].firstIndex(of: 0), zero > i,
              let lf = bytes[zero...].prefix(24).firstIndex(of: 0x0A),
              let n = Int(String(decoding: bytes[(zero + 1)..<lf], as: UTF8.self)), n >= 0, n <= Int.max - (lf + 1) else { return nil }
        return (i..<zero, (lf + 1)..<(lf + 1 + n))
    }

    /// The parts of `framed`, or nil when the bytes are not in that form.
    public static func unframed(_ bytes: [UInt8]) -> [ReportPart]? {
        frames(bytes).map { $0.map { ReportPart(path: $0.path, bytes: Array(bytes[$0.range])) } }
    }
}
