/// The `:commands` of the REPL: loading, undo and redo, scenarios, saving, reports.
extension ReplSession {
    public static let commands = [":help", ":load", ":reload", ":undo", ":redo", ":diff", ":reset", ":save",
                                  ":scenario", ":compare", ":report", ":quit"]

    func command(_ name: String, bang: Bool, _ args: [String]) -> Reply {
        switch name {
        case "help", "h", "?", "帮助": return Reply(output: say(.help(formats: ReportFormat.allCases.map(\.rawValue))))
        case "quit", "q", "exit", "退出": return Reply(quit: true)
        case "undo", "u", "撤销": return undoCommand()
        case "redo", "重做": return redoCommand()
        case "diff", "changes", "改动": return diffCommand()
        case "reset", "重置": return resetCommand()
        case "load", "载入":
            guard args.count == 1 else { return usage(language == .zh ? ":load 文件" : ":load FILE") }
            return load(args[0])
        case "reload", "重新载入": return reload()
        case "scenario", "情景":
            guard args.count == 1 else { return usage(say(.scenarioUsage) + scenarioList()) }
            return applyScenario(args[0])
        case "compare", "对比":
            guard args.count == 2 else { return usage(say(.compareUsage) + scenarioList()) }
            return compare(args[0], args[1])
        case "save", "保存": return save(args, force: bang)
        case "report", "报告":
            return report(args, force: bang)
        default:
            return Reply(errors: say(.unknownCommand(name, suggestion: Suggest.closest(":" + name, among: ReplSession.commands))) + "\n")
        }
    }

    func usage(_ text: String) -> Reply { Reply(errors: say(.usage(text)) + "\n") }

    func scenarioList() -> String {
        say(.scenarioList(evaluator.model.scenarios.map(\.name.text)))
    }

    // MARK: loading

    public func load(_ path: String) -> Reply {
        let ws = Workspace(path: path, read: files.read, admit: files.admit)
        if let e = ws.unreadable { return Reply(errors: say(.cannotRead(path: path, reason: e.message)) + "\n" + (e.hint.map { say(.hintLine($0)) + "\n" } ?? "")) }
        let dropped = undoStack.count
        var reply = install(ws, path: path)
        if dropped > 0 { reply.output += say(.previousDropped(count: dropped)) + "\n" }
        return reply
    }

    /// A freshly loaded script becomes the live model; its errors are shown at once.
    func install(_ ws: Workspace, path: String) -> Reply {
        // Before anything is judged: a threshold moved at the prompt then judges again only
        // the verdicts whose comparisons it turns (`Evaluator.recordsComparisons`).
        ws.evaluator.recordsComparisons = true
        workspace = ws
        loadedPath = path
        undoStack = []
        redoStack = []
        pending = []
        let all = answering { ws.diagnostics() }
        state.build(ws.evaluator)
        MoveTracker.rehearse(ws.evaluator, state)
        // The lines typed are added to the evaluator's sources, which the workspace's share:
        // their copy is made while loading (a copy of every file, 0.45 M instructions at
        // 10^5), not on the first line typed.
        if ws.evaluator.sourceMap == nil { ws.evaluator.sourceMap = ws.sources }
        ws.evaluator.sourceMap?.reserve(64)
        let m = ws.model
        let e = all.filter { $0.severity == .error }, w = all.count(where: { $0.severity == .warning })
        let out = say(.loaded(path: path, budgets: m.budgets.count, indicators: m.indicators.count, scenarios: m.scenarios.map(\.name.text),
                              errors: e.count, warnings: w)) + "\n"
        return Reply(output: out, errors: e.isEmpty ? "" : render(e))
    }

    /// Reads the script again (it was edited beside the REPL) and applies the session's
    /// changes to it once more.
    func reload() -> Reply {
        guard let path = loadedPath else { return Reply(errors: say(.noScriptLoaded) + "\n") }
        let changes = undoStack
        let ws = Workspace(path: path, read: files.read, admit: files.admit)
        if let e = ws.unreadable { return Reply(errors: say(.cannotReadUnchanged(path: path, reason: e.message)) + "\n") }
        var reply = install(ws, path: path)
        guard !changes.isEmpty else { return reply }
        var tracker = MoveTracker(evaluator)
        var problems: [Diagnostic] = []
        for c in changes {
            // The statements point into the old sources: parse their text again.
            var parser = newParser(c.texts.joined(separator: "\n"))
            let script = parser.parseScript()
            problems += parser.diagnostics
            let statements = script.statements.filter { if case .assert = $0 { false } else if case .expression = $0 { false } else { true } }
            let again = Change(label: c.label, statements: statements, texts: statements.map { StatementText.text(of: $0, sources) ?? "" }, parts: [])
            let (done, ps) = reapply(again, &tracker)
            problems += ps
            if !done.statements.isEmpty { undoStack.append(done) }
        }
        reply.output += say(.appliedAgain(done: undoStack.count, of: changes.count)) + "\n"
        reply.append(moved(tracker))
        if !problems.isEmpty { reply.errors += render(problems) }
        return reply
    }

    // MARK: scenarios

    func applyScenario(_ name: String) -> Reply {
        guard let sc = evaluator.model.scenarios.first(where: { $0.name.text == name }) else {
            let names = evaluator.model.scenarios.map(\.name.text)
            return Reply(errors: say(.noScenarioNamed(name, suggestion: Suggest.closest(name, among: names), scenarios: names)) + "\n")
        }
        var tracker = MoveTracker(evaluator)
        let scenario = Scenario(sc)
        let (changes, planned) = scenario.plan
        let texts = changes.map { StatementText.text(of: $0, sources) ?? "" }
        var (done, problems) = reapply(Change(label: ":scenario \(name)", statements: changes, texts: texts, parts: []), &tracker)
        problems = planned + problems
        if !done.statements.isEmpty {
            undoStack.append(done)
            redoStack = []
        }
        var reply = Reply(output: say(.scenarioApplied(name, changes: done.statements.count)) + "\n")
        reply.append(moved(tracker))
        if !problems.isEmpty { reply.errors += render(problems) }
        // The scenario's own assertions, checked against the model as it is now.
        let asserts = scenario.asserts
        if !asserts.isEmpty {
            let results = answering { AssertRunner(evaluator: evaluator).run(asserts, scenario: name) }
            let failed = results.filter { !$0.passed }
            reply.output += say(.assertions(hold: results.count - failed.count, fail: failed.count)) + "\n"
            if !failed.isEmpty { reply.errors += render(failed.map(\.diagnostic)) }
        }
        return reply
    }
}
