/// Scores a total lacks. A blank is not zero: a row whose score cannot be computed because a
/// cell is blank (its actual, its weight, a budget's 执行数), or, at the year's end, because
/// it is still pending, is left out of its total, and the total says so: incomplete, naming
/// each row it lacks. Never a silent sum without it.
public struct MissingScore: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// A cell written `blank` (未填), or a figure computed from one.
        case blank
        /// A budget with an amount and no spending line: its 执行数 is unknown.
        case noSpending = "no-spending"
        /// At the node of December 31 an indicator is still pending.
        case pendingAtYearEnd = "pending-at-year-end"
    }

    public var ref: EntityRef
    public var name: String
    /// The cells it lacks (实际, 权重, 执行数 …): empty for a pending row.
    public var cells: [Member]
    public var reason: Reason

    /// `甲（实际未填）`, `甲 (实际 blank)`: the row and why, as the warnings and reports say it.
    public var text: Bilingual { ScoringMessage.missingRow(lacking) }
    var lacking: ScoringMessage.Lacking {
        let why: ScoringMessage.Lacking.Why = switch reason {
        case .blank: .blank
        case .noSpending: .noSpending
        case .pendingAtYearEnd: .pendingAtYearEnd
        }
        return ScoringMessage.Lacking(name, cells: cells.map { $0.spellings[0] }, why: why)
    }
    /// The Chinese alone, for the reports' cells and the JSON's `text`.
    public var chinese: String { text.zh }
}

extension Judgement {
    /// Whether any rule scores indicators: only then does a blank indicator lack a score.
    var scoresIndicators: Bool {
        ev.model.rules.contains { $0.subject == .indicator && $0.clauses.contains { $0.level == .score } }
    }

    /// Whether an indicator's weight is written blank.
    func weightIsBlank(_ i: Int) -> Bool { ev.model.indicators[i].decl.weight?.containsBlank == true }

    /// The score an indicator lacks, if it lacks one.
    func missingScore(indicator i: Int) -> MissingScore? {
        guard score(.indicator(i)) == nil, let r = ev.indicator(i) else { return nil }
        let name = ev.model.indicators[i].decl.name.text
        var cells = r.blank
        if weightIsBlank(i) { cells.append(.weight) }
        if !cells.isEmpty {
            guard scoresIndicators, weightIsBlank(i) || indicatorWeight(i) != nil else { return nil }
            return MissingScore(ref: .indicator(i), name: name, cells: cells, reason: .blank)
        }
        if r.status == .pending, ev.isYearEnd, scoresIndicators, indicatorWeight(i) != nil {
            return MissingScore(ref: .indicator(i), name: name, cells: [], reason: .pendingAtYearEnd)
        }
        return nil
    }

    /// The score a budget lacks: it has points (分值) and a blank 执行率 or weight.
    func missingScore(budget b: Int) -> MissingScore? {
        guard score(.budget(b)) == nil, let r = ev.budget(b) else { return nil }
        let node = ev.model.budgets[b]
        let weightBlank = budgetWeightIsBlank(b)
        guard weightBlank || (r.blank.contains(.execution) && budgetWeight(b) != nil) else { return nil }
        // Only a budget some rule scores: the policy 自评评分 scores the top-level ones.
        guard ev.model.rules.contains(where: { $0.subject == .budget && $0.clauses.contains { $0.level == .score } }), node.parent == nil || node.weight != nil else { return nil }
        var cells = r.blank.filter { $0 == .amount || $0 == .executed }
        if weightBlank, !cells.contains(.amount) { cells.append(.weight) }
        return MissingScore(ref: .budget(b), name: node.name.text, cells: cells, reason: r.noSpending && !weightBlank ? .noSpending : .blank)
    }

    /// Whether any rule scores anything: without one, no total lacks a score.
    var scoresAnything: Bool {
        if let known = memo?.scoresAnything { return known }
        let scores = ev.model.rules.contains { $0.clauses.contains { $0.level == .score } }
        memo?.scoresAnything = scores
        return scores
    }

    /// The scores a group's score lacks, of its indicators and subgroups.
    public func missingScores(group g: Int) -> [MissingScore] {
        guard scoresAnything else { return [] }
        return groupMissing(g)
    }

    func groupMissing(_ g: Int) -> [MissingScore] {
        var out = ev.model.groups[g].indicators.compactMap { missingScore(indicator: $0) }
        for c in ev.model.groups[g].children { out += groupMissing(c) }
        return out
    }

    /// The scores the 总分 of a project (or, nil, of the department's own part) lacks.
    public func missingScores(project: Int? = nil) -> [MissingScore] {
        guard scoresAnything else { return [] }
        let m = ev.model
        var out: [MissingScore] = []
        if let p = project {
            out += groupMissing(p)
        } else {
            for g in ev.tables.topGroups(of: nil) { out += groupMissing(g) }
            for i in m.indicators.indices where m.indicators[i].group == nil { if let s = missingScore(indicator: i) { out.append(s) } }
        }
        for b in ev.tables.budgets(of: project) { if let s = missingScore(budget: b) { out.append(s) } }
        return out
    }

    /// One W-incomplete per total that lacks a score, naming each row it lacks.
    func incompleteFindings() -> [Diagnostic] {
        guard scoresAnything else { return [] }
        var out: [Diagnostic] = []
        for p in [nil] + ev.model.projects.map(Optional.some) {
            let missing = missingScores(project: p)
            guard !missing.isEmpty else { continue }
            let table: ScoringMessage.Table = p.map { .project(ev.model.groups[$0].name.text) } ?? (ev.model.projects.isEmpty ? .report : .ownPart)
            let sum = totalScore(project: p).map { $0.decimalString(maxDecimals: 2) }
            out.append(Diagnostic(.warning, DiagnosticCode.incomplete, .rules(.scoring(.incomplete(table, without: sum, missing: missing.map(\.lacking)))),
                                  at: p.map { ev.model.groups[$0].name.span } ?? ev.model.span(of: missing[0].ref),
                                  hint: .rules(.scoring(.incompleteHint))))
        }
        return out
    }

    /// The score a row that only states one (`stated 得分 10`, no target, no actual) counts with.
    func statedScore(_ i: Int) -> Exact? {
        guard let c = ev.model.indicators[i].decl.stated.first(where: isScoreClaim), let v = points(c).value, v.unit.isEmpty else { return nil }
        return v.value
    }
}
