/// Figures that cannot be computed: names, units, arithmetic, the fields of budgets and
/// indicators.
public enum EvaluationMessage: Sendable, Hashable {
    /// What two quantities of different units were to be.
    public enum Verb: Sendable, Hashable {
        case compare, add, subtract
        var text: Bilingual {
            switch self {
            case .compare: Bilingual(zh: "比较", en: "compare")
            case .add: Bilingual(zh: "相加", en: "add")
            case .subtract: Bilingual(zh: "相减", en: "subtract")
            }
        }
    }

    /// A money figure that must be in 元: its field (nil for the amount) and whose it is.
    public enum MoneyFigure: Sendable, Hashable {
        case spend(String)
        case budget(field: String?, budget: String)
        case source(field: String?, source: String, budget: String)
        var text: Bilingual {
            switch self {
            case .spend(let s): Bilingual(zh: "支出明细「\(s)」的金额", en: "the amount of \(s)")
            case .budget(let f, let b): Bilingual(zh: "预算「\(b)」的\(f ?? "预算数")", en: "the \(f ?? "amount") of budget \(b)")
            case .source(let f, let s, let b):
                Bilingual(zh: "预算「\(b)」资金来源「\(s)」的\(f ?? "金额")", en: "the \(f ?? "amount") of source \(s) of budget \(b)")
            }
        }
    }

    /// One of the places a name stands for.
    public struct Place: Sendable, Hashable {
        public var kind: EntityKind
        public var at: String
        public init(_ kind: EntityKind, at: String) { self.kind = kind; self.at = at }
    }

    case example(String)
    case cycle(CellName)
    case cycleHint
    case chainTooLong(CellName, depth: Int)
    case chainTooLongHint
    case expectedOneExpression
    case noValue
    case cannotChangeLive

    case newUnit(String)
    case newUnitHint(unit: String, suggestion: String?)
    case nestsTooDeep(depth: Int)
    case splitWithLet
    case noFieldOnValue(kind: ValueKind, field: String)
    case fieldsBelongHint
    case expectedNumber(found: ValueKind)
    case budgetNoExecuted(String)
    case budgetNoExecutedHint
    case indicatorNoNumericActual(String)
    case groupNotValue(String)
    case groupNotValueHint(String)
    case ambiguous(String, places: [Place], more: Int)
    case qualifyWithProject(project: String, name: String)
    case qualifyWithBudget(String)
    case timeProgressNeedsNode
    case timeProgressNeedsNodeHint
    case unknownName(String)
    case declareOrQuote(String)
    case ruleFields(String)
    case numberTooLarge
    case cannotApply(op: String, to: ValueKind)
    case logicNeedsBool(op: String, left: Bool, found: ValueKind)
    case cannotCompare(ValueKind, ValueKind)
    case cannotMultiply(String, String, String, String)
    case multiplyHint
    case divisionByZero
    case divisorIsZero(String)
    case cannotDivide(String, String, String, String)
    case divideHint
    case tooLarge
    case tooLargeHint
    case bareNumber(verb: Verb, quantity: String, unit: String, written: String)
    case bareNumberHint(written: String, unit: String, percent: String)
    case unitMismatch(verb: Verb, String, String, String, String)
    case unitMismatchHint(String, String)
    case needsOneValue(String)
    case absTakesOne
    case unknownFunction(String)
    case functionsAre

    case notMoney(MoneyFigure, found: String, dimension: String)
    case notMoneyHint
    case budgetNoAmount(String)
    case budgetNoAmountHint(String)
    case zeroBudget(String)
    case checkTheAmount
    case budgetLacks(String, figure: String)
    case addSpentOrExecuted
    case addArrived
    case addAllocated
    case addInitial
    case addExpected
    case needsAmountAndSpending
    case needsAmountAndArrived
    case needsAmountAndExpected
    case budgetNoShare(String)
    case indicatorNoCompletion(String)
    case indicatorNoRate(String)
    case indicatorNoExpected(String)
    case indicatorNoExpectedCompletion(String)
    case giveExpected
    case noField(EntityKind, String, field: String)
    case hasNoFields
    case itsFields(String)

    public var text: Bilingual {
        switch self {
        case .example(let s): Bilingual(zh: s, en: s)
        case .cycle(let c): Bilingual(zh: "\(c.text.zh)的计算用到了它自己", en: "\(c.text.en) depends on itself")
        case .cycleHint:
            Bilingual(zh: "一个数值不能由它自己算出；请断开这一圈相互引用", en: "a value cannot be computed from itself; break the cycle of references")
        case .chainTooLong(let c, let d):
            Bilingual(zh: "\(c.text.zh)处在一条超过 \(d) 层的引用链末端", en: "\(c.text.en) is at the end of a chain of more than \(d) references")
        case .chainTooLongHint:
            Bilingual(zh: "直接引用这条链起头的数值，或把它拆成更少的几步", en: "refer to the values the chain starts from, or split it into fewer steps")
        case .expectedOneExpression: Bilingual(zh: "这里要写一个算式", en: "expected one expression")
        case .noValue:
            Bilingual(zh: "没有数值：它所依赖的数字待填或有错", en: "no value: it depends on something pending or in error")
        case .cannotChangeLive: Bilingual(zh: "这一句不能用来修改会话中的模型", en: "this statement cannot change a live model")

        case .newUnit(let u):
            Bilingual(zh: "单位「\(u)」没有声明；把它当作一个单独的单位计算", en: "unit \(u) is not declared; it is counted as a unit of its own")
        case .newUnitHint(let u, let s):
            if let s {
                Bilingual(zh: "是不是要写 \(s)？否则请声明它：unit \(u)", en: "did you mean \(s)? otherwise declare it: unit \(u)")
            } else {
                Bilingual(zh: "声明它，这条提示就不再出现：unit \(u)", en: "declare it to silence this note: unit \(u)")
            }
        case .nestsTooDeep(let d):
            Bilingual(zh: "这个算式嵌套超过 \(d) 层", en: "this expression nests more than \(d) operations deep")
        case .splitWithLet: Bilingual(zh: "用 `let` 把它拆成几个有名称的部分", en: "split it with `let` into named parts")
        case .noFieldOnValue(let k, let f): Bilingual(zh: "\(k.text.zh)没有字段「\(f)」", en: "\(k.text.en) has no field \(f)")
        case .fieldsBelongHint:
            Bilingual(zh: "字段属于指标（完成率、目标、实际）和预算（执行率、到位率、执行数、预算数）",
                      en: "fields belong to indicators (完成率, 目标, 实际) and budgets (执行率, 到位率, 执行数, 预算数)")
        case .expectedNumber(let k): Bilingual(zh: "这里要一个数，而这是\(k.text.zh)", en: "expected a number, found \(k.text.en)")
        case .budgetNoExecuted(let b): Bilingual(zh: "预算「\(b)」没有执行数", en: "budget \(b) has no 执行数")
        case .budgetNoExecutedHint:
            Bilingual(zh: "给它加上 `spent …` 支出行或 `executed …` 执行数", en: "add `spent …` lines or `executed …` to it")
        case .indicatorNoNumericActual(let i): Bilingual(zh: "指标「\(i)」的实际值不是数字", en: "indicator \(i) has no numeric actual")
        case .groupNotValue(let g): Bilingual(zh: "「\(g)」是一个指标分组，不是一个数值", en: "\(g) is a group, not a value")
        case .groupNotValueHint(let i):
            Bilingual(zh: "请引用它下面的某个指标，例如 \(i).完成率", en: "refer to one of its indicators, e.g. \(i).完成率")
        case .ambiguous(let n, let places, let more):
            Bilingual(zh: "「\(n)」指代不明，有：\(places.map { "\($0.at) 的\($0.kind.text.zh)" }.joined(separator: "；"))" + (more > 0 ? "，另有 \(more) 处" : ""),
                      en: "\(n) is ambiguous: \(places.map { "\($0.kind.text.en) at \($0.at)" }.joined(separator: ", "))" + (more > 0 ? " and \(more) more" : ""))
        case .qualifyWithProject(let p, let n):
            Bilingual(zh: "在前面加上它的项目：\(p).\(n)", en: "qualify it with its project: \(p).\(n)")
        case .qualifyWithBudget(let n):
            Bilingual(zh: "在前面加上它所属的预算，或把其中一个改名，例如 基本支出.\(n)", en: "qualify it with its budget or rename one, e.g. 基本支出.\(n)")
        case .timeProgressNeedsNode: Bilingual(zh: "时间进度要有监控节点才能算", en: "时间进度 needs the monitoring node")
        case .timeProgressNeedsNodeHint:
            Bilingual(zh: "在 report 块中加上 `node 2021-06-30`", en: "add `node 2021-06-30` to the report block")
        case .unknownName(let n): Bilingual(zh: "没有名为「\(n)」的指标、预算或常量", en: "unknown name \(n)")
        case .declareOrQuote(let n):
            Bilingual(zh: "先声明它；如果是定性的文字，请加引号：\"\(n)\"", en: "declare it first, or quote a qualitative text: \"\(n)\"")
        case .ruleFields(let f): Bilingual(zh: "规则里可以用的字段有 \(f) …", en: "a rule can use the fields \(f) …")
        case .numberTooLarge: Bilingual(zh: "数字太大", en: "number too large")
        case .cannotApply(let op, let k): Bilingual(zh: "`\(op)` 不能用在\(k.text.zh)上", en: "cannot apply `\(op)` to \(k.text.en)")
        case .logicNeedsBool(let op, let left, let k):
            Bilingual(zh: "`\(op)` 的\(left ? "左" : "右")边要一个真/假判断，而这是\(k.text.zh)",
                      en: "`\(op)` needs true/false on its \(left ? "left" : "right"), found \(k.text.en)")
        case .cannotCompare(let a, let b): Bilingual(zh: "\(a.text.zh)不能和\(b.text.zh)比较", en: "cannot compare \(a.text.en) with \(b.text.en)")
        case .cannotMultiply(let x, let dx, let y, let dy):
            Bilingual(zh: "\(x)（\(dx)）不能乘以 \(y)（\(dy)）", en: "cannot multiply \(x) (\(dx)) by \(y) (\(dy))")
        case .multiplyHint: Bilingual(zh: "`*` 的两边至少有一边是纯数或百分比", en: "one side of `*` must be a plain number or a percent")
        case .divisionByZero: Bilingual(zh: "除数为零", en: "division by zero")
        case .divisorIsZero(let y): Bilingual(zh: "除数 \(y) 是零", en: "the divisor \(y) is zero")
        case .cannotDivide(let x, let dx, let y, let dy):
            Bilingual(zh: "\(x)（\(dx)）不能除以 \(y)（\(dy)）", en: "cannot divide \(x) (\(dx)) by \(y) (\(dy))")
        case .divideHint:
            Bilingual(zh: "求比值要两个同类的数量，例如 亩 ÷ 公顷", en: "a ratio needs two quantities of one kind, e.g. 亩 ÷ 公顷")
        case .tooLarge: Bilingual(zh: "这里的数字太大，无法精确计算", en: "a number here is too large to compute exactly")
        case .tooLargeHint:
            Bilingual(zh: "金额最多支持到约 10^30（按它自己的单位）", en: "amounts up to about 10^30 in their unit are supported")
        case .bareNumber(let v, let q, let u, let w):
            Bilingual(zh: "\(q)（单位 \(u)）不能和不带单位的数 \(w) \(v.text.zh)",
                      en: "cannot \(v.text.en) \(q) (in \(u)) with the bare number \(w)")
        case .bareNumberHint(let w, let u, let p):
            Bilingual(zh: "是不是要写 \(w)\(u)？（不带单位的 \(w) 是 \(p)）", en: "\(w)\(u)？ (a bare \(w) is \(p))")
        case .unitMismatch(let v, let x, let dx, let y, let dy):
            Bilingual(zh: "\(x)（\(dx)）不能和 \(y)（\(dy)）\(v.text.zh)", en: "cannot \(v.text.en) \(x) (\(dx)) with \(y) (\(dy))")
        case .unitMismatchHint(let a, let b):
            Bilingual(zh: "\(a.isEmpty ? "纯数" : a) 和 \(b.isEmpty ? "纯数" : b) 量的不是同一类东西；请检查单位",
                      en: "\(a.isEmpty ? "a plain number" : a) and \(b.isEmpty ? "a plain number" : b) measure different things; check the units")
        case .needsOneValue(let f): Bilingual(zh: "\(f) 至少要一个数", en: "\(f) needs at least one value")
        case .absTakesOne: Bilingual(zh: "abs 只要一个数", en: "abs takes one value")
        case .unknownFunction(let f): Bilingual(zh: "没有名为「\(f)」的函数", en: "unknown function \(f)")
        case .functionsAre:
            Bilingual(zh: "可用的函数有 min、max、abs、round、floor、ceil 和 clamp", en: "the functions are min, max, abs, round, floor, ceil and clamp")

        case .notMoney(let f, let q, let d):
            Bilingual(zh: "\(f.text.zh)应是金额，这里写的是 \(q)（\(d)）", en: "\(f.text.en) must be an amount of money, found \(q) (\(d))")
        case .notMoneyHint: Bilingual(zh: "用元、万元或亿元写，例如 150万元", en: "write it in 元, 万元 or 亿元, e.g. 150万元")
        case .budgetNoAmount(let b): Bilingual(zh: "预算「\(b)」没有预算数", en: "budget \(b) has no amount")
        case .budgetNoAmountHint(let b):
            Bilingual(zh: "把预算数写在名称后面：budget \(b) 150万元", en: "write it after the name: budget \(b) 150万元")
        case .zeroBudget(let b): Bilingual(zh: "预算「\(b)」的预算数是 0，算不出执行率", en: "budget \(b) is 0, so its 执行率 cannot be computed")
        case .checkTheAmount: Bilingual(zh: "请核对预算数", en: "check the amount")
        case .budgetLacks(let b, let f): Bilingual(zh: "预算「\(b)」没有\(f)", en: "budget \(b) has no \(f)")
        case .addSpentOrExecuted: Bilingual(zh: "加上 `spent …` 支出行或 `executed …` 执行数", en: "add `spent …` lines or `executed …`")
        case .addArrived: Bilingual(zh: "加上 `arrived …` 到位资金", en: "add `arrived …`")
        case .addAllocated: Bilingual(zh: "加上 `allocated …` 拨付行", en: "add `allocated …` lines")
        case .addInitial: Bilingual(zh: "给预算加上 `initial …`（年初预算数）", en: "add `initial …` (年初预算数) to the budget")
        case .addExpected: Bilingual(zh: "给预算加上 `expected …`（全年预计执行数）", en: "add `expected …` (全年预计执行数) to the budget")
        case .needsAmountAndSpending: Bilingual(zh: "要有预算数和支出才能算", en: "it needs an amount and spending")
        case .needsAmountAndArrived: Bilingual(zh: "要有预算数和 `arrived …` 到位资金才能算", en: "it needs an amount and `arrived …`")
        case .needsAmountAndExpected: Bilingual(zh: "要有预算数和 `expected …` 预计执行数才能算", en: "it needs an amount and `expected …`")
        case .budgetNoShare(let b):
            Bilingual(zh: "预算「\(b)」算不出占比：它或同级预算的预算数缺失或为零", en: "budget \(b) has no share: its amount or a sibling's is missing or zero")
        case .indicatorNoCompletion(let i): Bilingual(zh: "指标「\(i)」没有完成率", en: "indicator \(i) has no completion rate")
        case .indicatorNoRate(let i): Bilingual(zh: "指标「\(i)」没有评定完成率", en: "indicator \(i) has no judged rate")
        case .indicatorNoExpected(let i): Bilingual(zh: "指标「\(i)」没有全年预计值", en: "indicator \(i) has no expected year-end value")
        case .indicatorNoExpectedCompletion(let i): Bilingual(zh: "指标「\(i)」没有预计完成率", en: "indicator \(i) has no expected completion")
        case .giveExpected: Bilingual(zh: "给它加上 `expected …` 预计值", en: "give it `expected …`")
        case .noField(let k, let n, let f):
            Bilingual(zh: "\(k.text.zh)「\(n)」没有字段「\(f)」", en: "\(k.text.en) \(n) has no field \(f)")
        case .hasNoFields: Bilingual(zh: "它没有字段", en: "it has no fields")
        case .itsFields(let f): Bilingual(zh: "它的字段有：\(f)", en: "its fields: \(f)")
        }
    }
}
