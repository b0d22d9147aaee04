import Testing
@testable import JXCore
import JXTestSupport

/// The lexer's and the parser's messages come from the catalogue (issue 15): an analyst who
/// reads Chinese sees no English sentence, and tests match what was said by its ID.
@Suite struct SyntaxCatalogueTests {
    /// Three English words in a row, outside `code`, "quotes" and 「」: a sentence left
    /// untranslated (names, units, keywords and `iconv -f GBK` stay as they are written).
    static func englishLeft(_ text: String) -> [String] {
        let words = ownWords(text).split { !($0.isASCII && $0.isLetter) && $0 != " " }
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

    static func parsed(_ text: String) -> [Diagnostic] {
        var p = Parser(source: SourceFile(path: "t.jx", text: text), fileID: 0)
        _ = p.parseScript()
        return p.diagnostics
    }

    /// Broken scripts that between them make most of the parser's messages.
    static let broken = [
        "indicator 甲 target 15个 actual\nindicator 乙 tagret 15个 actual 7个\nindicator 丙 target 15 个 actual 7个\nbudget 2021年林业资金 100万元\n}\n",
        "indicatr 新增 target 1个\nspent 工资 5万元\nindicator 驻村、管寺补助 target 1个 actual 1个\nindicator 农技 培训次数 target 1个 actual 1个\n",
        "budget 甲 100万元 {\n  预算数 100万元\n  stated 26%\n  note 5\n  tagret 1\n}\nsource 乙 arrived 1万元 tagret 2万元\n",
        "report 报告 {\n  year 20210\n  node 2021-13-01\n}\ndeclared 四级 3\ndeclared 一级 x\ndeclared\n",
        "let 甲 5\nrule 乙 for each 分组 { red when 1 > 0 }\nrule 丙 { purple when 1 > 0\n  red 1 > 0\n}\nrule 丁 5\n",
        "indicator 甲 target ≥20公顷以上 actual 1公顷 prorate maybe grade 5\nindicator 乙 target 1个 actual (1个 deadline 2021-02-30\n",
        "indicator 丙 { target 1个\n  actual 1个\nbudget 乙 1万元\nscenario 丁 5\nimport 5\nx + 1\nf(1,000)\n1，000万元 + 0.0000000000000000000000000000000000000001\n",
        "stated 5\nproject 甲 5\n分组 { indicator 乙 target 1个 actual 1个 \n",
        "indicator 甲 target 1个 actual 1个 note 5 deadline 2021年2月30日 cause\nindicator 乙 target 1个 actual 1个 6月0日\nindicator 丙 target 1个 actual 1个 stated 得分 x\n",
    ]

    @Test func theParsersMessagesAreInChinese() {
        var ids: [Message] = []
        for script in SyntaxCatalogueTests.broken {
            let ds = SyntaxCatalogueTests.parsed(script)
            SyntaxCatalogueTests.expectChinese(ds)
            ids += ds.compactMap(\.messageID) + ds.compactMap(\.hintID)
        }
        // Enough kinds of message that the check says something.
        #expect(Set(ids).count >= 30, "\(Set(ids).count) kinds of message")
        #expect(ids.contains(.syntax(.expected(.budgetName, found: .written("2021年林业资金")))))
        #expect(ids.contains(.syntax(.strayCloseBrace)))
        #expect(ids.contains(.syntax(.unknownKeyword("indicatr"))))
        #expect(ids.contains(.syntax(.namePunctuated(name: "驻村、管寺补助", mark: "、"))))
        #expect(ids.contains(.syntax(.nameSpaced("农技 培训次数"))))
        #expect(ids.contains(.syntax(.amountTwice("甲"))))
        #expect(ids.contains(.syntaxHint(.unitAfterNumber)))
    }

    @Test func anExpectedThingReadsAsTheAnalystWouldSayIt() {
        let ds = SyntaxCatalogueTests.parsed("indicator 甲 target 15个 actual\n")
        #expect(ds.first?.localized(.zh).message == "这里要一个值，这一行却已结束")
        #expect(ds.first?.message == "expected a value, found the end of the line")
        #expect(ds.first?.localized(.zh).hint == "这一行结束得太早：把值写上")
    }

    /// The Chinese hint of a rule is a rule to copy: it parses, with its one clause.
    @Test func theRuleExampleInChineseIsARule() throws {
        guard case .ruleExample = SyntaxHintMessage.ruleExample("乙") else { return }
        let zh = SyntaxHintMessage.ruleExample("乙").text.zh
        let code = try #require(zh.split(separator: "\n", maxSplits: 1).last.map(String.init))
        var p = Parser(source: SourceFile(path: "t.jx", text: code + "\n"), fileID: 0)
        let script = p.parseScript()
        #expect(p.diagnostics.isEmpty, "\(p.diagnostics.map(\.message))")
        guard case .rule(let r)? = script.statements.first else { Issue.record("not a rule: \(code)"); return }
        #expect(r.subject == .budget && r.clauses.count == 1 && r.clauses.first?.level == .red)
        let en = SyntaxCatalogueTests.parsed(SyntaxHintMessage.ruleExample("乙").text.en + "\n")
        #expect(en.isEmpty)
    }
}
