/// Words many areas share: "did you mean", "first declared here", the renderer's error/warning/hint.
public enum CommonMessage: Sendable, Hashable {
    case didYouMean(String)

    public var text: Bilingual {
        switch self {
        case .didYouMean(let s): Bilingual(zh: "是不是要写 \(s)？", en: "did you mean \(s)?")
        }
    }
}
