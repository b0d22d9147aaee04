/// `:report [FORMAT] [FILE]`: the report of the model as it stands in the session, with every
/// finding (the script's assertions included: a what-if may break them, and should say so).
/// The formats are the registry's (`ReportFormat`), as `jx report -f` has them. With a FILE
/// the report is written there through the host, as `jx report -o` would write it, so an
/// HTML page or a CSV for Excel need not be copied out of the terminal; a file that exists
/// is replaced only with `:report!`.
extension ReplSession {
    var reportUsage: String { say(.report(.usage(formats: ReportFormat.names))) }

    func report(_ args: [String], force: Bool = false) -> Reply {
        // The findings and the report's count of assertions evaluate them afresh.
        answering { reportNow(args, force: force) }
    }

    private func reportNow(_ args: [String], force: Bool) -> Reply {
        guard args.count <= 2 else { return usage(reportUsage) }
        let name = args.first ?? ReportFormat.text.name
        guard let format = ReportFormat(rawValue: name) else {
            return Reply(errors: say(.report(.unknownFormat(name, formats: ReportFormat.names))) + "\n")
        }
        let findings = workspace.diagnostics()
        let label = undoStack.isEmpty ? nil : "会话改动 \(undoStack.count) 处"
        var data = ReportData(workspace: workspace, evaluator: evaluator, scenario: label, findings: findings)
        data.sources = sources
        guard args.count == 2 else {
            if format.conversion != nil { return Reply(errors: say(.report(.toFileOnly(name))) + "\n") }
            var text = format.render(data, ReportOptions(color: color))
            // The REPL has always printed a blank line after the JSON document.
            if format == .json { text += "\n" }
            return Reply(output: text)
        }
        let path = args[1]
        // A report written over a script would lose it (the session has no undo for files):
        // the scripts are inputs, never written; another file that exists needs `:report!`.
        let rules = WriteRules(replace: force, inputs: scriptPaths)
        let renderer = format.renderer(ReportOptions())
        let written = renderer.parts(data).map { files.writePackage(path, $0, format.conversion, rules) } ?? files.write(path, renderer.render(data), rules)
        switch written {
        case .success: return Reply(output: say(.report(.wrote(format: name, path: path))) + "\n")
        case .failure(let e) where e.kind == .exists:
            return Reply(errors: say(.save(.exists(path: path, command: ":report! " + args.joined(separator: " ")))) + "\n")
        case .failure(let e): return Reply(errors: say(.save(.cannotWrite(path: path, reason: e.message))) + "\n")
        }
    }
}
