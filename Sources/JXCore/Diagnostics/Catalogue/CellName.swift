extension EvaluationMessage {
    /// A figure jx computes, as a cycle or a too-long chain of references names it.
    public enum CellName: Sendable, Hashable {
        /// A constant or a spending line: its name alone.
        case named(String)
        case budget(String)
        case indicator(String)
        case timeProgress
        case budgetLight(String)
        case indicatorLight(String)

        var text: Bilingual {
            switch self {
            case .named(let n): Bilingual(zh: "「\(n)」", en: n)
            case .budget(let n): Bilingual(zh: "预算「\(n)」", en: "budget \(n)")
            case .indicator(let n): Bilingual(zh: "指标「\(n)」", en: "indicator \(n)")
            case .timeProgress: Bilingual(zh: "时间进度", en: "时间进度")
            case .budgetLight(let n): Bilingual(zh: "预算「\(n)」的预警灯", en: "the light of budget \(n)")
            case .indicatorLight(let n): Bilingual(zh: "指标「\(n)」的预警灯", en: "the light of indicator \(n)")
            }
        }
    }
}
