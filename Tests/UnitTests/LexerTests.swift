import Testing
@testable import JXCore
import JXTestSupport

@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        var l = Lexer(source: SourceFile(path: "t", text: text), fileID: 0)
        var out: [TokenKind] = []
        while true {
            let t = l.next()
            if t.kind == .eof { break }
            out.append(t.kind)
        }
        return out
    }

    func units(_ text: String) -> [String] {
        let f = SourceFile(path: "t", text: text)
        var l = Lexer(source: f, fileID: 0)
        var out: [String] = []
        while true {
            let t = l.next()
            if t.kind == .eof { break }
            if t.kind == .number { out.append(f.text(t.start..<t.end) + "|" + f.text(t.unitStart..<t.unitEnd)) }
        }
        return out
    }

    @Test func fullWidthPunctuationIsItsASCIITwin() {
        #expect(kinds("（ ） ： ， ＞ ＜ ≥ ≤ ＝") == [.lparen, .rparen, .colon, .comma, .greater, .less, .greaterEqual, .lessEqual, .assign])
    }

    @Test func unitsAreWrittenRightAfterNumbers() {
        #expect(units("450亩 98% 98％ 1.5亿元 1,493.25万元 12月31日前完成") ==
                ["450|亩", "98|%", "98|％", "1.5|亿元", "1,493.25|万元", "12|月", "31|日前完成"])
    }

    @Test func commaIsAThousandsSeparatorOnlyBeforeThreeDigits() {
        #expect(units("max(1,2)") == ["1|", "2|"])
        #expect(units("1,493.25") == ["1,493.25|"])
    }

    @Test func invalidUTF8IsOneDiagnosticPerRun() {
        var l = Lexer(source: SourceFile(path: "t", bytes: [0x61, 0xFF, 0xFE, 0xFD, 0x20, 0x62]), fileID: 0)
        while l.next().kind != .eof {}
        #expect(l.diagnostics.count == 1)
    }

    @Test func stringsTakeEscapesAndChineseQuotes() {
        var l = Lexer(source: SourceFile(path: "t", text: #""a\"b\u{4E2D}" “明显提升”"#), fileID: 0)
        let a = l.next(), b = l.next()
        #expect(l.string(of: a) == "a\"b中")
        #expect(l.string(of: b) == "明显提升")
    }

    @Test func unclosedQuoteEndsAtTheLine() {
        var l = Lexer(source: SourceFile(path: "t", text: "\"abc\nindicator"), fileID: 0)
        #expect(l.next().kind == .string)
        #expect(l.next().kind == .newline)
        #expect(l.diagnostics.map(\.code) == ["E-unclosed-quote"])
    }
}
