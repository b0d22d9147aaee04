/// Checks rules before they run: every name a condition or message uses must exist for the
/// rule's subject, so a misspelt field fails at check time with a suggestion.
extension RuleEngine {
    func validate(_ model: Model, in ev: Evaluator) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in model.rules {
            let members: [Member] = rule.subject == .budget ? Evaluator.budgetMembers : rule.subject == .indicator ? Evaluator.indicatorMembers : []
            let allowed = Set(members.flatMap(\.spellings) + Member.timeProgress.spellings)
            if let scope = rule.scope, model.lookup(scope.text).isEmpty, !model.indicators.contains(where: { $0.level1 == scope.text || $0.level2 == scope.text }) {
                let s = ev.suggest(scope.text, among: model.groups.count) { model.groups.map(\.name.text) }
                out.append(Diagnostic(.error, "E-unknown-name", "rule \(rule.name.text) applies to group \(scope.text), which does not exist", at: scope.span, hint: s.map { "did you mean \($0)?" } ?? "name a group of the script"))
            }
            var exprs: [Expr] = rule.filter.map { [$0] } ?? []
            exprs.append(contentsOf: rule.clauses.compactMap(\.condition))
            for e in exprs { checkNames(e, allowed: allowed, rule: rule, model: model, in: ev, into: &out) }
        }
        return out
    }

    func checkNames(_ e: Expr, allowed: Set<String>, rule: RuleDecl, model: Model, in ev: Evaluator, into out: inout [Diagnostic]) {
        switch e {
        case .name(let id):
            if allowed.contains(id.text) || !model.lookup(id.text).isEmpty || Light.named(id.text) != nil || Status.named(id.text) != nil || id.text == "true" || id.text == "false" { return }
            let s = ev.suggest(id.text, among: allowed.count + model.symbols.count) { allowed.sorted() + Array(model.symbols.keys) }
            out.append(Diagnostic(.error, "E-unknown-name", "rule \(rule.name.text) uses \(id.text), which is neither a field of a \(rule.subject.rawValue) nor a name of the script", at: id.span,
                                  hint: s.map { "did you mean \($0)?" } ?? "fields of a \(rule.subject.rawValue): " + allowed.sorted().prefix(10).joined(separator: ", ")))
        case .member(let b, _): checkNames(b, allowed: allowed, rule: rule, model: model, in: ev, into: &out)
        case .unary(_, let x, _): checkNames(x, allowed: allowed, rule: rule, model: model, in: ev, into: &out)
        case .binary(_, let l, let r, _):
            checkNames(l, allowed: allowed, rule: rule, model: model, in: ev, into: &out)
            checkNames(r, allowed: allowed, rule: rule, model: model, in: ev, into: &out)
        case .call(_, let args, _): for a in args { checkNames(a, allowed: allowed, rule: rule, model: model, in: ev, into: &out) }
        default: return
        }
    }
}
