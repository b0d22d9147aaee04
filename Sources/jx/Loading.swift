import JXCore

/// Loads a script for a command and renders its diagnostics; the shared front half of
/// check, report, eval and test.
enum Loading {
    static func load(_ path: String) -> Workspace? {
        let ws = Workspace(path: path, read: Files.read)
        if let e = ws.unreadable {
            Terminal.err("error: cannot read \(path): \(e.message)\n")
            return nil
        }
        return ws
    }

    static func printDiagnostics(_ ds: [Diagnostic], _ sources: SourceMap, showInfo: Bool = true) {
        let r = DiagnosticRenderer(color: Terminal.colorEnabled(fd: 2))
        for d in ds where showInfo || d.severity != .info {
            Terminal.err(r.render(d, sources: sources) + "\n")
        }
    }

    static func counts(_ ds: [Diagnostic]) -> String {
        let e = ds.filter { $0.severity == .error }.count
        let w = ds.filter { $0.severity == .warning }.count
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }
}
