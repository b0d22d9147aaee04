/// Runs the checks of one loaded script for `jx test`: its errors, its own assertions and
/// those of its own scenarios. Assertions and scenarios of imported files belong to those
/// files and are run when they are tested, so a county roll-up does not count its
/// departments' assertions twice.
public struct ScriptTester: Sendable {
    /// Keep only cases whose file path, assertion text or scenario name contains this.
    public var filter: String?
    /// The language of the cases' texts and of the diagnostics under them.
    public var language: Language

    public init(filter: String? = nil, language: Language = .zh) {
        self.filter = filter.flatMap { $0.isEmpty ? nil : $0 }
        self.language = language
    }

    func say(_ m: ScriptTestMessage) -> String { m.text(language) }

    func rendered(_ ds: [Diagnostic], _ ws: Workspace) -> String {
        DiagnosticRenderer(language: language).render(ds, sources: ws.sources)
    }

    public func matches(_ text: String?) -> Bool {
        guard let filter else { return true }
        return text?.contains(filter) ?? false
    }

    /// Whether anything of the file is selected by its path alone (errors, expected report).
    public func selectsFile(_ path: String) -> Bool { matches(path) }

    public func run(_ ws: Workspace, path: String) -> ScriptTestResult {
        var result = ScriptTestResult(path: path)
        let mainID = ws.sources.files.firstIndex { $0.path == ws.mainPath } ?? 0
        let pathMatches = matches(path)
        let asserts = ws.model.asserts.filter { $0.span.file == mainID && (pathMatches || matches(text(of: $0, ws))) }
        let scenarios = ws.model.scenarios.filter { $0.name.span.file == mainID }
        var cases: [TestCase] = []
        // Before any assertion runs: an assertion's own evaluation errors (a misspelt name)
        // show on its case, not a second time as errors of the script.
        let errors = ws.diagnostics(includeAsserts: false).filter { $0.severity == .error }

        for a in asserts { cases.append(check(a, ws.evaluator, scenario: nil, ws, path: path)) }

        // The assertions of a scenario that the filter selects (every one when it selects
        // the file or the scenario's name).
        func selected(_ sc: ScenarioDecl) -> [AssertDecl] {
            let own = sc.body.compactMap { s -> AssertDecl? in if case .assert(let a) = s { a } else { nil } }
            return pathMatches || matches(sc.name.text) ? own : own.filter { matches(text(of: $0, ws)) }
        }
        let chosen = scenarios.filter { !selected($0).isEmpty || pathMatches || matches($0.name.text) }
        // In place and taken back, as `check` runs them: a copy of the evaluator for each
        // scenario made `jx test` of 2,000 scenarios quadratic.
        ws.eachScenarioApplied(chosen) { sc, ev, asserts, diagnostics in
            let name = sc.name.text
            // As for the script itself, errors fail the case; warnings (a redefined unit) do not.
            let wrong = diagnostics.filter { $0.severity == .error }
            if !wrong.isEmpty {
                var c = TestCase(kind: .scenario, name: say(.scenarioApplies), file: path, passed: false)
                c.scenario = name
                locate(&c, sc.name.span, ws)
                c.message = say(.scenarioCannotApply(name))
                c.details = rendered(wrong, ws)
                cases.append(c)
            }
            let wanted = Set(selected(sc).map(\.span.start))
            for a in asserts where wanted.contains(a.span.start) {
                cases.append(check(a, ev, scenario: name, ws, path: path))
            }
        }

        // Errors anywhere (the script or its imports) put every figure in doubt: one failure.
        if pathMatches || !cases.isEmpty {
            if !errors.isEmpty {
                var c = TestCase(kind: .scriptErrors, name: say(.noErrors), file: path, passed: false)
                c.message = say(.errorsInScript(errors.count))
                c.details = rendered(errors, ws)
                if let first = errors.first?.span { locate(&c, first, ws) }
                cases.insert(c, at: 0)
            }
        }
        result.cases = cases
        return result
    }

    func text(of a: AssertDecl, _ ws: Workspace) -> String {
        ws.sources[a.span.file]?.compactText(a.span.start..<a.span.end) ?? ""
    }

    func locate(_ c: inout TestCase, _ span: Span, _ ws: Workspace) {
        guard let f = ws.sources[span.file] else { return }
        let line = f.line(of: span.start)
        c.line = line
        c.column = f.column(of: span.start)
        c.sourceLine = f.lineText(line)
    }

    /// Runs one assertion; when it cannot be evaluated, the errors its evaluation raised
    /// (an unknown or ambiguous name, a unit mismatch) say why.
    func check(_ a: AssertDecl, _ ev: Evaluator, scenario: String?, _ ws: Workspace, path: String) -> TestCase {
        let before = ev.notes.count
        var c = assertionCase(AssertRunner(evaluator: ev).check(a, scenario: scenario), ws, path: path)
        if !c.passed, ev.notes.count > before {
            // The runner evaluates the left side twice (for the value shown and the test).
            var seen = Set<Diagnostic>()
            let raised = ev.notes[before...].filter { seen.insert($0).inserted }
            if c.actual == nil { c.message = raised[0].localized(language).message }
            c.details = rendered(Array(raised), ws)
        }
        return c
    }

    func assertionCase(_ r: AssertResult, _ ws: Workspace, path: String) -> TestCase {
        var c = TestCase(kind: .assertion, name: text(of: r.decl, ws), file: path, passed: r.passed)
        c.scenario = r.scenario
        locate(&c, r.decl.span, ws)
        guard !r.passed else { return c }
        c.note = r.decl.message
        c.actual = r.actual
        if let e = r.expected {
            // `==` is implied; another relation is part of what was expected.
            if case .binary(let op, _, _, _) = r.decl.condition, op != .eq { c.expected = "\(op.rawValue) \(e)" } else { c.expected = e }
        } else {
            c.expected = "true"
        }
        c.message = r.diagnostic.localized(language).message
        return c
    }
}
