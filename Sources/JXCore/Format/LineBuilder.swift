/// One line of formatted output before alignment.
struct FormattedLine {
    /// Brace depth: the indentation in steps of two spaces.
    var depth = 0
    /// The line continues an expression from the line above (after `+`, `and`, inside `( )`).
    var continuation = false
    /// The content, split into columns when the line is a row of a table (see `LineShapes`).
    var cells: [String] = []
    var kind: LineShapes.Kind?
    var comment: String?
    /// An empty line kept between paragraphs.
    var isBlank = false

    var isEmpty: Bool { cells.isEmpty && comment == nil && !isBlank }
    /// A comment alone on its line.
    var isCommentOnly: Bool { cells.isEmpty && comment != nil }
}

/// Walks the tokens and comments of a script and cuts them into lines. It never moves a
/// token across a line end that matters: the only line ends it adds are after `{`, around
/// `}`, for `;` and between the fields of a braced indicator, where the grammar treats a
/// line end and these as the same; the only ones it removes are extra blank lines.
/// Spaces inside a line become one, and none is added where the script had none, because
/// adjacency can matter (`6月30日`, `min(…)` against `min (…)`, `2021-06-30`).
struct LineBuilder {
    private let source: SourceFile
    private let shapes: LineShapes
    private(set) var lines: [FormattedLine] = []
    private var cur = FormattedLine()
    /// Offsets where the current row's columns start.
    private var cellStarts: [Int] = []
    private var depth = 0
    private var parens = 0
    private var lastToken: Token?
    /// The next content starts a new output line unless it is a comment on the same source line.
    private var breakPending = false
    /// A blank line was seen since the last content.
    private var blankPending = false
    /// No token or comment since the last source line end.
    private var atSourceLineStart = true
    private var continuing = false
    /// The last line ended with `{`: no blank line right after it.
    private var lastLineOpensBlock = false

    init(source: SourceFile, shapes: LineShapes) {
        self.source = source
        self.shapes = shapes
    }

    enum Element {
        case token(Token)
        case comment(Range<Int>)
        var start: Int {
            switch self {
            case .token(let t): t.start
            case .comment(let r): r.lowerBound
            }
        }
    }

    mutating func build(_ elements: [Element]) -> [FormattedLine] {
        var i = 0
        while i < elements.count {
            switch elements[i] {
            case .comment(let r):
                comment(r)
            case .token(let t):
                switch t.kind {
                case .newline: newline()
                case .eof: break
                case .semicolon:
                    // A statement separator, like a line end: the next statement gets its own
                    // line, but a comment after it stays on this one.
                    if !cur.isEmpty { breakPending = true }
                    atSourceLineStart = false
                case .lbrace:
                    if let close = emptyBlockClose(elements, after: i), case .token(let r) = elements[close] {
                        add(t, text: text(of: t) + text(of: r), spaced: true)
                        lastToken = r
                        breakPending = true
                        i = close
                    } else {
                        add(t, text: text(of: t), spaced: true)
                        depth += 1
                        breakPending = true
                    }
                case .rbrace:
                    flush()
                    depth = max(0, depth - 1)
                    blankPending = false
                    add(t, text: text(of: t), spaced: false)
                    breakPending = true
                default:
                    add(t, text: text(of: t), spaced: t.spaceBefore)
                }
            }
            i += 1
        }
        flush()
        while lines.last?.isBlank == true { lines.removeLast() }
        return lines
    }

    /// `{` followed only by line ends (or `;`) and then `}`: kept as `{}` on the line.
    private func emptyBlockClose(_ elements: [Element], after i: Int) -> Int? {
        var j = i + 1
        while j < elements.count {
            guard case .token(let t) = elements[j] else { return nil }
            if t.kind == .rbrace { return j }
            if t.kind != .newline && t.kind != .semicolon { return nil }
            j += 1
        }
        return nil
    }

    private func text(of t: Token) -> String {
        source.text(t.start..<max(t.end, t.unitEnd))
    }

    private mutating func newline() {
        if atSourceLineStart, !continuing { blankPending = true }
        flush()
        atSourceLineStart = true
    }

    private mutating func comment(_ r: Range<Int>) {
        var text = source.text(r)
        while let last = text.unicodeScalars.last, last == " " || last == "\t" || last == "\r" || Lexer.isSpace(last) {
            text.unicodeScalars.removeLast()
        }
        atSourceLineStart = false
        if !cur.isEmpty {
            cur.comment = text
        } else {
            startLine()
            cur.comment = text
            flush()
        }
    }

    /// Adds a token to the current line; `spaced`: a space before it (when not first).
    private mutating func add(_ t: Token, text: String, spaced: Bool) {
        atSourceLineStart = false
        if breakPending || shapes.breaks.contains(t.start) { flush() }
        if cur.isEmpty {
            startLine()
            if !continuing, t.kind != .rbrace, let shape = shapes.shapes[t.start] {
                cur.kind = shape.kind
                cellStarts = shape.cellStarts
            }
            cur.cells = [text]
        } else if cur.kind != nil, cellStarts.contains(t.start) {
            cur.cells.append(text)
        } else {
            cur.cells[cur.cells.count - 1] += (spaced ? " " : "") + text
        }
        switch t.kind {
        case .lparen: parens += 1
        case .rparen: parens = max(0, parens - 1)
        default: break
        }
        lastToken = t
    }

    private mutating func startLine() {
        if blankPending, !continuing, !lines.isEmpty, !lastLineOpensBlock {
            lines.append(FormattedLine(isBlank: true))
        }
        blankPending = false
        cur.depth = depth
        cur.continuation = continuing
    }

    /// Ends the current output line. Whether the next one continues an expression is
    /// decided here: after a binary operator or inside parentheses, the parser reads on.
    private mutating func flush() {
        breakPending = false
        guard !cur.isEmpty else { return }
        let continues = parens > 0 || (lastToken.map(isBinaryOperator) ?? false)
        if continues, cur.kind != nil {
            // A row broken over lines is not a row of its table any more.
            cur.cells = [cur.cells.joined(separator: " ")]
            cur.kind = nil
        }
        lines.append(cur)
        lastLineOpensBlock = lastToken?.kind == .lbrace && !cur.isCommentOnly
        cur = FormattedLine()
        cellStarts = []
        continuing = continues
    }

    private func isBinaryOperator(_ t: Token) -> Bool {
        switch t.kind {
        case .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return true
        case .identifier:
            let k = Keyword.named(source.text(t.start..<t.end))
            return k == .and || k == .or
        default: return false
        }
    }
}
