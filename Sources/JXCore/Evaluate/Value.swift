/// What an expression evaluates to.
public enum Value: Sendable, Equatable {
    case quantity(Quantity)
    case bool(Bool)
    case text(String)
    case pending
    /// A cell left blank (`blank`, 未填), or a figure computed from one: not zero, unknown.
    case blank
    case light(Light)
    case status(Status)
    case entity(EntityRef)

    /// Whether it is a blank (matched without comparing payloads).
    @inline(__always) public var isBlank: Bool { if case .blank = self { true } else { false } }

    /// What kind of value it is, as a message says what it found.
    public var valueKind: ValueKind {
        switch self {
        case .quantity(let q): q.unit.name.isEmpty ? .number : .quantity(unit: q.unit.name)
        case .bool: .bool
        case .text: .text
        case .pending: .pending
        case .blank: .blank
        case .light: .light
        case .status: .status
        case .entity: .entity
        }
    }

    /// How the value is shown to a user: `6.67%`, `450亩`, `red`.
    public var display: String {
        switch self {
        case .quantity(let q): q.text()
        case .bool(let b): b ? "true" : "false"
        case .text(let t): "\"\(t)\""
        case .pending: "pending"
        case .blank: "blank"
        case .light(let l): l.rawValue
        case .status(let s): s.rawValue
        case .entity: "(entity)"
        }
    }
}

/// Warning lights, least severe first, so that comparing them compares severity: red is
/// worse than yellow, yellow than green, and green than blue. Blue (an over-run) is the
/// least severe (domain.md): a goal with a green and a blue indicator is green, and a
/// goal takes the most severe light of its indicators in the order red, yellow, green, blue.
public enum Light: String, Sendable, CaseIterable, Comparable {
    case blue, green, yellow, red
    /// Its place in `allCases` (blue 0 … red 3), by a switch: lights are compared for every
    /// rule that lights an entity, and a search of `allCases` by raw value cost more.
    public var rank: Int {
        switch self {
        case .blue: 0
        case .green: 1
        case .yellow: 2
        case .red: 3
        }
    }
    public static func < (a: Light, b: Light) -> Bool { a.rank < b.rank }

    /// The most severe of some lights (nil where none is given): a group's light, or the
    /// light of the rows under a report's heading.
    public static func mostSevere<S: Sequence>(_ lights: S) -> Light? where S.Element == Light? {
        var worst: Light?
        for case let l? in lights where worst == nil || l > worst! { worst = l }
        return worst
    }
    public var chinese: String {
        switch self {
        case .green: "绿灯"
        case .blue: "蓝灯"
        case .yellow: "黄灯"
        case .red: "红灯"
        }
    }
    public static func named(_ s: String) -> Light? {
        switch s {
        case "green", "绿", "绿灯": .green
        case "blue", "蓝", "蓝灯": .blue
        case "yellow", "黄", "黄灯": .yellow
        case "red", "红", "红灯": .red
        default: nil
        }
    }
}

public enum Status: String, Sendable {
    case met, unmet, pending
    /// A target or actual left blank: nothing is computed, nothing lit or scored.
    case blank
    /// A row that only states its score (no target, no actual): counted as stated, not checked.
    case unverifiable
    public var chinese: String {
        switch self {
        case .met: "已完成"
        case .unmet: "未完成"
        case .pending: "未达监控节点"
        case .blank: "未填"
        case .unverifiable: "无法核验"
        }
    }
    public static func named(_ s: String) -> Status? {
        switch s {
        case "met", "已完成", "达成": .met
        case "unmet", "未完成": .unmet
        case "pending", "未达监控节点": .pending
        case "unverifiable", "无法核验": .unverifiable
        default: nil
        }
    }
}

/// A judged grade of a qualitative indicator.
public enum Grade: String, Sendable {
    case achieved = "达成", partial = "部分达成", notAchieved = "未达成"
    public static func named(_ s: String) -> Grade? {
        switch s {
        case "达成", "achieved", "met": .achieved
        case "部分达成", "部分达成并具有一定效果", "partial": .partial
        case "未达成", "未达成且效果较差", "unmet", "not-achieved": .notAchieved
        default: nil
        }
    }
}

public struct BudgetResult: Sendable, Equatable {
    /// The adjusted (全年) amount, which every rate divides by.
    public var amount: Quantity?
    public var executed: Quantity?
    public var arrived: Quantity?
    public var allocated: Quantity?
    /// 年初预算数.
    public var initial: Quantity?
    /// 全年预计执行数.
    public var expected: Quantity?
    /// 执行数 ÷ 预算数, exact.
    public var execution: Exact?
    /// 到位资金 ÷ 预算数, exact.
    public var arrival: Exact?
    /// 全年预计执行数 ÷ 预算数, exact.
    public var expectedExecution: Exact?
    /// The funding sources, parallel to the model's `sources`.
    public var sources: [SourceResult] = []
    /// The figures that are blank: written `blank` (未填), computed from a blank (the
    /// 执行率 of a blank 执行数, a parent's sum of a blank part), or unknown for want of any
    /// spending line (`noSpending`). Each is nil above, never 0.
    public var blank: [Member] = []
    /// An amount and no spending line, no part and no `executed`: its 执行数 is unknown.
    public var noSpending = false
}

/// A funding source's figures and its rates over its own amount.
public struct SourceResult: Sendable, Equatable {
    public var amount: Quantity?
    public var initial: Quantity?
    public var arrived: Quantity?
    public var executed: Quantity?
    public var expected: Quantity?
    public var execution: Exact?
    public var arrival: Exact?
    public var expectedExecution: Exact?
    /// The figures of the row that are blank, as a budget's.
    public var blank: [Member] = []
}

public struct IndicatorResult: Sendable, Equatable {
    public var kind: IndicatorKind
    public var comparator: Comparator = .none
    public var target: Quantity?
    public var targetText: String
    public var actual: Quantity?
    public var actualText: String
    /// actual ÷ target (or the kind's rule), exact and uncapped; nil when pending or unknown.
    public var completion: Exact?
    public var status: Status
    public var grade: Grade?
    /// The cells left blank (目标, 实际): the status is then `.blank`, and no completion,
    /// light or score is computed.
    public var blank: [Member] = []
}
