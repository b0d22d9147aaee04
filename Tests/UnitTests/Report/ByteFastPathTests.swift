import Testing
@testable import JXCore

/// The reports' byte-level fast paths give exactly what the character-by-character ways gave.
@Suite struct ByteFastPathTests {
    @Test func markupWritesNumbersAsStringDoes() {
        for n in [0, 7, -7, 10, 1_000_000, -987_654_321, Int.max, Int.min] {
            let m: Markup = "x=\"\(n)\""
            #expect(m.text == "x=\"\(String(n))\"")
        }
        var s: Markup = "<a>"
        s.add("名称&")
        s += "</a>"
        #expect(s.text == "<a>名称&</a>")
    }

    @Test func escapingPassesPlainTextThroughAndEscapesTheRest() {
        for plain in ["新增建设用地报批", "450亩", "执行率 45.00%", "≥98%", ""] {
            #expect(HTML.escape(plain) == plain)
            #expect(MarkdownReport.escape(plain) == plain)
        }
        #expect(HTML.escape("甲<乙>\"丙\"'丁'&") == "甲&lt;乙&gt;&quot;丙&quot;&#39;丁&#39;&amp;")
        #expect(HTML.escape("行\u{85}尾") == "行\\u{85}尾")
        #expect(HTML.escape("方向\u{202E}反") == "方向\\u{202E}反")
        #expect(MarkdownReport.escape("产出#1 [a] ~b~ `c`") == "产出\\#1 \\[a\\] \\~b\\~ \\`c\\`")
        #expect(MarkdownReport.escape("甲\r\n乙") == "甲 乙")
    }

    @Test func chineseSpacingByBytesAgreesWithCharacters() {
        #expect(ChineseReport.spacedPlain("450亩") == "450 亩")
        #expect(ChineseReport.spacedPlain("第3批12户") == "第 3 批 12 户")
        #expect(ChineseReport.spacedPlain("abc") == "abc")
        // Not plain: the character-by-character way decides.
        #expect(ChineseReport.spacedPlain("≥98%") == nil)
        #expect(ChineseReport.spacedPlain("3\r\n亩") == nil)
        #expect(ChineseReport.spaced("３亩，12月") == "３亩，12 月")
    }

    @Test func headingsAreFoundByBytesAsByCharacters() {
        let text = "# 标题\n正文 #不是标题\n## （三）甲\n\n## （五）乙\n#\u{20E3} 不是标题\n尾"
        #expect(ChineseReport.renumbered(text) == "# 标题\n正文 #不是标题\n## （一）甲\n\n## （二）乙\n#\u{20E3} 不是标题\n尾")
        #expect(ChineseReport.unmarked(text) == "标题\n正文 #不是标题\n（三）甲\n\n（五）乙\n#\u{20E3} 不是标题\n尾")
        // `\r\n` is one character and no line break for the characters' way: kept so.
        #expect(ChineseReport.unmarked("# 甲\r\n# 乙\n# 丙") == "甲\r\n# 乙\n丙")
        #expect(ByteText.contains("甲\r\n乙", 0x0D))
        #expect(!ByteText.contains("甲\n乙", 0x0D))
        #expect(!ByteText.contains("", 0x0A))
    }

    /// The escapers' fast paths copy a string with nothing to escape whole; the rest is
    /// escaped as before: full-width punctuation (EF BC …) and `≥` (E2 89 A5) are text,
    /// U+FFFE and a line separator are not.
    @Test func escapersCopyPlainTextAndEscapeTheRest() {
        #expect(XMLText.escape("全角，（）≥98%") == "全角，（）≥98%")
        #expect(XMLText.escape("a&b<c>\"\u{1}d\u{FFFE}\u{FFFF}\te\n") == "a&amp;b&lt;c&gt;&quot;\u{FFFD}d\u{FFFD}\u{FFFD}\te\n")
        #expect(JSON.string("≥98%，¥").render() == "\"≥98%，¥\"")
        #expect(JSON.string("a\"b\\c\u{1}\u{85}\u{2028}≥").render() == "\"a\\\"b\\\\c\\u0001\\u0085\\u2028≥\"")
    }
}
