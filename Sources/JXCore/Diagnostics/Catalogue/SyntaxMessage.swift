/// The parser's errors and hints: what was expected, what was found, what to type instead.
public enum SyntaxMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
