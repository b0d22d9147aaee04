public enum TokenKind: UInt8, Sendable {
    case identifier, number, string, newline, eof
    case lbrace, rbrace, lparen, rparen, lbracket, rbracket
    case dot, comma, colon, semicolon
    case plus, minus, star, slash, plusMinus
    case assign, equal, notEqual, less, lessEqual, greater, greaterEqual
    /// Bytes the lexer could not make sense of; it has already reported them.
    case invalid
}

/// A token is a kind and a byte range; text is sliced from the source only when needed.
/// A number carries the unit written right after it (`450亩`, `98％`), if any.
public struct Token: Sendable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int
    /// For numbers: the byte range of the unit written right after the digits (empty if none).
    public var unitStart: Int = 0
    public var unitEnd: Int = 0
    /// Whether whitespace or a comment came before this token on the same line.
    public var spaceBefore = false
    /// For strings: where the lexer keeps the decoded value (`Lexer.string(of:)`), so that
    /// a token stays plain data, copied without reference counting.
    public var stringIndex: Int32 = -1
    /// For identifiers: the keyword this word spells, if any (keywords are contextual: the
    /// parser decides whether it is one here). Found once by the lexer, from the bytes.
    public var keyword: Keyword? = nil

    public var hasUnit: Bool { unitEnd > unitStart }
}

extension TokenKind {
    public var display: String {
        switch self {
        case .identifier: "a name"
        case .number: "a number"
        case .string: "a quoted text"
        case .newline: "the end of the line"
        case .eof: "the end of the file"
        case .lbrace: "`{`"
        case .rbrace: "`}`"
        case .lparen: "`(`"
        case .rparen: "`)`"
        case .lbracket: "`[`"
        case .rbracket: "`]`"
        case .dot: "`.`"
        case .comma: "`,`"
        case .colon: "`:`"
        case .semicolon: "`;`"
        case .plus: "`+`"
        case .minus: "`-`"
        case .star: "`*`"
        case .slash: "`/`"
        case .plusMinus: "`±`"
        case .assign: "`=`"
        case .equal: "`==`"
        case .notEqual: "`!=`"
        case .less: "`<`"
        case .lessEqual: "`<=`"
        case .greater: "`>`"
        case .greaterEqual: "`>=`"
        case .invalid: "an invalid character"
        }
    }
}
