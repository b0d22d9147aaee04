import JXCore

/// Loads a script for a command and renders its diagnostics; the shared front half of
/// check, report, eval and test.
enum Loading {
    static func load(_ path: String, _ access: ScriptAccess) -> Workspace? {
        let ws = access.workspace(path)
        if let e = ws.unreadable {
            Terminal.err(unreadable(path, e))
            return nil
        }
        return ws
    }

    /// Why a script could not be read, with what to do instead when there is a hint.
    static func unreadable(_ path: String, _ e: Workspace.FileError) -> String {
        say(.cannotRead(path: path, reason: e.message)) + "\n" + (e.hint.map { say(.hint($0)) + "\n" } ?? "")
    }

    static func printDiagnostics(_ ds: [Diagnostic], _ sources: SourceMap, showInfo: Bool = true) {
        let color = Terminal.colorEnabled(fd: 2)
        Terminal.err(render(ds, sources, color: color, showInfo: showInfo), painted: color)
    }

    /// A file shows at most this many diagnostics: past it, a hostile or broken file would
    /// spend time and output on messages nobody reads.
    static let diagnosticLimit = 10_000

    /// The diagnostics as printed, each followed by a blank line; past the limit, one line
    /// says how many more there are.
    static func render(_ ds: [Diagnostic], _ sources: SourceMap, color: Bool, showInfo: Bool = true) -> String {
        let r = DiagnosticRenderer(color: color, language: Terminal.language)
        var out = ""
        var shown = 0, hidden = 0
        var columns = DiagnosticRenderer.Columns()
        for d in ds where showInfo || d.severity != .info {
            if shown == diagnosticLimit { hidden += 1; continue }
            out += r.render(d, sources: sources, &columns)
            out += "\n"
            shown += 1
        }
        if hidden > 0 { out += say(.moreDiagnostics(hidden: hidden, shown: diagnosticLimit)) + "\n" }
        return out
    }

    /// Keeps a model, an evaluator or a report's rows alive to the end of the process, so
    /// that they are never freed: the process is about to exit, and tearing down a large
    /// model only costs time.
    static func keepUntilExit<T>(_ value: T) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    static func counts(_ ds: [Diagnostic]) -> String {
        let e = ds.filter { $0.severity == .error }.count
        let w = ds.filter { $0.severity == .warning }.count
        return say(.counts(errors: e, warnings: w))
    }
}
