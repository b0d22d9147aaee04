/// The `:commands` of the REPL: loading, undo and redo, scenarios, saving, reports.
extension ReplSession {
    public static let commands = [":help", ":load", ":reload", ":undo", ":redo", ":diff", ":reset", ":save",
                                  ":scenario", ":compare", ":report", ":quit"]

    func command(_ name: String, bang: Bool, _ args: [String]) -> Reply {
        switch name {
        case "help", "h", "?", "帮助": return Reply(output: ReplSession.help)
        case "quit", "q", "exit", "退出": return Reply(quit: true)
        case "undo", "u", "撤销": return undoCommand()
        case "redo", "重做": return redoCommand()
        case "diff", "changes", "改动": return diffCommand()
        case "reset", "重置": return resetCommand()
        case "load", "载入":
            guard args.count == 1 else { return usage(":load FILE") }
            return load(args[0])
        case "reload", "重新载入": return reload()
        case "scenario", "情景":
            guard args.count == 1 else { return usage(":scenario NAME" + scenarioList()) }
            return applyScenario(args[0])
        case "compare", "对比":
            guard args.count == 2 else { return usage(":compare A B   (scenario names, `base` for the script as loaded, `current` for this session)" + scenarioList()) }
            return compare(args[0], args[1])
        case "save", "保存": return save(args, force: bang)
        case "report", "报告":
            return report(args, force: bang)
        default:
            let hint = Suggest.closest(":" + name, among: ReplSession.commands).map { "; did you mean \($0)?" } ?? "; :help lists them"
            return Reply(errors: "error: unknown command :\(name)\(hint)\n")
        }
    }

    func usage(_ text: String) -> Reply { Reply(errors: "usage: \(text)\n") }

    func scenarioList() -> String {
        let names = evaluator.model.scenarios.map(\.name.text)
        return names.isEmpty ? "" : "\nscenarios of the script: " + names.joined(separator: ", ")
    }

    static let help = """
    Type a statement to change the live model, and see what moved:
      新增建设用地报批.actual = 300亩
      indicator 新增建设用地报批 target 450亩 actual 300亩     (declared again: replaces it)
      红灯线 = 50%                                              (a constant)
      年初预算.arrived = 500万元        工资福利 = 400万元        (budget figures)
    Type an expression to see its value:   新增建设用地报批.完成率   (a name alone shows its row)
    Goal seek:   solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%
    An open brace or a trailing operator continues on the next line (..>).

    :undo  :redo          undo or redo the last change (what moved is shown again)
    :diff                 every change since loading, as jx statements
    :reset                back to the script as loaded (:redo replays)
    :scenario NAME        apply a scenario of the script (one undoable change)
    :compare A B          two scenarios side by side (`base`: as loaded; `current`: now)
    :save FILE [NAME]     the changes as `scenario NAME { … }` in FILE (it imports the script)
    :save --script FILE   the whole script with the changes written in
    :save! …              the same over a FILE that exists (the loaded script too; never
                          a file it imports)
    :report [FORMAT]      the report of the model as it is now, as jx report -f gives it:
                          \(ReportFormat.spoken()) (text if not named)
    :report FORMAT FILE   the same written to FILE (an html page to open in a browser);
                          :report! to replace a FILE that exists
    :load FILE  :reload   load a script; read it again, keeping the changes
    :help  :quit          (Ctrl-D quits too; Ctrl-C drops the line being typed)

    """

    // MARK: loading

    public func load(_ path: String) -> Reply {
        let ws = Workspace(path: path, read: files.read, admit: files.admit)
        if let e = ws.unreadable { return Reply(errors: "error: cannot read \(path): \(e.message)\n" + (e.hint.map { "  = hint: \($0)\n" } ?? "")) }
        let dropped = undoStack.count
        var reply = install(ws, path: path)
        if dropped > 0 { reply.output += "(\(dropped) change\(dropped == 1 ? "" : "s") of the previous script dropped; :diff before :load shows them)\n" }
        return reply
    }

    /// A freshly loaded script becomes the live model; its errors are shown at once.
    func install(_ ws: Workspace, path: String) -> Reply {
        workspace = ws
        loadedPath = path
        undoStack = []
        redoStack = []
        pending = []
        let all = answering { ws.diagnostics() }
        state.build(ws.evaluator)
        let m = ws.model
        let e = all.filter { $0.severity == .error }, w = all.filter { $0.severity == .warning }.count
        var parts = ["\(m.budgets.count) budgets", "\(m.indicators.count) indicators"]
        if !m.scenarios.isEmpty { parts.append("scenarios: " + m.scenarios.map(\.name.text).joined(separator: ", ")) }
        let out = "loaded \(path): " + parts.joined(separator: ", ") + "; \(e.count) error\(e.count == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")\n"
        return Reply(output: out, errors: e.isEmpty ? "" : render(e))
    }

    /// Reads the script again (it was edited beside the REPL) and applies the session's
    /// changes to it once more.
    func reload() -> Reply {
        guard let path = loadedPath else { return Reply(errors: "error: no script is loaded; :load FILE\n") }
        let changes = undoStack
        let ws = Workspace(path: path, read: files.read, admit: files.admit)
        if let e = ws.unreadable { return Reply(errors: "error: cannot read \(path): \(e.message); the session is unchanged\n") }
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
        reply.output += "\(undoStack.count) of \(changes.count) change\(changes.count == 1 ? "" : "s") applied again\n"
        reply.append(moved(tracker))
        if !problems.isEmpty { reply.errors += render(problems) }
        return reply
    }

    // MARK: scenarios

    func applyScenario(_ name: String) -> Reply {
        guard let sc = evaluator.model.scenarios.first(where: { $0.name.text == name }) else {
            let hint = Suggest.closest(name, among: evaluator.model.scenarios.map(\.name.text)).map { "; did you mean \($0)?" } ?? scenarioList()
            return Reply(errors: "error: there is no scenario named \(name)\(hint)\n")
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
        var reply = Reply(output: "scenario \(name): \(done.statements.count) change\(done.statements.count == 1 ? "" : "s")\n")
        reply.append(moved(tracker))
        if !problems.isEmpty { reply.errors += render(problems) }
        // The scenario's own assertions, checked against the model as it is now.
        let asserts = scenario.asserts
        if !asserts.isEmpty {
            let results = answering { AssertRunner(evaluator: evaluator).run(asserts, scenario: name) }
            let failed = results.filter { !$0.passed }
            reply.output += "assertions: \(results.count - failed.count) hold, \(failed.count) fail\n"
            if !failed.isEmpty { reply.errors += render(failed.map(\.diagnostic)) }
        }
        return reply
    }
}
