/// A field set alone (`新增建设用地报批.actual = 300亩`), a constant (`红灯线 = 50%`) or a
/// budget figure: what scenarios and the prompt change most.
extension ModelEditor {
    func assign(_ a: AssignDecl, to model: inout Model, _ change: inout ModelChange) {
        func bad(_ msg: String, _ hint: String) { change.refuse(Diagnostic(.error, "E-change", msg, at: a.target.span, hint: hint)) }
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
                change.touch(.constant(i))
            case .spend(let i):
                guard let e = valueExpr() else { return bad("a spending line needs an amount", "\(id.text) = 100万元") }
                model.spends[i].amount = e
                change.touch(.spend(i))
            case .indicator:
                bad("say which field of \(id.text) changes", "\(id.text).actual = 300亩")
            default:
                bad("\(id.text) cannot be set as a whole", "set one of its fields, e.g. \(id.text).arrived = 500万元")
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
                    change.touch(.shares(ofIndicator: i))
                }
                else if f == .expected || mem == .expected { model.indicators[i].decl.expected = a.value }
                else { return bad("an indicator's settable fields are actual, target, rate, weight and expected", "\(id.text).actual = 300亩") }
                change.touch(.indicator(i))
            case .budget(let b):
                guard let e = valueExpr() else { return bad("a budget figure needs an amount", "\(id.text).arrived = 500万元") }
                if f == .arrived || mem == .arrived { model.budgets[b].arrived = e }
                else if f == .executed || mem == .executed { model.budgets[b].executed = e }
                else if mem == .amount { model.budgets[b].amount = e }
                else if f == .initial || mem == .initial { model.budgets[b].initial = e }
                else if f == .expected || mem == .expected { model.budgets[b].expected = e }
                else if f == .weight || mem == .weight { model.budgets[b].weight = e }
                else if let s = model.budgets[b].spends.first(where: { model.spends[$0].name.text == field.text }) {
                    model.spends[s].amount = e
                    change.touch(.spend(s))
                    return
                }
                else { return bad("a budget's settable figures are 预算数 (amount), 年初预算数 (initial), arrived, executed, expected, weight and its spending lines", "\(id.text).arrived = 500万元") }
                change.touch(.budget(b))
            case .spend(let s):
                guard let e = valueExpr(), mem == .amount || mem == .executed else { return bad("set the amount of a spending line", "\(id.text) = 100万元") }
                model.spends[s].amount = e
                change.touch(.spend(s))
            default:
                bad("\(id.text) has no settable fields", "set an indicator's actual or a budget's figures")
            }
        default:
            bad("the left of `=` must be a name or a field", "指标.actual = 300亩")
        }
    }
}
