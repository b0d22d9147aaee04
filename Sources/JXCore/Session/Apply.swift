/// Changes to a live model: a field set alone (`新增建设用地报批.actual = 300亩`), a constant
/// (`红灯线 = 50%`), a budget figure, or a whole indicator declared again. Each change edits
/// the model and invalidates exactly the cells that depend on it, so the next read
/// recomputes what moved and nothing else. Used by scenarios and by the REPL.
public enum ApplyOutcome {
    case changed([Evaluator.Cell])
    case failed(Diagnostic)
}

extension Evaluator {
    public func apply(_ s: Statement) -> ApplyOutcome {
        suggestionsLeft = Evaluator.suggestionBudget
        switch s {
        case .assign(let a): return assign(a)
        case .letDecl(let l):
            if let i = constantIndex(l.name.text) {
                model.constants[i].value = .value(l.value)
                return .changed(invalidate([Cell(.constant, i)]))
            }
            // In place: a copy of the model would cost O(model) per new name.
            model.constants.append(ConstantNode(name: l.name, value: .value(l.value), fromPolicy: false))
            model.symbols[l.name.text, default: []].append(.constant(model.constants.count - 1))
            resize(to: model)
            return .changed(invalidate(dependentsOfName(l.name.text)))
        case .indicator(let d): return redeclare(d)
        default:
            if let outcome = applyStructural(s) { return outcome }
            return .failed(Diagnostic(.error, "E-change", "this statement cannot change a live model", at: nil, hint: "set a field (指标.actual = 300亩), a constant, or declare an indicator again"))
        }
    }

    func constantIndex(_ name: String) -> Int? {
        for r in model.lookup(name) { if case .constant(let i) = r { return i } }
        return nil
    }

    /// Cells whose computation failed on an unknown name may now resolve: recompute them all
    /// (cheap: only cells with diagnostics).
    func dependentsOfName(_ name: String) -> [Cell] {
        var cells = cellDiagnostics.filter { $0.value.contains { $0.code == "E-unknown-name" && $0.message.contains(name) } }.map(\.key)
        // A rule that failed on the name gave no verdicts anywhere (its error is kept once, in
        // `notes`): now that the name exists, every verdict is judged again.
        let missing = { (d: Diagnostic) in d.code == "E-unknown-name" && d.message.contains(name) }
        if reportedRuleErrors.contains(where: missing) {
            reportedRuleErrors = reportedRuleErrors.filter { !missing($0) }
            notes.removeAll(where: missing)
            cells += model.budgets.indices.map { Cell(.budgetVerdict, $0) } + model.indicators.indices.map { Cell(.indicatorVerdict, $0) }
        }
        return cells
    }

    func assign(_ a: AssignDecl) -> ApplyOutcome {
        func bad(_ msg: String, _ hint: String) -> ApplyOutcome { .failed(Diagnostic(.error, "E-change", msg, at: a.target.span, hint: hint)) }
        func valueExpr() -> Expr? { if case .value(let e) = a.value { return e } else { return nil } }
        switch a.target {
        case .name(let id):
            let refs = model.lookup(id.text, from: id.span.file)
            guard refs.count == 1 else {
                return refs.isEmpty ? bad("unknown name \(id.text)", Suggest.closest(id.text, among: model.symbols.keys).map { "did you mean \($0)?" } ?? "declare it with let")
                    : bad("\(id.text) is ambiguous", "qualify it")
            }
            switch refs[0] {
            case .constant(let i):
                model.constants[i].value = a.value
                return .changed(invalidate([Cell(.constant, i)]))
            case .spend(let i):
                guard let e = valueExpr() else { return bad("a spending line needs an amount", "\(id.text) = 100万元") }
                model.spends[i].amount = e
                return .changed(invalidate([Cell(.spend, i)]))
            case .indicator:
                return bad("say which field of \(id.text) changes", "\(id.text).actual = 300亩")
            default:
                return bad("\(id.text) cannot be set as a whole", "set one of its fields, e.g. \(id.text).arrived = 500万元")
            }
        case .member(let base, let field):
            guard case .name(let id) = base else { return bad("set a field of a named indicator or budget", "指标.actual = 300亩") }
            let refs = model.lookup(id.text, from: id.span.file)
            guard refs.count == 1 else {
                return refs.isEmpty ? bad("unknown name \(id.text)", Suggest.closest(id.text, among: model.symbols.keys).map { "did you mean \($0)?" } ?? "declare it first")
                    : bad("\(id.text) is ambiguous", "rename one of them")
            }
            let f = Keyword.named(field.text)
            let mem = Member.named(field.text)
            switch refs[0] {
            case .indicator(let i):
                if f == .actual || mem == .actual { model.indicators[i].decl.actual = a.value }
                else if f == .target || mem == .target {
                    guard let e = valueExpr() else { return bad("a target needs a value", "\(id.text).target = 450亩") }
                    var cmp = Comparator.none
                    if case .value(let c, _)? = model.indicators[i].decl.target { cmp = c }
                    if case .text(let t, let s) = e { model.indicators[i].decl.target = .qualitative(t, s) } else { model.indicators[i].decl.target = .value(cmp, e) }
                    model.indicators[i].decl.targetSpan = nil
                }
                else if f == .rate || mem == .rate { model.indicators[i].decl.rate = valueExpr() }
                else if f == .weight || mem == .weight {
                    model.indicators[i].decl.weight = valueExpr()
                    // The other indicators of the group share what is left of its weight.
                    return .changed(invalidate([Cell(.indicator, i), Cell(.indicatorVerdict, i)] + siblingVerdicts(of: i)))
                }
                else if f == .expected || mem == .expected { model.indicators[i].decl.expected = a.value }
                else { return bad("an indicator's settable fields are actual, target, rate, weight and expected", "\(id.text).actual = 300亩") }
                return .changed(invalidate([Cell(.indicator, i), Cell(.indicatorVerdict, i)]))
            case .budget(let b):
                guard let e = valueExpr() else { return bad("a budget figure needs an amount", "\(id.text).arrived = 500万元") }
                if f == .arrived || mem == .arrived { model.budgets[b].arrived = e }
                else if f == .executed || mem == .executed { model.budgets[b].executed = e }
                else if mem == .amount { model.budgets[b].amount = e }
                else if let s = model.budgets[b].spends.first(where: { model.spends[$0].name.text == field.text }) {
                    model.spends[s].amount = e
                    return .changed(invalidate([Cell(.spend, s)]))
                }
                else { return bad("a budget's settable figures are 预算数 (amount), arrived, executed and its spending lines", "\(id.text).arrived = 500万元") }
                return .changed(invalidate([Cell(.budget, b), Cell(.budgetVerdict, b)]))
            case .spend(let s):
                guard let e = valueExpr(), mem == .amount || mem == .executed else { return bad("set the amount of a spending line", "\(id.text) = 100万元") }
                model.spends[s].amount = e
                return .changed(invalidate([Cell(.spend, s)]))
            default:
                return bad("\(id.text) has no settable fields", "set an indicator's actual or a budget's figures")
            }
        default:
            return bad("the left of `=` must be a name or a field", "指标.actual = 300亩")
        }
    }

    /// An indicator declared again replaces the old one in place (same group); a new name
    /// is added to the unnamed group.
    func redeclare(_ d: IndicatorDecl) -> ApplyOutcome {
        if let i = indicatorIndex(d.name.text) { return .changed(invalidate(replaceIndicator(i, with: d))) }
        return .changed(invalidate(addIndicator(d, group: nil)))
    }
}

extension Workspace {
    /// The model with a scenario applied, its own assertions, and the problems applying it.
    public func scenario(named name: String) -> (evaluator: Evaluator, asserts: [AssertDecl], diagnostics: [Diagnostic])? {
        guard let sc = model.scenarios.first(where: { $0.name.text == name }) else { return nil }
        let ev = evaluator.copy()
        var asserts: [AssertDecl] = []
        var diags: [Diagnostic] = []
        for s in sc.body {
            if case .assert(let a) = s { asserts.append(a); continue }
            if case .failed(var d) = ev.apply(s) {
                if d.span == nil { d.span = sc.name.span }
                diags.append(d)
            }
        }
        return (ev, asserts, diags)
    }
}
