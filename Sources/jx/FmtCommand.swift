import ArgumentParser
import JXCore

/// `jx fmt`: rewrites scripts in place (atomically) to the canonical layout of
/// `JXCore.Formatter`; `--check` only says which would change (for CI), `-` filters
/// standard input to standard output (for editors).
struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.fmtAbstract),
        discussion: helpText(.fmtDiscussion))

    @Argument(help: helpFor(.fmtFiles)) var files: [String]
    @Flag(help: helpFor(.fmtCheck)) var check = false
    @Flag(help: helpFor(.fmtDiff)) var diff = false

    func run() throws {
        if files == ["-"] { return try filter() }
        var paths: [String] = []
        var seen = Set<Files.FileID>()
        for f in files {
            if f == "-" {
                Terminal.err(say(.stdinWithFiles) + "\n")
                throw ExitCode(2)
            }
            guard Files.exists(f) else {
                Terminal.err(say(.doesNotExist(f)) + "\n")
                throw ExitCode(2)
            }
            paths.append(contentsOf: Files.scripts(under: f, &seen))
        }
        paths = Files.unique(paths)
        var unreadable = false, broken = false
        var changed: [String] = []
        let access = ScriptAccess(importPaths: [])
        for path in paths {
            // Only scripts: another file would be shown in the errors, line by line.
            if case .failure(let e) = access.admit(path, mainScript: path) {
                Terminal.err(Loading.unreadable(path, e))
                unreadable = true
                continue
            }
            guard case .success(let bytes) = Files.read(path) else {
                if case .failure(let e) = Files.read(path) { Terminal.err(say(.cannotRead(path: path, reason: e.message)) + "\n") }
                unreadable = true
                continue
            }
            let file = SourceFile(path: path, bytes: bytes)
            switch Formatter.format(file) {
            case .failed(let diagnostics):
                var sources = SourceMap()
                _ = sources.add(file)
                Loading.printDiagnostics(diagnostics, sources)
                Terminal.err(say(.notFormatted(path)) + "\n")
                broken = true
            case .formatted(let text):
                let old = String(decoding: bytes, as: UTF8.self)
                if text == old && Array(text.utf8) == bytes { continue }
                changed.append(path)
                if diff {
                    Terminal.out(LineDiff.unified(old, text, from: path, to: say(.formattedLabel(path))))
                } else if check {
                    Terminal.out(path + "\n")
                } else {
                    // Asked to rewrite the file it read: replaced (atomically, its mode and
                    // owner kept; in place when it has other hard links), unless read-only.
                    do throws(Workspace.FileError) { try FileWrite.write(path, text, .init(replace: true)) } catch {
                        Terminal.err(say(.cannotWrite(path: path, reason: error.message, replaceWith: nil)) + "\n")
                        unreadable = true
                        continue
                    }
                    Terminal.out(say(.formatted(path)) + "\n")
                }
            }
        }
        if check || diff {
            let n = changed.count
            if n > 0 { Terminal.err(say(.wouldReformat(n, of: paths.count)) + "\n") }
        }
        if unreadable { throw ExitCode(2) }
        if broken || ((check || diff) && !changed.isEmpty) { throw ExitCode(1) }
    }

    /// `jx fmt -`: standard input to standard output.
    func filter() throws {
        guard case .success(let bytes) = Files.read("-") else { throw ExitCode(2) }
        let file = SourceFile(path: "<stdin>", bytes: bytes)
        switch Formatter.format(file) {
        case .failed(let diagnostics):
            var sources = SourceMap()
            _ = sources.add(file)
            Loading.printDiagnostics(diagnostics, sources)
            throw ExitCode(1)
        case .formatted(let text):
            let old = String(decoding: bytes, as: UTF8.self)
            if diff {
                Terminal.out(LineDiff.unified(old, text, from: "<stdin>", to: say(.formattedLabel("<stdin>"))))
            } else if !check {
                Terminal.data(text)
            }
            if (check || diff) && Array(text.utf8) != bytes { throw ExitCode(1) }
        }
    }
}
