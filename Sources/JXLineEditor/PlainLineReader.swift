/// Reads lines from standard input with no prompt and no editing.
///
/// Used when stdin or stdout is not a terminal (`echo 1+1 | jx repl`): a prompt
/// or terminal escape sequences would pollute piped output, and there is no
/// user to recall history, so `addHistory` does nothing.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineInput {
        // Qualified: the unqualified name would resolve to this method.
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    public func addHistory(_ line: String) {}
}
