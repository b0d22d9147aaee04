/// What the lexer says of characters it cannot read.
public enum LexerMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
