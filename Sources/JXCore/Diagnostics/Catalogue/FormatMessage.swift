/// What `jx fmt` says.
public enum FormatMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
