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
                    out.append(Diagnostic(.error, DiagnosticCode.ruleScope, .rules(.scopeOnBudgets(rule: rule.name.text, scope: scope.text)), at: scope.span,
                                          hint: .rules(.scopeOnBudgetsHint(rule: rule.name.text))))
                } else if model.lookup(scope.text).isEmpty, !model.indicators.contains(where: { $0.level1 == scope.text || $0.level2 == scope.text }) {
                    let s = ev.suggest(scope.text, among: model.groups.count) { model.groups.map(\.name.text) }
                    out.append(Diagnostic(.error, DiagnosticCode.unknownName, .rules(.unknownGroup(rule: rule.name.text, group: scope.text)), at: scope.span,
                                          hint: s.map { .common(.didYouMean($0)) } ?? .rules(.nameAGroup), replacement: s))
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
                out.append(Diagnostic(.error, DiagnosticCode.ruleSubject, .rules(.overWholeReport(rule: name, score: c.level == .score)), at: c.levelSpan,
                                      hint: .rules(.overWholeReportHint(rule: name, level: c.level.rawValue))))
            }
            if c.level == .score, let s = c.messageSpan {
                out.append(Diagnostic(.error, DiagnosticCode.ruleMessage, .rules(.scoreMessageNeverShown(rule: name)), at: s, hint: .rules(.scoreMessageNeverShownHint)))
            }
        }
        if let k = rule.clauses.firstIndex(where: { $0.condition == nil }), k + 1 < rule.clauses.count {
            let next = rule.clauses[k + 1]
            out.append(Diagnostic(.error, DiagnosticCode.ruleUnreachable, .rules(.afterOtherwise(rule: name)), at: next.levelSpan, hint: .rules(.afterOtherwiseHint)))
        }
        return out
    }

    /// The `{…}` parts of a clause's message: each must be an expression of names that exist.
    /// A part that is not is shown as written, so it is reported here rather than silently.
    func messageParts(_ c: RuleClause, allowed: Set<String>, rule: RuleDecl, model: Model, in ev: Evaluator) -> [Diagnostic] {
        guard let text = c.message, let at = c.messageSpan, ByteText.contains(text, UInt8(ascii: "{")) else { return [] }
        var out: [Diagnostic] = []
        for piece in RuleEngine.cut(text) {
            guard case .value(_, let part) = piece else { continue }
            guard let e = RuleEngine.parseTemplateExpression(part) else {
                out.append(Diagnostic(.error, DiagnosticCode.ruleMessage, .rules(.partNotExpression(rule: rule.name.text, part: part)), at: at,
                                      hint: .rules(.partNotExpressionHint)))
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
            let kind: EntityKind? = rule.subject == .budget ? .budget : rule.subject == .indicator ? .indicator : nil
            let fields = (rule.subject == .budget ? Evaluator.budgetMembers : Evaluator.indicatorMembers).map { $0.spellings[0] } + [Member.timeProgress.spellings[0]]
            let hint: Message = s.map { .common(.didYouMean($0)) }
                ?? .rules(kind.map { .fieldsOf($0, zh: fields, en: Array(allowed.sorted().prefix(10))) } ?? .reportRuleReadsNames)
            out.append(Diagnostic(.error, DiagnosticCode.unknownName, .rules(.unknownInRule(rule: rule.name.text, name: id.text, field: kind)), at: id.span,
                                  hint: hint, replacement: s))
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
