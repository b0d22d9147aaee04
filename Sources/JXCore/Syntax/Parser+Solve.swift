/// `solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%`: the value to change, the
/// goal and the value the goal should reach. Typed at the prompt, not in scripts.
public struct SolveRequest: Sendable {
    public var input: Expr
    public var goal: Expr
    public var target: Expr
}

extension Parser {
    static let solveExample = "solve 指标.actual for 指标.完成率 = 100%"

    /// `solve INPUT for GOAL = VALUE` (also `==`; `for` may be written 对 or 使).
    mutating func parseSolve() throws(Failure) -> SolveRequest {
        advance() // solve
        let input = try parseExpression()
        guard isWord(.forKw) || (tok.kind == .identifier && text(tok) == "使") else {
            error(.expected(.forAfterInput, found: found(tok)), hint: .syntaxHint(.example(Parser.solveExample)))
            throw Failure()
        }
        advance()
        var goal = try parseExpression()
        var target: Expr
        if case .binary(.eq, let l, let r, _) = goal {
            goal = l
            target = r
        } else {
            _ = try expect(.assign, .assignAfterGoal, hint: .syntaxHint(.example(Parser.solveExample)))
            target = try parseExpression()
        }
        if tok.kind != .eof && tok.kind != .newline {
            error(.unexpectedAfterGoal(found(tok)), hint: .syntaxHint(.example(Parser.solveExample)))
            throw Failure()
        }
        return SolveRequest(input: input, goal: goal, target: target)
    }
}
