/// Rules, scoring and the auditor's checks.
public enum RuleMessage: Sendable, Hashable {
    /// A script's own rule's message, as its author wrote it (in the author's language).
    case authored(String)

    public var text: Bilingual {
        switch self {
        case .authored(let s): Bilingual(zh: s, en: s)
        }
    }
}
