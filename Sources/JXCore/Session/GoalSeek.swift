/// Goal seek: `solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%` → 450亩.
/// The input is set to trial values through the same path as a typed change, so each
/// trial recomputes only what depends on the input. Exact where the goal is linear in the
/// input (two trials give the line, a third confirms the root with exact rationals), by
/// bisection where it is monotone (a bracket is found by steps that double, then halved
/// a bounded number of times), and a plain "no value" with the range seen otherwise.
/// The model is put back exactly as it was.
enum GoalSeek {
    /// `solve …` or `求解 …` at the start of an input.
    static func isSolve(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        for w in ["solve", "求解"] where t.hasPrefix(w) {
            let rest = t.dropFirst(w.count)
            if let c = rest.first, c == " " || c == "\t" || c == "\u{3000}" { return true }
        }
        return false
    }
}

/// Sets the input to trial values and reads the goal, remembering every cell it disturbs
/// so that they can all be recomputed once the model is put back.
final class GoalProbe {
    let ev: Evaluator
    let input: Expr
    let goal: Expr
    let unit: String
    var disturbed: [Evaluator.Cell] = []
    var seen = Set<Evaluator.Cell>()
    var trials = 0

    init(_ ev: Evaluator, input: Expr, goal: Expr, unit: String) {
        self.ev = ev
        self.input = input
        self.goal = goal
        self.unit = unit
    }

    func value(at x: Exact) -> Value? {
        trials += 1
        let lit = NumberLiteral(value: x, unit: unit, unitSpan: nil, decimals: x.exactDecimals ?? 6, span: input.span)
        let s = Statement.assign(AssignDecl(target: input, value: .value(.number(lit)), span: input.span))
        guard case .changed(let cells, _) = ev.apply(s) else { return nil }
        disturb(cells)
        let mark = ev.notes.count
        defer { ev.dropNotes(from: mark) }
        return try? ev.eval(goal)
    }

    func disturb(_ cells: [Evaluator.Cell]) {
        for c in cells where seen.insert(c).inserted { disturbed.append(c) }
    }
}

extension ReplSession {
    func solve(_ text: String) -> Reply {
        var parser = newParser(text.trimmingSpaces())
        let seek: SolveRequest
        do throws(Parser.Failure) { seek = try parser.parseSolve() } catch { return Reply(errors: render(parser.diagnostics)) }
        if !parser.diagnostics.isEmpty { return Reply(errors: render(parser.diagnostics)) }
        let ev = evaluator
        let inputText = SessionText.expr(seek.input, sources)
        let goalText = SessionText.expr(seek.goal, sources)
        func fail(_ message: SolveMessage, _ span: Span?, hint: SolveMessage? = nil) -> Reply {
            Reply(errors: render([Diagnostic(.error, .solve, .session(.solve(message)), at: span, hint: hint.map { .session(.solve($0)) })]))
        }
        // What the input is now, and in which unit trials are written.
        let mark = ev.notes.count
        let current = try? ev.eval(seek.input)
        let wanted = try? ev.eval(seek.target)
        let now = try? ev.eval(seek.goal)
        ev.dropNotes(from: mark)
        var x0 = Exact.zero
        var unit: Unit
        switch current {
        case .quantity(let q)?:
            x0 = q.value
            unit = q.unit
        case .entity(let ref)?:
            guard let q = try? ev.number(.entity(ref), at: nil) else { return fail(.noNumber(input: inputText), seek.input.span) }
            x0 = q.value
            unit = q.unit
        default:
            // A pending actual: trials are written in the target's unit, from 0.
            guard case .member(.name(let id), _) = seek.input, let i = ModelEditor.indicatorIndex(id.text, in: ev.model), let t = ev.indicator(i)?.target else {
                return fail(.noStart(input: inputText), seek.input.span, hint: .noStartHint)
            }
            unit = t.unit
        }
        guard let wanted else { return fail(.goalNotEvaluable, seek.target.span) }
        // Check that the input can be set at all before any trial.
        let parts = ModelEditor.parts(touchedBy: .assign(AssignDecl(target: seek.input, value: .value(seek.target), span: seek.input.span)), in: ev.model)
        let probe = GoalProbe(ev, input: seek.input, goal: seek.goal, unit: unit.name)
        let lit = NumberLiteral(value: x0, unit: unit.name, unitSpan: nil, decimals: 6, span: seek.input.span)
        if case .failed(let d) = ev.apply(.assign(AssignDecl(target: seek.input, value: .value(.number(lit)), span: seek.input.span))) {
            ev.restore(parts) { probe.disturb($0) }
            for c in probe.disturbed where ev.isValid(c) { ev.touch(c) }
            return Reply(errors: render([d]))
        }
        var search = GoalSearch(probe: probe, x0: x0, nonNegative: !x0.isNegative)
        let outcome: GoalSearch.Outcome
        if case .quantity(let w) = wanted {
            outcome = search.numeric(target: w)
        } else {
            outcome = search.reach(wanted)
        }
        // Put the model back as it was, and recompute everything the trials disturbed.
        ev.restore(parts) { probe.disturb($0) }
        for c in probe.disturbed where ev.isValid(c) { ev.touch(c) }
        let answer = { (x: Exact) -> String in
            let q = Quantity(x, unit)
            let shown = unit.name == "%" || unit.name == "％" ? x.decimalString(maxDecimals: 6) + unit.name : q.text()
            return x.isTerminatingDecimal ? shown : shown + self.say(.solve(.exactly("\(x.num)/\(x.den)\(unit.name)")))
        }
        let wantedText = Evaluation.show(wanted, ev)
        func answered(_ m: SolveMessage) -> Reply { Reply(output: say(.solve(m)) + "\n") }
        func show(_ v: Value) -> String { Evaluation.show(v, ev) }
        switch outcome {
        case .already:
            return answered(.already(input: inputText, value: answer(x0), goal: goalText, now: now.map(show) ?? wantedText))
        case .exact(let x):
            return answered(.exact(input: inputText, value: answer(x), goal: goalText, wanted: wantedText))
        case .approximate(let x, let reached, let within):
            return answered(.approximate(input: inputText, value: answer(x), within: within.decimalString(maxDecimals: 9) + unit.name, goal: goalText, reached: reached.map(show) ?? "?"))
        case .boundary(let x, let upward, let other):
            return answered(.boundary(goal: goalText, wanted: wantedText, upward: upward, input: inputText, value: answer(x), otherSide: other.map(show)))
        case .outOfReach(let least, let most):
            var why = SolveMessage.neverEquals
            func base(_ v: Value) -> Exact? { (try? ev.number(v, at: nil)).flatMap { try? $0.baseValue() } }
            if let lo = least, let hi = most, let w = base(wanted), let l = base(lo.value), let h = base(hi.value) {
                if w < l { why = .leastIs(show(lo.value), input: inputText, at: answer(lo.x)) }
                else if h < w { why = .mostIs(show(hi.value), input: inputText, at: answer(hi.x)) }
                else { why = .jumpsOver(from: show(lo.value), to: show(hi.value)) }
            }
            return answered(.unreachable(input: inputText, goal: goalText, wanted: wantedText, why: why))
        case .neverSeen(let values):
            let shown = values.map { v -> String in if case .light(let l) = v { return l.rawValue }; return Evaluation.show(v, ev) }
            return answered(.unreachable(input: inputText, goal: goalText, wanted: wantedText, why: shown.isEmpty ? .noValueThere : .onlyTakes(shown)))
        case .independent(let v):
            return answered(.unreachable(input: inputText, goal: goalText, wanted: wantedText, why: .independent(goal: goalText, input: inputText, stays: v.map(show))))
        }
    }
}
