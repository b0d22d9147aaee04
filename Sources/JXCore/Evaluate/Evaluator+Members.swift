/// How a field of a budget, an indicator or a group is computed (`X.完成率`, `X.执行率`).
extension Evaluator {
    public static let budgetMembers: [Member] = [.execution, .arrival, .executed, .amount, .initial, .arrived, .allocated, .expected, .expectedExecution, .weight, .light, .score, .topLevel, .share]
    public static let indicatorMembers: [Member] = [.completion, .target, .actual, .status, .weight, .score, .light, .expected, .expectedCompletion, .rate, .kind, .grade, .prorated, .name]
    static let memberNames: [String] = Member.allCases.flatMap(\.spellings)

    /// The member's value if `id` names a member of this kind of entity; nil if it does not.
    func memberIfKnown(_ ref: EntityRef, _ id: Ident, _ ctx: Context) throws(Failure) -> Value? {
        guard let m = Member.named(id.text), m != .timeProgress else { return nil }
        switch ref {
        case .budget where m.isBudgetMember: break
        case .indicator where m.isIndicatorMember: break
        case .group where m == .score || m == .light || m == .weight || m == .completion: break
        default: return nil
        }
        return try member(ref, id, ctx, known: m)
    }

    /// `known`: the member `m` names, when the caller has looked it up already.
    func member(_ ref: EntityRef, _ m: Ident, _ ctx: Context, known: Member? = nil) throws(Failure) -> Value {
        let named = known ?? Member.named(m.text)
        // A child by name: 年初预算.基本支出, 基本支出.工资福利.
        if case .budget(let b) = ref, named == nil {
            let node = model.budgets[b]
            if let c = node.children.first(where: { model.budgets[$0].name.text == m.text }) { return .entity(.budget(c)) }
            if let s = (node.spends + node.allocations).first(where: { model.spends[$0].name.text == m.text }) { return .entity(.spend(s)) }
        }
        if case .group(let g) = ref, named == nil {
            let node = model.groups[g]
            if let c = node.children.first(where: { model.groups[$0].name.text == m.text }) { return .entity(.group(c)) }
            if let i = node.indicators.first(where: { model.indicators[$0].decl.name.text == m.text }) { return .entity(.indicator(i)) }
            if node.isProject {
                if let b = tables.topBudgets(of: g).first(where: { model.budgets[$0].name.text == m.text }) {
                    return .entity(.budget(b))
                }
                if let v = try judge.value(ofName: m.text, project: g, at: m.span, in: self) { return v }
                if let part = model.part(named: m.text, inProject: g) { return .entity(part) }
            }
        }
        guard let mem = named else { throw unknownMember(ref, m) }
        switch ref {
        case .budget(let b):
            guard let r = budget(b) else { throw Failure() }
            let name = model.budgets[b].name.text
            // A blank figure (or one computed from a blank, or a 执行数 with no spending) is
            // blank, not an error: a rule comparing it gives no finding.
            if r.blank.contains(mem) { return .blank }
            func need(_ q: Quantity?, _ what: String, _ hint: EvaluationMessage) throws(Failure) -> Value {
                guard let q else { throw fail(.budgetLacks(name, figure: what), at: m.span, hint: hint) }
                return .quantity(q)
            }
            switch mem {
            case .amount: return try need(r.amount, "预算数", .budgetNoAmountHint(name))
            case .executed: return try need(r.executed, "执行数", .addSpentOrExecuted)
            case .arrived: return try need(r.arrived, "到位资金", .addArrived)
            case .allocated: return try need(r.allocated, "拨付", .addAllocated)
            case .execution:
                guard let e = r.execution else { throw fail(.budgetLacks(name, figure: "执行率"), at: m.span, hint: .needsAmountAndSpending) }
                return .quantity(Evaluator.percent(e, model.units))
            case .arrival:
                guard let e = r.arrival else { throw fail(.budgetLacks(name, figure: "到位率"), at: m.span, hint: .needsAmountAndArrived) }
                return .quantity(Evaluator.percent(e, model.units))
            case .initial: return try need(r.initial, "年初预算数", .addInitial)
            case .expected: return try need(r.expected, "全年预计执行数", .addExpected)
            case .expectedExecution:
                guard let e = r.expectedExecution else { throw fail(.budgetLacks(name, figure: "预计执行率"), at: m.span, hint: .needsAmountAndExpected) }
                return .quantity(Evaluator.percent(e, model.units))
            case .light, .score, .weight: return try judge.member(ref, mem, m, in: self)
            case .topLevel: return .bool(model.budgets[b].parent == nil)
            case .share:
                guard let s = budgetShare(b) else { throw fail(.budgetNoShare(name), at: m.span) }
                return .quantity(Evaluator.percent(s, model.units))
            default: throw unknownMember(ref, m)
            }
        case .indicator(let i):
            guard let r = indicator(i) else { throw Failure() }
            if r.blank.contains(mem) { return .blank }
            switch mem {
            case .completion:
                if r.status == .pending { return .pending }
                if r.status == .blank { return .blank }
                guard let c = r.completion else { throw fail(.indicatorNoCompletion(model.indicators[i].decl.name.text), at: m.span) }
                return .quantity(Evaluator.percent(c, model.units))
            case .target:
                if let t = r.target { return .quantity(t) }
                return .text(r.targetText)
            case .actual:
                if r.status == .pending { return .pending }
                if let a = r.actual { return .quantity(a) }
                return .text(r.actualText)
            case .status: return .status(r.status)
            case .kind: return .text(r.kind.rawValue)
            case .rate:
                guard let e = model.indicators[i].decl.rate else { throw fail(.indicatorNoRate(model.indicators[i].decl.name.text), at: m.span) }
                return try eval(e, Context())
            case .grade:
                guard let g = grade(of: r) else { throw Failure() }
                return .text(g.rawValue)
            case .prorated: return .bool(isProrated(i, r))
            // A row's name, for rules whose standard is a row's own (部门整体自评's 评分标准).
            case .name: return .text(model.indicators[i].decl.name.text)
            case .weight, .score, .light: return try judge.member(ref, mem, m, in: self)
            case .expected:
                guard let e = expected(i) else { throw fail(.indicatorNoExpected(model.indicators[i].decl.name.text), at: m.span, hint: .giveExpected) }
                return .quantity(e)
            case .expectedCompletion:
                guard let c = expectedCompletion(i) else { throw fail(.indicatorNoExpectedCompletion(model.indicators[i].decl.name.text), at: m.span, hint: .giveExpected) }
                return .quantity(Evaluator.percent(c, model.units))
            default: throw unknownMember(ref, m)
            }
        case .group:
            switch mem {
            case .score, .light, .weight, .completion: return try judge.member(ref, mem, m, in: self)
            default: throw unknownMember(ref, m)
            }
        case .spend(let s):
            guard mem == .amount || mem == .executed, let q = spend(s) else { throw unknownMember(ref, m) }
            return .quantity(q)
        case .constant:
            throw unknownMember(ref, m)
        }
    }

    func unknownMember(_ ref: EntityRef, _ m: Ident) -> Failure {
        let candidates: [Member]
        switch ref {
        case .budget: candidates = Evaluator.budgetMembers
        case .indicator: candidates = Evaluator.indicatorMembers
        case .group: candidates = [.score, .light, .weight]
        default: candidates = []
        }
        let names = candidates.flatMap(\.spellings)
        let s = Suggest.closest(m.text, among: names)
        return fail(.evaluation(.noField(model.kind(ref), model.name(of: ref), field: m.text)), at: m.span, code: .unknownName,
                    hint: s.map { .common(.didYouMean($0)) } ?? .evaluation(names.isEmpty ? .hasNoFields : .itsFields(candidates.map { $0.spellings[0] }.joined(separator: ", "))),
                    replacement: s)
    }
}
