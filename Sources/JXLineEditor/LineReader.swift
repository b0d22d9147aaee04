/// One result of asking the user (or a pipe) for a line.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its trailing newline.
    case line(String)
    /// The user pressed Ctrl-C; the partial line was discarded. Prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or end of the input stream. Stop reading.
    case endOfInput
}

/// Source of input lines for the REPL. Two implementations exist so the REPL
/// does not care whether it talks to a terminal (`EditLineReader`, line editing
/// and history) or to a pipe/file (`PlainLineReader`, no prompt, no escapes).
/// Class-bound because readers own C resources and are used from one thread.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (if the implementation prompts at all) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Records a line the caller accepted, so Up-arrow can recall it.
    func addHistory(_ line: String)
}
