/// `assert`, `jx test` and its output.
public enum ScriptTestMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
