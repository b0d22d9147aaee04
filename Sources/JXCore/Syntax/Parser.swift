/// A recursive-descent parser with error recovery: a statement that does not parse is
/// reported and skipped to the end of its line (keeping braces balanced), so one run
/// reports every syntax error of a file, not only the first.
public struct Parser {
    var lexer: Lexer
    var tok: Token
    var ahead: Token?
    let fileID: Int
    public private(set) var diagnostics: [Diagnostic] = []
    /// Syntax errors past the limit (as the lexer's; see `Lexer.dropped`), counted.
    var dropped = 0
    /// Nesting of braces and parentheses; deep nesting is an error, not a stack overflow.
    var depth = 0
    static let maxDepth = 200
    /// The REPL accepts bare expressions; a file does not.
    public var allowExpressions = false
    /// Units recently read, by their bytes (see `unitText`).
    var unitCache: [(bytes: [UInt8], text: String)] = []
    var unitCacheNext = 0
    /// The units this file has declared so far (`unit 株`): a unit written after a space
    /// (`450 亩`, as tables and the seed write it) is one of these or a built-in one.
    var declaredUnits: Set<String> = []
    /// The plain indicator lines read so far, made at the first (see `PlainLine`).
    var plainLines: PlainLines?
    /// The units of the last plain indicator line (an index in `plainLines`).
    var plainUnits: UInt16?
    /// Where the short way read `plainUnits` (target's and actual's unit), if it did.
    var plainUnitsAt: (target: Range<Int>, actual: Range<Int>)?

    /// How many statements so far start with a keyword spelt in Chinese, and in English
    /// (see `writesChinese`).
    var chineseKeywords = 0, englishKeywords = 0
    /// The innermost block closed by its `}` after its indentation had ended (`closed`).
    var lateClose: OpenBlock?
    /// Set when nesting went past `maxDepth`: the rest of the file is skipped, and the blocks
    /// around that point are not each reported unclosed (one error, not two hundred).
    var tooDeep = false

    struct Failure: Error {}

    /// Where to stop (see `ParallelParse`): the top level reached exactly this offset.
    var stop: Int?
    /// Whether the parse ended at `stop` (else at the end of the file).
    var stoppedAtBoundary = false

    public init(source: SourceFile, fileID: Int, keepComments: Bool = false) {
        self.init(source: source, fileID: fileID, keepComments: keepComments, from: 0, to: nil)
    }

    /// A parser of the part of a file from `start` (a line start) on; with `stop`, it ends
    /// there if its top level reaches that offset between statements.
    init(source: SourceFile, fileID: Int, keepComments: Bool = false, from start: Int, to stop: Int?) {
        self.stop = stop
        lexer = Lexer(source: source, fileID: fileID, from: start)
        bytes = source.bytes
        lexer.keepComments = keepComments
        self.fileID = fileID
        tok = Token(kind: .eof, start: 0, end: 0)
        tok = lexer.next()
    }

    var source: SourceFile { lexer.source }
    /// The file's bytes, held directly: reaching them through `source` copies a struct.
    let bytes: [UInt8]

    // MARK: tokens

    mutating func advance() {
        prevEnd = tok.hasUnit ? tok.unitEnd : tok.end
        if let a = ahead { tok = a; ahead = nil } else { tok = lexer.next() }
    }

    mutating func peek() -> Token {
        if let a = ahead { return a }
        let a = lexer.next()
        ahead = a
        return a
    }

    func text(_ t: Token) -> String { String(decoding: bytes[t.start..<t.end], as: UTF8.self) }
    func span(_ t: Token) -> Span { Span(file: fileID, start: t.start, end: t.end) }
    var here: Span { span(tok) }

    func isWord(_ k: Keyword) -> Bool {
        tok.kind == .identifier && tok.keyword == k
    }

    func keyword(_ t: Token) -> Keyword? { t.kind == .identifier ? t.keyword : nil }

    mutating func skipNewlines() {
        while tok.kind == .newline || tok.kind == .semicolon { advance() }
    }

    /// A syntax error, its texts from the catalogue.
    mutating func error(_ message: SyntaxMessage, at span: Span? = nil, label: SyntaxMessage? = nil, hint: Message? = nil,
                        notes: [DiagnosticNote] = [], code: DiagnosticCode = .syntax, replacement: String? = nil) {
        // The lexer has already explained an invalid token; a second message adds nothing.
        if span == nil, tok.kind == .invalid { return }
        guard diagnostics.count < Lexer.diagnosticLimit else { dropped += 1; return }
        diagnostics.append(Diagnostic(.error, code, .syntax(message), at: span ?? here, label: label.map { .syntax($0) }, hint: hint,
                                      notes: notes, replacement: replacement))
    }

    mutating func expect(_ kind: TokenKind, _ what: SyntaxWanted, hint: Message? = nil) throws(Failure) -> Token {
        guard tok.kind == kind else {
            error(.expected(what, found: found(tok)), hint: hint)
            throw Failure()
        }
        let t = tok
        advance()
        return t
    }

    /// A token as a message names it.
    func found(_ t: Token) -> SyntaxFound {
        switch t.kind {
        case .identifier: .written(text(t))
        case .number: .written(text(t) + source.text(t.unitStart..<t.unitEnd))
        case .string: .quotedText
        case .newline: .endOfLine
        case .eof: .endOfFile
        case .invalid: .invalidCharacter
        default: .punctuation(t.kind.display)
        }
    }

    mutating func name(_ what: SyntaxWanted) throws(Failure) -> Ident {
        if tok.kind == .identifier {
            let i = Ident(text(tok), here)
            advance()
            return i
        }
        if tok.kind == .string {
            let i = Ident(lexer.string(of: tok) ?? "", here)
            advance()
            return i
        }
        var hint = SyntaxHintMessage.namesAreWords
        if tok.kind == .number { hint = .nameStartsWithDigit(text(tok) + source.text(tok.unitStart..<tok.unitEnd)) }
        error(.expected(what, found: found(tok)), hint: .syntaxHint(hint))
        throw Failure()
    }

    /// Ends a statement: a newline, `;`, the end of the file, or (without consuming it) a `}`.
    mutating func endOfStatement() throws(Failure) {
        switch tok.kind {
        case .newline, .semicolon: advance()
        case .eof, .rbrace: break
        default:
            error(.unexpectedAfterStatement(found(tok)), hint: .syntaxHint(.ownLine))
            throw Failure()
        }
    }

    /// Recovery: skip to the end of the line, keeping nested braces together and leaving
    /// a `}` that closes an enclosing block for that block.
    mutating func synchronize() {
        var braces = 0
        while tok.kind != .eof {
            switch tok.kind {
            case .lbrace: braces += 1
            case .rbrace:
                if braces == 0 { return }
                braces -= 1
                if braces == 0 { advance(); return }
            case .newline where braces == 0:
                advance()
                return
            default: break
            }
            advance()
        }
    }

    // MARK: script

    public mutating func parseScript() -> Script {
        var statements: [Statement] = []
        // A statement a line at most, usually: no regrowth for a file of a million lines.
        let first = source.line(of: tok.start)
        let last = stop.map { source.line(of: $0) } ?? source.lineStarts.count
        statements.reserveCapacity(max(0, last - first + 1))
        skipNewlines()
        while tok.kind != .eof {
            if let stop, tok.start >= stop {
                // Exactly at the boundary, between two statements of the top level: the
                // parse that starts there reads the rest the same way. Past it (inside a
                // block that spans it), this parse goes on to the end itself.
                if tok.start == stop, depth == 0, ahead == nil {
                    stoppedAtBoundary = true
                    break
                }
                self.stop = nil
            }
            if tok.kind == .rbrace {
                error(.strayCloseBrace, hint: .syntaxHint(.removeOrOpenBrace))
                advance()
                skipNewlines()
                continue
            }
            if let s = parseStatementRecovering() { statements.append(s) }
            skipNewlines()
        }
        diagnostics.append(contentsOf: lexer.diagnostics)
        diagnostics.sort { ($0.span?.start ?? 0) < ($1.span?.start ?? 0) }
        let more = dropped + lexer.dropped
        if more > 0 {
            let at = diagnostics.last?.span
            diagnostics.append(Diagnostic(.error, .tooMany, .syntax(.moreErrors(String(more))), at: at,
                                          hint: .syntaxHint(.notAScript(limit: String(Lexer.diagnosticLimit)))))
        }
        plainLines?.trim()
        return Script(fileID: fileID, statements: statements, comments: lexer.comments)
    }

    mutating func parseStatementRecovering() -> Statement? {
        do throws(Failure) {
            return try parseStatement()
        } catch {
            synchronize()
            return nil
        }
    }

    /// Statements inside `{ … }` up to the closing brace.
    mutating func parseBlock(_ what: SyntaxBlock, opened: Span) throws(Failure) -> [Statement] {
        try enter()
        defer { depth -= 1 }
        var body: [Statement] = []
        var block = openBlock(what, opened: opened)
        skipNewlines()
        while tok.kind != .rbrace {
            if tok.kind == .eof {
                unclosed(block)
                throw Failure()
            }
            noteLine(&block)
            if let s = parseStatementRecovering() { body.append(s) }
            skipNewlines()
        }
        closed(block)
        advance()
        return body
    }

    mutating func enter() throws(Failure) {
        depth += 1
        if depth > Parser.maxDepth {
            error(.nestingTooDeep(String(Parser.maxDepth)), hint: .syntaxHint(.fewLevels), code: .tooDeep)
            tooDeep = true
            // Skip the rest of the file: recovering inside a pathological nest costs more than it tells.
            while tok.kind != .eof { advance() }
            throw Failure()
        }
    }

    mutating func parseStatement() throws(Failure) -> Statement {
        let start = here
        countKeywordLanguage()
        if tok.kind == .identifier, let k = keyword(tok) {
            switch k {
            case .indicator:
                if let plain = parsePlainLine(afterKeyword: tok, start: start) {
                    try endOfStatement()
                    return .indicator(plain)
                }
                advance()
                return .indicator(try parseIndicator(start: start))
            case .budget: advance(); return .budget(try parseBudget(start: start))
            case .report: advance(); return .report(try parseReport(start: start))
            case .declared: advance(); return .declared(try parseDeclared(start: start))
            case .letKw: advance(); return .letDecl(try parseLet(start: start))
            case .unit: advance(); return .unitDecl(try parseUnit(start: start))
            case .rule: advance(); return .rule(try parseRule(start: start))
            case .assert: advance(); return .assert(try parseAssert(start: start))
            case .scenario: advance(); return .scenario(try parseScenario(start: start))
            case .importKw: advance(); return .importDecl(try parseImport(start: start))
            case .set: advance(); return .setting(try parseSetting(start: start))
            case .stated:
                advance()
                let c = try parseStatedClaim()
                guard c.member != nil else {
                    error(.sayWhichStatedTotal, at: c.span)
                    throw Failure()
                }
                try endOfStatement()
                return .stated(c)
            case .group:
                advance()
                let n = try name(.groupName)
                return .group(try parseGroupBody(name: n, start: start))
            // `项目 { … }` alone is a group named 项目; a name after the word makes a project.
            case .project where peek().kind == .identifier || peek().kind == .string:
                advance()
                let n = try name(.projectName)
                guard tok.kind == .lbrace else {
                    error(.projectNeedsBrace(n.text), hint: .syntaxHint(.example("project \(n.text) { budget … 产出 { … } }")))
                    throw Failure()
                }
                var g = try parseGroupBody(name: n, start: start)
                g.isProject = true
                return .group(g)
            default: break
            }
        }
        if tok.kind == .identifier || tok.kind == .string, peek().kind == .lbrace {
            let n = try name(.groupName)
            return .group(try parseGroupBody(name: n, start: start))
        }
        if tok.kind == .identifier || tok.kind == .string, case let next = peek(), next.kind == .identifier, next.keyword == .weight {
            let n = try name(.groupName)
            return .group(try parseGroupBody(name: n, start: start))
        }
        if tok.kind == .newline || tok.kind == .eof { throw Failure() }
        // `得分 45` in a group, `总分 92.5` at the top: a stated figure without `stated`.
        if !allowExpressions, bareStatedFigure(asStatement: true) {
            let c = try parseBareStated()
            try endOfStatement()
            return .stated(c)
        }
        if misspeltStatementKeyword() || budgetLineOutside() { throw Failure() }
        let e = try parseExpression()
        if tok.kind == .assign {
            advance()
            let value = try parseActualValue()
            let s = spanFrom(start)
            try endOfStatement()
            return .assign(AssignDecl(target: e, value: value, span: s))
        }
        if allowExpressions {
            try endOfStatement()
            return .expression(e)
        }
        let starts = keywordList([.indicator, .budget, .report, .letKw, .rule, .assert, .scenario], source.text(e.span.start..<e.span.end))
        error(.statementNotExpression, at: e.span, hint: .syntaxHint(.statementStarts(starts)))
        throw Failure()
    }

    /// End of the last consumed token, so a statement's span ends where its text does.
    var prevEnd = 0
    func spanOfLastToken() -> Span { Span(file: fileID, start: prevEnd, end: prevEnd) }
    func spanFrom(_ start: Span) -> Span { Span(file: fileID, start: start.start, end: max(start.start, prevEnd)) }

    mutating func parseGroupBody(name n: Ident, start: Span) throws(Failure) -> GroupDecl {
        var weight: Expr?
        if isWord(.weight) {
            advance()
            weight = try parseExpression()
        }
        let open = try expect(.lbrace, .openGroup(n.text))
        let body = try parseBlock(.group(n.text), opened: span(open))
        var g = GroupDecl(name: n, body: body, weight: weight, span: start.to(n.span))
        g.blockSpan = spanFrom(start)
        return g
    }
}
