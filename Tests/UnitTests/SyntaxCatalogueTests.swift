import Testing
@testable import JXCore
import JXTestSupport

/// The lexer's and the parser's messages come from the catalogue (issue 15): an analyst who
/// reads Chinese sees no English sentence, and tests match what was said by its ID.
@Suite struct SyntaxCatalogueTests {
    /// Three English words in a row, outside `code`, "quotes" and 「」: a sentence left
    /// untranslated (names, units, keywords and `iconv -f GBK` stay as they are written).
    static func englishLeft(_ text: String) -> [String] {
        var plain = ""
        var inside: Character?
        for ch in text {
            if let close = inside {
                if ch == close { inside = nil }
                continue
            }
            switch ch {
            case "`": inside = "`"
            case "\"": inside = "\""
            case "「": inside = "」"
            default: plain.append(ch)
            }
        }
        let words = plain.split { !($0.isASCII && $0.isLetter) && $0 != " " }
        return words.map { $0.split(separator: " ").filter { $0.count >= 2 } }
            .filter { $0.count >= 3 }.map { $0.joined(separator: " ") }
    }

    static func lexed(_ text: String) -> [Diagnostic] { lexed(Array(text.utf8)) }

    static func lexed(_ bytes: [UInt8]) -> [Diagnostic] {
        var l = Lexer(source: SourceFile(path: "t.jx", bytes: bytes), fileID: 0)
        while l.next().kind != .eof {}
        return l.diagnostics
    }

    static func expectChinese(_ ds: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
        for d in ds {
            let zh = d.localized(.zh)
            #expect(d.messageID != nil, "\(d.code) \(d.message) is not from the catalogue", sourceLocation: sourceLocation)
            for t in [zh.message, zh.label, zh.hint].compactMap({ $0 }) + zh.notes.map(\.message) {
                #expect(englishLeft(t).isEmpty, "English left in \(d.code): \(t)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theCheckFindsASentenceNotAName() {
        #expect(SyntaxCatalogueTests.englishLeft("remove it, or put the text in quotes") == ["or put the text in quotes"])
        #expect(SyntaxCatalogueTests.englishLeft("请写 `not for negation` 或 target 15个").isEmpty)
    }

    @Test func theLexersMessagesAreInChinese() {
        let ds = SyntaxCatalogueTests.lexed("indicator 甲 target 1个 actual 1个 $ ! ¶\n说明 \"a\\qb\" \"\\u{zz}\" \"未闭合\n")
            + SyntaxCatalogueTests.lexed([0x22, 0xFF, 0x22, 0x0A, 0xC4, 0xE3])
        #expect(ds.count >= 6)
        SyntaxCatalogueTests.expectChinese(ds)
        let ids = ds.compactMap(\.messageID)
        #expect(ids.contains(.lexer(.unexpectedCharacter("$"))))
        #expect(ids.contains(.lexer(.bangNotOperator)))
        #expect(ids.contains(.lexer(.unknownEscape("\\q"))))
        #expect(ids.contains(.lexer(.invalidUnicodeEscape)))
        #expect(ids.contains(.lexer(.unclosedQuote)))
        #expect(ids.contains(.lexer(.notUTF8)))
        // English stays what it was: tools and older tests read it.
        #expect(ds.contains { $0.message == "unknown escape `\\q`" && $0.hint == "use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\u{…}`" })
    }
}
