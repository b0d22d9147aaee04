import ArgumentParser
import JXCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse and evaluate scripts, run their rules and assertions, and report every problem.")

    @Argument(help: "The .jx scripts to check.") var files: [String]
    @Flag(help: "Treat warnings as errors (exit 1 if there are any).") var strict = false
    @Flag(name: .long, help: "Hide info notes.") var quiet = false

    func run() throws {
        var failed = false
        var unreadable = false
        for path in files {
            guard let ws = Loading.load(path) else { unreadable = true; continue }
            let ds = ws.diagnostics() + ws.scenarioDiagnostics()
            Loading.printDiagnostics(ds, ws.sources, showInfo: !quiet)
            let hasErrors = ds.contains { $0.severity == .error } || (strict && ds.contains { $0.severity == .warning })
            if hasErrors { failed = true }
            Terminal.err("\(path): \(Loading.counts(ds))\n")
        }
        if unreadable { throw ExitCode(2) }
        if failed { throw ExitCode(1) }
    }
}
