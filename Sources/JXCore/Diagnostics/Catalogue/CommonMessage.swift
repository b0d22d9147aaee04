/// Words many areas share: "did you mean", "first declared here", the renderer's error/warning/hint.
public enum CommonMessage: Sendable, Hashable {
    case didYouMean(String)
    /// The renderer's words before a diagnostic's code and before its notes and hint.
    case severity(Severity)
    case noteWord
    case hintWord

    public var text: Bilingual {
        switch self {
        case .didYouMean(let s): Bilingual(zh: "是不是要写 \(s)？", en: "did you mean \(s)?")
        case .severity(.error): Bilingual(zh: "错误", en: "error")
        case .severity(.warning): Bilingual(zh: "警告", en: "warning")
        // Not 提示: that is the hint's word, and an info finding has a hint of its own.
        case .severity(.info): Bilingual(zh: "信息", en: "info")
        case .noteWord: Bilingual(zh: "说明", en: "note")
        case .hintWord: Bilingual(zh: "提示", en: "hint")
        }
    }
}
