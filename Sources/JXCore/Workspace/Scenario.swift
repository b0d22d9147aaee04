/// A scenario (`scenario 下半年加速 { 新增建设用地报批.actual = 300亩 }`): its changes applied to
/// a model, one by one, as the prompt would apply them, and its own assertions kept apart.
/// `jx report --scenario`, `jx test`, `jx check` and the REPL's `:scenario` and `:compare`
/// all apply scenarios here.
public struct Scenario {
    public let decl: ScenarioDecl

    public init(_ decl: ScenarioDecl) { self.decl = decl }

    public var name: String { decl.name.text }

    public var asserts: [AssertDecl] { decl.body.compactMap { if case .assert(let a) = $0 { a } else { nil } } }

    /// The changes to apply, in order (not the assertions), and what is wrong with the
    /// scenario before any change is applied. At the prompt a `let` of a known name changes
    /// it; within one scenario, as within one script, a second `let` of a name is a
    /// duplicate, and the first one stands.
    public var plan: (changes: [Statement], problems: [Diagnostic]) {
        var changes: [Statement] = []
        var problems: [Diagnostic] = []
        var defined: [String: Span] = [:]
        for s in decl.body {
            if case .assert = s { continue }
            if case .letDecl(let l) = s {
                if let first = defined[l.name.text] {
                    problems.append(ModelEditor.definedTwice(l.name, first: first))
                    continue
                }
                defined[l.name.text] = l.name.span
            }
            changes.append(s)
        }
        return (changes, problems)
    }

    /// Applies the changes to `ev` in place, and returns what was wrong with them: the
    /// diagnostics a script gets for the same statements, and the changes refused.
    public func apply(to ev: Evaluator) -> [Diagnostic] { applyTelling(to: ev).diagnostics }

    /// `apply`, with the changes that were refused (nothing of them applied) apart.
    public func applyTelling(to ev: Evaluator) -> (diagnostics: [Diagnostic], refused: [Diagnostic]) {
        let (changes, problems) = plan
        var diags = problems
        var refused: [Diagnostic] = []
        for s in changes {
            switch ev.apply(s) {
            case .changed(_, let said): diags += said
            case .failed(let d):
                diags.append(d)
                refused.append(placed(d))
            }
        }
        return (diags.map(placed), refused)
    }

    /// A problem with no place of its own is shown at the scenario's name.
    func placed(_ d: Diagnostic) -> Diagnostic {
        var d = d
        if d.span == nil { d.span = decl.name.span }
        return d
    }
}

extension Workspace {
    /// The model with a scenario applied, its own assertions, and the problems applying it.
    public func scenario(named name: String) -> (evaluator: Evaluator, asserts: [AssertDecl], diagnostics: [Diagnostic])? {
        guard let decl = model.scenarios.first(where: { $0.name.text == name }) else { return nil }
        let sc = Scenario(decl)
        let ev = evaluator.copy()
        let diags = sc.apply(to: ev)
        return (ev, sc.asserts, diags)
    }
}
