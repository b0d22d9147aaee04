/// The fields of budgets and indicators, by their Chinese names and English aliases
/// (the contract: 完成率/completion, 目标/target, 实际/actual, 执行率/execution,
/// 到位率/arrival, 执行数/executed, 预算数/amount, 时间进度/timeProgress): words of the
/// language, read by the model editor, the evaluator and the reports alike.
public enum Member: String, CaseIterable, Sendable {
    case completion, target, actual, status, weight, score, light, expected, expectedCompletion, rate, kind, grade, prorated, name
    case execution, arrival, executed, amount, initial, arrived, allocated, expectedExecution, topLevel, share
    case timeProgress

    public var spellings: [String] {
        switch self {
        case .completion: ["完成率", "completion"]
        case .target: ["目标", "target", "目标值"]
        case .actual: ["实际", "actual", "实际值"]
        case .status: ["状态", "status"]
        case .weight: ["权重", "weight", "分值"]
        case .score: ["得分", "score"]
        case .light: ["灯", "light", "预警"]
        case .expected: ["预计", "expected", "全年预计", "全年预计执行数"]
        case .expectedCompletion: ["预计完成率", "expectedCompletion"]
        case .rate: ["评定", "rate"]
        case .kind: ["类型", "kind"]
        case .grade: ["等级", "grade"]
        case .prorated: ["按进度", "prorated"]
        case .name: ["名称", "name"]
        case .execution: ["执行率", "execution"]
        case .arrival: ["到位率", "arrival"]
        case .executed: ["执行数", "executed"]
        case .amount: ["预算数", "amount", "全年预算数"]
        case .initial: ["年初预算数", "initial"]
        case .expectedExecution: ["预计执行率", "expectedExecution"]
        case .arrived: ["到位资金", "arrived", "到位"]
        case .allocated: ["拨付", "allocated"]
        case .topLevel: ["顶层", "topLevel"]
        case .share: ["占比", "share"]
        case .timeProgress: ["时间进度", "timeProgress", "序时进度"]
        }
    }

    static let table: [String: Member] = {
        var t: [String: Member] = [:]
        for m in Member.allCases { for s in m.spellings { t[s] = m } }
        return t
    }()

    /// Fields of a budget (and 时间进度, which every rule can read).
    var isBudgetMember: Bool {
        switch self {
        case .execution, .arrival, .executed, .amount, .initial, .arrived, .allocated, .expected, .expectedExecution, .weight, .light, .score, .topLevel, .share: true
        default: false
        }
    }

    /// Fields of an indicator.
    var isIndicatorMember: Bool {
        switch self {
        case .completion, .target, .actual, .status, .weight, .score, .light, .expected, .expectedCompletion, .rate, .kind, .grade, .prorated, .name: true
        default: false
        }
    }

    static let byteTable = ByteTable(Member.allCases.flatMap { m in m.spellings.map { ($0, m) } })

    /// The member a name spells (`完成率`, `completion`): by its bytes when they are plain
    /// (rules resolve a field per entity, and hashing a `String` with Chinese in it
    /// normalizes it first), else by `String` equality. The same answer as `table`.
    public static func named(_ name: String) -> Member? {
        var name = name
        let plain: Member?? = name.withUTF8 { p in
            ByteText.isPlain(p, 0, p.count) ? .some(byteTable.lookup(p, 0, p.count)) : nil
        }
        if let plain { return plain }
        return table[name]
    }
}
