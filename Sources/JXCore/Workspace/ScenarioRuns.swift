extension Workspace {
    /// Every scenario of the model applied in turn, as `scenario(named:)` applies it, and
    /// handed to `body` (which must not keep the evaluator). A scenario that only sets figures
    /// (`X.actual = …`, `红灯线 = 50%`) runs on the script's own evaluator and is taken back
    /// afterwards, as `:undo` takes a change back: what it moved is recomputed when next read.
    /// Any other is applied to a copy of its own. A copy shares the model's arrays until its
    /// first change and then copies each one it changes (budgets, results, lights): at 10^5
    /// indicators a shared copy held a second 60 MB of them, and a fresh copy for each
    /// scenario spent most of `jx check` of 2,000 counties copying.
    /// `chosen`: those scenarios only (of the model's), in their order; nil: every one.
    func eachScenarioApplied(_ chosen: [ScenarioDecl]? = nil, _ body: (ScenarioDecl, Evaluator, [AssertDecl], [Diagnostic]) -> Void) {
        // As scenario(named:): of two scenarios of one name, the first one.
        var first: [String: Int] = [:]
        for (k, sc) in model.scenarios.enumerated() where first[sc.name.text] == nil { first[sc.name.text] = k }
        for sc in chosen ?? model.scenarios {
            guard let k = first[sc.name.text] else { continue }
            let decl = model.scenarios[k]
            let scenario = Scenario(decl)
            let changes = scenario.plan.changes
            guard changes.allSatisfy({ if case .assign = $0 { true } else { false } }) else {
                guard let applied = self.scenario(named: sc.name.text) else { continue }
                body(sc, applied.evaluator, applied.asserts, applied.diagnostics)
                continue
            }
            let ev = evaluator
            // Setting a figure adds nothing to the model: what every change touches can be
            // taken before the first is applied.
            let parts = changes.flatMap { ModelEditor.parts(touchedBy: $0, in: ev.model) }
            let mark = ev.checkpoint()
            let diagnostics = scenario.apply(to: ev)
            body(sc, ev, scenario.asserts, diagnostics)
            ev.restore(parts) { _ in }
            ev.rewind(to: mark)
        }
    }
}
