/// Rules over the whole report: `rule 合计核对 { error when … "合计不符" }`, without `for
/// each`. Such a rule runs once, its names resolved as at the top level (a narrative's sum
/// against a table's), and its first clause that holds is a finding at the rule itself.
/// It has no subject to light or to score: those clauses are errors (see `validate`).
extension RuleEngine {
    func reportRuleFindings(in ev: Evaluator) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let rules = ev.model.rules
        let ctx = Evaluator.Context()
        // Judged afresh at every call: what the report's rules said before is replaced.
        let outer = judging
        judging = nil
        errors.forget(nil)
        defer { judging = outer }
        for r in rules.indices where rules[r].subject == .report {
            for k in rules[r].clauses.indices {
                let clause = rules[r].clauses[k]
                if let c = clause.condition {
                    // As for an entity: a condition that cannot be evaluated gives no finding
                    // (its error is reported once, by `evaluate`), nor does any clause after it.
                    guard case .bool(let holds)? = try? evaluate(c, ctx, in: ev) else { break }
                    if !holds { continue }
                }
                // A light or a score here is an error of its own (`deadClauses`); it decides
                // all the same, as the first clause that holds does.
                guard let sev = RuleEngine.severity(of: clause.level) else { break }
                let name = rules[r].name.text
                let message: RuleMessage = clause.message.map { .authored(expand($0, ctx, key: clause.messageSpan, in: ev)) } ?? .ruleHolds(name)
                out.append(Diagnostic(sev, DiagnosticCode.rule(name), .rules(message), at: RuleEngine.head(of: rules[r]), label: .rules(.rule(name))))
                break
            }
        }
        return out
    }

    /// The severity of a finding clause; nil for a light or a score.
    static func severity(of level: RuleLevel) -> Severity? {
        switch level {
        case .error: .error
        case .warning: .warning
        case .info: .info
        default: nil
        }
    }

    /// `rule 合计核对`: where a whole-report rule's findings point.
    static func head(of r: RuleDecl) -> Span {
        Span(file: r.name.span.file, start: min(r.span.start, r.name.span.start), end: r.name.span.end)
    }
}
