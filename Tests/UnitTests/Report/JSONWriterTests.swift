import Testing
@testable import JXCore
import JXTestSupport

@Suite struct JSONWriterTests {
    /// Texts go out as JSON strings: quotes, backslashes and control bytes escaped, every
    /// other byte (Chinese included) as it is.
    @Test func escapesWhatJSONRequiresAndNothingElse() {
        let v = JSON.object([("名称\"", .string("a\"b\\c\nd\te\r\u{01}完成率 98%")), ("n", .array([.int(-3), .bool(true), .null]))])
        #expect(v.render(pretty: false) == #"{"名称\"":"a\"b\\c\nd\te\r\u0001完成率 98%","n":[-3,true,null]}"#)
        #expect(v.render() == "{\n  \"名称\\\"\": \"a\\\"b\\\\c\\nd\\te\\r\\u0001完成率 98%\",\n  \"n\": [\n    -3,\n    true,\n    null\n  ]\n}")
    }

    /// Written in pieces (rows made one at a time, flushed past a chunk), the bytes are those
    /// of the whole rendering.
    @Test func piecesAddUpToTheWholeRendering() {
        let rows = JSON.rows(500) { k in .object([("i", .int(k)), ("名", .string("指标\(k)"))]) }
        let doc = JSON.object([("rows", rows), ("empty", .rows(0) { _ in .null })])
        var pieces: [[UInt8]] = []
        doc.write(chunk: 1000) { pieces.append($0) }
        #expect(pieces.count > 5)
        #expect(String(decoding: pieces.flatMap { $0 }, as: UTF8.self) == doc.render())
    }
}
