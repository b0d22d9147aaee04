import ArgumentParser
import JXCore
import JXLineEditor

/// `jx repl [FILE]`: the session model (JXCore) over a line reader. On a terminal, libedit
/// with history in ~/.jx_history, prompts and Tab completion; through a pipe, plain lines
/// in and plain text out, so sessions can be scripted and tested. Always exits 0.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.replAbstract),
        discussion: helpText(.replDiscussion))

    @Argument(help: helpFor(.replFile)) var file: String?
    /// How long each line took, on standard error: to check that a change answers at once
    /// on a big model.
    @Flag(help: helpFor(.replTiming, visibility: .hidden)) var timing = false
    @OptionGroup var imports: ImportOptions

    func run() throws {
        let interactive = EditLineReader.isTerminal()
        let session = ReplSession(files: ReplFileAccess.files(imports.access), color: interactive && Terminal.colorEnabled(fd: 2))
        session.language = Terminal.language
        let reader: LineReader
        if interactive {
            let source = CompletionSource(session)
            reader = EditLineReader(programName: "jx", historyFile: ReplFileAccess.historyFile(), completer: { source.candidates($0) })
            Terminal.out(say(.replBanner(version: JX.configuration.version)) + "\n")
        } else {
            reader = PlainLineReader()
        }
        if let file { ReplOutput.show(session, session.load(file)) }
        loop: while true {
            let prompt = interactive ? (session.isContinuing ? "..> " : "jx> ") : ""
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                reader.addHistory(line)
                let clock = ContinuousClock()
                var reply = ReplSession.Reply()
                let took = clock.measure { reply = session.handle(line) }
                ReplOutput.show(session, reply)
                if timing { Terminal.err("time: \(took.components.seconds * 1_000_000 + took.components.attoseconds / 1_000_000_000_000) µs\n") }
                if reply.quit { break loop }
            case .interrupted:
                session.cancelPending()
            case .endOfInput:
                if let reply = session.finishPending() { ReplOutput.show(session, reply) }
                break loop
            }
        }
    }
}

enum ReplOutput {
    /// The session paints (diagnostics, the text report's lights) only when it was told to.
    static func show(_ session: ReplSession, _ r: ReplSession.Reply) {
        if !r.output.isEmpty { Terminal.out(r.output, painted: session.color) }
        if !r.errors.isEmpty { Terminal.err(r.errors, painted: session.color) }
    }
}

/// The line editor calls the completer from the same thread that runs the session; the
/// box only satisfies the `@Sendable` signature of the callback.
final class CompletionSource: @unchecked Sendable {
    let session: ReplSession
    init(_ session: ReplSession) { self.session = session }
    func candidates(_ lineBeforeCursor: String) -> [String] { session.completions(for: lineBeforeCursor) }
}
