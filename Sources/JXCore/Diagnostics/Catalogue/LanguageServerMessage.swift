/// What `jx lsp` shows an editor besides the diagnostics.
public enum LanguageServerMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
