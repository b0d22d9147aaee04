/// Rules judge budgets and indicators: each rule's clauses are tried in order and the first
/// that holds gives a light (red, yellow, green, blue) or a finding (error, warning, info)
/// with a message whose `{…}` parts show values. An entity under several rules takes the
/// most severe light (red, yellow, green, blue: `Light`). The evaluator asks for a verdict
/// when its cell is read and keeps it.
///
/// The engine reads the model and its values through the evaluator's public reads (values,
/// expressions about a subject, verdicts); what it keeps of its own is what it learnt about
/// the rules: message templates cut once, and errors reported once per rule.
public final class RuleEngine: Judge {
    /// Rule messages cut and parsed, by the message's place in its rule (see `expand`).
    var templatePieces: [Span: [TemplatePiece]] = [:]
    /// Errors a rule's expressions raised, each reported once (not once per entity judged).
    var errors = RuleErrors()
    /// The entity being judged (nil: the report's own rules): its errors are kept with it.
    var judging: EntityRef?

    /// The rules compiled, kept across changes that move no rule and no name.
    var program: RuleProgram?
    /// With `Evaluator.recordsComparisons`: what each verdict compared, and the record of
    /// the verdict being judged.
    var records = ComparisonRecords()
    var recording: ComparisonRecord?

    public init() {}

    public func copy() -> any Judge {
        let r = RuleEngine()
        r.templatePieces = templatePieces
        r.errors = errors
        r.program = program
        return r
    }

    public func modelChanged(_ touched: [ModelTouch]) {
        for t in touched {
            switch t {
            case .constant, .spend, .budget, .indicator, .shares, .time: continue
            case .name, .indicators, .verdicts: program = nil
            case .everything:
                // Every verdict is judged again: no record is asked for.
                program = nil
                records.removeAll()
            }
        }
    }

    /// Whether a rule judges an entity.
    func applies(_ rule: RuleDecl, to ref: EntityRef, in ev: Evaluator) -> Bool {
        switch (rule.subject, ref) {
        case (.budget, .budget): return true
        case (.indicator, .indicator(let i)):
            guard let scope = rule.scope else { return true }
            // Read in place: a copy of the indicator's node would retain its declaration.
            return ev.model.indicators[i].path.contains(scope.text)
                || ev.model.indicators[i].level1 == scope.text || ev.model.indicators[i].level2 == scope.text
        default: return false
        }
    }

    public func judge(_ ref: EntityRef, in ev: Evaluator) -> Verdict {
        // Judged again, an entity says afresh what is wrong; a verdict judged meanwhile
        // (a sibling's score) keeps its own.
        let outer = judging
        judging = ref
        errors.forget(ref)
        // A verdict judged meanwhile (a sibling's score) keeps a record of its own.
        let outerRecord = recording, outerReads = ev.constantsRead, outerPaused = ev.constantsReadPaused
        recording = nil
        if ev.recordsComparisons {
            records.set(nil, for: ref)
            ev.constantsRead = []
            ev.constantsReadPaused = 0
        }
        defer {
            judging = outer
            recording = outerRecord
            ev.constantsRead = outerReads
            ev.constantsReadPaused = outerPaused
        }
        var v = Verdict()
        if case .indicator(let i) = ref, let status = ev.indicator(i)?.status {
            switch status {
            // Pending indicators are not judged: nothing has happened yet; nor blank ones:
            // nothing is known (a light or a score of a blank would be made up).
            case .pending, .blank: return v
            // A row that only states its score is scored as stated, and not lit.
            case .unverifiable:
                v.score = Judgement(ev).statedScore(i)
                return v
            default: break
            }
        }
        let ctx = Evaluator.Context(subject: ref)
        // Rules and their clauses are read in place, in script order: copying a clause (or
        // a list of the rules that apply) for every entity judged retained all its parts.
        let rules = ev.model.rules
        let code = compiled(ev)
        if ev.recordsComparisons { recording = ComparisonRecord(program: code.program) }
        let outerStamp = code.begin()
        defer { code.end(outerStamp) }
        // The scoring rules that claim this entity, each with the score it gives (if any):
        // which of them decides is `chooseScore`'s (an override, or a conflict said).
        var scoring: [ScoringClaim] = []
        for r in rules.indices where applies(rules[r], to: ref, in: ev) {
            if let f = code.rules[r].filter {
                guard case .bool(true)? = try? evaluate(f, ctx, code, in: ev) else { continue }
            }
            if code.rules[r].scores { scoring.append(ScoringClaim(rule: r)) }
            clauses: for k in rules[r].clauses.indices {
                if let c = code.rules[r].clauses[k].condition {
                    // A condition that cannot be evaluated (a missing figure) gives no verdict:
                    // falling through to `otherwise` would paint it green.
                    switch try? evaluate(c, ctx, code, in: ev) {
                    case .bool(true)?: break
                    case .bool(false)?: continue clauses
                    default: break clauses
                    }
                }
                let level = rules[r].clauses[k].level
                if level == .score {
                    if let c = code.rules[r].clauses[k].value, let e = rules[r].clauses[k].value,
                       let q = try? ev.number(try evaluate(c, ctx, code, in: ev), at: e.span), let s = try? q.baseValue() {
                        scoring[scoring.count - 1].score = Judgement(ev).roundedScore(s)
                        scoring[scoring.count - 1].clause = k
                    }
                } else if let l = RuleEngine.light(of: level) {
                    if v.light == nil || l > v.light! {
                        v.light = l
                        v.lightRule = rules[r].name.text
                        // Its message is written when asked for (`Evaluator.lightMessage(of:)`).
                        v.lightBy = code.rules[r].clauses[k].message == nil ? nil : ClauseSource(rule: r, clause: k)
                    }
                } else {
                    let sev: Severity = level == .error ? .error : level == .warning ? .warning : .info
                    let name = rules[r].name.text
                    let message = code.rules[r].clauses[k].message.map { expand($0, ctx, code, in: ev) }
                    v.findings.append(Diagnostic(sev, DiagnosticCode.rule(name), .rules(.aboutSubject(ev.model.name(of: ref), message: message, rule: name)),
                                                 at: ev.model.span(of: ref), label: .rules(.rule(name))))
                }
                break
            }
        }
        let chosen = chooseScore(scoring, in: ev)
        v.score = chosen?.score
        v.scoredBy = chosen.flatMap { c in c.clause.map { ClauseSource(rule: c.rule, clause: $0) } }
        if var record = recording {
            record.constants = ev.constantsRead ?? []
            record.describesLight = v.lightBy != nil
            records.set(record, for: ref)
        }
        return v
    }

    /// The light a clause's level gives (nil: a finding or a score), without going through
    /// the level's spelling.
    static func light(of level: RuleLevel) -> Light? {
        switch level {
        case .red: .red
        case .yellow: .yellow
        case .green: .green
        case .blue: .blue
        case .error, .warning, .info, .score: nil
        }
    }

    /// Evaluates a rule's expression; an error is reported once per rule, not once per entity.
    func evaluate(_ e: Expr, _ ctx: Evaluator.Context, in ev: Evaluator) throws(Evaluator.Failure) -> Value {
        var fresh: [Diagnostic] = []
        do {
            return try ev.evaluate(e, ctx, withholding: &fresh)
        } catch {
            for d in fresh { errors.add(d, for: judging) }
            throw error
        }
    }

    /// The same for a compiled expression.
    func evaluate(_ c: RuleCode, _ ctx: Evaluator.Context, _ code: CompiledRules, in ev: Evaluator) throws(Evaluator.Failure) -> Value {
        var fresh: [Diagnostic] = []
        do {
            return try ev.withholding(&fresh) { () throws(Evaluator.Failure) -> Value in try run(c, ctx, code, in: ev) }
        } catch {
            for d in fresh { errors.add(d, for: judging) }
            throw error
        }
    }

    public func forgetErrors(naming name: String) -> Bool {
        let missing = { (d: Diagnostic) in d.code == "E-unknown-name" && d.message.contains(name) }
        return errors.removeAll(where: missing)
    }

    /// Findings of every rule over every entity and of the rules over the whole report, and
    /// the rules' static errors.
    public func findings(in ev: Evaluator) -> [Diagnostic] {
        let model = ev.model
        var out = validate(model, in: ev)
        guard !model.rules.isEmpty else { return out }
        for i in model.budgets.indices { out.append(contentsOf: ev.verdict(.budget(i)).findings) }
        for i in model.indicators.indices { out.append(contentsOf: ev.verdict(.indicator(i)).findings) }
        out.append(contentsOf: reportRuleFindings(in: ev))
        // A name the static check already reported is not reported again from evaluation.
        let known = Set(out.compactMap(\.span))
        out.append(contentsOf: errors.all.filter { !known.contains($0.span ?? Span(file: -1, start: 0, end: 0)) })
        return out
    }

    // MARK: fields only rules and scoring give

    public func member(_ ref: EntityRef, _ m: Member, _ id: Ident, in ev: Evaluator) throws(Evaluator.Failure) -> Value {
        guard m == .light else { return try Judgement(ev).member(ref, m, id) }
        let light: Light?
        if case .group(let g) = ref {
            light = ev.model.groups[g].isProject ? Judgement(ev).projectLight(g) : Judgement(ev).groupLight(g)
        } else { light = ev.verdict(ref).light }
        guard let light else {
            if case .indicator(let i) = ref, ev.indicator(i)?.status == .pending { return .pending }
            throw ev.fail(.rules(.noLight(ev.model.kind(ref), ev.model.name(of: ref))), at: id.span,
                          hint: .rules(ev.model.rules.isEmpty ? .lightsFromPolicy : .noRuleLightsIt))
        }
        return .light(light)
    }

    public let names = ["总分", "totalScore", "评级", "rating", "缺项", "missingScores"]

    public func value(ofName name: String, project: Int?, at span: Span, in ev: Evaluator) throws(Evaluator.Failure) -> Value? {
        switch name {
        case "总分", "totalScore":
            guard let t = Judgement(ev).totalScore(project: project) else {
                throw ev.fail(.rules(.scoring(.noScoreToTotal)), at: span, hint: .rules(.scoring(.scoresFromRules)))
            }
            return .quantity(Quantity(t, ev.model.units.lookup("")!))
        case "评级", "rating":
            // An incomplete total has no grade: it would be the grade of a sum without its blanks.
            if !Judgement(ev).missingScores(project: project).isEmpty { return .blank }
            guard let t = Judgement(ev).totalScore(project: project) else {
                throw ev.fail(.rules(.scoring(.noScoreToRate)), at: span, hint: .rules(.scoring(.scoresFromRules)))
            }
            return .text(Judgement(ev).rating(t))
        case "缺项", "missingScores":
            // How many rows the 总分 lacks (blank, or pending at the year's end): 0 when complete.
            return .quantity(Quantity(Exact(Judgement(ev).missingScores(project: project).count), ev.model.units.lookup("")!))
        default:
            return nil
        }
    }
}
