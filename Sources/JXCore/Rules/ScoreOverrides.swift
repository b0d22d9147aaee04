/// Which scoring rule scores a row. A script changes how some indicators are scored without
/// copying the policy: `rule 整分 overrides 指标得分 for each indicator where … { score … }`
/// scores the rows it covers, and where none of its clauses holds the rule it overrides
/// still does. Two scoring rules that cover one row, neither overriding the other, are an
/// error naming both (the first in script order would otherwise win without a word).
extension RuleEngine {
    /// The rules an `overrides NAME` names: the rule of that name, or every scoring rule of
    /// the rule's kind in the imported policy of that name (`overrides 自评评分`).
    func targets(of r: Int, in model: Model) -> [Int] {
        let rules = model.rules
        guard let t = rules[r].overrides?.text else { return [] }
        let subject = rules[r].subject
        let named = rules.indices.filter { rules[$0].name.text == t && rules[$0].subject == subject && $0 != r }
        if !named.isEmpty { return named }
        guard model.policyNames.values.contains(t) else { return [] }
        return rules.indices.filter { k in
            rules[k].subject == subject && model.policyNames[rules[k].span.file] == t && rules[k].clauses.contains { $0.level == .score }
        }
    }

    /// Whether rule `a` overrides rule `b`, directly or through a chain of overrides.
    func overrides(_ a: Int, _ b: Int, in model: Model) -> Bool {
        var seen: Set<Int> = [a]
        var frontier = [a]
        while let current = frontier.popLast() {
            for next in targets(of: current, in: model) where seen.insert(next).inserted {
                if next == b { return true }
                frontier.append(next)
            }
        }
        return false
    }

    /// The score of the rules that claim a row: those no other claimant overrides go first,
    /// then the ones they override; a tie among the first is a conflict, reported once.
    func chooseScore(_ scoring: [ScoringClaim], in ev: Evaluator) -> ScoringClaim? {
        guard scoring.count > 1 else { return scoring.first?.score == nil ? nil : scoring.first }
        let rules = ev.model.rules
        var left = scoring
        while !left.isEmpty {
            let top = left.filter { c in !left.contains { o in o.rule != c.rule && overrides(o.rule, c.rule, in: ev.model) } }
            guard !top.isEmpty else { return left.first?.score == nil ? nil : left.first }
            // A rule whose override names nothing has its own error (E-override-unknown): not a conflict too.
            let sound = top.filter { c in rules[c.rule].overrides == nil || !targets(of: c.rule, in: ev.model).isEmpty }
            if sound.count > 1 { conflict(rules[sound[0].rule], rules[sound[1].rule]) }
            if let s = top.first(where: { $0.score != nil }) { return s }
            left.removeAll { c in top.contains { $0.rule == c.rule } }
        }
        return nil
    }

    func conflict(_ first: RuleDecl, _ second: RuleDecl) {
        // Scored by the rule's kind: a budget rule's rows are budgets, any other's indicators.
        let subject: EntityKind = first.subject == .budget ? .budget : .indicator
        let d = Diagnostic(.error, DiagnosticCode.scoreConflict,
                           .rules(.scoreConflict(rule: second.name.text, other: first.name.text, subject: subject)), at: second.name.span,
                           hint: .rules(.scoreConflictHint(rule: second.name.text, other: first.name.text)),
                           notes: [DiagnosticNote(.rules(.ruleDeclaredHere(first.name.text)), at: first.name.span)])
        errors.add(d, for: judging)
    }

    /// An override that names no scoring rule of its kind, or that scores nothing itself.
    func overrideFindings(_ model: Model, in ev: Evaluator) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (r, rule) in model.rules.enumerated() {
            guard let target = rule.overrides else { continue }
            let candidates = model.rules.filter { $0.subject == rule.subject && $0.name.text != rule.name.text && $0.clauses.contains { $0.level == .score } }
            if !targets(of: r, in: model).contains(where: { model.rules[$0].clauses.contains { $0.level == .score } }) {
                let s = ev.suggest(target.text, among: candidates.count) { candidates.map(\.name.text) }
                let list = candidates.map(\.name.text)
                let subject: EntityKind = rule.subject == .budget ? .budget : .indicator
                out.append(Diagnostic(.error, DiagnosticCode.overrideUnknown, .rules(.overrideUnknown(rule: rule.name.text, target: target.text, subject: subject)),
                                      at: target.span,
                                      hint: s.map { .common(.didYouMean($0)) } ?? .rules(list.isEmpty ? .importPolicyFirst : .scoringRulesAre(list))))
            }
            if !rule.clauses.contains(where: { $0.level == .score }) {
                out.append(Diagnostic(.error, DiagnosticCode.overrideUnscored, .rules(.overrideUnscored(rule: rule.name.text, target: target.text)),
                                      at: rule.name.span, hint: .rules(.overrideUnscoredHint)))
            }
        }
        return out
    }
}

/// A scoring rule that claims an entity, with the score it gives and the clause that gave it
/// (none when none of its score clauses held).
struct ScoringClaim {
    var rule: Int
    var score: Exact? = nil
    var clause: Int? = nil
}
