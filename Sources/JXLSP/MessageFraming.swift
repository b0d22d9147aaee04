/// The base protocol's framing: each message is a header (`Content-Length: N`, other
/// fields ignored) and a blank line, then N bytes of JSON. Reads from whatever the host
/// gives (standard input, a pipe, bytes in a test) through `read`, which fills a buffer
/// and returns how many bytes it put there (0 at the end).
public struct MessageReader {
    public typealias Read = (UnsafeMutableRawBufferPointer) -> Int
    let read: Read
    var buffer: [UInt8] = []
    var start = 0
    /// A message larger than this is refused: the host's memory is not the client's to spend.
    public static let maxContentLength = 1 << 30

    public init(read: @escaping Read) { self.read = read }

    public enum Failure: Error, Equatable {
        case badHeader(String)
        case endOfInput
    }

    mutating func fill() -> Bool {
        if start > 0, start == buffer.count { buffer.removeAll(keepingCapacity: true); start = 0 }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { read($0) }
        guard n > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    /// The next message's body, or why there is none.
    public mutating func next() -> Result<[UInt8], Failure> {
        var length: Int?
        // Header lines, up to the blank one.
        while true {
            guard let line = nextLine() else { return .failure(.endOfInput) }
            if line.isEmpty {
                if length == nil { continue }
                break
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { return .failure(.badHeader(text)) }
            let name = text[..<colon].lowercased()
            let value = text[text.index(after: colon)...].drop { $0 == " " }
            if name == "content-length" {
                guard let n = Int(value), n >= 0, n <= MessageReader.maxContentLength else { return .failure(.badHeader(text)) }
                length = n
            }
        }
        let n = length!
        while buffer.count - start < n {
            guard fill() else { return .failure(.endOfInput) }
        }
        let body = Array(buffer[start..<start + n])
        start += n
        return .success(body)
    }

    /// A header line without its CR LF (a bare LF is taken too).
    mutating func nextLine() -> [UInt8]? {
        var scanned = start
        while true {
            if let nl = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = nl
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = nl + 1
                return line
            }
            // A header line longer than this is not a header.
            let pending = buffer.count - start
            if pending > 8192 { return nil }
            guard fill() else { return nil }
            scanned = start + pending
        }
    }
}

public enum MessageWriter {
    /// One message, framed.
    public static func frame(_ message: JSONValue) -> [UInt8] {
        let body = message.serialized()
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
