/// A report checked against itself: parts that must add up to their whole, spending against
/// the funds, the counts of indicators it declares. Figures come formatted as jx prints them.
public enum CheckMessage: Sendable, Hashable {
    case partsDoNotAddUp(budget: String, parts: String, sum: String, amount: String)
    case partsDoNotAddUpHint(difference: String)
    case partsInitialDoNotAddUp(budget: String, sum: String, initial: String)
    case partMissingOrWrong
    case executedNotSpending(budget: String, executed: String, spending: String)
    case oneFigureWrong
    case spentOverArrived(budget: String, spent: String, arrived: String)
    case spentOverArrivedHint
    case overBudget(budget: String, spent: String, amount: String)
    case overBudgetHint
    case expectedBelowExecuted(budget: String, expected: String, executed: String)
    case expectedBelowExecutedHint
    case sourcesDoNotAddUp(budget: String, sum: String, amount: String)
    case checkTheSources
    /// `figure` is the report's word for it (年初预算数, 到位资金 …), the same in both languages.
    case sourceFiguresDoNotAddUp(budget: String, figure: String, sum: String, whole: String)
    case sourceFiguresHint(difference: String)
    /// `level` is the report's word for it (一级, 二级, 三级).
    case declaredCount(level: String, declared: Int, listed: Int)
    case declaredCountHint

    public var text: Bilingual {
        switch self {
        case .partsDoNotAddUp(let b, let p, let s, let a):
            Bilingual(zh: "预算「\(b)」的分项（\(p)）合计 \(s)，与它的预算数 \(a) 不符",
                      en: "the parts of budget \(b) (\(p)) add up to \(s), not to its amount \(a)")
        case .partsDoNotAddUpHint(let d):
            Bilingual(zh: "少了一个分项或有数字写错；相差 \(d)", en: "a part is missing or a figure is wrong; the difference is \(d)")
        case .partsInitialDoNotAddUp(let b, let s, let i):
            Bilingual(zh: "预算「\(b)」各分项的年初预算数合计 \(s)，与它的年初预算数 \(i) 不符",
                      en: "the 年初预算数 of the parts of budget \(b) add up to \(s), not to its 年初预算数 \(i)")
        case .partMissingOrWrong: Bilingual(zh: "少了一个分项或有数字写错", en: "a part is missing or a figure is wrong")
        case .executedNotSpending(let b, let x, let s):
            Bilingual(zh: "预算「\(b)」写的执行数是 \(x)，但它的支出合计 \(s)", en: "budget \(b) says 执行数 \(x) but its spending adds up to \(s)")
        case .oneFigureWrong: Bilingual(zh: "其中一个数字有误", en: "one of the figures is wrong")
        case .spentOverArrived(let b, let x, let a):
            Bilingual(zh: "预算「\(b)」已支出 \(x)，超过了到位资金 \(a)", en: "budget \(b) spent \(x), more than the \(a) that arrived")
        case .spentOverArrivedHint: Bilingual(zh: "请核对到位资金和各项支出", en: "check 到位资金 and the spending")
        case .overBudget(let b, let x, let a):
            Bilingual(zh: "预算「\(b)」已支出 \(x)，超过了它的预算数 \(a)", en: "budget \(b) spent \(x), more than its amount \(a)")
        case .overBudgetHint: Bilingual(zh: "请核对预算数和各项支出", en: "check the amount and the spending")
        case .expectedBelowExecuted(let b, let e, let x):
            Bilingual(zh: "预算「\(b)」的全年预计执行数 \(e)，少于已执行的 \(x)",
                      en: "budget \(b) expects to spend \(e) in the year, less than the \(x) already spent")
        case .expectedBelowExecutedHint:
            Bilingual(zh: "全年预计执行数包括截至目前已执行的数；请核对这两个数", en: "全年预计执行数 includes what is spent so far; check the two figures")
        case .sourcesDoNotAddUp(let b, let s, let a):
            Bilingual(zh: "预算「\(b)」各资金来源合计 \(s)，与它的预算数 \(a) 不符",
                      en: "the funding sources of budget \(b) add up to \(s), not to its amount \(a)")
        case .checkTheSources: Bilingual(zh: "请核对各资金来源", en: "check the sources")
        case .sourceFiguresDoNotAddUp(let b, let f, let s, let w):
            Bilingual(zh: "预算「\(b)」各资金来源的\(f)合计 \(s)，与它的\(f) \(w) 不符",
                      en: "the \(f) of the funding sources of budget \(b) add up to \(s), not to its \(f) \(w)")
        case .sourceFiguresHint(let d):
            Bilingual(zh: "请核对「其中」各行；相差 \(d)", en: "check the 其中 rows; the difference is \(d)")
        case .declaredCount(let l, let d, let n):
            Bilingual(zh: "报告称有\(l)指标 \(d) 个，实际列出 \(n) 个", en: "the report declares \(d) \(l) indicators, but \(n) are listed")
        case .declaredCountHint:
            Bilingual(zh: "少列了一个指标或分类，或所称的个数有误", en: "an indicator or a category is missing, or the declared count is wrong")
        }
    }
}
