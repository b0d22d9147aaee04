/// Runs `assert` statements. A failure says what was expected and what was found.
public struct AssertResult: Sendable {
    public var decl: AssertDecl
    public var passed: Bool
    /// What the left side evaluated to, as shown.
    public var actual: String?
    public var expected: String?
    public var scenario: String?
    /// Why it could not be compared, when it could not.
    var problem: WorkspaceMessage.AssertOutcome?

    /// The failure as a diagnostic. Made when asked: most assertions pass, and a
    /// diagnostic's texts in both languages cost more than checking the assertion.
    public var diagnostic: Diagnostic {
        var outcome = problem
        if let e = expected, let x = actual { outcome = .mismatch(expected: e, found: x) }
        return Diagnostic(.error, .assert, .workspace(.assertionFailed(scenario: scenario, note: decl.message, outcome: outcome)), at: decl.span,
                          label: actual.map { .workspace(.assertionIs($0)) },
                          hint: .workspace(problem == nil ? .updateAssertion : .seeErrorAbove))
    }
}

public struct AssertRunner {
    let evaluator: Evaluator
    public init(evaluator: Evaluator) { self.evaluator = evaluator }

    public func run(_ asserts: [AssertDecl]? = nil, scenario: String? = nil) -> [AssertResult] {
        (asserts ?? evaluator.model.asserts).map { check($0, scenario: scenario) }
    }

    func sides(_ e: Expr) -> (Expr, Expr, BinaryOp)? {
        if case .binary(let op, let l, let r, _) = e, [.eq, .ne, .lt, .le, .gt, .ge].contains(op) { return (l, r, op) }
        return nil
    }

    public func check(_ a: AssertDecl, scenario: String? = nil) -> AssertResult {
        var actualText: String?
        var expectedText: String?
        // Each side is evaluated once: the left side's value is both what a failure shows
        // and what is compared.
        var left: Value?
        if let (l, r, op) = sides(a.condition) {
            left = try? evaluator.eval(l)
            actualText = left.map { v in
                (a.tolerance == nil && (op == .eq || op == .ne) ? shown(v, asComparedWith: r) : nil) ?? show(v)
            }
            expectedText = evaluator.sourceText(r.span)
        }
        let passed: Bool
        var problem: WorkspaceMessage.AssertOutcome?
        if let tol = a.tolerance, let (l, r, op) = sides(a.condition), op == .eq {
            // `assert A == B ± T`: |A − B| ≤ T.
            do throws(Evaluator.Failure) {
                guard let lv = left else { throw Evaluator.Failure() }
                let x = try evaluator.number(lv, at: l.span)
                let y = try evaluator.number(try evaluator.eval(r), at: r.span)
                let t = try evaluator.number(try evaluator.eval(tol), at: tol.span)
                let (p, q) = try evaluator.sameDimension(x, y, a.condition.span, verb: .compare)
                let tv: Exact
                if t.isDimensionless && !x.isDimensionless {
                    // A percent tolerance on a quantity is relative: `== 100万元 ± 1%`.
                    let q = try evaluator.number(try evaluator.eval(.binary(.mul, r, tol, tol.span)), at: tol.span)
                    guard let v = try? q.baseValue() else { throw Evaluator.Failure() }
                    tv = v.isNegative ? ((try? v.negated()) ?? v) : v
                } else {
                    tv = try evaluator.sameDimension(x, t, tol.span, verb: .compare).1
                }
                let diff = (try? p.subtracting(q)) ?? .zero
                let mag = diff.isNegative ? ((try? diff.negated()) ?? diff) : diff
                passed = mag <= tv
                expectedText = (expectedText ?? "") + " ± " + evaluator.sourceText(tol.span)
            } catch {
                passed = false
                problem = .notEvaluated
            }
        } else {
            let outcome: Value?
            if let (l, r, op) = sides(a.condition), case .binary(_, _, _, let s) = a.condition {
                outcome = left.flatMap { lv in
                    try? evaluator.combine(op, lv, try evaluator.eval(r), l, r, s)
                }
            } else {
                outcome = try? evaluator.eval(a.condition)
            }
            switch outcome {
            case .bool(let b): passed = b
            case .some(let v):
                passed = false
                problem = .notComparison(v.valueKind)
            case nil:
                passed = false
                problem = .notEvaluated
            }
        }
        return AssertResult(decl: a, passed: passed, actual: actualText, expected: expectedText, scenario: scenario, problem: problem)
    }

    /// `A == 6.670%` compares A rounded to three decimals: a failure shows A so (6.667%),
    /// or at its usual precision where that is finer, never as a figure that looks equal
    /// to the expected one (6.67%).
    func shown(_ v: Value, asComparedWith r: Expr) -> String? {
        let lit: NumberLiteral
        switch r {
        case .number(let n), .unary(.negate, .number(let n), _): lit = n
        default: return nil
        }
        var value = v
        if case .entity(let ref) = v, let d = try? evaluator.defaultValue(of: ref, at: nil) { value = d }
        guard case .quantity(let x) = value else { return nil }
        let unit = evaluator.quantity(lit).unit
        guard x.unit.dimension == unit.dimension, let xc = try? x.converted(to: unit) else { return nil }
        let usual = unit.name == "%" || unit.name == "％" ? 2 : 6
        guard lit.decimals > usual else { return nil }
        return xc.value.rounded(lit.decimals) + unit.name
    }

    func show(_ v: Value) -> String {
        if case .entity(let ref) = v, let d = try? evaluator.defaultValue(of: ref, at: nil) { return d.display }
        return v.display
    }
}
