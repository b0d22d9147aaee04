/// A field set alone (`新增建设用地报批.actual = 300亩`), a constant (`红灯线 = 50%`) or a
/// budget figure: what scenarios and the prompt change most.
extension ModelEditor {
    func assign(_ a: AssignDecl, to model: inout Model, _ change: inout ModelChange) {
        func bad(_ msg: Message, _ hint: Message) { change.refuse(Diagnostic(.error, .change, msg, at: a.target.span, hint: hint)) }
        func valueExpr() -> Expr? { if case .value(let e) = a.value { return e } else { return nil } }
        switch a.target {
        case .name(let id):
            let refs = model.lookup(id.text, at: id.span)
            guard refs.count == 1 else {
                return refs.isEmpty ? bad(.model(.unknownName(id.text)), Suggest.closest(id.text, among: model.symbols.keys).map { .common(.didYouMean($0)) } ?? .model(.declareWithLet))
                    : bad(.model(.ambiguous(id.text)), .model(.qualifyIt))
            }
            switch refs[0] {
            case .constant(let i):
                model.constants[i].value = a.value
                change.touch(.constant(i))
            case .spend(let i):
                guard let e = valueExpr() else { return bad(.model(.spendNeedsAmount), .model(.example("\(id.text) = 100万元"))) }
                model.spends[i].amount = e
                change.touch(.spend(i))
            case .indicator:
                bad(.model(.sayWhichField(id.text)), .model(.example("\(id.text).actual = 300亩")))
            default:
                bad(.model(.cannotSetWhole(id.text)), .model(.cannotSetWholeHint(id.text)))
            }
        case .member(let base, let field):
            let ref: EntityRef
            switch ModelEditor.entity(base, in: model) {
            case .success(let r): ref = r
            case .failure(let why): return bad(why.message, why.hint)
            }
            let id = Ident(model.name(of: ref), base.span)
            let f = Keyword.named(field.text)
            let mem = Member.named(field.text)
            switch ref {
            case .indicator(let i):
                if f == .actual || mem == .actual { model.indicators[i].decl.actual = a.value }
                else if f == .target || mem == .target {
                    guard let e = valueExpr() else { return bad(.model(.targetNeedsValue), .model(.example("\(id.text).target = 450亩"))) }
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
                else { return bad(.model(.indicatorFields), .model(.example("\(id.text).actual = 300亩"))) }
                change.touch(.indicator(i))
            case .budget(let b):
                guard let e = valueExpr() else { return bad(.model(.budgetNeedsAmount), .model(.example("\(id.text).arrived = 500万元"))) }
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
                else { return bad(.model(.budgetFields), .model(.example("\(id.text).arrived = 500万元"))) }
                change.touch(.budget(b))
            case .spend(let s):
                guard let e = valueExpr(), mem == .amount || mem == .executed else { return bad(.model(.setSpendAmount), .model(.example("\(id.text) = 100万元"))) }
                model.spends[s].amount = e
                change.touch(.spend(s))
            default:
                bad(.model(.noSettableFields(id.text)), .model(.noSettableFieldsHint))
            }
        default:
            bad(.model(.leftOfAssign), .model(.example("指标.actual = 300亩")))
        }
    }

    struct Unresolved: Error { var message: Message; var hint: Message }

    /// The budget, indicator, group or line a name or a path names (`林草局.产出.数量.造林面积`,
    /// `项目.资金`), as the evaluator reads it: a part of a budget or group by its name.
    static func entity(_ e: Expr, in model: Model) -> Result<EntityRef, Unresolved> {
        switch e {
        case .name(let id):
            let refs = model.lookup(id.text, at: id.span)
            if refs.count == 1 { return .success(refs[0]) }
            if refs.isEmpty {
                return .failure(Unresolved(message: .model(.unknownName(id.text)), hint: Suggest.closest(id.text, among: model.symbols.keys).map { .common(.didYouMean($0)) } ?? .model(.declareFirst)))
            }
            let qualified = refs.lazy.compactMap { model.projectName(of: $0).map { "\($0).\(id.text)" } }.first
            return .failure(Unresolved(message: .model(.ambiguousCount(id.text, count: refs.count)),
                                       hint: .model(qualified.map { .writeInFullAs($0) } ?? .writeInFullHint(id.text))))
        case .member(let base, let name):
            let parent: EntityRef
            switch entity(base, in: model) {
            case .success(let r): parent = r
            case .failure(let f): return .failure(f)
            }
            if let part = part(name.text, of: parent, in: model) { return .success(part) }
            return .failure(Unresolved(message: .model(.noPart(model.kind(parent), model.name(of: parent), part: name.text)), hint: .model(.noPartHint(model.name(of: parent), part: name.text))))
        default:
            return .failure(Unresolved(message: .model(.setFieldOfNamed), hint: .model(.example("指标.actual = 300亩"))))
        }
    }

    /// A part of a budget (a nested budget, a spending line) or of a group (a subgroup, an
    /// indicator; in a project also its budgets and any name unique in it).
    static func part(_ name: String, of ref: EntityRef, in model: Model) -> EntityRef? {
        switch ref {
        case .budget(let b):
            let node = model.budgets[b]
            if let c = node.children.first(where: { model.budgets[$0].name.text == name }) { return .budget(c) }
            if let s = (node.spends + node.allocations).first(where: { model.spends[$0].name.text == name }) { return .spend(s) }
        case .group(let g):
            let node = model.groups[g]
            if let c = node.children.first(where: { model.groups[$0].name.text == name }) { return .group(c) }
            if let i = node.indicators.first(where: { model.indicators[$0].decl.name.text == name }) { return .indicator(i) }
            if node.isProject {
                if let b = model.budgets.indices.first(where: { model.budgets[$0].project == g && model.budgets[$0].parent == nil && model.budgets[$0].name.text == name }) { return .budget(b) }
                return model.part(named: name, inProject: g)
            }
        default: break
        }
        return nil
    }
}
