/// Scans UTF-8 bytes into tokens, on demand (the parser pulls one at a time, so a
/// 50 MB file never holds all its tokens at once). ASCII is handled byte by byte; a
/// non-ASCII scalar is decoded only to decide whether it is full-width punctuation
/// (`％ ： ， （ ） ＞ ＜ ≥ ≤`), a quote (“ ”), a space (U+3000) or part of a name.
public struct Lexer {
    public let source: SourceFile
    public let fileID: Int
    private let bytes: [UInt8]
    /// A view of `bytes`, read in the hot loops without a bounds check per byte (every read
    /// is guarded by `pos < bytes.count` or the like; debug builds still check). Valid for
    /// the lexer's life: the array is immutable and the lexer holds it.
    private let p: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var sawSpace = false
    public private(set) var diagnostics: [Diagnostic] = []
    /// Diagnostics past `Lexer.diagnosticLimit`, counted but not kept: random bytes give an
    /// error every few bytes, and a 100 MB file of them must not hold millions of messages.
    public private(set) var dropped = 0
    public static let diagnosticLimit = 100_000

    private mutating func report(_ d: Diagnostic) {
        if diagnostics.count < Lexer.diagnosticLimit { diagnostics.append(d) } else { dropped += 1 }
    }
    /// Comments with their byte ranges, kept for the formatter.
    public private(set) var comments: [Range<Int>] = []
    public var keepComments = false
    /// The decoded values of quoted texts, by `Token.stringIndex`.
    public private(set) var strings: [String] = []

    /// The decoded value of a quoted text token (escapes resolved), or nil for another token.
    public func string(of t: Token) -> String? {
        t.stringIndex >= 0 && Int(t.stringIndex) < strings.count ? strings[Int(t.stringIndex)] : nil
    }

    private mutating func keep(_ value: [UInt8], in t: inout Token) {
        t.stringIndex = Int32(truncatingIfNeeded: strings.count)
        strings.append(String(decoding: value, as: UTF8.self))
    }

    public init(source: SourceFile, fileID: Int) {
        self.init(source: source, fileID: fileID, from: 0)
    }

    /// A lexer that starts at byte `start` (a line start), for parsing a part of a file.
    init(source: SourceFile, fileID: Int, from start: Int) {
        self.source = source
        self.fileID = fileID
        self.bytes = source.bytes
        p = source.bytes.withUnsafeBufferPointer { $0 }
        pos = start
        // A UTF-8 byte order mark is not part of the script.
        if start == 0, bytes.count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { pos = 3 }
    }

    private func span(_ s: Int, _ e: Int) -> Span { Span(file: fileID, start: s, end: e) }

    /// Decodes the scalar at `i`: (scalar, length), or nil with length 1 for invalid UTF-8.
    @inline(__always)
    func scalar(at i: Int) -> (Unicode.Scalar?, Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var need = 0
        var v: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { need = 1; v = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { need = 2; v = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { need = 3; v = UInt32(b0 & 0x07) }
        else { return (nil, 1) }
        guard i + need < bytes.count else { return (nil, 1) }
        for k in 1...need {
            let b = p[i + k]
            guard b & 0xC0 == 0x80 else { return (nil, 1) }
            v = v << 6 | UInt32(b & 0x3F)
        }
        // Reject overlong forms and surrogates.
        let minimum: UInt32 = need == 1 ? 0x80 : (need == 2 ? 0x800 : 0x10000)
        guard v >= minimum, let s = Unicode.Scalar(v) else { return (nil, 1) }
        return (s, need + 1)
    }

    /// Full-width and mathematical punctuation that stands for an ASCII token.
    static func punctuation(_ s: Unicode.Scalar) -> TokenKind? {
        switch s.value {
        case 0xFF1A: .colon            // ：
        case 0xFF0C, 0x3001: .comma    // ， 、
        case 0xFF08: .lparen           // （
        case 0xFF09: .rparen           // ）
        case 0xFF5B: .lbrace           // ｛
        case 0xFF5D: .rbrace           // ｝
        case 0xFF3B: .lbracket         // ［
        case 0xFF3D: .rbracket         // ］
        case 0xFF1E: .greater          // ＞
        case 0xFF1C: .less             // ＜
        case 0x2265, 0x2267: .greaterEqual // ≥ ≧
        case 0x2264, 0x2266: .lessEqual    // ≤ ≦
        case 0xFF1D: .assign           // ＝
        case 0x2260: .notEqual         // ≠
        case 0x00B1: .plusMinus        // ±
        case 0xFF1B: .semicolon        // ；
        case 0xFF0B: .plus             // ＋
        case 0xFF0D, 0x2212: .minus    // － −
        case 0xFF0A, 0x00D7: .star     // ＊ ×
        case 0xFF0F, 0x00F7: .slash    // ／ ÷
        case 0xFF0E: .dot              // ．
        default: nil
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x3000 || s.value == 0xA0 || s.value == 0xFEFF || s.value == 0x2002 || s.value == 0x2003
    }

    /// Whether a non-ASCII scalar can be part of a name.
    static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        if punctuation(s) != nil || isSpace(s) { return false }
        switch s.value {
        case 0x201C, 0x201D, 0x2018, 0x2019, 0xFF05, 0x2030, 0x3002: return false // quotes, ％, ‰, 。
        default: return s.value >= 0x80
        }
    }

    @inline(__always) static func isASCIINameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Continues from `offset` (a token boundary on the current line, past what the parser
    /// read by itself; see `Parser.parsePlainLine`).
    mutating func skip(to offset: Int) {
        pos = Swift.min(Swift.max(pos, offset), bytes.count)
    }

    public mutating func next() -> Token {
        sawSpace = false
        // Blanks, the commonest bytes between tokens, skipped with the position in a local.
        var i = pos
        while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D { i += 1 }
        if i > pos { pos = i; sawSpace = true }
        while pos < bytes.count {
            let b = p[pos]
            if b == 0x20 || b == 0x09 || b == 0x0D { pos += 1; sawSpace = true; continue }
            if b == 0x23 { // '#': comment to end of line
                let s = pos
                while pos < bytes.count, p[pos] != 0x0A { pos += 1 }
                if keepComments { comments.append(s..<pos) }
                sawSpace = true
                continue
            }
            if b >= 0x80, !isCJKIdeograph(at: pos) {
                let (sc, len) = scalar(at: pos)
                if let sc, Lexer.isSpace(sc) { pos += len; sawSpace = true; continue }
            }
            break
        }
        guard pos < bytes.count else { return Token(kind: .eof, start: bytes.count, end: bytes.count, spaceBefore: sawSpace) }
        let start = pos
        let b = p[pos]
        var tok: Token
        switch b {
        case 0x0A: pos += 1; tok = Token(kind: .newline, start: start, end: pos)
        case 0x30...0x39: tok = lexNumber()
        case 0x22: tok = lexString(close: [0x22], escapes: true)
        case 0x7B: pos += 1; tok = Token(kind: .lbrace, start: start, end: pos)
        case 0x7D: pos += 1; tok = Token(kind: .rbrace, start: start, end: pos)
        case 0x28: pos += 1; tok = Token(kind: .lparen, start: start, end: pos)
        case 0x29: pos += 1; tok = Token(kind: .rparen, start: start, end: pos)
        case 0x5B: pos += 1; tok = Token(kind: .lbracket, start: start, end: pos)
        case 0x5D: pos += 1; tok = Token(kind: .rbracket, start: start, end: pos)
        case 0x2E: pos += 1; tok = Token(kind: .dot, start: start, end: pos)
        case 0x2C: pos += 1; tok = Token(kind: .comma, start: start, end: pos)
        case 0x3A: pos += 1; tok = Token(kind: .colon, start: start, end: pos)
        case 0x3B: pos += 1; tok = Token(kind: .semicolon, start: start, end: pos)
        case 0x2B: pos += 1; tok = Token(kind: .plus, start: start, end: pos)
        case 0x2D: pos += 1; tok = Token(kind: .minus, start: start, end: pos)
        case 0x2A: pos += 1; tok = Token(kind: .star, start: start, end: pos)
        case 0x2F: pos += 1; tok = Token(kind: .slash, start: start, end: pos)
        case 0x3D:
            pos += 1
            if pos < bytes.count, p[pos] == 0x3D { pos += 1; tok = Token(kind: .equal, start: start, end: pos) }
            else { tok = Token(kind: .assign, start: start, end: pos) }
        case 0x21:
            pos += 1
            if pos < bytes.count, p[pos] == 0x3D { pos += 1; tok = Token(kind: .notEqual, start: start, end: pos) }
            else { tok = invalid(start, .bangNotOperator, hint: .bangHint) }
        case 0x3C:
            pos += 1
            if pos < bytes.count, p[pos] == 0x3D { pos += 1; tok = Token(kind: .lessEqual, start: start, end: pos) }
            else { tok = Token(kind: .less, start: start, end: pos) }
        case 0x3E:
            pos += 1
            if pos < bytes.count, p[pos] == 0x3D { pos += 1; tok = Token(kind: .greaterEqual, start: start, end: pos) }
            else { tok = Token(kind: .greater, start: start, end: pos) }
        default:
            if Lexer.isASCIINameStart(b) || isCJKIdeograph(at: pos) { tok = lexName() }
            else if b < 0x80 {
                pos += 1
                tok = invalid(start, .unexpectedCharacter(String(Character(Unicode.Scalar(b)))), hint: .removeOrQuoteHint)
            } else {
                let (sc, len) = scalar(at: pos)
                if let sc {
                    if Lexer.isWideDigit(sc) { tok = lexWideNumber() }
                    else if let k = Lexer.punctuation(sc) { pos += len; tok = Token(kind: k, start: start, end: pos) }
                    else if sc.value == 0x201C { tok = lexString(close: [0xE2, 0x80, 0x9D], escapes: false) }
                    else if Lexer.isNameScalar(sc) { tok = lexName() }
                    else {
                        pos += len
                        tok = invalid(start, .unexpectedCharacter(String(Character(sc))), hint: .percentOrQuoteHint)
                    }
                } else {
                    // Skip the whole run of bad bytes, and say so once.
                    while pos < bytes.count, p[pos] >= 0x80, scalar(at: pos).0 == nil { pos += 1 }
                    tok = invalid(start, .notUTF8, hint: .saveAsUTF8FromGBKHint)
                }
            }
        }
        tok.spaceBefore = sawSpace
        return tok
    }

    private mutating func invalid(_ start: Int, _ message: LexerMessage, hint: LexerMessage) -> Token {
        report(Diagnostic(.error, .lex, .lexer(message), at: span(start, max(pos, start + 1)), hint: .lexer(hint)))
        return Token(kind: .invalid, start: start, end: pos)
    }

    /// Whether a CJK ideograph U+3400–U+9FFF (E3 90 80 … E9 BF BF) starts at `i`: part of
    /// a name or a unit, never punctuation or space, so it needs no decoding.
    @inline(__always)
    func isCJKIdeograph(at i: Int) -> Bool {
        ByteText.isIdeograph(p, i, bytes.count)
    }

    private mutating func lexName() -> Token {
        let start = pos
        var plain = true
        // The position in a local (the loop runs per byte; `self.pos` would be stored each time).
        let p = self.p, n = p.count
        var i = pos
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if Lexer.isASCIINameStart(b) || Lexer.isDigit(b) { i += 1; continue }
                // `·` inside a transliterated name arrives as non-ASCII; ASCII stops here.
                break
            }
            // Fast path: a CJK ideograph U+3400–U+9FFF is always part of a name.
            if ByteText.isIdeograph(p, i, n) {
                i += 3
                continue
            }
            let (sc, len) = scalar(at: i)
            guard let sc, Lexer.isNameScalar(sc) else { break }
            plain = false
            i += len
        }
        pos = i
        var t = Token(kind: .identifier, start: start, end: pos)
        // Plain words (ASCII, CJK) by their bytes; anything else as a `String`, whose
        // equality is canonical equivalence: the same answer as `Keyword.named`.
        t.keyword = plain ? Keyword.byteTable.lookup(p, start, pos) : Keyword.named(String(decoding: p[start..<pos], as: UTF8.self))
        return t
    }


    /// `1,493.25万元`: the number as `DecimalReader` reads it (thousands groups of exactly
    /// three, a fraction), then the unit written right after it (letters up to the next
    /// digit, space or punctuation, or `%`). Its value is the parser's to read.
    private mutating func lexNumber() -> Token {
        let start = pos
        var none = NoDigits()
        pos = DecimalReader.read(p, from: pos, to: p.count, into: &none).end
        // `98．5%`: a full-width point typed between ASCII digits is the decimal point.
        if pos + 3 < p.count, p[pos] == 0xEF, p[pos + 1] == 0xBC, p[pos + 2] == 0x8E, Lexer.isDigit(p[pos + 3]) || isWideDigit(at: pos + 3),
           !p[start..<pos].contains(0x2E) {
            pos = start
            return lexWideNumber()
        }
        return unitAfterNumber(start)
    }

    func isWideDigit(at i: Int) -> Bool {
        let (s, _) = scalar(at: i)
        return s.map(Lexer.isWideDigit) ?? false
    }

    /// ０–９, the digits of a Chinese input method's full-width mode.
    static func isWideDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0xFF10 && s.value <= 0xFF19 }

    /// `４５０亩`, `９８．５％`: full-width digits and point are digits, as typed with a Chinese
    /// input method in full-width mode; the parser reads the value from their ASCII twins.
    private mutating func lexWideNumber() -> Token {
        let start = pos
        var sawPoint = false
        while pos < bytes.count {
            if Lexer.isDigit(p[pos]) { pos += 1; continue }
            let (sc, len) = scalar(at: pos)
            guard let sc else { break }
            if Lexer.isWideDigit(sc) { pos += len; continue }
            // A point between digits: `．` or `.`.
            if !sawPoint, sc.value == 0xFF0E || sc.value == 0x2E, pos + len < bytes.count {
                let (next, _) = scalar(at: pos + len)
                if let next, Lexer.isWideDigit(next) || (next.value >= 0x30 && next.value <= 0x39) { sawPoint = true; pos += len; continue }
            }
            break
        }
        return unitAfterNumber(start)
    }

    /// The number token from `start` to here, with the unit written right after it.
    private mutating func unitAfterNumber(_ start: Int) -> Token {
        var tok = Token(kind: .number, start: start, end: pos)
        let us = pos
        if pos < bytes.count {
            let b = p[pos]
            if b == 0x25 { pos += 1; takeComparatorSuffix() }
            else if isCJKIdeograph(at: pos) { lexUnitRun() }
            else if b >= 0x80 {
                let (sc, len) = scalar(at: pos)
                if let sc, sc.value == 0xFF05 || sc.value == 0x2030 { pos += len; takeComparatorSuffix() }
                else if let sc, Lexer.isNameScalar(sc) { lexUnitRun() }
            } else if Lexer.isASCIINameStart(b) { lexUnitRun() }
        }
        tok.unitStart = us
        tok.unitEnd = pos
        return tok
    }

    /// `98%以上`: a comparator written after a percent sign belongs to the unit, as it does
    /// after a word unit (`20公顷以上`); the parser turns it into `≥`.
    private mutating func takeComparatorSuffix() {
        for suffix in Lexer.comparatorSuffixes where bytes.count - pos >= suffix.count {
            if p[pos..<(pos + suffix.count)].elementsEqual(suffix) { pos += suffix.count; return }
        }
    }

    static let comparatorSuffixes: [[UInt8]] = ["及以上", "及以下", "以上", "以下", "以内"].map { Array($0.utf8) }

    private mutating func lexUnitRun() {
        while pos < bytes.count {
            let b = p[pos]
            if b < 0x80 {
                if Lexer.isASCIINameStart(b) { pos += 1; continue }
                break
            }
            if isCJKIdeograph(at: pos) { pos += 3; continue }
            let (sc, len) = scalar(at: pos)
            guard let sc, Lexer.isNameScalar(sc) else { break }
            pos += len
        }
    }

    /// A quoted text. `"…"` takes escapes (`\"` `\\` `\n` `\t` `\u{…}`); “…” takes none.
    /// An unclosed quote ends at the line end, so one slip costs one diagnostic, not the file.
    private mutating func lexString(close: [UInt8], escapes: Bool) -> Token {
        let start = pos
        pos += escapes ? 1 : 3
        var value: [UInt8] = []
        while pos < bytes.count {
            let b = p[pos]
            if b == 0x0A { break }
            if close.count == 1, b == close[0] {
                pos += 1
                var t = Token(kind: .string, start: start, end: pos)
                keep(value, in: &t)
                return t
            }
            if close.count == 3, pos + 2 < bytes.count, p[pos] == close[0], p[pos + 1] == close[1], p[pos + 2] == close[2] {
                pos += 3
                var t = Token(kind: .string, start: start, end: pos)
                keep(value, in: &t)
                return t
            }
            if escapes, b == 0x5C, pos + 1 < bytes.count {
                let e = p[pos + 1]
                switch e {
                case 0x6E: value.append(0x0A); pos += 2
                case 0x74: value.append(0x09); pos += 2
                case 0x22, 0x5C: value.append(e); pos += 2
                case 0x75 where pos + 2 < bytes.count && p[pos + 2] == 0x7B:
                    var j = pos + 3
                    var v: UInt32 = 0
                    var ok = false
                    while j < bytes.count, j < pos + 12 {
                        let h = p[j]
                        if h == 0x7D { ok = true; break }
                        guard let d = Lexer.hexValue(h) else { break }
                        v = v &* 16 &+ UInt32(d)
                        j += 1
                    }
                    if ok, let s = Unicode.Scalar(v) {
                        value.append(contentsOf: Array(String(Character(s)).utf8))
                        pos = j + 1
                    } else {
                        report(Diagnostic(.error, .lex, .lexer(.invalidUnicodeEscape), at: span(pos, min(j + 1, bytes.count)), hint: .lexer(.unicodeEscapeHint)))
                        pos = min(j + 1, bytes.count)
                    }
                default:
                    report(Diagnostic(.error, .lex, .lexer(.unknownEscape("\\" + String(Character(Unicode.Scalar(e))))), at: span(pos, pos + 2), hint: .lexer(.knownEscapesHint)))
                    pos += 2
                }
                continue
            }
            if b >= 0x80 {
                let (sc, len) = scalar(at: pos)
                if sc == nil {
                    report(Diagnostic(.error, .lex, .lexer(.notUTF8), at: span(pos, pos + 1), hint: .lexer(.saveAsUTF8Hint)))
                    pos += 1
                    while pos < bytes.count, p[pos] >= 0x80, scalar(at: pos).0 == nil { pos += 1 }
                    continue
                }
                value.append(contentsOf: p[pos..<(pos + len)])
                pos += len
                continue
            }
            value.append(b)
            pos += 1
        }
        report(Diagnostic(.error, .unclosedQuote, .lexer(.unclosedQuote), at: span(start, pos), label: .lexer(.quoteOpenedHere), hint: .lexer(.closeQuoteHint)))
        var t = Token(kind: .string, start: start, end: pos)
        keep(value, in: &t)
        return t
    }

    static func hexValue(_ h: UInt8) -> UInt8? {
        switch h {
        case 0x30...0x39: h - 0x30
        case 0x41...0x46: h - 0x41 + 10
        case 0x61...0x66: h - 0x61 + 10
        default: nil
        }
    }
}
