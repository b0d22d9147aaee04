/// What a name or a field stands for, decided from the model alone, the way the evaluator
/// decides it when it evaluates (`Evaluator.resolve`, `Evaluator.member`), but without
/// computing a value: a query must answer for every name of a script, including those whose
/// values are in error or pending.
struct StaticResolution {
    let model: Model
    /// Per budget or group: its parts by name, built the first time one of its parts is
    /// named, so that naming parts stays linear however many parts a budget has (the
    /// evaluator looks through the list each time).
    private var parts: [EntityRef: [String: EntityRef]] = [:]

    init(model: Model) { self.model = model }

    enum Answer {
        case entity(EntityRef)
        case ambiguous([EntityRef])
        case field(Member)
        case none
    }

    /// A name alone, written at `span` (in file `-1` where the evaluator resolves it from no
    /// file, as it does in rule messages). Inside a rule about budgets or indicators a field name
    /// means the subject's field, before any declared name.
    func name(_ text: String, at span: Span, subject: RuleSubject?) -> Answer {
        if let subject, let m = Member.named(text), m != .timeProgress, StaticResolution.isField(m, ofEach: subject) {
            return .field(m)
        }
        let refs = model.lookup(text, at: span)
        if refs.count == 1 { return .entity(refs[0]) }
        return refs.isEmpty ? .none : .ambiguous(refs)
    }

    /// `name` after `base.`: a part of a budget or group by name (a nested budget, a
    /// spending line, a subgroup, an indicator), else a field.
    mutating func member(_ name: String, of base: EntityRef) -> Answer {
        let m = Member.named(name)
        if m == nil, let part = part(name, of: base) { return .entity(part) }
        guard let m, StaticResolution.isField(m, of: base) else { return .none }
        return .field(m)
    }

    /// What an expression is, when it is an entity a field can be read from: a name is
    /// its entity, a constant is its value (not an entity), anything else is a value.
    static func entity(of answer: Answer) -> EntityRef? {
        switch answer {
        case .entity(.constant): nil
        case .entity(let r): r
        default: nil
        }
    }

    private mutating func part(_ name: String, of base: EntityRef) -> EntityRef? {
        switch base {
        case .budget(let b) where b >= 0 && b < model.budgets.count: break
        case .group(let g) where g >= 0 && g < model.groups.count: break
        default: return nil
        }
        if let table = parts[base] { return table[name] ?? projectPart(name, of: base) }
        // The first of a name wins, nested budgets before lines, subgroups before
        // indicators: the order the evaluator looks in.
        var table: [String: EntityRef] = [:]
        func add(_ n: String, _ r: EntityRef) { if table[n] == nil { table[n] = r } }
        switch base {
        case .budget(let b):
            let node = model.budgets[b]
            for c in node.children where c < model.budgets.count { add(model.budgets[c].name.text, .budget(c)) }
            for s in node.spends + node.allocations where s < model.spends.count { add(model.spends[s].name.text, .spend(s)) }
        case .group(let g):
            let node = model.groups[g]
            for c in node.children where c < model.groups.count { add(model.groups[c].name.text, .group(c)) }
            for i in node.indicators where i < model.indicators.count { add(model.indicators[i].decl.name.text, .indicator(i)) }
            if node.isProject {
                for b in model.budgets.indices where model.budgets[b].project == g && model.budgets[b].parent == nil { add(model.budgets[b].name.text, .budget(b)) }
            }
        default: break
        }
        parts[base] = table
        return table[name] ?? projectPart(name, of: base)
    }

    /// `项目.面积`: a name anywhere inside a project, when it is the only one of its name there.
    private func projectPart(_ name: String, of base: EntityRef) -> EntityRef? {
        guard case .group(let g) = base, model.groups[g].isProject else { return nil }
        return model.part(named: name, inProject: g)
    }

    /// The fields an entity of this kind has (`Evaluator.member` answers them).
    static func isField(_ m: Member, of ref: EntityRef) -> Bool {
        switch ref {
        case .budget: m.isBudgetMember
        case .indicator: m.isIndicatorMember
        case .group: m == .score || m == .light || m == .weight || m == .completion
        case .spend: m == .amount || m == .executed
        case .constant: false
        }
    }

    static func isField(_ m: Member, ofEach subject: RuleSubject) -> Bool {
        switch subject {
        case .budget: m.isBudgetMember
        case .indicator: m.isIndicatorMember
        case .report: false
        }
    }
}
