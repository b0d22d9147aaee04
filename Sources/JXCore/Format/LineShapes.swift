/// What the syntax tree tells the formatter about lines: which statements are rows of a
/// table (consecutive rows of one kind get their columns aligned), where each row's columns
/// start, and where a line must break although the script did not (the fields of an
/// indicator written in braces). Everything is keyed by byte offsets of tokens, so the
/// printer can stay a simple walk over the token stream.
struct LineShapes {
    /// Rows whose columns line up with those of neighbouring rows of the same kind.
    enum Kind: Equatable {
        /// `indicator NAME target … actual … stated …`: a column per field.
        case indicator
        /// `spent NAME AMOUNT "note"`, `allocated …`, `source NAME AMOUNT`, `stated 执行率 26%`.
        case budgetLine
        /// `red when … "message"`, `green otherwise …`, `score … when …`.
        case ruleClause
        /// `let NAME = VALUE`: the `=` signs line up.
        case constant
    }

    struct Shape {
        var kind: Kind
        /// Offsets of the tokens that start the second, third … column.
        var cellStarts: [Int]
    }

    /// Keyed by the offset of the row's first token.
    private(set) var shapes: [Int: Shape] = [:]
    /// Offsets of tokens that must start a line.
    private(set) var breaks: Set<Int> = []
    private let tokens: TokenIndex

    init(script: Script, tokens: TokenIndex) {
        self.tokens = tokens
        for s in script.statements { visit(s) }
    }

    private mutating func visit(_ s: Statement) {
        switch s {
        case .indicator(let d): indicator(d)
        case .group(let g): for t in g.body { visit(t) }
        case .scenario(let sc): for t in sc.body { visit(t) }
        case .budget(let b): budget(b)
        case .rule(let r): for c in r.clauses { clause(c) }
        case .letDecl(let l):
            if let eq = tokens.first(atOrAfter: l.name.span.end), tokens.kind(at: eq) == .assign {
                shapes[l.span.start] = Shape(kind: .constant, cellStarts: [eq])
            }
        default: break
        }
    }

    private mutating func indicator(_ d: IndicatorDecl) {
        let afterName = tokens.first(atOrAfter: d.name.span.end)
        if let a = afterName, tokens.kind(at: a) == .lbrace {
            // Written as a block: one field a line.
            breaks.formUnion(d.fieldStarts)
        } else {
            shapes[d.span.start] = Shape(kind: .indicator, cellStarts: d.fieldStarts)
        }
    }

    private mutating func budget(_ b: BudgetDecl) { lines(b.items) }

    private mutating func lines(_ items: [BudgetItem]) {
        for item in items {
            switch item {
            case .spent(let name, let amount, _), .allocated(let name, let amount, _):
                var cells = [amount.span.start]
                if let n = tokens.first(atOrAfter: amount.span.end), tokens.kind(at: n) == .string { cells.append(n) }
                row(before: name.span.start, cells)
            case .source(let d):
                source(d)
            case .stated(let c) where c.bare:
                shapes[c.span.start] = Shape(kind: .budgetLine, cellStarts: [c.valueSpan.start])
            case .stated(let c):
                row(before: c.span.start, [c.valueSpan.start])
            case .budget(let child):
                budget(child)
            case .arrived, .executed, .initial, .expected, .weight, .note:
                break
            }
        }
    }

    /// `source 财政资金 900万元 arrived 800万元 executed 600万元`: a column for the amount and
    /// one per figure, so that the 其中 rows of a table line up; in a block, its lines.
    private mutating func source(_ d: SourceDecl) {
        var cells: [Int] = []
        if let a = d.amount { cells.append(a.span.start) }
        let afterHead = tokens.first(atOrAfter: d.amount?.span.end ?? d.name.span.end)
        if let a = afterHead, tokens.kind(at: a) == .lbrace {
            lines(d.items)
        } else {
            for item in d.items { if let k = keywordStart(item) { cells.append(k) } }
        }
        row(before: d.name.span.start, cells)
    }

    /// Where a figure line of a funding source starts (its keyword).
    private func keywordStart(_ item: BudgetItem) -> Int? {
        switch item {
        case .initial(_, let s), .arrived(_, let s), .executed(_, let s), .expected(_, let s), .weight(_, let s), .note(_, let s): s.start
        case .stated(let c): c.bare ? c.span.start : tokens.last(before: c.span.start)
        case .spent, .allocated, .source, .budget: nil
        }
    }

    /// A budget line whose keyword is the token just before `offset`.
    private mutating func row(before offset: Int, _ cells: [Int]) {
        guard let k = tokens.last(before: offset) else { return }
        shapes[k] = Shape(kind: .budgetLine, cellStarts: cells)
    }

    private mutating func clause(_ c: RuleClause) {
        var cells: [Int] = []
        if let cond = c.condition {
            if let when = tokens.last(before: cond.span.start) { cells.append(when) }
        } else if let otherwise = tokens.first(atOrAfter: (c.value?.span.end ?? c.levelSpan.end)) {
            cells.append(otherwise)
        }
        if let m = c.messageSpan { cells.append(m.start) }
        shapes[c.levelSpan.start] = Shape(kind: .ruleClause, cellStarts: cells)
    }
}

/// The starts of a file's tokens in order, for "the token before / after this offset".
struct TokenIndex {
    private let starts: [Int]
    private let kinds: [TokenKind]

    init(_ tokens: [Token]) {
        starts = tokens.map(\.start)
        kinds = tokens.map(\.kind)
    }

    /// Index of the first token starting at or after `offset`.
    private func lowerBound(_ offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first token at or after `offset`, skipping none (a newline counts).
    func first(atOrAfter offset: Int) -> Int? {
        let i = lowerBound(offset)
        return i < starts.count ? starts[i] : nil
    }

    /// The last token starting before `offset`.
    func last(before offset: Int) -> Int? {
        let i = lowerBound(offset)
        return i > 0 ? starts[i - 1] : nil
    }

    func kind(at offset: Int) -> TokenKind? {
        let i = lowerBound(offset)
        return i < starts.count && starts[i] == offset ? kinds[i] : nil
    }
}
