/// Walks every declaration the model holds and records each name written in it
/// (`Occurrence`): declared names, names in expressions, fields after a dot, the `{…}`
/// parts of rule messages, and names in scenarios. One pass over the model, each name
/// resolved once, the way the evaluator would resolve it where it is written.
struct ReferenceCollector {
    private(set) var occurrences: [Occurrence] = []
    private(set) var candidateLists: [[EntityRef]] = []
    private var names: StaticResolution
    private let sources: SourceMap

    /// How an expression is read: inside a rule, field names mean the subject's; a rule
    /// message's parts are parsed apart from their file, so their spans are moved back
    /// into it, and the evaluator resolves their names from no file.
    struct Scope {
        var subject: RuleSubject?
        var shift = 0
        var file: Int?
        var resolveFrom: Int?
    }

    init(model: Model, sources: SourceMap) {
        names = StaticResolution(model: model)
        self.sources = sources
    }

    /// Everything the model holds, in one pass.
    mutating func collect() {
        let model = names.model
        occurrences.reserveCapacity(model.indicators.count + model.budgets.count + model.spends.count + model.constants.count)
        for (i, node) in model.indicators.enumerated() { indicator(node.decl, declared: .indicator(i)) }
        for (b, node) in model.budgets.enumerated() {
            declare(node.name, .budget(b))
            expr(node.amount)
            expr(node.initial)
            expr(node.arrived)
            expr(node.executed)
            expr(node.expected)
            expr(node.weight)
            for s in node.sources {
                expr(s.amount)
                expr(s.initial)
                expr(s.arrived)
                expr(s.executed)
                expr(s.expected)
            }
            stated(node.stated, of: .budget(b))
        }
        for (s, line) in model.spends.enumerated() {
            declare(line.name, .spend(s))
            expr(line.amount)
        }
        for (g, node) in model.groups.enumerated() {
            declare(node.name, .group(g))
            expr(node.weight)
            stated(node.stated, of: .group(g))
        }
        for (c, node) in model.constants.enumerated() {
            declare(node.name, .constant(c))
            actual(node.value)
        }
        for r in model.rules { rule(r) }
        for a in model.asserts { check(a) }
        for sc in model.scenarios { for s in sc.body { statement(s) } }
    }

    // MARK: declarations

    private mutating func declare(_ name: Ident, _ ref: EntityRef) {
        occurrences.append(Occurrence(span: name.span, role: .declaration, entity: ref))
    }

    /// `declared`: the model's own indicator; nil for one a scenario declares again, whose
    /// name then refers to the model's.
    private mutating func indicator(_ d: IndicatorDecl, declared: EntityRef?) {
        let ref: EntityRef?
        if let declared {
            declare(d.name, declared)
            ref = declared
        } else {
            ref = name(d.name)
        }
        // A compact line holds a written target and actual and nothing else: no name in it
        // but its own (a million of them are passed over without rebuilding their syntax).
        if d.isCompact { return }
        if case .value(_, let e)? = d.target { expr(e) }
        actual(d.actual)
        actual(d.expected)
        expr(d.weight)
        expr(d.rate)
        stated(d.stated, of: ref)
    }

    /// `stated 执行率 26%`: a field of what it sits in.
    private mutating func stated(_ claims: [StatedClaim], of ref: EntityRef?) {
        for c in claims {
            guard let id = c.member, let ref, let m = Member.named(id.text), StaticResolution.isField(m, of: ref) else { continue }
            occurrences.append(Occurrence(span: id.span, role: .field(m), entity: ref))
        }
    }

    private mutating func actual(_ a: ActualSpec?) {
        if case .value(let e)? = a { expr(e) }
    }

    private mutating func check(_ a: AssertDecl) {
        expr(a.condition)
        expr(a.tolerance)
    }

    // MARK: rules

    private mutating func rule(_ r: RuleDecl) {
        let scope = Scope(subject: r.subject)
        if let s = r.scope { ruleScope(s) }
        expr(r.filter, scope)
        for c in r.clauses {
            expr(c.value, scope)
            expr(c.condition, scope)
            message(c, scope)
        }
    }

    /// `in 产出`: the groups a rule covers, by name or by standard name, as the rule
    /// engine matches them.
    private mutating func ruleScope(_ id: Ident) {
        var groups: [EntityRef] = []
        for (g, node) in names.model.groups.enumerated()
        where node.name.text == id.text || (node.level > 0 && node.standardName == id.text) { groups.append(.group(g)) }
        note(groups.count == 1 ? .entity(groups[0]) : groups.isEmpty ? .none : .ambiguous(groups), at: id.span)
    }

    /// The `{…}` parts of a message, cut and parsed as the rule engine cuts and parses
    /// them, and placed back in the source where the message is written as it reads (a
    /// message written with escapes has no such place, and is passed over).
    private mutating func message(_ c: RuleClause, _ scope: Scope) {
        guard let text = c.message, let span = c.messageSpan, let file = sources[span.file],
              let start = MessagePlaceholders.contentStart(of: text, quotedAt: span, in: file) else { return }
        var at = start
        for piece in RuleEngine.cut(text) {
            switch piece {
            case .text(let t): at += t.utf8.count
            case .value(_, let inner):
                if let e = RuleEngine.parseTemplateExpression(inner) {
                    var s = scope
                    s.shift = at + 1
                    s.file = span.file
                    s.resolveFrom = -1 // the engine parses parts as a file of their own
                    expr(e, s)
                }
                at += inner.utf8.count + 2
            }
        }
    }

    // MARK: scenarios

    /// A statement of a scenario: its names refer to what the model declares.
    private mutating func statement(_ s: Statement) {
        switch s {
        case .indicator(let d): indicator(d, declared: nil)
        case .budget(let b): budget(b, in: nil)
        case .group(let g):
            name(g.name)
            expr(g.weight)
            for s in g.body { statement(s) }
        case .letDecl(let l):
            name(l.name)
            expr(l.value)
        case .assign(let a):
            expr(a.target)
            actual(a.value)
        case .assert(let a): check(a)
        case .rule(let r): rule(r)
        case .scenario(let sc): for s in sc.body { statement(s) }
        case .expression(let e): expr(e)
        default: break
        }
    }

    /// A budget declared again in a scenario; its nested budgets and lines are named as
    /// parts of it.
    private mutating func budget(_ d: BudgetDecl, in parent: EntityRef?) {
        let ref = part(d.name, of: parent)
        expr(d.amount)
        for item in d.items {
            switch item {
            case .arrived(let e, _), .executed(let e, _), .initial(let e, _), .expected(let e, _), .weight(let e, _): expr(e)
            case .source(let s):
                expr(s.amount)
                for line in s.items {
                    switch line {
                    case .initial(let e, _), .arrived(let e, _), .executed(let e, _), .expected(let e, _): expr(e)
                    default: break
                    }
                }
            case .spent(let n, let e, _), .allocated(let n, let e, _):
                part(n, of: ref)
                expr(e)
            case .stated(let c): stated([c], of: ref)
            case .budget(let child): budget(child, in: ref)
            case .note: break
            }
        }
    }

    @discardableResult
    private mutating func part(_ id: Ident, of parent: EntityRef?) -> EntityRef? {
        guard let parent else { return name(id) }
        let a = names.member(id.text, of: parent)
        note(a, at: id.span)
        return StaticResolution.entity(of: a)
    }

    /// A declared name that refers to the model's entity of that name.
    @discardableResult
    private mutating func name(_ id: Ident) -> EntityRef? {
        let a = names.name(id.text, at: id.span, subject: nil)
        note(a, at: id.span)
        return StaticResolution.entity(of: a)
    }

    // MARK: expressions

    /// Records the names in `e`; returns the entity `e` is, when it is one a field can be
    /// read from (so that `年初预算.基本支出.执行率` is followed part by part).
    @discardableResult
    private mutating func expr(_ e: Expr?, _ scope: Scope = Scope()) -> EntityRef? {
        guard let e else { return nil }
        switch e {
        case .number, .text, .pending, .blank: return nil
        case .name(let id):
            let a = names.name(id.text, at: scope.resolveFrom.map { Span(file: $0, start: 0, end: 0) } ?? id.span, subject: scope.subject)
            note(a, at: place(id.span, scope), subject: scope.subject)
            return StaticResolution.entity(of: a)
        case .member(let base, let m):
            let span = place(m.span, scope)
            guard let b = expr(base, scope) else {
                note(.none, at: span)
                return nil
            }
            let a = names.member(m.text, of: b)
            note(a, at: span, fieldOf: b)
            return StaticResolution.entity(of: a)
        case .unary(_, let x, _):
            expr(x, scope)
            return nil
        case .binary(_, let l, let r, _):
            expr(l, scope)
            expr(r, scope)
            return nil
        case .call(_, let args, _):
            // The function (min, max, abs) is a word of the language, not a declared name.
            for a in args { expr(a, scope) }
            return nil
        }
    }

    private func place(_ s: Span, _ scope: Scope) -> Span {
        guard scope.file != nil || scope.shift != 0 else { return s }
        return Span(file: scope.file ?? s.file, start: s.start + scope.shift, end: s.end + scope.shift)
    }

    private mutating func note(_ a: StaticResolution.Answer, at span: Span, fieldOf owner: EntityRef? = nil, subject: RuleSubject? = nil) {
        switch a {
        case .entity(let r):
            occurrences.append(Occurrence(span: span, role: .reference, entity: r))
        case .ambiguous(let refs):
            occurrences.append(Occurrence(span: span, role: .reference, entity: nil, candidates: Int32(candidateLists.count)))
            candidateLists.append(refs)
        case .field(let m):
            if let owner {
                occurrences.append(Occurrence(span: span, role: .field(m), entity: owner))
            } else if let subject {
                occurrences.append(Occurrence(span: span, role: .subjectField(m, subject)))
            } else {
                occurrences.append(Occurrence(span: span, role: .unresolved))
            }
        case .none:
            occurrences.append(Occurrence(span: span, role: .unresolved))
        }
    }
}
