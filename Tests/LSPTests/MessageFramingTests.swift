import JXLSP
import Testing

/// The base protocol: Content-Length frames read from a stream however it is cut, and
/// JSON read and written exactly (escapes, characters beyond the BMP, hostile nesting).
@Suite struct MessageFramingTests {
    /// A reader over `bytes`, handing out at most `chunk` bytes a read.
    func reader(_ bytes: [UInt8], chunk: Int) -> MessageReader {
        var at = 0
        return MessageReader { buf in
            let n = min(chunk, buf.count, bytes.count - at)
            for k in 0..<n { buf[k] = bytes[at + k] }
            at += n
            return n
        }
    }

    @Test func framesSurviveAnyCutOfTheStream() {
        let messages: [JSONValue] = [["jsonrpc": "2.0", "id": .int(1), "method": "initialize"], ["text": "新增建设用地报批 😀"]]
        let bytes = messages.flatMap { MessageWriter.frame($0) }
        for chunk in [1, 2, 7, 64, 100_000] {
            var r = reader(bytes, chunk: chunk)
            var got: [JSONValue] = []
            while case .success(let body) = r.next() { got.append(try! JSONValue.parse(body)) }
            #expect(got == messages, "chunk \(chunk)")
        }
    }

    @Test func otherHeadersAndBareLineFeedsAreTakenAndABadHeaderStops() {
        let body = Array(#"{"a":1}"#.utf8)
        var r = reader(Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 7\n\n".utf8) + body, chunk: 3)
        #expect(r.next() == .success(body))
        #expect(r.next() == .failure(.endOfInput))
        var bad = reader(Array("Content-Length: lots\r\n\r\n{}".utf8), chunk: 100)
        #expect(bad.next() == .failure(.badHeader("Content-Length: lots")))
        // A body cut short is the end of the input, not a message.
        var short = reader(Array("Content-Length: 10\r\n\r\n{}".utf8), chunk: 100)
        #expect(short.next() == .failure(.endOfInput))
    }

    @Test func jsonRoundTripsStringsExactly() throws {
        let v: JSONValue = ["s": "引号\" 反斜杠\\ 换行\n 制表\t \u{01} 😀", "n": .number("-12"), "a": [true, .null, .number("1.5e3")]]
        #expect(try JSONValue.parse(v.serialized()) == v)
        #expect(try JSONValue.parse(#""\ud83d\ude00\u4e2d""#) == "😀中")
        #expect(v["n"]?.int == -12)
    }

    @Test func malformedJSONIsAnErrorNotATrap() {
        for text in ["", "{", "[1,", #"{"a" 1}"#, "tru", #""\u12"#, "1 2", String(repeating: "[", count: 100_000)] {
            #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
        }
    }
}
