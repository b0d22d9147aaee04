/// The REPL's replies and its `:help`.
public enum SessionMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
