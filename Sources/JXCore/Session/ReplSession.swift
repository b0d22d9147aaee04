/// The REPL's session: a live model that takes one line at a time and answers with text.
/// Statements change the model and the answer says what moved; expressions print their
/// value; `:commands` undo, redo, compare, save, report. No I/O here: the host reads the
/// lines, prints the replies and lends file access (`ReplFiles`), so a session is
/// tested like any value.
public final class ReplSession {
    /// What to print after a line: `output` to standard output, `errors` to standard error.
    public struct Reply: Equatable, Sendable {
        public var output = ""
        public var errors = ""
        /// The input is not complete (an open brace, a trailing operator): ask for more.
        public var needsMore = false
        public var quit = false
        public init(output: String = "", errors: String = "", needsMore: Bool = false, quit: Bool = false) {
            self.output = output
            self.errors = errors
            self.needsMore = needsMore
            self.quit = quit
        }
        mutating func append(_ other: Reply) {
            output += other.output
            errors += other.errors
            quit = quit || other.quit
        }
    }

    /// One undoable step: the statements of one input (or of a scenario), and the parts of
    /// the model each one touched, as they were before.
    struct Change {
        var label: String
        var statements: [Statement]
        var texts: [String]
        var parts: [[ModelPart]]
    }

    public internal(set) var workspace: Workspace
    public var evaluator: Evaluator { workspace.evaluator }
    public internal(set) var loadedPath: String?
    public var color: Bool
    /// The language of the diagnostics it shows.
    public var language: Language = .zh
    let files: ReplFiles
    let state = ShownState()
    var undoStack: [Change] = []
    var redoStack: [Change] = []
    var pending: [String] = []
    var inputCount = 0
    /// How many cells the last change invalidated and recomputed (for tests and timing).
    public internal(set) var lastRecomputed = 0

    public init(files: ReplFiles = .none, color: Bool = false) {
        self.files = files
        self.color = color
        workspace = ReplSession.emptyWorkspace()
        state.build(workspace.evaluator)
    }

    static func emptyWorkspace() -> Workspace {
        let ws = Workspace(path: "<repl>", read: { _ in .success([]) })
        ws.evaluator.recordsComparisons = true
        return ws
    }

    /// Whether the last line left the input unfinished (the host shows `..> `).
    public var isContinuing: Bool { !pending.isEmpty }

    /// Ctrl-C: the unfinished input is dropped; the model is untouched.
    public func cancelPending() { pending = [] }

    /// The end of the input with something unfinished: run it as it is (its error says why).
    public func finishPending() -> Reply? {
        guard !pending.isEmpty else { return nil }
        let text = pending.joined(separator: "\n")
        pending = []
        return run(text)
    }

    /// Every source a diagnostic may point into: the scripts and every line typed.
    public var sources: SourceMap { evaluator.sourceMap ?? workspace.sources }

    // MARK: lines

    public func handle(_ line: String) -> Reply {
        let trimmed = line.trimmingSpaces()
        if let c = ReplInput.command(trimmed) {
            // No statement goes on with `:`: a command ends an unfinished input.
            var reply = Reply()
            if !pending.isEmpty {
                pending = []
                reply.errors = say(.unfinishedDropped(command: trimmed)) + "\n"
            }
            reply.append(command(c.name, bang: c.bang, c.args))
            return reply
        }
        if pending.isEmpty && (trimmed.isEmpty || trimmed.hasPrefix("#")) { return Reply() }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        if ReplInput.needsMore(text) { return Reply(needsMore: true) }
        pending = []
        return run(text)
    }

    /// A parser over a typed input, registered as a source of its own (`<repl:3>`) so that
    /// spans in diagnostics and declarations (a redeclared target's text) resolve.
    func newParser(_ text: String) -> Parser {
        inputCount += 1
        let file = SourceFile(path: "<repl:\(inputCount)>", text: text)
        if evaluator.sourceMap == nil { evaluator.sourceMap = workspace.sources }
        let id = evaluator.sourceMap!.add(file)
        var parser = Parser(source: file, fileID: id)
        parser.allowExpressions = true
        return parser
    }

    func run(_ text: String) -> Reply {
        if GoalSeek.isSolve(text) { return solve(text) }
        var parser = newParser(text)
        let script = parser.parseScript()
        if !parser.diagnostics.isEmpty { return Reply(errors: render(parser.diagnostics)) }
        var reply = Reply()
        var tracker = MoveTracker(evaluator)
        var change = Change(label: text, statements: [], texts: [], parts: [])
        func flush() {
            guard !tracker.cells.isEmpty else { return }
            lastRecomputed = tracker.cells.count
            reply.append(moved(tracker))
            tracker = MoveTracker(evaluator)
        }
        for s in script.statements {
            switch s {
            case .expression(let e):
                flush()
                reply.append(show(e))
            case .assert(let a):
                flush()
                reply.append(check(a))
            case .importDecl(let imp):
                reply.errors += render([Diagnostic(.error, .change, .session(.importInLiveModel), at: imp.span, hint: .session(.importInLiveModelHint))])
            default:
                let parts = ModelEditor.parts(touchedBy: s, in: evaluator.model)
                switch evaluator.apply(s, noting: { tracker.note($0, evaluator, state) }) {
                case .changed(_, let said):
                    if !said.isEmpty { reply.errors += render(said) }
                    tracker.noteAppended(evaluator, state)
                    change.statements.append(s)
                    change.texts.append(StatementText.text(of: s, sources) ?? text)
                    change.parts.append(parts)
                case .failed(var d):
                    if d.span == nil { d.span = StatementText.start(of: s) }
                    reply.errors += render([d])
                }
            }
        }
        if !change.statements.isEmpty {
            if tracker.cells.isEmpty { reply.output += say(.applied) + "\n" }
            flush()
            change.label = change.texts.joined(separator: "; ")
            undoStack.append(change)
            redoStack = []
        }
        return reply
    }

    /// Recomputes what the tracker noted and says what moved, and which errors the change
    /// raised (it stays applied: `:undo` takes it back).
    func moved(_ tracker: MoveTracker) -> Reply {
        var reply = Reply(output: movedText(tracker.finish(evaluator, state, language)))
        let errors = tracker.newErrors(evaluator)
        if !errors.isEmpty { reply.errors = render(errors) + say(.changeKept) + "\n" }
        return reply
    }

    func movedText(_ lines: [MovedLine]) -> String {
        lines.isEmpty ? say(.nothingMoved) + "\n" : MovedLine.render(lines, limit: state.lineLimit, language: language)
    }

    /// A reply's words in the session's language.
    func say(_ m: SessionMessage) -> String { m.text(language) }

    func render(_ ds: [Diagnostic]) -> String {
        DiagnosticRenderer(color: color, language: language).render(ds, sources: sources) + "\n"
    }

    /// Findings made for one answer (a report, a load, a scenario's assertions). What they
    /// raise outside any cell (an assertion or a rule that cannot be evaluated) belongs to
    /// the model as it was then, and the next answer raises it afresh: kept, it would
    /// outlive an `:undo` and report an error the script does not have. An undeclared
    /// unit is noted only when first met (it is declared then), so its note stays.
    func answering<T>(_ body: () -> T) -> T {
        let ev = evaluator, mark = ev.notes.count
        defer { ev.dropNotes(from: mark, keeping: { $0.code == "I-new-unit" }) }
        return body()
    }

    // MARK: queries

    /// An expression's value with its unit (`6.67%`); a name alone shows its row.
    func show(_ e: Expr) -> Reply {
        let ev = evaluator
        let before = ev.notes.count
        defer { ev.dropNotes(from: before) }
        do {
            let v = try ev.eval(e)
            if case .entity(let ref) = v { return Reply(output: EntityRow.text(ref, ev) + "\n") }
            return Reply(output: Evaluation.show(v, ev) + "\n")
        } catch {
            var ds = Array(ev.notes[before...]).filter { $0.severity == .error }
            if ds.isEmpty { ds = [Diagnostic(.error, .eval, .session(.noValue), at: e.span)] }
            return Reply(errors: render(ds))
        }
    }

    func check(_ a: AssertDecl) -> Reply {
        let before = evaluator.notes.count
        defer { evaluator.dropNotes(from: before) }
        let r = AssertRunner(evaluator: evaluator).check(a)
        if r.passed { return Reply(output: say(.holds(actual: r.actual)) + "\n") }
        return Reply(errors: render([r.diagnostic]))
    }

    // MARK: undo and redo

    /// Applies a change's statements again (redo, reload), taking fresh snapshots.
    func reapply(_ change: Change, _ tracker: inout MoveTracker) -> (Change, [Diagnostic]) {
        var done = Change(label: change.label, statements: [], texts: [], parts: [])
        var problems: [Diagnostic] = []
        for (k, s) in change.statements.enumerated() {
            let parts = ModelEditor.parts(touchedBy: s, in: evaluator.model)
            switch evaluator.apply(s, noting: { tracker.note($0, evaluator, state) }) {
            case .changed(_, let said):
                problems += said
                tracker.noteAppended(evaluator, state)
                done.statements.append(s)
                done.texts.append(k < change.texts.count ? change.texts[k] : "")
                done.parts.append(parts)
            case .failed(let d): problems.append(d)
            }
        }
        return (done, problems)
    }

    func undo(_ change: Change, _ tracker: inout MoveTracker) {
        let ev = evaluator
        var t = tracker
        for parts in change.parts.reversed() {
            ev.restore(parts) { t.note($0, ev, self.state) }
        }
        tracker = t
    }

    func undoCommand() -> Reply {
        guard let change = undoStack.popLast() else { return Reply(output: say(.nothingToUndo) + "\n") }
        var tracker = MoveTracker(evaluator)
        undo(change, &tracker)
        redoStack.append(change)
        var reply = Reply(output: say(.undone(change.label)) + "\n")
        reply.append(moved(tracker))
        return reply
    }

    func redoCommand() -> Reply {
        guard let change = redoStack.popLast() else { return Reply(output: say(.nothingToRedo) + "\n") }
        var tracker = MoveTracker(evaluator)
        let (done, problems) = reapply(change, &tracker)
        if !done.statements.isEmpty { undoStack.append(done) }
        var reply = Reply(output: say(.redone(change.label)) + "\n")
        reply.append(moved(tracker))
        if !problems.isEmpty { reply.errors += render(problems) }
        return reply
    }

    /// Back to the model as loaded, in one step; `:redo` replays the changes one by one.
    func resetCommand() -> Reply {
        guard !undoStack.isEmpty else { return Reply(output: say(.noChangesSinceLoading) + "\n") }
        var tracker = MoveTracker(evaluator)
        let n = undoStack.count
        while let change = undoStack.popLast() {
            undo(change, &tracker)
            redoStack.append(change)
        }
        var reply = Reply(output: say(.reset(count: n)) + "\n")
        reply.append(moved(tracker))
        return reply
    }

    /// Every change since loading, as jx statements (what `:save` writes in a scenario).
    public var changeTexts: [String] { undoStack.flatMap(\.texts) }

    func diffCommand() -> Reply {
        guard !undoStack.isEmpty else { return Reply(output: say(.noChangesSinceLoading) + "\n") }
        var out = ""
        for c in undoStack {
            if c.label.hasPrefix(":") { out += "# \(c.label)\n" }
            out += c.texts.joined(separator: "\n") + "\n"
        }
        return Reply(output: out)
    }
}
