/// Names and paths asked for at the prompt or in a change.
public enum QueryMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
