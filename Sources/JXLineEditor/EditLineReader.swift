internal import CEditLine  // internal: no libedit type is part of the public API
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive line reader backed by libedit: cursor motion, Chinese (wide)
/// characters, persistent history and Tab completion.
///
/// Use only when `isTerminal()` is true; otherwise use `PlainLineReader`.
/// Not thread-safe: create and use it on one thread. It changes process-wide
/// state: LC_CTYPE is set to a UTF-8 locale (see `TerminalLocale`), and SIGINT
/// is handled only while `readLine` is waiting for input.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: EditLineHistory
    private let completer: (@Sendable (_ lineBeforeCursor: String) -> [String])?
    /// NUL-terminated wide prompt; libedit reads it (via EditLineCallbacks) on
    /// every redraw, so it is heap memory owned here, replaced per `readLine`.
    private var prompt: UnsafeMutablePointer<wchar_t>

    /// - Parameters:
    ///   - programName: used by libedit for `~/.editrc` sections (not read here).
    ///   - historyFile: loaded now, rewritten after each `addHistory`; nil = in-memory only.
    ///   - completer: given the text before the cursor, returns full candidate
    ///     words for the word being completed (see `CompletionPlan`).
    public init(programName: String, historyFile: String?,
                completer: (@Sendable (_ lineBeforeCursor: String) -> [String])?) {
        // Must precede el_init: libedit decides there whether input is UTF-8.
        TerminalLocale.ensureUTF8()
        guard let editLine = jx_el_init(programName) else {
            fatalError("libedit: el_init failed")
        }
        self.editLine = editLine
        self.history = EditLineHistory(file: historyFile)
        self.completer = completer
        self.prompt = makeWideCString("")

        // Callbacks are plain C function pointers that cannot capture; they find
        // this object through libedit's client-data slot instead of a global.
        // Unretained: the EditLine never outlives `self` (el_end in deinit).
        _ = jx_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = withWideCString("emacs") { jx_el_set_editor(editLine, $0) }
        // Keep libedit's own signal handlers off: on SIGINT they would restore
        // the tty and re-raise the signal. SigintInterruption handles Ctrl-C.
        _ = jx_el_set_signal(editLine, 0)
        _ = jx_el_set_history(editLine, history.handle)
        WideCharRedrawWorkaround.apply(to: editLine)
        EditLineCallbacks.install(on: editLine)
    }

    deinit {
        el_end(editLine)  // also restores the terminal mode
        prompt.deallocate()
    }

    /// True when both stdin and stdout are terminals, i.e. line editing makes sense.
    public static func isTerminal() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    public func readLine(prompt text: String) -> LineInput {
        prompt.deallocate()
        prompt = makeWideCString(text)

        var count: Int32 = 0
        let line: UnsafePointer<wchar_t>? = SigintInterruption.whileWaiting {
            errno = 0
            return el_wgets(editLine, &count)
        }
        let readErrno = errno

        if let line, count > 0 {
            var text = stringFromWide(line, count: Int(count))
            if text.hasSuffix("\n") { text.removeLast() }  // el_wgets keeps the newline
            return .line(text)
        }
        if count == -1, readErrno == EINTR {
            // Ctrl-C: drop the partial line; libedit left the cursor inside it.
            el_reset(editLine)
            jx_el_write(editLine, "\n")
            return .interrupted
        }
        // Ctrl-D on an empty line (count 0) or a read error/EOF (count -1).
        // libedit does not move off the prompt line; do it so whatever is
        // printed next (a shell prompt, "bye") starts in column 0.
        jx_el_write(editLine, "\n")
        return .endOfInput
    }

    public func addHistory(_ line: String) {
        // Blank lines are not worth recalling.
        guard !line.allSatisfy(\.isWhitespace) else { return }
        history.add(line)
    }

    // MARK: - Key-bound functions (called from EditLineCallbacks)

    static func from(_ editLine: OpaquePointer?) -> EditLineReader? {
        guard let editLine, let data = jx_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    var promptPointer: UnsafeMutablePointer<wchar_t> { prompt }

    /// Tab: complete the word before the cursor.
    func complete() -> Int32 {
        guard let completer, let info = el_wline(editLine)?.pointee,
              let buffer = info.buffer, let cursor = info.cursor else {
            return CC_REFRESH_BEEP
        }
        let before = stringFromWide(buffer, count: cursor - buffer)
        switch CompletionPlan.make(lineBeforeCursor: before, candidates: completer(before)) {
        case .insert(let text):
            let status = withWideCString(text) { el_winsertstr(editLine, $0) }
            return status == 0 ? CC_REFRESH : CC_REFRESH_BEEP
        case .list(let candidates):
            let columns = CandidateColumns.format(candidates, terminalWidth: Int(jx_el_columns(editLine)))
            // Move below the edited line, print, and let libedit redraw prompt + line.
            jx_el_write(editLine, "\n" + columns + "\n")
            return CC_REDISPLAY
        case .nothing:
            return CC_REFRESH_BEEP
        }
    }
}
