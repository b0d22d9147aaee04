/// The command line: what its commands print besides diagnostics and reports.
public enum CommandLineMessage: Sendable, Hashable {
    case doesNotExist(String)

    public var text: Bilingual {
        switch self {
        case .doesNotExist(let p): Bilingual(zh: "错误：\(p) 不存在", en: "error: \(p) does not exist")
        }
    }

    public func text(_ language: Language) -> String { text.text(language) }
}
