/// Blank cells (未填) and what is blank because of them; rows that cannot be checked.
public enum BlankMessage: Sendable, Hashable {
    /// Whose cell it is.
    public enum Owner: Sendable, Hashable {
        case budget(String)
        case spend(String, budget: String)
        case source(String, budget: String)
        case indicator(String)
        case group(String)
        case report
        case constant(String)

        var text: Bilingual {
            switch self {
            case .budget(let b): Bilingual(zh: "预算 \(b)", en: "budget \(b)")
            case .spend(let s, let b): Bilingual(zh: "预算 \(b)的支出 \(s)", en: "\(s) of budget \(b)")
            case .source(let s, let b): Bilingual(zh: "预算 \(b)的资金来源 \(s)", en: "source \(s) of budget \(b)")
            case .indicator(let i): Bilingual(zh: "指标 \(i)", en: "indicator \(i)")
            case .group(let g): Bilingual(zh: "分组 \(g)", en: "group \(g)")
            case .report: Bilingual(zh: "报告", en: "the report")
            case .constant(let c): Bilingual(zh: c, en: c)
            }
        }
    }

    /// Which cell: a field by its table word (预算数, 执行数, 权重 …), or one of these.
    public enum Cell: Sendable, Hashable {
        case field(String)
        case spendAmount
        case constantValue
        /// A stated line without a field's name: a figure.
        case figure

        var text: Bilingual {
            switch self {
            case .field(let f): Bilingual(zh: f, en: f)
            case .spendAmount: Bilingual(zh: "金额", en: "the amount")
            case .constantValue: Bilingual(zh: "它的值", en: "its value")
            case .figure: Bilingual(zh: "数", en: "figure")
            }
        }
    }

    /// What is blank because of it.
    public enum Consequence: Sendable, Hashable {
        case rates, arrival, execution, expectedExecution, scoreAndTotal, budgetExecuted, completionLightScore, groupWeight

        var text: Bilingual {
            switch self {
            case .rates: Bilingual(zh: "：各项比率也是空的，不是 0%", en: ": its rates are blank too, not 0%")
            case .arrival: Bilingual(zh: "：到位率也是空的，不是 0%", en: ": its 到位率 is blank too, not 0%")
            case .execution: Bilingual(zh: "：执行率也是空的，不是 0%", en: ": its 执行率 is blank too, not 0%")
            case .expectedExecution: Bilingual(zh: "：预计执行率也是空的", en: ": its 预计执行率 is blank too")
            case .scoreAndTotal: Bilingual(zh: "：得分是空的，总分缺它", en: ": its 得分 is blank, and the 总分 lacks it")
            case .budgetExecuted: Bilingual(zh: "：预算的执行数也是空的", en: ": the budget's 执行数 is blank too")
            case .completionLightScore: Bilingual(zh: "：完成率、预警灯和得分也是空的，不是 0", en: ": its 完成率, light and score are blank too, not 0")
            case .groupWeight: Bilingual(zh: "：下面的指标没有权重可分", en: ": what is under it has no weight to share")
            }
        }
    }

    case blankCell(Owner, Cell, Consequence?)
    case blankCellHint
    /// A stated figure left blank: `stated 执行率 blank`. `member` is as written, nil for
    /// the owner's default figure.
    case blankStated(Owner, member: String?, default: Cell)
    case blankStatedHint
    case noSpending(budget: String)
    case noSpendingHint
    case pendingAtYearEnd(indicator: String)
    case pendingAtYearEndHint
    case onlyScore(indicator: String)
    case onlyScoreHint

    public var text: Bilingual {
        switch self {
        case .blankCell(let o, let c, let then):
            let o = o.text, c = c.text, t = then?.text ?? Bilingual(zh: "", en: "")
            return Bilingual(zh: "\(o.zh)：\(c.zh)未填\(t.zh)", en: "\(o.en): \(c.en) is blank (未填)\(t.en)")
        case .blankCellHint:
            return Bilingual(zh: "知道后填上；在那之前它不按 0 计算", en: "fill in the figure when it is known; until then it is not counted as 0")
        case .blankStated(let o, let m, let d):
            let o = o.text, d = d.text
            return Bilingual(zh: "\(o.zh)：所写的\(m ?? d.zh)未填，不核对", en: "\(o.en): the stated \(m ?? d.en) is blank (未填): nothing is checked against it")
        case .blankStatedHint:
            return Bilingual(zh: "写上表中印的数，或删去这一行", en: "write the figure the table prints, or leave the line out")
        case .noSpending(let b):
            return Bilingual(zh: "预算 \(b) 有金额而没有支出明细：执行数未知（不是 0），执行率和预警灯也未知",
                             en: "budget \(b) has an amount and no spending lines: its 执行数 is unknown (not 0), and so are its 执行率 and its light")
        case .noSpendingHint:
            return Bilingual(zh: "加上 `spent …` 或 `executed …` 行（表中空着的写 `executed blank`）",
                             en: "add `spent …` lines or `executed …` (`executed blank` where the table leaves it empty)")
        case .pendingAtYearEnd(let i):
            return Bilingual(zh: "指标 \(i) 到年末仍没有实际值（pending）：自评的完成情况是最终的，总分缺它的得分",
                             en: "indicator \(i) is still pending at the year's end: a self-evaluation's completion is final, and the total lacks its score")
        case .pendingAtYearEndHint:
            return Bilingual(zh: "填上 12 月 31 日的实际值；表中空着的写 `actual blank`（未填）",
                             en: "give its actual at December 31, or `actual blank` where the table leaves it empty")
        case .onlyScore(let i):
            return Bilingual(zh: "指标 \(i) 只写了得分，没有目标值和实际值：按所填得分计入总分，无法核实",
                             en: "indicator \(i) states only its score, without a target or an actual: it counts in the total as stated and cannot be checked")
        case .onlyScoreHint:
            return Bilingual(zh: "写上 `target …` 和 `actual …`，由 jx 计算得分", en: "give `target …` and `actual …` to have the score computed")
        }
    }
}
