/// What the lexer says of characters it cannot read.
public enum LexerMessage: Sendable, Hashable {
    case bangNotOperator
    case bangHint
    /// The character as the script has it (a control character is escaped by the renderer).
    case unexpectedCharacter(String)
    case removeOrQuoteHint
    case percentOrQuoteHint
    case notUTF8
    case saveAsUTF8FromGBKHint
    case saveAsUTF8Hint
    case invalidUnicodeEscape
    case unicodeEscapeHint
    /// The escape as written, backslash included: `\q`.
    case unknownEscape(String)
    case knownEscapesHint
    case unclosedQuote
    case quoteOpenedHere
    case closeQuoteHint

    public var text: Bilingual {
        switch self {
        case .bangNotOperator:
            Bilingual(zh: "这里不能单独写 `!`", en: "`!` is not an operator here")
        case .bangHint:
            Bilingual(zh: "表示「不成立」请写 `not`（或 `非`），表示「不等于」请写 `!=`",
                      en: "write `not` for negation or `!=` for not-equal")
        case .unexpectedCharacter(let c):
            Bilingual(zh: "这里不能出现字符 `\(c)`", en: "unexpected character `\(c)`")
        case .removeOrQuoteHint:
            Bilingual(zh: "删掉它；如果是一段文字，请放在引号里", en: "remove it, or put the text in quotes")
        case .percentOrQuoteHint:
            Bilingual(zh: "百分号紧跟在数字后面写，如 `98%`；其他文字请放在引号里",
                      en: "a percent sign goes right after a number, like `98%`; other text belongs in quotes")
        case .notUTF8:
            Bilingual(zh: "文件这里不是 UTF-8 编码的文字", en: "the file is not valid UTF-8 here")
        case .saveAsUTF8FromGBKHint:
            Bilingual(zh: "请把脚本另存为 UTF-8 编码（GBK 编码的文件要先转换，如 `iconv -f GBK -t UTF-8`）",
                      en: "save the script as UTF-8 (GBK files must be converted, e.g. `iconv -f GBK -t UTF-8`)")
        case .saveAsUTF8Hint:
            Bilingual(zh: "请把脚本另存为 UTF-8 编码", en: "save the script as UTF-8")
        case .invalidUnicodeEscape:
            Bilingual(zh: "`\\u{…}` 写得不对", en: "invalid `\\u{…}` escape")
        case .unicodeEscapeHint:
            Bilingual(zh: "花括号里写字符的十六进制 Unicode 编号，如 `\\u{4E2D}`（即「中」）",
                      en: "write hexadecimal digits of a Unicode scalar, like `\\u{4E2D}`")
        case .unknownEscape(let e):
            Bilingual(zh: "引号里的 `\(e)` 不是能用的转义写法", en: "unknown escape `\(e)`")
        case .knownEscapesHint:
            Bilingual(zh: "能用的有 `\\\"`、`\\\\`、`\\n`、`\\t` 和 `\\u{…}`；要写反斜杠本身，请写 `\\\\`",
                      en: "use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\u{…}`")
        case .unclosedQuote:
            Bilingual(zh: "这段引号里的文字没有结束的引号", en: "this quoted text is not closed")
        case .quoteOpenedHere:
            Bilingual(zh: "引号从这里开始", en: "opened here")
        case .closeQuoteHint:
            Bilingual(zh: "在这一行结束前补上结束的引号", en: "add the closing quote before the end of the line")
        }
    }
}
