/// Evaluates a line of text (an expression) against a live model: `jx eval`, the REPL.
public enum Evaluation {
    public enum Outcome {
        case success(String)
        case failure([Diagnostic], SourceMap)
    }

    public static func evaluate(_ text: String, in ev: Evaluator) -> Outcome {
        var sources = SourceMap()
        let file = SourceFile(path: "<expression>", bytes: Array(text.utf8))
        let id = sources.add(file)
        var p = Parser(source: file, fileID: id)
        p.allowExpressions = true
        let script = p.parseScript()
        if !p.diagnostics.isEmpty { return .failure(p.diagnostics, sources) }
        guard script.statements.count == 1, case .expression(let e) = script.statements[0] else {
            return .failure([Diagnostic(.error, .syntax, .evaluation(.expectedOneExpression), at: Span(file: id, start: 0, end: file.bytes.count), hint: .evaluation(.example("新增建设用地报批.完成率")))], sources)
        }
        let saved = ev.sourceMap
        // Spans of the expression point into its own file; diagnostics are collected apart.
        let before = ev.notes.count
        do {
            let v = try ev.eval(e)
            return .success(show(v, ev))
        } catch {
            var ds = Array(ev.notes[before...])
            ev.dropNotes(from: before)
            if ds.isEmpty { ds = [Diagnostic(.error, .eval, .evaluation(.noValue), at: e.span)] }
            _ = saved
            return .failure(ds, sources)
        }
    }

    public static func show(_ v: Value, _ ev: Evaluator) -> String {
        if case .entity(let ref) = v {
            if let d = try? ev.defaultValue(of: ref, at: nil) { return d.display }
            return ev.model.name(of: ref)
        }
        if case .text(let t) = v { return t }
        return v.display
    }
}
