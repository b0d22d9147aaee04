/// Checks rules before they run: every name a condition or message uses must exist for the
/// rule's subject, so a misspelt field fails at check time with a suggestion; and a clause
/// that can never take effect (a light in a rule over the whole report, a clause after
/// `otherwise`, a message no one sees) is an error, not silence.
extension RuleEngine {
    func validate(_ model: Model, in ev: Evaluator) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in model.rules {
            let members: [Member] = rule.subject == .budget ? Evaluator.budgetMembers : rule.subject == .indicator ? Evaluator.indicatorMembers : []
            let allowed = Set(members.flatMap(\.spellings) + Member.timeProgress.spellings + names)
            if let scope = rule.scope {
                if rule.subject == .budget {
                    out.append(Diagnostic(.error, "E-rule-scope", "rule \(rule.name.text) judges budgets, which are in no group: `in \(scope.text)` would choose none", at: scope.span,
                                          hint: "choose budgets with `where`: rule \(rule.name.text) for each budget where 顶层 { … }"))
                } else if model.lookup(scope.text).isEmpty, !model.indicators.contains(where: { $0.level1 == scope.text || $0.level2 == scope.text }) {
                    let s = ev.suggest(scope.text, among: model.groups.count) { model.groups.map(\.name.text) }
                    out.append(Diagnostic(.error, "E-unknown-name", "rule \(rule.name.text) applies to group \(scope.text), which does not exist", at: scope.span, hint: s.map { "did you mean \($0)?" } ?? "name a group of the script", replacement: s))
                }
            }
            out.append(contentsOf: deadClauses(rule))
            var exprs: [Expr] = rule.filter.map { [$0] } ?? []
            exprs.append(contentsOf: rule.clauses.compactMap(\.condition))
            exprs.append(contentsOf: rule.clauses.compactMap(\.value))
            for e in exprs { checkNames(e, allowed: allowed, rule: rule, model: model, in: ev, into: &out) }
            for c in rule.clauses { out.append(contentsOf: messageParts(c, allowed: allowed, rule: rule, model: model, in: ev)) }
        }
        out.append(contentsOf: overrideFindings(model, in: ev))
        out.append(contentsOf: overrideFindings(model, in: ev))
        return out
    }

    /// Clauses that can never take effect: a light or a score in a rule over the whole
    /// report (nothing to light or score), clauses after `otherwise` (never tried), and the
    /// message of a score (never shown).
    func deadClauses(_ rule: RuleDecl) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let name = rule.name.text
        for c in rule.clauses {
            if rule.subject == .report, c.level.isLight || c.level == .score {
                let what = c.level == .score ? "a score" : "a light"
                out.append(Diagnostic(.error, "E-rule-subject", "rule \(name) is over the whole report: \(what) needs a budget or an indicator to go to", at: c.levelSpan,
                                      hint: "rule \(name) for each indicator { \(c.level.rawValue) … }, or give a finding: error, warning or info when …"))
            }
            if c.level == .score, let s = c.messageSpan {
                out.append(Diagnostic(.error, "E-rule-message", "rule \(name): a score clause's message is never shown", at: s,
                                      hint: "remove the message, or put it on a light or a finding"))
            }
        }
        if let k = rule.clauses.firstIndex(where: { $0.condition == nil }), k + 1 < rule.clauses.count {
            let next = rule.clauses[k + 1]
            out.append(Diagnostic(.error, "E-rule-unreachable", "rule \(name): this clause comes after `otherwise` and is never tried", at: next.levelSpan,
                                  hint: "the first clause that holds decides; move `otherwise` to the end, or remove the clauses after it"))
        }
        return out
    }

    /// The `{…}` parts of a clause's message: each must be an expression of names that exist.
    /// A part that is not is shown as written, so it is reported here rather than silently.
    func messageParts(_ c: RuleClause, allowed: Set<String>, rule: RuleDecl, model: Model, in ev: Evaluator) -> [Diagnostic] {
        guard let text = c.message, let at = c.messageSpan, text.utf8.contains(UInt8(ascii: "{")) else { return [] }
        var out: [Diagnostic] = []
        for piece in RuleEngine.cut(text) {
            guard case .value(_, let part) = piece else { continue }
            guard let e = RuleEngine.parseTemplateExpression(part) else {
                out.append(Diagnostic(.error, "E-rule-message", "rule \(rule.name.text): the message part {\(part)} is not an expression", at: at,
                                      hint: "write a name or an expression between the braces: {执行率}, {实际 - 目标}"))
                continue
            }
            var found: [Diagnostic] = []
            checkNames(e, allowed: allowed, rule: rule, model: model, in: ev, into: &found)
            // The part was parsed on its own: its names are pointed at through the message.
            out.append(contentsOf: found.map { d in var d = d; d.span = at; return d })
        }
        return out
    }

    func checkNames(_ e: Expr, allowed: Set<String>, rule: RuleDecl, model: Model, in ev: Evaluator, into out: inout [Diagnostic]) {
        switch e {
        case .name(let id):
            if allowed.contains(id.text) || !model.lookup(id.text).isEmpty || Light.named(id.text) != nil || Status.named(id.text) != nil || id.text == "true" || id.text == "false" { return }
            let s = ev.suggest(id.text, among: allowed.count + model.symbols.count) { allowed.sorted() + Array(model.symbols.keys) }
            let what = rule.subject == .report ? "which is not a name of the script" : "which is neither a field of a \(rule.subject.rawValue) nor a name of the script"
            out.append(Diagnostic(.error, "E-unknown-name", "rule \(rule.name.text) uses \(id.text), \(what)", at: id.span,
                                  hint: s.map { "did you mean \($0)?" } ?? (rule.subject == .report ? "a rule over the whole report reads the script's names, as an assert does" : "fields of a \(rule.subject.rawValue): " + allowed.sorted().prefix(10).joined(separator: ", ")),
                                  replacement: s))
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
