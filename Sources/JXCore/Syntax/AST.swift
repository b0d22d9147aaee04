/// The syntax tree: what the script says, with spans, before any name is resolved.

public struct Ident: Hashable, Sendable {
    public var text: String
    public var span: Span
    public init(_ text: String, _ span: Span) { self.text = text; self.span = span }
}

/// A number as written: exact value, the unit after it, and how many decimals it was
/// written with (so a stated `47%` is checked to whole percents).
public struct NumberLiteral: Hashable, Sendable {
    public var value: Exact
    public var unit: String
    public var unitSpan: Span?
    /// Decimals as written (stored in 16 bits: no exact number has more).
    public var decimals: Int {
        get { Int(storedDecimals) }
        set { storedDecimals = Int16(clamping: newValue) }
    }
    private var storedDecimals: Int16
    public var span: Span

    public init(value: Exact, unit: String, unitSpan: Span?, decimals: Int, span: Span) {
        self.value = value
        self.unit = unit
        self.unitSpan = unitSpan
        self.storedDecimals = Int16(clamping: decimals)
        self.span = span
    }
}

public enum UnaryOp: String, Sendable { case negate = "-", not = "not" }

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case and = "and", or = "or"

    /// `==`, `!=`, `<`, `<=`, `>`, `>=`.
    var isComparison: Bool { precedence == 3 }

    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .eq, .ne, .lt, .le, .gt, .ge: 3
        case .add, .sub: 4
        case .mul, .div: 5
        }
    }
}

public enum Expr: Sendable {
    case number(NumberLiteral)
    case text(String, Span)
    case name(Ident)
    case pending(Span)
    /// A cell the table leaves empty (`blank`, 未填): not zero; what is computed from it is blank.
    case blank(Span)
    indirect case member(Expr, Ident)
    indirect case unary(UnaryOp, Expr, Span)
    indirect case binary(BinaryOp, Expr, Expr, Span)
    indirect case call(Ident, [Expr], Span)

    public var span: Span {
        switch self {
        case .number(let n): n.span
        case .text(_, let s): s
        case .name(let i): i.span
        case .pending(let s): s
        case .blank(let s): s
        case .member(let b, let m): b.span.to(m.span)
        case .unary(_, _, let s): s
        case .binary(_, _, _, let s): s
        case .call(_, _, let s): s
        }
    }
}

/// `≥98%`, `≤10次`, `=0起`, or no comparator at all (a plain positive target).
public enum Comparator: String, Sendable {
    case none = "", ge = "≥", gt = ">", le = "≤", lt = "<", eq = "="
}

public enum TargetSpec: Sendable {
    case value(Comparator, Expr)
    /// A qualitative target: `"明显提升"`.
    case qualitative(String, Span)
    /// A deadline: month and day (`12-31`, `12月31日前完成`).
    case deadline(month: Int, day: Int, text: String, span: Span)
}

public enum ActualSpec: Sendable {
    case value(Expr)
    case pending(Span)
    /// For a deadline: progress by time elapsed at the node.
    case elapsed(Span)
    /// For a deadline or qualitative: done in full.
    case done(Span)
}

/// A figure the report itself states, e.g. `stated 47%` or `stated 执行率 26%`.
public struct StatedClaim: Sendable {
    public var member: Ident?
    /// nil: the table's cell is blank (`stated 得分 blank`): nothing is stated, nothing checked.
    public var value: NumberLiteral?
    public var span: Span
    /// Where the figure stands: the number, or the word `blank`.
    public var valueSpan: Span
    /// Written without `stated`, as a table's column (`得分 10`): the span starts at the name.
    public var bare = false
}

/// An immutable box: copying the holder copies a reference; a change makes a new box.
final class Box<T: Sendable>: Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

public enum BudgetItem: Sendable {
    case arrived(Expr, Span)
    case executed(Expr, Span)
    /// 年初预算数: the amount at the start of the year; the budget's own amount is the
    /// adjusted (全年) one, which the rates divide by.
    case initial(Expr, Span)
    /// 全年预计执行数: what the year is expected to spend in all.
    case expected(Expr, Span)
    /// 分值: what the budget row weighs in a self-evaluation.
    case weight(Expr, Span)
    case spent(Ident, Expr, note: String?)
    case allocated(Ident, Expr, note: String?)
    case source(SourceDecl)
    case stated(StatedClaim)
    case budget(BudgetDecl)
    case note(String, Span)
}

/// A funding-source row of a budget (其中：财政资金 …): its share of the amount and the
/// figures a table prints for it. Its items are only `initial`, `arrived`, `executed`,
/// `expected`, `stated` and `note` (the parser admits no others).
public struct SourceDecl: Sendable {
    public var name: Ident
    public var amount: Expr?
    public var items: [BudgetItem] = []
    public var span: Span
}

public struct BudgetDecl: Sendable {
    public var name: Ident
    public var amount: Expr?
    public var sources: [Ident] = []
    public var items: [BudgetItem] = []
    public var span: Span
}

public struct GroupDecl: Sendable {
    public var name: Ident
    public var body: [Statement]
    public var weight: Expr?
    public var span: Span
    /// `project NAME { … }`: one project's budgets, groups and stated totals, scored and
    /// reported apart from the rest of the script.
    public var isProject = false
    /// From the keyword or name to the closing brace: names written in here are the
    /// project's own.
    public var blockSpan: Span? = nil
}

/// A calendar date as written: `2021-06-30`, `2021年6月30日`, or a month and day alone.
public struct DateLiteral: Sendable, Hashable {
    public var year: Int?
    public var month: Int
    public var day: Int
    public var span: Span
}

public struct ReportDecl: Sendable {
    public var title: Ident
    public var department: Ident?
    public var year: Int?
    public var node: DateLiteral?
    /// Other settings of the report block (`reverse deduct`, `months 6`).
    public var settings: [SettingDecl]
    public var span: Span
}

public struct DeclaredDecl: Sendable {
    /// (level 1…3, count) pairs, in the order written.
    public var counts: [(level: Int, count: Int, span: Span)]
    public var span: Span
}

public struct LetDecl: Sendable {
    public var name: Ident
    public var value: Expr
    public var span: Span
}

public struct UnitDecl: Sendable {
    public var name: Ident
    /// `unit 亩 = 1/15 公顷`: the factor and the unit it multiplies.
    public var factor: Expr?
    public var base: Ident?
    public var span: Span
}

public enum RuleLevel: String, Sendable, CaseIterable {
    case red, yellow, green, blue, error, warning, info, score
    public var isLight: Bool { self == .red || self == .yellow || self == .green || self == .blue }
}

public struct RuleClause: Sendable {
    public var level: RuleLevel
    public var levelSpan: Span
    /// For `score EXPR when …`: the score.
    public var value: Expr?
    /// nil: `otherwise`.
    public var condition: Expr?
    public var message: String?
    public var messageSpan: Span?
}

public enum RuleSubject: String, Sendable { case budget, indicator, report }

public struct RuleDecl: Sendable {
    public var name: Ident
    public var subject: RuleSubject
    /// `in 产出`: only the indicators under this group.
    public var scope: Ident?
    public var filter: Expr?
    public var clauses: [RuleClause]
    public var span: Span
    /// `overrides 指标得分`: the scoring rule whose score this one replaces where it applies.
    public var overrides: Ident? = nil
}

public struct AssertDecl: Sendable {
    public var condition: Expr
    /// `± 0.5%`: the tolerance form.
    public var tolerance: Expr?
    public var message: String?
    public var span: Span
}

public struct AssignDecl: Sendable {
    public var target: Expr
    public var value: ActualSpec
    public var span: Span
}

public struct ScenarioDecl: Sendable {
    public var name: Ident
    public var body: [Statement]
    public var span: Span
}

public struct ImportDecl: Sendable {
    public var path: String
    public var isPolicy: Bool
    public var span: Span
}

public struct SettingDecl: Sendable {
    public var key: Ident
    public var value: Expr
    public var span: Span
}

/// Every case but `indicator` (a reference already) is boxed, so a statement takes 16 bytes
/// in a script's list however large the declaration: a file of a million indicator lines
/// holds a million small entries, not a million copies of the largest case.
public enum Statement: Sendable {
    indirect case report(ReportDecl)
    indirect case budget(BudgetDecl)
    case indicator(IndicatorDecl)
    indirect case group(GroupDecl)
    indirect case declared(DeclaredDecl)
    indirect case letDecl(LetDecl)
    indirect case unitDecl(UnitDecl)
    indirect case rule(RuleDecl)
    indirect case assert(AssertDecl)
    indirect case scenario(ScenarioDecl)
    indirect case importDecl(ImportDecl)
    indirect case assign(AssignDecl)
    indirect case setting(SettingDecl)
    /// A figure the report states about the enclosing group, or at the top level about the
    /// whole report (`stated 总分 92.5`).
    indirect case stated(StatedClaim)
    /// A bare expression: valid at the REPL prompt, an error in a file.
    indirect case expression(Expr)
}

public struct Script: Sendable {
    public var fileID: Int
    public var statements: [Statement]
    public var comments: [Range<Int>]
}
