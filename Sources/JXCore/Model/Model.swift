/// The model: what the script declares, with names resolved into indices. The evaluator
/// computes over it; the REPL and scenarios change it one field at a time.

public enum EntityRef: Hashable, Sendable {
    case budget(Int)
    case spend(Int)
    case indicator(Int)
    case group(Int)
    case constant(Int)
}

public struct BudgetNode: Sendable {
    public var name: Ident
    public var parent: Int?
    public var children: [Int] = []
    /// The adjusted (全年) amount: the rates divide by it.
    public var amount: Expr?
    /// 年初预算数, shown beside the amount.
    public var initial: Expr?
    public var arrived: Expr?
    public var executed: Expr?
    /// 全年预计执行数.
    public var expected: Expr?
    /// 分值: given on the budget's row of a self-evaluation table.
    public var weight: Expr?
    public var spends: [Int] = []
    public var allocations: [Int] = []
    public var sources: [FundingSource] = []
    public var stated: [StatedClaim] = []
    public var notes: [String] = []
    public var span: Span
    public var path: [String] = []
    /// The project (a group that is one) this budget belongs to; nil: the department's own.
    public var project: Int?
}

/// A funding source of a budget (`from 财政资金`, or a row `source 财政资金 900万元 { … }`
/// with the figures a table prints under its budget: 其中：财政资金 …).
public struct FundingSource: Sendable {
    public var name: Ident
    public var amount: Expr?
    public var initial: Expr?
    public var arrived: Expr?
    public var executed: Expr?
    public var expected: Expr?
    public var stated: [StatedClaim] = []
    public var notes: [String] = []
    /// Whether a `source` line gave it (not only a `from` list): a second line of one name is a duplicate.
    public var isRow = false

    public init(name: Ident) { self.name = name }

    /// Whether it has figures of its own to show as a row (a `from` name alone has none).
    public var hasFigures: Bool { amount != nil || initial != nil || arrived != nil || executed != nil || expected != nil || !stated.isEmpty }
}

/// A line of a budget: money spent (counted in 执行数) or allocated onward (拨付, not counted).
public struct SpendItem: Sendable {
    public var name: Ident
    public var budget: Int
    public var amount: Expr
    public var note: String?
    public var isAllocation: Bool
}

public struct GroupNode: Sendable {
    public var name: Ident
    public var parent: Int?
    public var children: [Int] = []
    public var indicators: [Int] = []
    public var weight: Expr?
    public var stated: [StatedClaim] = []
    /// 1 for 产出/效益/满意度/成本, 2 for the categories under them, 0 for other groups.
    public var level: Int
    /// The standard name (产出指标 → 产出), or the name as written.
    public var standardName: String
    /// `project NAME { … }`: scored, lit and reported apart from the rest.
    public var isProject = false
    /// The block as written, for a project: a name written inside it means the project's own.
    public var blockSpan: Span?
}

public enum IndicatorKind: String, Sendable {
    case positive, reverse, equality, qualitative, deadline, cost
    public var label: String {
        switch self {
        case .positive: "正向"
        case .reverse: "反向"
        case .equality: "等于"
        case .qualitative: "定性"
        case .deadline: "时限"
        case .cost: "成本"
        }
    }
}

/// An indicator in the model: its declaration and where it sits. Its group's path and
/// levels are one object shared by every indicator of the group, so a node takes 24 bytes
/// (a million indicators in a handful of groups hold a handful of paths).
public struct IndicatorNode: Sendable {
    public var decl: IndicatorDecl
    private var groupIndex: Int32
    private var placement: Placement?

    /// A group's path and levels, immutable and shared.
    final class Placement: Sendable {
        let level1: String?
        let level2: String?
        let path: [String]
        init(level1: String?, level2: String?, path: [String]) { self.level1 = level1; self.level2 = level2; self.path = path }

        /// Nil for the top level (no path, no levels): no object at all.
        static func make(level1: String?, level2: String?, path: [String]) -> Placement? {
            level1 == nil && level2 == nil && path.isEmpty ? nil : Placement(level1: level1, level2: level2, path: path)
        }
    }

    public init(decl: IndicatorDecl, group: Int?, level1: String?, level2: String?, path: [String]) {
        self.init(decl: decl, group: group, placement: Placement.make(level1: level1, level2: level2, path: path))
    }

    init(decl: IndicatorDecl, group: Int?, placement: Placement?) {
        self.decl = decl
        groupIndex = group.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.placement = placement
    }

    public var group: Int? {
        get { groupIndex < 0 ? nil : Int(groupIndex) }
        set { groupIndex = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    public var level1: String? {
        get { placement?.level1 }
        set { placement = Placement.make(level1: newValue, level2: level2, path: path) }
    }
    public var level2: String? {
        get { placement?.level2 }
        set { placement = Placement.make(level1: level1, level2: newValue, path: path) }
    }
    public var path: [String] {
        get { placement?.path ?? [] }
        set { placement = Placement.make(level1: level1, level2: level2, path: newValue) }
    }
}

public struct ConstantNode: Sendable {
    public var name: Ident
    public var value: ActualSpec
    /// Constants from a shipped policy give way to the script's own.
    public var fromPolicy: Bool
}

public struct ReportInfo: Sendable {
    public var title: String = ""
    public var department: String?
    /// The department each file's own header names (by file id), also when that header gave
    /// way to the county's: the rows of a roll-up say whose they are.
    public var departments: [Int: String] = [:]
    public var year: Int?
    public var node: DateLiteral?
    public var span: Span?
    /// Reverse indicators over their bound: `ratio` (target ÷ actual) or `deduct` (1 − excess ÷ target).
    public var reverseConvention: ReverseConvention = .ratio
    /// Figures the report states about itself as a whole (总分).
    public var stated: [StatedClaim] = []
}

public enum ReverseConvention: String, Sendable { case ratio, deduct }

public struct DeclaredCount: Sendable {
    public var level: Int
    public var count: Int
    public var span: Span
    /// Declared inside a project: the project's indicators are counted.
    public var project: Int?
}

public struct Model: Sendable {
    public var report = ReportInfo()
    public var budgets: [BudgetNode] = []
    public var spends: [SpendItem] = []
    public var groups: [GroupNode] = []
    public var indicators: [IndicatorNode] = []
    public var constants: [ConstantNode] = []
    public var declared: [DeclaredCount] = []
    /// The groups that are projects, in the order written.
    public var projects: [Int] = []
    public var rules: [RuleDecl] = []
    /// The shipped policies imported, by the file they were read from.
    public var policyNames: [Int: String] = [:]
    public var asserts: [AssertDecl] = []
    public var scenarios: [ScenarioDecl] = []
    public var units = UnitTable()
    /// Every name a script can refer to; a name may stand for several things (then a
    /// reference to it is ambiguous and must be qualified).
    public var symbols = SymbolTable()
    /// The files a workspace loaded (file IDs) and the files each imports directly.
    public var imports: [Int: [Int]] = [:]
    public init() {}

    /// Whether something declared in file `file` is part of what file `owner` reports: the
    /// same file or one it imports, directly or not. Files the workspace did not load (a
    /// line typed at the REPL) belong to every report; so does everything without imports.
    public func file(_ file: Int, isReportedBy owner: Int) -> Bool {
        guard !imports.isEmpty, imports[file] != nil else { return true }
        var seen: Set<Int> = [owner]
        var todo = [owner]
        while let f = todo.popLast() {
            if f == file { return true }
            for g in imports[f] ?? [] where seen.insert(g).inserted { todo.append(g) }
        }
        return false
    }

    /// The path and levels an indicator in `group` gets: level 1 and 2 from the groups
    /// above it; a standard level-2 group written alone (`数量 { … }`) implies its level 1.
    /// `产出/数量`: a group's name after those of the groups it sits in.
    public func pathName(ofGroup g: Int) -> String {
        var names: [String] = []
        var at: Int? = g
        while let i = at, i >= 0, i < groups.count, names.count <= groups.count {
            names.append(groups[i].name.text)
            at = groups[i].parent
        }
        return names.reversed().joined(separator: "/")
    }

    public func placement(ofGroup group: Int) -> (path: [String], level1: String?, level2: String?) {
        var path: [String] = []
        var g: Int? = group
        var l1: String?, l2: String?
        while let gi = g {
            let node = groups[gi]
            path.insert(node.name.text, at: 0)
            if node.level == 1 { l1 = node.standardName }
            if node.level == 2 { l2 = node.standardName }
            g = node.parent
        }
        if l1 == nil, groups[group].level == 0, let parent = Hierarchy.parentOf(level2: groups[group].name.text) {
            l1 = parent
            l2 = Hierarchy.stripSuffix(groups[group].name.text)
        }
        return (path, l1, l2)
    }

    public func lookup(_ name: String) -> [EntityRef] { symbols[name] ?? [] }

    /// What a name written at `span` refers to. A name declared in several places means the
    /// one of the same project (or, outside every project, the one outside them), if there
    /// is exactly one; then the one declared in the same file (two departments' 基本支出,
    /// imported into one county script), if that file declares exactly one; otherwise
    /// every candidate.
    public func lookup(_ name: String, at span: Span) -> [EntityRef] {
        let refs = lookup(name)
        guard refs.count > 1 else { return refs }
        return disambiguate(refs, at: span)
    }

    /// `lookup(_:at:)` for a name known to stand for several things.
    func disambiguate(_ refs: [EntityRef], at span: Span) -> [EntityRef] {
        var refs = refs
        if !projects.isEmpty {
            let here = project(at: span)
            let scoped = refs.filter { project(of: $0) == here }
            if scoped.count == 1 { return scoped }
            if scoped.count > 1 { refs = scoped }
        }
        let local = refs.filter { self.span(of: $0).file == span.file }
        return local.count == 1 ? local : refs
    }

    public func name(of e: EntityRef) -> String {
        switch e {
        case .budget(let i): budgets[i].name.text
        case .spend(let i): spends[i].name.text
        case .indicator(let i): indicators[i].decl.name.text
        case .group(let i): groups[i].name.text
        case .constant(let i): constants[i].name.text
        }
    }

    public func span(of e: EntityRef) -> Span {
        switch e {
        case .budget(let i): budgets[i].name.span
        case .spend(let i): spends[i].name.span
        case .indicator(let i): indicators[i].decl.name.span
        case .group(let i): groups[i].name.span
        case .constant(let i): constants[i].name.span
        }
    }

    /// What the name is, in the words of the messages.
    public func kind(_ e: EntityRef) -> EntityKind {
        switch e {
        case .budget: .budget
        case .spend: .spendingLine
        case .indicator: .indicator
        case .group(let g): g >= 0 && g < groups.count && groups[g].isProject ? .project : .group
        case .constant: .constant
        }
    }

    public func kindLabel(_ e: EntityRef) -> String { kind(e).text.en }
}

/// The standard indicator hierarchy of the 2020 national framework and its regional variants,
/// and the department-wide one of 财预〔2013〕53号 (投入, 过程, 产出, 效果).
public enum Hierarchy {
    public static let level1: [String: String] = [
        "产出": "产出", "产出指标": "产出", "效益": "效益", "效益指标": "效益",
        "满意度": "满意度", "满意度指标": "满意度", "成本": "成本", "成本指标": "成本",
        "投入": "投入", "过程": "过程", "效果": "效果",
    ]
    /// The project framework's level-2 names: a group of one of these names written at the
    /// top is placed under its level 1 (`数量 { … }` is 产出/数量).
    static let projectLevel2: [String: [String]] = [
        "产出": ["数量", "质量", "时效", "进度", "成本"],
        "效益": ["经济效益", "社会效益", "生态效益", "可持续影响"],
        "满意度": ["服务对象满意度", "满意度"],
        "成本": ["经济成本", "社会成本", "生态环境成本"],
    ]
    /// Every standard level-2 name under its level 1, the department-wide ones too.
    public static let level2: [String: [String]] = projectLevel2.merging([
        "产出": ["职责履行"],
        "投入": ["目标设定", "预算配置"],
        "过程": ["预算执行", "预算管理", "资产管理"],
        "效果": ["履职效益", "能力建设"],
    ], uniquingKeysWith: +)

    /// `数量指标` → `数量`.
    public static func stripSuffix(_ name: String) -> String {
        name.hasSuffix("指标") && name.count > 2 ? String(name.dropLast(2)) : name
    }

    /// The level-1 parent of a standard level-2 name written without its parent.
    public static func parentOf(level2 name: String) -> String? {
        let n = stripSuffix(name)
        if n == "成本" { return nil }
        for (p, cs) in projectLevel2 where cs.contains(n) { return p }
        return nil
    }
}
