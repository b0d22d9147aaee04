import ArgumentParser
import JXCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.checkAbstract),
        discussion: helpText(.checkDiscussion(limit: Loading.diagnosticLimit)))

    @Argument(help: helpFor(.checkFiles)) var files: [String]
    @Flag(help: helpFor(.checkStrict)) var strict = false
    @Flag(name: .long, help: helpFor(.checkQuiet)) var quiet = false
    @Option(name: .long, help: helpFor(.checkFormat))
    var format: CheckFormat = .text
    @OptionGroup var imports: ImportOptions

    enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// What checking one file printed and found.
    struct Outcome: Sendable {
        var text: String
        var failed: Bool
        var unreadable: Bool
        /// For `--format json`: the file's findings, rendered where the file's sources are.
        var findings = "[]"
        var errors = 0, warnings = 0
    }

    func run() throws {
        let files = self.files
        let color = Terminal.colorEnabled(fd: 2)
        let strict = self.strict, showInfo = !quiet
        let access = imports.access
        let json = format == .json
        let outcomes = Parallel.map(files.count) { i in
            Check.check(files[i], access, color: color, strict: strict, showInfo: showInfo, keep: files.count == 1, json: json)
        }
        var failed = false
        var unreadable = false
        for o in outcomes {
            if !json || o.unreadable { Terminal.err(o.text, painted: color && !json) }
            failed = failed || o.failed
            unreadable = unreadable || o.unreadable
        }
        if json {
            // One document for every file named, in the order named; a file that could not be
            // read has no findings (why is on standard error) and says so.
            let rows = zip(files, outcomes).map { path, o in
                "    {\n      \"file\": \(JSON.string(path).render()),\n      \"readable\": \(!o.unreadable),\n"
                    + "      \"errors\": \(o.errors),\n      \"warnings\": \(o.warnings),\n      \"findings\": \(o.findings)\n    }"
            }
            Terminal.write("{\n  \"schema\": 1,\n  \"files\": [\n" + rows.joined(separator: ",\n") + "\n  ]\n}\n", to: 1)
        }
        if unreadable { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }

    static func check(_ path: String, _ access: ScriptAccess, color: Bool, strict: Bool, showInfo: Bool, keep: Bool, json: Bool = false) -> Outcome {
        let ws = access.workspace(path)
        if let e = ws.unreadable {
            return Outcome(text: Loading.unreadable(path, e), failed: false, unreadable: true)
        }
        let ds = ws.diagnostics(keepingResults: false) + ws.scenarioDiagnostics()
        let hasErrors = ds.contains { $0.severity == .error } || (strict && ds.contains { $0.severity == .warning })
        if json {
            let shown = showInfo ? ds : ds.filter { $0.severity != .info }
            let findings = JSONReport.findings(shown, sources: ws.sources).render(indent: 3)
            if keep { Loading.keepUntilExit(ws) }
            return Outcome(text: "", failed: hasErrors, unreadable: false, findings: findings,
                           errors: ds.filter { $0.severity == .error }.count, warnings: ds.filter { $0.severity == .warning }.count)
        }
        var text = Loading.render(ds, ws.sources, color: color, showInfo: showInfo)
        text += "\(path): \(Loading.counts(ds))\n"
        // The process ends right after: freeing a million-indicator model only costs time.
        if keep { Loading.keepUntilExit(ws) }
        return Outcome(text: text, failed: hasErrors, unreadable: false)
    }
}
