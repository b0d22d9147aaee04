/// The other statements: budgets, the report header, declared counts, let, unit, rules,
/// assertions, scenarios, imports and settings.
extension Parser {
    // MARK: budget

    mutating func parseBudget(start: Span) throws(Failure) -> BudgetDecl {
        let n = punctuatedName(try name(.budgetName))
        var d = BudgetDecl(name: n, span: start)
        // `budget 年初预算 预算数 1493.25万元`: the table's column name before the amount.
        if isWord(.amount) { advance() }
        if tok.kind == .number || tok.kind == .lparen || tok.kind == .minus || isWord(.blank) { d.amount = try parseExpression() }
        if isWord(.from) {
            advance()
            d.sources.append(try name(.fundingSource))
            while tok.kind == .comma {
                advance()
                d.sources.append(try name(.fundingSource))
            }
        }
        d.span = spanFrom(start)
        if tok.kind == .lbrace {
            let open = here
            advance()
            try enter()
            defer { depth -= 1 }
            var block = openBlock(.budget(n.text), opened: open)
            skipNewlines()
            while tok.kind != .rbrace {
                if tok.kind == .eof {
                    unclosed(block)
                    throw Failure()
                }
                noteLine(&block)
                do throws(Failure) {
                    if isWord(.amount) {
                        d.amount = try parseAmountLine(of: n, given: d.amount)
                    } else {
                        d.items.append(try parseBudgetItem(of: n))
                    }
                } catch {
                    synchronize()
                }
                skipNewlines()
            }
            closed(block)
            advance()
        }
        try endOfStatement()
        return d
    }

    /// `预算数 1000万元` as a line of budget `n`: its amount, once.
    mutating func parseAmountLine(of n: Ident, given: Expr?) throws(Failure) -> Expr {
        let word = here
        advance()
        let e = try parseExpression()
        if given != nil {
            error(.amountTwice(n.text), at: word, hint: .syntaxHint(.amountOnce(n.text)), code: .duplicate)
        }
        try endOfStatement()
        return e
    }

    static let budgetFields: [Keyword] = [.initial, .arrived, .executed, .expected, .weight, .spent, .allocated, .source, .stated, .budget, .note]
    /// The figures a funding-source row prints.
    static let sourceFields: [Keyword] = [.initial, .arrived, .executed, .expected, .stated, .note]

    mutating func parseBudgetItem(of budget: Ident) throws(Failure) -> BudgetItem {
        let start = here
        if bareStatedFigure() {
            let c = try parseBareStated()
            try endOfStatement()
            return .stated(c)
        }
        guard let k = keyword(tok), Parser.budgetFields.contains(k) else {
            unexpectedField(among: Parser.budgetFields, listed: { .budgetLines($0) }, expected: .lineOfBudget(budget.text))
            throw Failure()
        }
        advance()
        let item: BudgetItem
        switch k {
        case .spent, .allocated:
            let n = punctuatedName(try name(k == .spent ? .spentOn : .allocatedTo))
            let v = try parseExpression()
            var note: String?
            if tok.kind == .string { note = lexer.string(of: tok); advance() }
            item = k == .spent ? .spent(n, v, note: note) : .allocated(n, v, note: note)
        case .source:
            item = .source(try parseSource(start: start))
        case .budget:
            return .budget(try parseBudget(start: start))
        default:
            item = try parseFigureLine(k, start: start, ofSource: false)
        }
        try endOfStatement()
        return item
    }

    /// A line a budget and a funding source share (`arrived 800万元`, `stated 执行率 26%`),
    /// its keyword `k` already read.
    mutating func parseFigureLine(_ k: Keyword, start: Span, ofSource: Bool) throws(Failure) -> BudgetItem {
        switch k {
        case .initial: return .initial(try parseExpression(), spanFrom(start))
        case .arrived: return .arrived(try parseExpression(), spanFrom(start))
        case .executed: return .executed(try parseExpression(), spanFrom(start))
        case .expected: return .expected(try parseExpression(), spanFrom(start))
        case .weight: return .weight(try parseExpression(), spanFrom(start))
        case .stated:
            let c = try parseStatedClaim()
            if c.member == nil {
                error(.sayWhichStatedBudgetFigure, at: c.span, hint: .syntaxHint(ofSource ? .sourceStates : .budgetStates))
                throw Failure()
            }
            return .stated(c)
        case .note:
            guard tok.kind == .string else { error(.expected(.quotedNote, found: found(tok))); throw Failure() }
            let item = BudgetItem.note(lexer.string(of: tok) ?? "", spanFrom(start))
            advance()
            return item
        default: throw Failure()
        }
    }

    /// `source 财政资金 900万元`, with the row's figures after it on the line
    /// (`arrived 800万元 executed 600万元`) or in a block, one a line.
    mutating func parseSource(start: Span) throws(Failure) -> SourceDecl {
        let n = punctuatedName(try name(.fundingSourceExamples))
        var d = SourceDecl(name: n, span: start)
        if isWord(.amount) { advance() }
        if tok.kind == .number || tok.kind == .lparen || tok.kind == .minus || isWord(.blank) { d.amount = try parseExpression() }
        if tok.kind == .lbrace {
            let open = here
            advance()
            try enter()
            defer { depth -= 1 }
            var block = openBlock(.source(n.text), opened: open)
            skipNewlines()
            while tok.kind != .rbrace {
                if tok.kind == .eof {
                    unclosed(block)
                    throw Failure()
                }
                noteLine(&block)
                do throws(Failure) {
                    d.items.append(try parseSourceItem(of: n))
                    try endOfStatement()
                } catch {
                    synchronize()
                }
                skipNewlines()
            }
            closed(block)
            advance()
        } else {
            // Figures on the line, as a table's row prints them; another word is a figure
            // mistyped (parseSourceItem says which were meant).
            while tok.kind == .identifier || tok.kind == .string {
                d.items.append(try parseSourceItem(of: n))
            }
        }
        d.span = spanFrom(start)
        return d
    }

    mutating func parseSourceItem(of source: Ident) throws(Failure) -> BudgetItem {
        let start = here
        if bareStatedFigure() { return .stated(try parseBareStated()) }
        guard let k = keyword(tok), Parser.sourceFields.contains(k) else {
            unexpectedField(among: Parser.sourceFields, listed: { .sourceFigures($0) }, expected: .figureOfSource(source.text))
            throw Failure()
        }
        advance()
        return try parseFigureLine(k, start: start, ofSource: true)
    }

    // MARK: report

    mutating func parseReport(start: Span) throws(Failure) -> ReportDecl {
        let title = try name(.reportTitle)
        var d = ReportDecl(title: title, settings: [], span: start)
        if tok.kind == .lbrace {
            let open = here
            advance()
            try enter()
            defer { depth -= 1 }
            skipNewlines()
            var leftOpen = false
            while tok.kind != .rbrace {
                if tok.kind == .eof {
                    error(.reportHeaderNotClosed, at: open, label: .openedHere, hint: .syntaxHint(.addCloseBrace))
                    throw Failure()
                }
                if startsStatement() {
                    leftOpenBefore(.reportHeader, opened: open)
                    leftOpen = true
                    break
                }
                do throws(Failure) {
                    let fieldStart = here
                    switch keyword(tok) {
                    case .department:
                        advance()
                        d.department = try name(.departmentName)
                    case .year:
                        advance()
                        guard tok.kind == .number, let y = Int(text(tok)), (1900...2200).contains(y) else {
                            error(.expected(.year, found: found(tok)))
                            throw Failure()
                        }
                        d.year = y
                        advance()
                    case .node:
                        advance()
                        d.node = try parseDate()
                    default:
                        let key = try name(.reportSetting)
                        let v = try parseExpression()
                        d.settings.append(SettingDecl(key: key, value: v, span: spanFrom(fieldStart)))
                    }
                    try endOfStatement()
                } catch {
                    synchronize()
                }
                skipNewlines()
            }
            if leftOpen {
                d.span = spanFrom(start)
                return d
            }
            advance()
        }
        d.span = spanFrom(start)
        try endOfStatement()
        return d
    }

    // MARK: declared counts

    mutating func parseDeclared(start: Span) throws(Failure) -> DeclaredDecl {
        var counts: [(level: Int, count: Int, span: Span)] = []
        while tok.kind == .identifier {
            let w = text(tok)
            let level: Int
            switch w {
            case "一级", "level1", "一级指标": level = 1
            case "二级", "level2", "二级指标": level = 2
            case "三级", "level3", "三级指标": level = 3
            default:
                error(.levelWord(w), hint: .syntaxHint(.example("declared 一级 3 二级 9 三级 22")))
                throw Failure()
            }
            let s = here
            advance()
            guard tok.kind == .number, !tok.hasUnit || source.text(tok.unitStart..<tok.unitEnd) == "个", let c = Int(text(tok)) else {
                error(.expected(.levelCount(w), found: found(tok)))
                throw Failure()
            }
            advance()
            counts.append((level, c, spanFrom(s)))
            if tok.kind == .comma { advance() }
        }
        if counts.isEmpty {
            error(.countsMissing, hint: .syntaxHint(.example("declared 一级 3 二级 9 三级 22")))
            throw Failure()
        }
        try endOfStatement()
        return DeclaredDecl(counts: counts, span: spanFrom(start))
    }

    // MARK: let, unit, set

    mutating func parseLet(start: Span) throws(Failure) -> LetDecl {
        let n = try name(.constantName)
        _ = try expect(.assign, .assignAfter(n.text), hint: .syntaxHint(.example("let \(n.text) = 6个月")))
        let v = try parseExpression()
        try endOfStatement()
        return LetDecl(name: n, value: v, span: spanFrom(start))
    }

    mutating func parseUnit(start: Span) throws(Failure) -> UnitDecl {
        let n = try name(.unitName)
        declaredUnits.insert(n.text)
        var d = UnitDecl(name: n, span: start)
        if tok.kind == .assign {
            advance()
            // `unit 万株 = 10000 株` or `unit 亩 = 1/15 公顷`: an expression, then the base unit.
            d.factor = try parseBinary(minPrecedence: 4)
            if tok.kind == .identifier { d.base = try name(.baseUnit) }
        }
        d.span = spanFrom(start)
        try endOfStatement()
        return d
    }

    mutating func parseSetting(start: Span) throws(Failure) -> SettingDecl {
        let key = try name(.settingName)
        if tok.kind == .assign { advance() }
        let v = try parseExpression()
        try endOfStatement()
        return SettingDecl(key: key, value: v, span: spanFrom(start))
    }

    // MARK: rule

    mutating func parseRule(start: Span) throws(Failure) -> RuleDecl {
        let n = try name(.ruleName)
        var subject = RuleSubject.report
        var scope: Ident?
        var filter: Expr?
        var overrides: Ident?
        if isWord(.overrides) {
            advance()
            overrides = try name(.overriddenRule)
        }
        if isWord(.forKw) || isWord(.each) {
            if isWord(.forKw) { advance() }
            if isWord(.each) { advance() }
            let w = try name(.ruleSubject)
            switch Keyword.named(w.text) {
            case .budget: subject = .budget
            case .indicator: subject = .indicator
            default:
                error(.ruleSubject(w.text), at: w.span, hint: .syntaxHint(.example("rule \(n.text) for each indicator in 产出 { … }")))
                throw Failure()
            }
            if isWord(.inKw) {
                advance()
                scope = try name(.group)
            }
            if isWord(.whereKw) {
                advance()
                filter = try parseExpression()
            }
        }
        let open = try expect(.lbrace, .openRule, hint: .syntaxHint(.ruleExample(n.text)))
        try enter()
        defer { depth -= 1 }
        var clauses: [RuleClause] = []
        skipNewlines()
        var leftOpen = false
        while tok.kind != .rbrace {
            if tok.kind == .eof {
                error(.ruleNotClosed(n.text), at: span(open), label: .openedHere, hint: .syntaxHint(.addCloseBrace))
                throw Failure()
            }
            if startsStatement() {
                leftOpenBefore(.rule(n.text), opened: span(open))
                leftOpen = true
                break
            }
            do throws(Failure) {
                clauses.append(try parseRuleClause())
            } catch {
                synchronize()
            }
            skipNewlines()
        }
        if !leftOpen {
            advance()
            try endOfStatement()
        }
        return RuleDecl(name: n, subject: subject, scope: scope, filter: filter, clauses: clauses, span: spanFrom(start), overrides: overrides)
    }

    mutating func parseRuleClause() throws(Failure) -> RuleClause {
        let lw = try name(.ruleLevel)
        guard let level = RuleLevel.named(lw.text) else {
            let all = RuleLevel.allCases.map(\.rawValue) + ["红", "黄", "绿", "蓝", "错误", "警告", "提示"]
            let s = Suggest.closest(lw.text, among: all)
            error(.notALevel(lw.text), at: lw.span, hint: s.map { .common(.didYouMean("`\($0)`")) } ?? .syntaxHint(.lightsAndSeverities), replacement: s)
            throw Failure()
        }
        var value: Expr?
        if level == .score { value = try parseExpression() }
        var cond: Expr?
        if isWord(.otherwise) {
            advance()
        } else if isWord(.when) {
            advance()
            cond = try parseExpression()
        } else {
            error(.expected(.whenOrOtherwise, found: found(tok)), hint: .syntaxHint(.example("\(lw.text) when 执行率 < 时间进度 * 60%")))
            throw Failure()
        }
        var msg: String?, msgSpan: Span?
        if tok.kind == .string { msg = lexer.string(of: tok); msgSpan = here; advance() }
        try endOfStatement()
        return RuleClause(level: level, levelSpan: lw.span, value: value, condition: cond, message: msg, messageSpan: msgSpan)
    }

    // MARK: assert, scenario, import

    mutating func parseAssert(start: Span) throws(Failure) -> AssertDecl {
        let c = try parseExpression()
        var tol: Expr?
        if tok.kind == .plusMinus {
            advance()
            tol = try parseUnary()
        }
        var msg: String?
        if tok.kind == .string { msg = lexer.string(of: tok); advance() }
        let s = spanFrom(start)
        try endOfStatement()
        return AssertDecl(condition: c, tolerance: tol, message: msg, span: s)
    }

    mutating func parseScenario(start: Span) throws(Failure) -> ScenarioDecl {
        let n = try name(.scenarioName)
        let open = try expect(.lbrace, .openScenario, hint: .syntaxHint(.example("scenario \(n.text) { 指标.actual = 300亩 }")))
        let body = try parseBlock(.scenario(n.text), opened: span(open))
        try endOfStatement()
        return ScenarioDecl(name: n, body: body, span: start.to(n.span))
    }

    mutating func parseImport(start: Span) throws(Failure) -> ImportDecl {
        if isWord(.policy) {
            advance()
            let n = try name(.policyName)
            try endOfStatement()
            return ImportDecl(path: n.text, isPolicy: true, span: spanFrom(start))
        }
        guard tok.kind == .string, let p = lexer.string(of: tok) else {
            error(.expected(.importPath, found: found(tok)), hint: .syntaxHint(.example("import \"departments/且末县自然资源局.jx\"")))
            throw Failure()
        }
        advance()
        let s = spanFrom(start)
        try endOfStatement()
        return ImportDecl(path: p, isPolicy: false, span: s)
    }
}
