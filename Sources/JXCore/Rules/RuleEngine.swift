/// Rules judge budgets and indicators: each rule's clauses are tried in order and the first
/// that holds gives a light (red, yellow, green, blue) or a finding (error, warning, info)
/// with a message whose `{…}` parts show values. An entity under several rules takes the
/// worst light. Verdicts are computed per entity, on demand, and cached like values.
public struct Verdict: Sendable, Equatable {
    public var light: Light?
    /// The rule and message behind the light.
    public var lightRule: String?
    public var lightMessage: String?
    /// From the first `score` clause that holds.
    public var score: Exact?
    public var findings: [Diagnostic] = []
}

extension Evaluator {
    /// Rules that apply to an entity, in script order.
    func rules(for ref: EntityRef) -> [RuleDecl] {
        model.rules.filter { rule in
            switch (rule.subject, ref) {
            case (.budget, .budget): return true
            case (.indicator, .indicator(let i)):
                guard let scope = rule.scope else { return true }
                return model.indicators[i].path.contains(scope.text)
                    || model.indicators[i].level1 == scope.text || model.indicators[i].level2 == scope.text
            default: return false
            }
        }
    }

    public func verdict(_ ref: EntityRef) -> Verdict {
        touch(verdictCell(ref))
        return verdictCache[ref] ?? Verdict()
    }

    func verdictCell(_ ref: EntityRef) -> Cell {
        switch ref {
        case .budget(let i): Cell(.budgetVerdict, i)
        case .indicator(let i): Cell(.indicatorVerdict, i)
        default: Cell(.budgetVerdict, -1)
        }
    }

    func computeVerdict(_ ref: EntityRef) -> Verdict {
        var v = Verdict()
        // Pending indicators are not judged: nothing has happened yet.
        if case .indicator(let i) = ref, indicator(i)?.status == .pending { return v }
        let ctx = Context(subject: ref)
        for rule in rules(for: ref) {
            if let f = rule.filter {
                guard case .bool(true)? = try? evaluateQuietly(f, ctx, rule: rule) else { continue }
            }
            clauses: for clause in rule.clauses {
                if let c = clause.condition {
                    // A condition that cannot be evaluated (a missing figure) gives no verdict:
                    // falling through to `otherwise` would paint it green.
                    switch try? evaluateQuietly(c, ctx, rule: rule) {
                    case .bool(true)?: break
                    case .bool(false)?: continue clauses
                    default: break clauses
                    }
                }
                let message = clause.message.map { expand($0, ctx, key: clause.messageSpan) }
                if clause.level == .score {
                    if v.score == nil, let e = clause.value, let q = try? number(try evaluateQuietly(e, ctx, rule: rule), at: e.span), let s = try? q.baseValue() { v.score = s }
                } else if clause.level.isLight, let l = Light(rawValue: clause.level.rawValue) {
                    if v.light == nil || l > v.light! {
                        v.light = l
                        v.lightRule = rule.name.text
                        v.lightMessage = message
                    }
                } else {
                    let sev: Severity = clause.level == .error ? .error : clause.level == .warning ? .warning : .info
                    let text = "\(model.name(of: ref)): " + (message ?? "rule \(rule.name.text)")
                    v.findings.append(Diagnostic(sev, "R-" + rule.name.text, text, at: model.span(of: ref), label: "rule \(rule.name.text)"))
                }
                break
            }
        }
        return v
    }

    /// Evaluates a rule's expression; an error is reported once per rule, not once per entity.
    func evaluateQuietly(_ e: Expr, _ ctx: Context, rule: RuleDecl) throws(Failure) -> Value {
        let mark = cellDiagnostics[stack.last ?? .time]?.count ?? 0
        do {
            return try eval(e, ctx)
        } catch {
            if let c = stack.last, var ds = cellDiagnostics[c], ds.count > mark {
                let fresh = ds[mark...]
                ds.removeSubrange(mark...)
                cellDiagnostics[c] = ds
                for d in fresh where !reportedRuleErrors.contains(d) {
                    reportedRuleErrors.insert(d)
                    notes.append(d)
                }
            }
            throw error
        }
    }

    /// A message template cut into its words and its `{…}` parts, each part parsed once.
    enum TemplatePiece {
        case text(String)
        /// The expression (nil if it does not parse) and the text between the braces.
        case value(Expr?, String)
    }

    /// `"执行率 {执行率} 低于序时进度 {时间进度}"`: each `{…}` is an expression about the subject.
    /// The template is cut and parsed once per message (`key`, its place in the rule), not
    /// once per entity the rule judges.
    func expand(_ template: String, _ ctx: Context, key: Span? = nil) -> String {
        let pieces: [TemplatePiece]
        if let key, let cached = templatePieces[key] { pieces = cached } else {
            pieces = Evaluator.cut(template).map { piece in
                guard case .value(_, let text) = piece else { return piece }
                return .value(Evaluator.parseTemplateExpression(text), text)
            }
            if let key { templatePieces[key] = pieces }
        }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += t
            case .value(let e, let text): out += templateValue(e, text, ctx)
            }
        }
        return out
    }

    /// Words and `{…}` parts, by bytes (braces are ASCII); an unclosed `{` stays text.
    static func cut(_ template: String) -> [TemplatePiece] {
        let b = Array(template.utf8)
        var out: [TemplatePiece] = []
        var i = 0, start = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "{"), let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) {
                if i > start { out.append(.text(String(decoding: b[start..<i], as: UTF8.self))) }
                out.append(.value(nil, String(decoding: b[(i + 1)..<close], as: UTF8.self)))
                i = close + 1
                start = i
                continue
            }
            i += 1
        }
        if start < b.count { out.append(.text(String(decoding: b[start...], as: UTF8.self))) }
        return out
    }

    static func parseTemplateExpression(_ text: String) -> Expr? {
        var p = Parser(source: SourceFile(path: "<template>", bytes: Array(text.utf8)), fileID: -1)
        p.allowExpressions = true
        let s = p.parseScript()
        if p.diagnostics.isEmpty, s.statements.count == 1, case .expression(let e) = s.statements[0] { return e }
        return nil
    }

    func templateValue(_ expr: Expr?, _ text: String, _ ctx: Context) -> String {
        guard let expr else { return "{\(text)}" }
        let saved = notes.count
        let marks = stack.last.map { cellDiagnostics[$0]?.count ?? 0 }
        defer {
            // A template that cannot be shown is shown as `?`, not reported per entity.
            if notes.count > saved { notes.removeSubrange(saved...) }
            if let c = stack.last, let m = marks, let n = cellDiagnostics[c]?.count, n > m { cellDiagnostics[c]!.removeSubrange(m...) }
        }
        guard let v = try? eval(expr, ctx) else { return "?" }
        if case .entity(let ref) = v, let d = try? defaultValue(of: ref, at: nil) { return d.display }
        if case .text(let t) = v { return t }
        return v.display
    }

    /// Findings of every rule over every entity, and the rules' static errors.
    public func ruleFindings() -> [Diagnostic] {
        var out = validateRules()
        guard !model.rules.isEmpty else { return out }
        for i in model.budgets.indices { out.append(contentsOf: verdict(.budget(i)).findings) }
        for i in model.indicators.indices { out.append(contentsOf: verdict(.indicator(i)).findings) }
        // A name the static check already reported is not reported again from evaluation.
        let known = Set(out.compactMap(\.span))
        out.append(contentsOf: notes.filter { reportedRuleErrors.contains($0) && !known.contains($0.span ?? Span(file: -1, start: 0, end: 0)) })
        return out
    }

    /// The worst light of a group's indicators (a goal takes the worst light of its parts).
    public func groupLight(_ g: Int) -> Light? {
        var worst: Light?
        for i in model.groups[g].indicators {
            if let l = verdict(.indicator(i)).light, worst == nil || l > worst! { worst = l }
        }
        for c in model.groups[g].children {
            if let l = groupLight(c), worst == nil || l > worst! { worst = l }
        }
        return worst
    }
}
