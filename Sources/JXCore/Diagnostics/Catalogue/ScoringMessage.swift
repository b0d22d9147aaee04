/// Weights and scores: a weight no rule scores by, weights that do not add up, a score or a
/// weight that cannot be computed, a table's stated rows against its total, a total that
/// lacks rows.
public enum ScoringMessage: Sendable, Hashable {
    /// Whose 总分 a message speaks of.
    public enum Table: Sendable, Hashable {
        case project(String)
        /// The report, when it has no projects.
        case report
        /// The department's own part, beside its projects.
        case ownPart
        var text: Bilingual {
            switch self {
            case .project(let p): Bilingual(zh: "项目「\(p)」", en: "project \(p)")
            case .report: Bilingual(zh: "报告", en: "the report")
            case .ownPart: Bilingual(zh: "部门整体部分", en: "the department's own part")
            }
        }
    }

    /// A row a total lacks: its name, the cells it lacks (实际, 权重 …) and why.
    public struct Lacking: Sendable, Hashable {
        public enum Why: Sendable, Hashable { case blank, noSpending, pendingAtYearEnd }
        public var name: String
        public var cells: [String]
        public var why: Why
        public init(_ name: String, cells: [String], why: Why) {
            self.name = name
            self.cells = cells
            self.why = why
        }
    }

    case weightUnscored(String)
    case weightUnscoredHint
    /// `top`: the top-level budget the weight belongs on, when known.
    case weightOnTopLevelHint(top: String?)
    case weightsUnder(String, parts: String, whole: String)
    case weightsUnderHint(difference: String)

    case noWeight(EntityKind, String)
    case giveIndicatorWeight
    case giveBudgetWeight
    case giveGroupWeight(String)
    case noScore(EntityKind, String)
    case scoresFromRules
    case noScoreToTotal
    case noScoreToRate

    case scoreRowsUnder(String, sum: String, stated: String)
    case tableScoreRows(sum: String, stated: String)
    case tableDoesNotAddUp
    /// A report (nil) or a project that states something other than 总分.
    case statesOnlyTotal(project: String?, member: String)
    case statesOnlyTotalHint
    case scoreDecimals(String)
    case scoreDecimalsHint

    /// A total without the rows it lacks: `without` is the total of the others.
    case incomplete(Table, without: String?, missing: [Lacking])
    case incompleteHint

    public var text: Bilingual {
        switch self {
        case .weightUnscored(let b):
            Bilingual(zh: "预算「\(b)」写了分值，但没有规则给它打分", en: "budget \(b) has a weight, but no rule scores it")
        case .weightUnscoredHint:
            Bilingual(zh: "写 import policy 自评评分，按 分值 × 执行率 打分；或自己写一条带 `score …` 的规则",
                      en: "import policy 自评评分 scores it as weight × 执行率, or write a rule with `score …`")
        case .weightOnTopLevelHint(let top):
            Bilingual(zh: "政策「自评评分」只给顶层预算打分：把分值写在\(top.map { "「\($0)」" } ?? "顶层预算")上，或自己写一条带 `score …` 的规则",
                      en: "the policy 自评评分 scores top-level budgets only: give the weight to \(top ?? "the top-level budget"), or write a rule with `score …`")
        case .weightsUnder(let g, let p, let w):
            Bilingual(zh: "「\(g)」下各项的权重合计 \(p)，与它的权重 \(w) 不符", en: "the weights under \(g) add up to \(p), not to its weight \(w)")
        case .weightsUnderHint(let d):
            Bilingual(zh: "某个权重写错了，或少了一个指标；相差 \(d)", en: "a weight is wrong or an indicator is missing; the difference is \(d)")

        case .noWeight(.budget, let n): Bilingual(zh: "预算「\(n)」没有分值", en: "budget \(n) has no weight")
        case .noWeight(let k, let n): Bilingual(zh: "\(k.text.zh)「\(n)」没有权重", en: "\(k.text.en) \(n) has no weight")
        case .giveIndicatorWeight:
            Bilingual(zh: "给它写 `weight 20`，或给它所在的分组写权重，或写 import policy 自评评分",
                      en: "give it `weight 20`, or its group a weight, or import policy 自评评分")
        case .giveBudgetWeight:
            Bilingual(zh: "给它写 `weight 10`（分值）；顶层预算也可以写 import policy 自评评分",
                      en: "give it `weight 10` (分值), or import policy 自评评分 for a top-level budget")
        case .giveGroupWeight(let g): Bilingual(zh: "写 \(g) weight 50 { … }", en: "\(g) weight 50 { … }")
        case .noScore(let k, let n): Bilingual(zh: "\(k.text.zh)「\(n)」没有得分", en: "\(k.text.en) \(n) has no score")
        case .scoresFromRules: Bilingual(zh: "得分由规则给出：写 import policy 自评评分", en: "scores come from rules: import policy 自评评分")
        case .noScoreToTotal: Bilingual(zh: "没有可合计的得分", en: "there is no score to total")
        case .noScoreToRate: Bilingual(zh: "没有得分，无法评级", en: "there is no score to rate")

        case .scoreRowsUnder(let g, let s, let stated):
            Bilingual(zh: "「\(g)」下各行填报的得分合计 \(s)，与它填报的得分 \(stated) 不符",
                      en: "the stated scores under \(g) add up to \(s), not to its stated \(stated)")
        case .tableScoreRows(let s, let stated):
            Bilingual(zh: "表中各行填报的得分合计 \(s)，与填报的总分 \(stated) 不符", en: "the table's stated scores add up to \(s), not to its stated total \(stated)")
        case .tableDoesNotAddUp:
            Bilingual(zh: "表中数字对不上：某一行的得分或合计写错了", en: "the table does not add up; one of its rows or its total is wrong")
        case .statesOnlyTotal(nil, let m):
            Bilingual(zh: "报告填报的是总分，不是「\(m)」", en: "a report states 总分, not \(m)")
        case .statesOnlyTotal(let p?, let m):
            Bilingual(zh: "项目「\(p)」填报的是总分，不是「\(m)」", en: "project \(p) states 总分, not \(m)")
        case .statesOnlyTotalHint: Bilingual(zh: "写 stated 总分 92.5", en: "stated 总分 92.5")
        case .scoreDecimals(let d):
            Bilingual(zh: "得分小数位 \(d) 不是 0 到 17 的整数：得分不作取舍", en: "得分小数位 \(d) is not a whole number from 0 to 17: scores are not rounded")
        case .scoreDecimalsHint:
            Bilingual(zh: "写 let 得分小数位 = 0（按整分），或 = 1、= 2", en: "write let 得分小数位 = 0 (whole points), or = 1, = 2")

        case .incomplete(let t, let without, let missing):
            Bilingual(zh: "\(t.text.zh)的总分不完整\(without.map { "（其余各项合计 \($0) 分）" } ?? "")：缺 "
                          + missing.map { Self.missingRow($0).zh }.joined(separator: "、") + "的得分",
                      en: "the 总分 of \(t.text.en) is incomplete\(without.map { " (\($0) without them)" } ?? ""): it lacks the scores of "
                          + missing.map { Self.missingRow($0).en }.joined(separator: ", "))
        case .incompleteHint:
            Bilingual(zh: "补上所缺的数；未填（或年末仍无实际值）不是 0，总分不能当作 0 来合计",
                      en: "give the figures it lacks; a blank (or, at the year's end, a pending row) is not 0, so the total is not summed as if it were")
        }
    }

    /// `甲（实际未填）`, `甲 (实际 blank)`: a row a total lacks, and why (the full-width
    /// brackets set the name apart, as the reports' cells show it).
    public static func missingRow(_ m: Lacking) -> Bilingual {
        let cells = m.cells
        switch m.why {
        case .blank: return Bilingual(zh: "\(m.name)（\(cells.joined(separator: "、"))未填）", en: "\(m.name) (\(cells.joined(separator: ", ")) blank)")
        case .noSpending: return Bilingual(zh: "\(m.name)（无支出明细，执行数未知）", en: "\(m.name) (no spending lines: 执行数 unknown)")
        case .pendingAtYearEnd: return Bilingual(zh: "\(m.name)（年末无实际值）", en: "\(m.name) (still pending at the year's end)")
        }
    }
}
