/// A newcomer's commonest slips, each said once with what to type instead: a name with
/// punctuation or a space in it (quote it), a misspelt keyword (did you mean), a block
/// whose `}` is missing (blamed where its indentation ends).
extension Parser {
    // MARK: the script's language

    /// Counts the keyword a statement starts with, by the language it is spelt in, so that
    /// hints list keywords as this script writes them.
    mutating func countKeywordLanguage() {
        guard tok.kind == .identifier, tok.keyword != nil, tok.start < bytes.count else { return }
        if bytes[tok.start] >= 0x80 { chineseKeywords += 1 } else { englishKeywords += 1 }
    }

    /// Whether this script writes its keywords in Chinese: as most of its statements so far
    /// do, or, before any, as the word at hand is written.
    func writesChinese(_ word: String = "") -> Bool {
        if chineseKeywords + englishKeywords == 0 { return word.unicodeScalars.first.map { $0.value >= 0x80 } ?? true }
        return chineseKeywords >= englishKeywords
    }

    /// A keyword as this script would write it: its first Chinese spelling, or its English one.
    func spelled(_ k: Keyword, chinese: Bool) -> String {
        chinese ? (k.spellings.first { $0.unicodeScalars.first.map { $0.value >= 0x80 } ?? false } ?? k.canonical) : k.canonical
    }

    /// The keywords, as this script writes them, joined for a hint.
    func keywordList(_ ks: [Keyword], _ word: String = "") -> String {
        let zh = writesChinese(word)
        return ks.map { spelled($0, chinese: zh) }.joined(separator: zh ? "、" : ", ")
    }

    // MARK: did you mean

    /// The keyword among `ks` that `word` is a slip of, with the spelling it comes closest
    /// to (in either language) and its twin in the other.
    func misspelt(_ word: String, among ks: [Keyword]) -> (close: String, twin: String)? {
        guard let close = Suggest.closest(word, among: ks.flatMap(\.spellings)), let k = Keyword.named(close) else { return nil }
        let chinese = close.unicodeScalars.first.map { $0.value >= 0x80 } ?? false
        return (close, spelled(k, chinese: !chinese))
    }

    /// "did you mean `指标` (indicator)?".
    static func didYouMean(_ m: (close: String, twin: String)) -> Message {
        .syntaxHint(.didYouMeanKeyword(close: m.close, twin: m.twin))
    }

    static let statementKeywords: [Keyword] = [.indicator, .budget, .report, .declared, .letKw, .unit, .rule, .assert, .scenario, .importKw, .set, .stated, .group, .project]

    /// A word where a block expects one of `fields`: the error `expected`, hinted with the
    /// fields (`listed`, in the script's language) or the one the word is a slip of (offered
    /// as the replacement); a number there gets `afterNumber` instead, when given.
    mutating func unexpectedField(among fields: [Keyword], listed: (String) -> SyntaxHintMessage, expected: SyntaxWanted,
                                  afterNumber: SyntaxHintMessage? = nil) {
        let word = tok.kind == .identifier ? text(tok) : ""
        var hint = Message.syntaxHint(listed(keywordList(fields, word)))
        let m = misspelt(word, among: fields)
        if let m { hint = Parser.didYouMean(m) }
        let number = tok.kind == .number && afterNumber != nil
        if number, let n = afterNumber { hint = .syntaxHint(n) }
        error(.expected(expected, found: found(tok)), hint: hint, replacement: number ? nil : m?.close)
    }

    /// `indicatr 新增 target …`, `指表 …`: a line that starts with a word and goes on with
    /// another cannot be an expression; if the word is close to a statement's keyword, that
    /// is what was meant.
    mutating func misspeltStatementKeyword() -> Bool {
        guard tok.kind == .identifier, tok.keyword == nil else { return false }
        let next = peek()
        guard next.spaceBefore, next.kind == .identifier || next.kind == .string || next.kind == .number else { return false }
        let word = text(tok)
        guard let m = misspelt(word, among: Parser.statementKeywords) else { return false }
        error(.unknownKeyword(word), hint: Parser.didYouMean(m), code: .unknownKeyword, replacement: m.close)
        return true
    }

    /// `spent 工资 5万元` outside any budget: said as where it belongs.
    mutating func budgetLineOutside() -> Bool {
        guard let k = keyword(tok), [.spent, .allocated, .arrived, .executed, .initial, .source, .amount].contains(k), case let next = peek(),
              next.spaceBefore, next.kind == .identifier || next.kind == .number || next.kind == .string else { return false }
        let word = text(tok), budget = spelled(.budget, chinese: writesChinese(word))
        error(.budgetLineOutside(word: word, budget: budget), hint: .syntaxHint(.code("\(budget) 年初预算 1000万元 {\n  \(word) …\n}")))
        return true
    }

    // MARK: the tables' column names

    /// `得分 10`, `执行率 26%`, `完成率 47%`, `得分 未填`: a computed figure's name followed by a number (or a blank) is
    /// the figure as the report states it, as a table's column gives it (`stated` may be
    /// left out). A word is one only here, so names stay free.
    /// At the top or in a group (`asStatement`), `权重 50` too: a group's 权重 as its table
    /// states it (in a budget or an indicator, `权重` is the weight itself).
    mutating func bareStatedFigure(asStatement: Bool = false) -> Bool {
        guard tok.kind == .identifier, tok.keyword == nil || (asStatement && tok.keyword == .weight),
              Parser.isStatedFigureName(text(tok)) else { return false }
        let next = peek()
        return next.spaceBefore && (next.kind == .number || next.kind == .minus || keyword(next) == .blank)
    }

    /// The stated figure written without `stated` (see `bareStatedFigure`).
    mutating func parseBareStated() throws(Failure) -> StatedClaim {
        var c = try parseStatedClaim()
        c.bare = true
        return c
    }

    static func isStatedFigureName(_ word: String) -> Bool {
        Member.named(word) != nil || word == "总分" || word == "totalScore"
    }

    // MARK: names that need quotes

    /// Whether the current token continues a name written without quotes: `、`, `（`, `）`
    /// (or ASCII parentheses) right after it, with no space.
    func continuesName() -> Bool {
        guard !tok.spaceBefore else { return false }
        switch tok.kind {
        case .lparen, .rparen: return true
        case .comma: return text(tok) == "、"
        default: return false
        }
    }

    /// `驻村、管寺补助`, `安全事故（起）`: a name with punctuation in it, read whole (so the
    /// rest of the line still parses) and said once, with the quoted form to type.
    mutating func punctuatedName(_ n: Ident) -> Ident {
        guard n.span.file == fileID, continuesName() else { return n }
        var end = n.span.end
        let mark = text(tok)
        var open = 0
        // The run of words, numbers, `、` and parentheses written on without a space (a
        // keyword only inside the parentheses: `安全事故（起）target` ends before `target`).
        while tok.start == end, tok.kind == .identifier && (tok.keyword == nil || open > 0) || tok.kind == .number
                || tok.kind == .lparen || tok.kind == .rparen || (tok.kind == .comma && text(tok) == "、") {
            if tok.kind == .lparen { open += 1 } else if tok.kind == .rparen { open -= 1 }
            // A number's unit is part of it: `补助2021年`.
            end = tok.hasUnit ? tok.unitEnd : tok.end
            advance()
        }
        let written = source.text(n.span.start..<end)
        error(.namePunctuated(name: written, mark: mark), at: Span(file: fileID, start: n.span.start, end: end),
              hint: .syntaxHint(.quoteName(written)), code: .nameQuote)
        return Ident(written, Span(file: fileID, start: n.span.start, end: end))
    }

    /// `indicator 农技 培训次数 target …`: words after an indicator's name that are no field
    /// (nor a slip of one) are the rest of a name with spaces.
    mutating func spacedIndicatorName(_ n: Ident) -> Ident {
        guard n.span.file == fileID, tok.kind == .identifier, tok.keyword == nil, tok.spaceBefore, !Parser.isStatedFigureName(text(tok)),
              misspelt(text(tok), among: Parser.indicatorFields) == nil else { return n }
        var end = n.span.end
        while tok.kind == .identifier, tok.keyword == nil, !Parser.isStatedFigureName(text(tok)), misspelt(text(tok), among: Parser.indicatorFields) == nil {
            end = tok.end
            advance()
        }
        let written = source.text(n.span.start..<end)
        let at = Span(file: fileID, start: n.span.start, end: end)
        error(.nameSpaced(written), at: at, hint: .syntaxHint(.quoteOrUnspace(written)), code: .nameQuote)
        return Ident(written, at)
    }

    // MARK: a missing `}`

    /// A block of fields (an indicator's, the report header's, a rule's clauses) that meets
    /// the next statement: its `}` is missing before this line. Said once; the caller ends
    /// the block here, so the braces after still match.
    mutating func leftOpenBefore(_ what: SyntaxBlock, opened: Span) {
        guard !tooDeep else { return }
        error(.blockLeftOpenBefore(what), label: .closeBraceBeforeThisLine, hint: .syntaxHint(.closeBraceAfterLastLine(what)),
              notes: [DiagnosticNote(.syntax(.blockOpenedHere(what)), at: opened)], code: .unclosed)
    }

    /// The indentation of the line `offset` is on (a tab counts as four), and whether only
    /// blanks come before `offset` on it.
    func indentation(at offset: Int) -> (width: Int, first: Bool) {
        var i = min(offset, bytes.count)
        while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
        var w = 0, j = i
        while j < offset, bytes[j] == 0x20 || bytes[j] == 0x09 { w += bytes[j] == 0x09 ? 4 : 1; j += 1 }
        return (w, j == offset)
    }

    /// A block being read: where it opened, how far its opening line is indented, and the
    /// first line inside it indented no deeper (where its `}` was probably forgotten).
    struct OpenBlock {
        var what: SyntaxBlock
        var opened: Span
        var indent: Int
        var dedent: Span?
    }

    func openBlock(_ what: SyntaxBlock, opened: Span) -> OpenBlock {
        OpenBlock(what: what, opened: opened, indent: indentation(at: opened.start).width)
    }

    /// Before each line of a block: a line that starts no deeper than the block's opening
    /// line is where an indented block ended.
    func noteLine(_ b: inout OpenBlock) {
        guard b.dedent == nil, tok.kind != .rbrace, tok.kind != .eof else { return }
        let (w, first) = indentation(at: tok.start)
        if first, w <= b.indent, source.line(of: tok.start) != source.line(of: b.opened.start) { b.dedent = here }
    }

    /// A block closed by its `}`, after a line that ended its indentation: if a block
    /// around it is left open at the end of the file, this one's `}` was the one missing.
    mutating func closed(_ b: OpenBlock) {
        guard let d = b.dedent else { return }
        if let l = lateClose, l.opened.start > b.opened.start { return }
        lateClose = OpenBlock(what: b.what, opened: b.opened, indent: b.indent, dedent: d)
    }

    /// The end of the file inside block `b`: said once, at the block whose indentation
    /// shows where a `}` is missing (a block inside `b`, or `b` itself), else at `b`.
    mutating func unclosed(_ b: OpenBlock) {
        guard !tooDeep else { return }
        var blamed = b
        if let l = lateClose, l.opened.start > b.opened.start { blamed = l }
        guard let at = blamed.dedent else {
            error(.blockNotClosed(b.what), at: b.opened, label: .openedHere, hint: .syntaxHint(.closeBraceAtEnd))
            return
        }
        error(.blockIndentEnds(blamed.what), at: at, label: .closeBraceBeforeThisLine, hint: .syntaxHint(.closeBraceAfterLastLine(blamed.what)),
              notes: [DiagnosticNote(.syntax(.blockOpenedHere(blamed.what)), at: blamed.opened)], code: .unclosed)
    }
}
