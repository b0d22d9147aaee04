/// How jx computed a figure a report states, as a `W-stated-mismatch` says it before the
/// `=`: "执行数 400万元 ÷ 预算数 1500万元", "各项支出之和". Figures come formatted.
public enum FigureHow: Sendable, Hashable {
    /// A figure a formula reads, by its label: 权重 5.
    public struct Figure: Sendable, Hashable {
        public var label: Bilingual
        public var value: String
        public init(_ label: Bilingual, _ value: String) { self.label = label; self.value = value }
    }

    /// `执行数 400万元 ÷ 预算数 1500万元`: the report's words and figures, as in both languages.
    case ratio(numerator: String, String, denominator: String, String)
    /// An indicator's actual over its target, as written (`38亩 ÷ ≥40亩`).
    case actualOverTarget(actual: String, target: String)
    case sumOfSpending
    case sumOfParts
    case sumOfAllocations
    case itsAmount
    /// A figure given as it is: `its 年初预算数` (the report's word, the same in both languages).
    case its(String)
    case judgedCompletion
    case itsActual
    case itsTarget
    case itsExpected
    case expectedAgainstTarget
    case budgetWeight
    case indicatorWeight
    case groupWeight
    case sumOfIndicatorScores
    case sumOfEveryScore
    case scoringRule
    /// The score clause that gave the score, as written (`权重 * 80%`), with the figures it
    /// reads most: the row's weight and completion (or a budget's 执行率).
    case byRule(rule: String, formula: String, figures: [Figure], decimals: Int?)
    /// Weight × completion, capped at 100%, and rounded to 得分小数位 when the report sets it.
    case weightTimesCompletion(weight: String, completion: String, decimals: Int?)
    case weightTimesExecution(weight: String, execution: String, decimals: Int?)
    case weightTimesExecutionRule

    public var text: Bilingual {
        switch self {
        case .ratio(let n, let x, let d, let y): Bilingual(zh: "\(n) \(x) ÷ \(d) \(y)", en: "\(n) \(x) ÷ \(d) \(y)")
        case .actualOverTarget(let a, let t): Bilingual(zh: "实际 \(a) ÷ 目标 \(t)", en: "\(a) ÷ \(t)")
        case .sumOfSpending: Bilingual(zh: "各项支出之和", en: "the sum of its spending")
        case .sumOfParts: Bilingual(zh: "各分项之和", en: "the sum of its parts")
        case .sumOfAllocations: Bilingual(zh: "各项拨付之和", en: "the sum of its allocations")
        case .itsAmount: Bilingual(zh: "它的预算数", en: "its amount")
        case .its(let w): Bilingual(zh: "它的\(w)", en: "its \(w)")
        case .judgedCompletion: Bilingual(zh: "评定的完成率", en: "its judged completion")
        case .itsActual: Bilingual(zh: "它的实际值", en: "its actual")
        case .itsTarget: Bilingual(zh: "它的目标值", en: "its target")
        case .itsExpected: Bilingual(zh: "它的全年预计值", en: "its expected year-end value")
        case .expectedAgainstTarget: Bilingual(zh: "全年预计值 ÷ 目标值", en: "its expected year-end value against the target")
        case .budgetWeight: Bilingual(zh: "它的分值", en: "its weight")
        case .indicatorWeight: Bilingual(zh: "所给的权重，或由所在分组的权重分得", en: "its weight, given or split from its group's")
        case .groupWeight: Bilingual(zh: "所给的权重，或由下级权重合计", en: "its weight, given or from its parts")
        case .sumOfIndicatorScores: Bilingual(zh: "下属各指标得分之和", en: "the sum of its indicators' scores")
        case .sumOfEveryScore: Bilingual(zh: "各项得分之和", en: "the sum of every score")
        case .scoringRule: Bilingual(zh: "它的评分规则", en: "its scoring rule")
        case .byRule(let rule, let formula, let figures, let k):
            Bilingual(zh: "规则「\(rule)」的 \(FigureHow.onPaper(formula))" + (figures.isEmpty ? "" : "（" + figures.map { "\($0.label.zh) \($0.value)" }.joined(separator: "，") + "）") + FigureHow.rounding(k).zh,
                      en: "\(formula) of rule \(rule)" + (figures.isEmpty ? "" : " (" + figures.map { "\($0.label.en) \($0.value)" }.joined(separator: ", ") + ")") + FigureHow.rounding(k).en)
        case .weightTimesCompletion(let w, let c, let k):
            Bilingual(zh: "权重 \(w) × 完成率 \(c)（完成率超过 100% 的按 100% 计）" + FigureHow.rounding(k).zh,
                      en: "weight \(w) × completion \(c) (capped at 100%)" + FigureHow.rounding(k).en)
        case .weightTimesExecution(let w, let x, let k):
            Bilingual(zh: "分值 \(w) × 执行率 \(x)（执行率超过 100% 的按 100% 计）" + FigureHow.rounding(k).zh,
                      en: "weight \(w) × 执行率 \(x) (capped at 100%)" + FigureHow.rounding(k).en)
        case .weightTimesExecutionRule: Bilingual(zh: "分值 × 执行率", en: "weight × 执行率")
        }
    }

    /// A score kept at 得分小数位 says so, or `= 37` after `× 73.50%` would read as a slip.
    static func rounding(_ decimals: Int?) -> Bilingual {
        guard let k = decimals else { return Bilingual(zh: "", en: "") }
        return Bilingual(zh: "，按得分小数位四舍五入保留 \(k) 位小数", en: ", rounded half up to \(k) decimals (得分小数位)")
    }

    /// A formula as a table writes it on paper: 权重 × 80%, 目标 ÷ 实际.
    static func onPaper(_ formula: String) -> String {
        formula.split(separator: " * ", omittingEmptySubsequences: false).joined(separator: " × ")
            .split(separator: " / ", omittingEmptySubsequences: false).joined(separator: " ÷ ")
    }
}
