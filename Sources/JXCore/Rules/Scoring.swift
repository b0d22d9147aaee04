/// Weights and scores. Weights are given (`weight 20`) or split evenly from the
/// group's; a level-1 group without a weight takes the constant `<name>权重` (产出权重 …)
/// that a scoring policy defines and a script may override. Scores come from rules'
/// `score` clauses, so that the convention is written in jx, not here.
extension Judgement {
    /// The weight of a group: given, or the level-1 constant, or the total of its contents'
    /// weights when each of them is given, or an even share of what its parent has left.
    public func groupWeight(_ g: Int) -> Exact? {
        ScoringMemo.remembered(\.groupWeight, g, in: memo) {
            let node = ev.model.groups[g]
            if let w = node.weight { return plainNumber(w) }
            if let w = levelOneWeight(g) { return w }
            if let w = contentWeight(g) { return w }
            guard let p = node.parent, let pw = groupWeight(p) else { return nil }
            let siblings = ev.model.groups[p].children
            var fixed = Exact.zero
            var shares = 0
            for s in siblings {
                if let v = ownWeight(s) { fixed = (try? fixed.adding(v)) ?? fixed } else { shares += 1 }
            }
            guard shares > 0, let rest = try? pw.subtracting(fixed) else { return nil }
            return try? rest.divided(by: Exact(shares))
        }
    }

    /// `产出权重` and the like, as a scoring policy (or the script) defines them; not inside
    /// a goal block, whose own weight its 产出 and 效益 share (`GoalBlocks`).
    func levelOneWeight(_ g: Int) -> Exact? {
        let node = ev.model.groups[g]
        guard node.level == 1, !inBlock(g), let refs = ev.model.symbols[node.standardName + "权重"], case .constant(let c)? = refs.first,
              case .quantity(let q)? = ev.constant(c) else { return nil }
        return try? q.baseValue()
    }

    /// A weight the group has without its parent: given, or the total of its contents'.
    func ownWeight(_ g: Int) -> Exact? {
        ScoringMemo.remembered(\.ownWeight, g, in: memo) {
            if let w = ev.model.groups[g].weight { return plainNumber(w) }
            return contentWeight(g)
        }
    }

    /// The total of a group's indicators' and subgroups' weights when every one is given: a
    /// self-evaluation table lists them (数量 15 + 10), and the category weighs their sum.
    func contentWeight(_ g: Int) -> Exact? {
        let node = ev.model.groups[g]
        guard !node.indicators.isEmpty || !node.children.isEmpty else { return nil }
        var total = Exact.zero
        for i in node.indicators {
            guard let e = ev.model.indicators[i].decl.weight, let w = plainNumber(e), let t = try? total.adding(w) else { return nil }
            total = t
        }
        for c in node.children {
            guard let w = ownWeight(c), let t = try? total.adding(w) else { return nil }
            total = t
        }
        return total
    }

    /// Weights that do not add up: a group's weight (given, or its level-1 weight) against
    /// the total of its contents' weights, when all of those are given. And a budget's
    /// weight that no rule scores by: it can never take effect.
    public func weightFindings() -> [Diagnostic] {
        var out = scoreDecimalsFindings()
        for (b, node) in ev.model.budgets.enumerated() {
            guard let w = node.weight, ev.budget(b)?.execution != nil, score(.budget(b)) == nil else { continue }
            let hint: ScoringMessage = node.parent == nil ? .weightUnscoredHint : .weightOnTopLevelHint(top: node.path.first)
            out.append(Diagnostic(.warning, DiagnosticCode.weightUnscored, .rules(.scoring(.weightUnscored(node.name.text))), at: w.span, hint: .rules(.scoring(hint))))
        }
        for g in ev.model.groups.indices {
            let node = ev.model.groups[g]
            guard let whole = node.weight.flatMap(plainNumber) ?? levelOneWeight(g), let parts = contentWeight(g), parts != whole else { continue }
            let difference = ((try? whole.subtracting(parts)) ?? .zero).decimalString()
            out.append(Diagnostic(.warning, DiagnosticCode.weights, .rules(.scoring(.weightsUnder(node.name.text, parts: parts.decimalString(), whole: whole.decimalString()))),
                                  at: node.name.span, hint: .rules(.scoring(.weightsUnderHint(difference: difference)))))
        }
        return out
    }

    /// 分值 of a budget's row: given (`weight 10`), or for a top-level budget the scoring
    /// policy's 预算执行权重 split among the top-level budgets by 占比 (年初预算 and 追加资金
    /// share the points), so that 预算执行率 is scored once in all.
    public func budgetWeight(_ b: Int) -> Exact? {
        if let w = ev.model.budgets[b].weight { return plainNumber(w) }
        guard ev.model.budgets[b].parent == nil, let whole = constantNumber("预算执行权重"), let share = ev.budgetShare(b) else { return nil }
        return try? whole.multiplied(by: share)
    }

    /// Whether a budget's 分值 is blank: written so, or its share of 预算执行权重 is unknown
    /// because an amount it is shared by is blank.
    func budgetWeightIsBlank(_ b: Int) -> Bool {
        let node = ev.model.budgets[b]
        if let w = node.weight { return w.containsBlank }
        guard node.parent == nil, constantNumber("预算执行权重") != nil else { return false }
        return ev.tables.topBudgets(of: node.project).contains { ev.budget($0)?.blank.contains(.amount) == true }
    }

    /// A constant a scoring policy (or the script) defines, as a plain number.
    func constantNumber(_ name: String) -> Exact? {
        guard let refs = ev.model.symbols[name], case .constant(let c)? = refs.first, case .quantity(let q)? = ev.constant(c) else { return nil }
        return try? q.baseValue()
    }

    public func indicatorWeight(_ i: Int) -> Exact? {
        ScoringMemo.remembered(\.indicatorWeight, i, in: memo) {
            let node = ev.model.indicators[i]
            if let w = node.decl.weight { return plainNumber(w) }
            guard let g = node.group, let gw = groupWeight(g) else { return nil }
            var fixed = Exact.zero
            var shares = 0
            for s in ev.model.groups[g].indicators {
                if let w = ev.model.indicators[s].decl.weight {
                    // A sibling's blank weight leaves what is left for the others unknown.
                    if w.containsBlank { return nil }
                    if let v = plainNumber(w) { fixed = (try? fixed.adding(v)) ?? fixed } else { shares += 1 }
                } else { shares += 1 }
            }
            guard shares > 0, let rest = try? gw.subtracting(fixed) else { return nil }
            return try? rest.divided(by: Exact(shares))
        }
    }

    func plainNumber(_ e: Expr) -> Exact? {
        // Weights are points: a plain number, or written with 分 as tables do (`weight 20分`).
        guard let v = try? ev.eval(e), case .quantity(let q) = v, q.isDimensionless || q.unit.name == "分" else { return nil }
        return q.isDimensionless ? try? q.baseValue() : q.value
    }

    /// The score of a budget or indicator: from the first `score` clause of a rule that holds.
    public func score(_ ref: EntityRef) -> Exact? { ev.verdict(ref).score }

    public func groupScore(_ g: Int) -> Exact? {
        ScoringMemo.remembered(\.groupScore, g, in: memo) {
            var total = Exact.zero
            var any = false
            for i in ev.model.groups[g].indicators { if let s = score(.indicator(i)) { total = (try? total.adding(s)) ?? total; any = true } }
            for c in ev.model.groups[g].children { if let s = groupScore(c) { total = (try? total.adding(s)) ?? total; any = true } }
            return any ? total : nil
        }
    }

    /// 总分: every top-level group's score plus every budget's score — of one project, or
    /// (nil) of the department's own part, outside every project.
    public func totalScore(project: Int? = nil) -> Exact? {
        let m = ev.model
        var total = Exact.zero
        var any = false
        func add(_ s: Exact?) {
            guard let s else { return }
            total = (try? total.adding(s)) ?? total
            any = true
        }
        if let p = project {
            add(groupScore(p))
        } else {
            for g in ev.tables.topGroups(of: nil) { add(groupScore(g)) }
            for i in m.indicators.indices where m.indicators[i].group == nil { add(score(.indicator(i))) }
        }
        for b in ev.tables.budgets(of: project) { add(score(.budget(b))) }
        return any ? total : nil
    }

    /// 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60; the lines are the constants 优线, 良线, 中线 if defined.
    public func rating(_ total: Exact) -> String {
        func line(_ name: String, _ d: Int) -> Exact {
            if let refs = ev.model.symbols[name], case .constant(let c)? = refs.first, case .quantity(let q)? = ev.constant(c), let v = try? q.baseValue() { return v }
            return Exact(d)
        }
        if total >= line("优线", 90) { return "优" }
        if total >= line("良线", 80) { return "良" }
        if total >= line("中线", 60) { return "中" }
        return "差"
    }

    func member(_ ref: EntityRef, _ m: Member, _ id: Ident) throws(Evaluator.Failure) -> Value {
        let plain = ev.model.units.lookup("")!
        // A weight written blank is blank: a score computed from it is blank too.
        switch (m, ref) {
        case (.weight, .indicator(let i)) where weightIsBlank(i): return .blank
        case (.weight, .budget(let b)) where budgetWeightIsBlank(b): return .blank
        case (.weight, .group(let g)) where ev.model.groups[g].weight?.containsBlank == true: return .blank
        case (.score, .indicator(let i)) where ev.indicator(i)?.status == .blank: return .blank
        default: break
        }
        switch (m, ref) {
        case (.weight, .indicator(let i)):
            guard let w = indicatorWeight(i) else { throw fail(.noWeight(.indicator, ev.model.indicators[i].decl.name.text), at: id.span, hint: .giveIndicatorWeight) }
            return .quantity(Quantity(w, plain))
        case (.weight, .budget(let b)):
            guard let w = budgetWeight(b) else { throw fail(.noWeight(.budget, ev.model.budgets[b].name.text), at: id.span, hint: .giveBudgetWeight) }
            return .quantity(Quantity(w, plain))
        case (.weight, .group(let g)):
            guard let w = groupWeight(g) else { throw fail(.noWeight(.group, ev.model.groups[g].name.text), at: id.span, hint: .giveGroupWeight(ev.model.groups[g].name.text)) }
            return .quantity(Quantity(w, plain))
        case (.score, .group(let g)):
            guard let s = groupScore(g) else { throw fail(.noScore(.group, ev.model.groups[g].name.text), at: id.span, hint: .scoresFromRules) }
            return .quantity(Quantity(s, plain))
        case (.score, _):
            if case .indicator(let i) = ref, ev.indicator(i)?.status == .pending { return .pending }
            guard let s = score(ref) else { throw fail(.noScore(ev.model.kind(ref), ev.model.name(of: ref)), at: id.span, hint: .scoresFromRules) }
            return .quantity(Quantity(s, plain))
        default:
            throw ev.unknownMember(ref, id)
        }
    }

    /// A weight or a score that cannot be computed: an error of the expression that asks for it.
    func fail(_ message: ScoringMessage, at span: Span?, hint: ScoringMessage) -> Evaluator.Failure {
        ev.fail(.rules(.scoring(message)), at: span, hint: .rules(.scoring(hint)))
    }
}
