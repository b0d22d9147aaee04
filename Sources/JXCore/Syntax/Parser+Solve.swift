/// `solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%`: the value to change, the
/// goal and the value the goal should reach. Typed at the prompt, not in scripts.
public struct SolveRequest: Sendable {
    public var input: Expr
    public var goal: Expr
    public var target: Expr
}

extension Parser {
    /// `solve INPUT for GOAL = VALUE` (also `==`; `for` may be written 对 or 使).
    mutating func parseSolve() throws(Failure) -> SolveRequest {
        advance() // solve
        let input = try parseExpression()
        guard isWord(.forKw) || (tok.kind == .identifier && text(tok) == "使") else {
            error("expected `for` after the value to change, found \(describe(tok))", hint: "solve 指标.actual for 指标.完成率 = 100%")
            throw Failure()
        }
        advance()
        var goal = try parseExpression()
        var target: Expr
        if case .binary(.eq, let l, let r, _) = goal {
            goal = l
            target = r
        } else {
            _ = try expect(.assign, "`= VALUE` after the goal", hint: "solve 指标.actual for 指标.完成率 = 100%")
            target = try parseExpression()
        }
        if tok.kind != .eof && tok.kind != .newline {
            error("unexpected \(describe(tok)) after the goal", hint: "solve 指标.actual for 指标.完成率 = 100%")
            throw Failure()
        }
        return SolveRequest(input: input, goal: goal, target: target)
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
