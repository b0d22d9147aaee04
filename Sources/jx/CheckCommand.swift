import ArgumentParser
import JXCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse and evaluate scripts, run their rules and assertions, and report every problem.",
        discussion: """
        Files are checked in parallel, one per core; what each prints comes in the order the \
        files were named. A file shows at most \(Loading.diagnosticLimit) diagnostics (the \
        summary line still counts them all).
        """)

    @Argument(help: "The .jx scripts to check.") var files: [String]
    @Flag(help: "Treat warnings as errors (exit 1 if there are any).") var strict = false
    @Flag(name: .long, help: "Hide info notes.") var quiet = false
    @OptionGroup var imports: ImportOptions

    /// What checking one file printed and found.
    struct Outcome: Sendable {
        var text: String
        var failed: Bool
        var unreadable: Bool
    }

    func run() throws {
        let files = self.files
        let color = Terminal.colorEnabled(fd: 2)
        let strict = self.strict, showInfo = !quiet
        let access = imports.access
        let outcomes = Parallel.map(files.count) { i in
            Check.check(files[i], access, color: color, strict: strict, showInfo: showInfo, keep: files.count == 1)
        }
        var failed = false
        var unreadable = false
        for o in outcomes {
            Terminal.err(o.text, painted: color)
            failed = failed || o.failed
            unreadable = unreadable || o.unreadable
        }
        if unreadable { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }

    static func check(_ path: String, _ access: ScriptAccess, color: Bool, strict: Bool, showInfo: Bool, keep: Bool) -> Outcome {
        let ws = access.workspace(path)
        if let e = ws.unreadable {
            return Outcome(text: Loading.unreadable(path, e), failed: false, unreadable: true)
        }
        let ds = ws.diagnostics(keepingResults: false) + ws.scenarioDiagnostics()
        var text = Loading.render(ds, ws.sources, color: color, showInfo: showInfo)
        text += "\(path): \(Loading.counts(ds))\n"
        let hasErrors = ds.contains { $0.severity == .error } || (strict && ds.contains { $0.severity == .warning })
        // The process ends right after: freeing a million-indicator model only costs time.
        if keep { Loading.keepUntilExit(ws) }
        return Outcome(text: text, failed: hasErrors, unreadable: false)
    }
}
