/// Declarations: names, units, budgets, indicators and groups as declared, and what the
/// prompt and scenarios may change.
public enum ModelMessage: Sendable, Hashable {
    /// Where a name declared twice was declared the second time.
    public enum Place: Sendable, Hashable {
        case inGroup(String), inBudget(String), inProject(String), topLevel, none
    }

    /// A line of the script to type, the same in both languages (`unit 亩 = 1/15 公顷`).
    case example(String)
    case declaredAgainHere
    case renameOne

    case invisibleTwin(String, twin: String)
    case invisibleTwinHint
    case invisibleTwinDeclared(String)
    case nonstandardLevel2(group: String, parent: String)
    case nonstandardLevel2Hint(known: String)
    case projectNested(project: String, parent: String)
    case projectNestedHint
    case noGroup(String, parent: String?)
    case noGroupHint
    case groupWeightAtPrompt
    case groupWeightAtPromptHint

    case unitNeedsBase(String)
    case unknownBaseUnit(String)
    case unknownBaseUnitHint(String)
    case unitSizeNotNumber(String)
    case unitRedefined(String)
    case unitRedefinedHint(unit: String, factor: String, dimension: String)

    case scenarioTwice(String)
    case scenarioFirstDeclared(String)
    case assignOutsideScenario
    case assignOutsideScenarioHint
    case expressionNotStatement
    case expressionNotStatementHint
    case cannotChangeLive
    case cannotChangeLiveHint

    case secondReportHeader
    case secondReportHeaderHint
    case firstReportHeader
    case reportNodeDiffers(report: String?, month: Int, day: Int, nodeMonth: Int, nodeDay: Int)
    case reportNodeDiffersHint
    case nodeNotADate(month: Int, day: Int, year: Int)
    case nodeOtherYear(node: String, year: Int)
    case nodeOtherYearHint(monthDay: String, year: Int, nodeYear: Int)
    case reverseSetting
    case unknownSetting(String)
    case unknownSettingHint

    case definedTwice(String)
    case definedTwiceHint
    case firstDefinedHere(String)
    case declaredTwice(EntityKind, String, Place)
    case declaredTwiceHint
    case firstDeclaredHere(EntityKind, String)
    case ruleTwice(String)
    case ruleTwiceHint(String)
    case ruleFirstDeclared(String)

    case budgetInGroup(String)
    case budgetInGroupHint(project: String?)
    case budgetsNamedAlike(String, count: Int)
    case budgetsNamedAlikeHint(String)
    case sourceTwice(String)
    case sourceTwiceHint
    case fieldTwice(String, ofSource: Bool)
    case fieldTwiceHint

    case unknownName(String)
    case declareWithLet
    case declareFirst
    case ambiguous(String)
    case qualifyIt
    case ambiguousCount(String, count: Int)
    case writeInFullAs(String)
    case writeInFullHint(String)
    case spendNeedsAmount
    case sayWhichField(String)
    case cannotSetWhole(String)
    case cannotSetWholeHint(String)
    case targetNeedsValue
    case indicatorFields
    case budgetNeedsAmount
    case budgetFields
    case setSpendAmount
    case noSettableFields(String)
    case noSettableFieldsHint
    case leftOfAssign
    case noPart(EntityKind, String, part: String)
    case noPartHint(String, part: String)
    case setFieldOfNamed

    public var text: Bilingual {
        switch self {
        case .example(let s): Bilingual(zh: s, en: s)
        case .declaredAgainHere: Bilingual(zh: "这里又声明了一次", en: "declared again here")
        case .renameOne: Bilingual(zh: "把其中一个改个名字", en: "rename one of them")

        case .invisibleTwin(let n, let t):
            Bilingual(zh: "\(n) 和 \(t) 只差几个看不见的字符：它们是两个不同的名称",
                      en: "\(n) differs from \(t) only by characters that do not show: they are two names")
        case .invisibleTwinHint:
            Bilingual(zh: "把名称重新输入一遍（多半是从文档里粘贴来的）；记在一个名称下的数字，用另一个名称是找不到的",
                      en: "retype the name (it was likely pasted from a document); a figure under one is not found under the other")
        case .invisibleTwinDeclared(let t): Bilingual(zh: "\(t) 在这里声明", en: "\(t) is declared here")
        case .nonstandardLevel2(let g, let p):
            Bilingual(zh: "「\(g)」不是「\(p)」下的标准二级指标", en: "\(g) is not a standard level-2 category of \(p)")
        case .nonstandardLevel2Hint(let known):
            Bilingual(zh: "标准的二级指标有：\(known)；这里仍按二级指标计算",
                      en: "the standard ones are \(known); it is counted as a level-2 category all the same")
        case .projectNested(let p, let parent):
            Bilingual(zh: "项目「\(p)」写在了「\(parent)」里面", en: "project \(p) is inside \(parent)")
        case .projectNestedHint:
            Bilingual(zh: "项目应写在脚本的最外层，与部门自身的部分并列；这里把它当作普通分组读取",
                      en: "a project stands at the top level of a script, beside the department's own part; it is read as a group here")
        case .noGroup(let g, let parent):
            Bilingual(zh: (parent.map { "「\($0)」中" } ?? "") + "没有名为「\(g)」的分组",
                      en: "there is no group \(g)" + (parent.map { " in \($0)" } ?? ""))
        case .noGroupHint:
            Bilingual(zh: "在提示符下写分组块，只能修改已有分组里的指标；新分组请加到脚本中",
                      en: "a group block at the prompt changes the indicators of an existing group; add new groups to the script")
        case .groupWeightAtPrompt:
            Bilingual(zh: "在提示符下不能修改分组的权重", en: "a group's weight cannot be changed at the prompt")
        case .groupWeightAtPromptHint:
            Bilingual(zh: "一级指标请设置它的常量（产出权重 = 40），或在脚本中修改权重后 :reload",
                      en: "for a level-1 group set its constant (产出权重 = 40), or change the weight in the script and :reload")

        case .unitNeedsBase(let u): Bilingual(zh: "单位「\(u)」需要写明换算成哪个基本单位", en: "unit \(u) needs a base unit")
        case .unknownBaseUnit(let b): Bilingual(zh: "不认识基本单位「\(b)」", en: "unknown base unit \(b)")
        case .unknownBaseUnitHint(let b): Bilingual(zh: "先声明它：unit \(b)", en: "declare \(b) first: unit \(b)")
        case .unitSizeNotNumber(let u):
            Bilingual(zh: "单位「\(u)」的大小只能写一个数字或分数", en: "the size of unit \(u) must be a plain number or fraction")
        case .unitRedefined(let u): Bilingual(zh: "单位「\(u)」被重新定义成了不同的大小", en: "unit \(u) is redefined with a different size")
        case .unitRedefinedHint(let u, let f, let d):
            Bilingual(zh: "内置的 1 \(u) = \(f)（\(d)的基本单位）；这里的定义会替换它",
                      en: "the built-in \(u) is 1 \(u) = \(f) in base units of \(d); your definition replaces it")

        case .scenarioTwice(let s): Bilingual(zh: "情景「\(s)」声明了两次", en: "scenario \(s) is declared twice")
        case .scenarioFirstDeclared(let s): Bilingual(zh: "情景「\(s)」第一次在这里声明", en: "scenario \(s) is first declared here")
        case .assignOutsideScenario: Bilingual(zh: "修改一个数值要写在情景里", en: "a change of a value belongs in a scenario")
        case .assignOutsideScenarioHint:
            Bilingual(zh: "把它包进情景：scenario 下半年 { … }，或者直接改原来的声明",
                      en: "wrap it: scenario 下半年 { … }, or change the declaration itself")
        case .expressionNotStatement:
            Bilingual(zh: "这一行只有一个算式，没有说明要做什么", en: "expected a statement, found an expression")
        case .expressionNotStatementHint:
            Bilingual(zh: "要检查一个数值用 `assert`，要给它起名用 `let 名称 = …`",
                      en: "use `assert` to check a value, or `let NAME = …` to name it")
        case .cannotChangeLive: Bilingual(zh: "这一句不能用来修改会话中的模型", en: "this statement cannot change a live model")
        case .cannotChangeLiveHint:
            Bilingual(zh: "可以设置一个字段（指标.actual = 300亩）、一个常量，或重新声明一个指标",
                      en: "set a field (指标.actual = 300亩), a constant, or declare an indicator again")

        case .secondReportHeader: Bilingual(zh: "出现了第二个报告抬头", en: "a second report header")
        case .secondReportHeaderHint:
            Bilingual(zh: "一个脚本只有一个 `report` 块；保留第一个", en: "a script has one `report` block; keep the first")
        case .firstReportHeader: Bilingual(zh: "第一个报告抬头", en: "the first report header")
        case .reportNodeDiffers(let r, let m, let d, let nm, let nd):
            Bilingual(zh: "\(r.map { "「\($0)」" } ?? "导入的报告")的监控节点是 \(m)月\(d)日，而本报告的节点是 \(nm)月\(nd)日",
                      en: "\(r ?? "an imported report") is monitored at \(m)月\(d)日, but this report's node is \(nm)月\(nd)日")
        case .reportNodeDiffersHint:
            Bilingual(zh: "按时间进度算的执行率用的是本报告的节点；请把数字统一到同一个节点",
                      en: "rates against 时间进度 use this report's node; bring the figures to the same node")
        case .nodeNotADate(let m, let d, let y):
            Bilingual(zh: "监控节点 \(m)月\(d)日 在 \(y) 年不存在：\(y) 年 2 月只有 28 天",
                      en: "the node \(m)月\(d)日 is not a date of \(y): February \(y) has 28 days")
        case .nodeOtherYear(let n, let y):
            Bilingual(zh: "监控节点 \(n) 不在报告年度 \(y) 年内", en: "the node \(n) is not in the report's year \(y)")
        case .nodeOtherYearHint(let n, let y, let ny):
            Bilingual(zh: "监控节点应在所报告的年度之内：改成 node \(y)-\(n)，或把年度改成 year \(ny)",
                      en: "a monitoring node falls within the year it reports on: node \(y)-\(n), or year \(ny)")
        case .reverseSetting:
            Bilingual(zh: "reverse 只能取 `ratio`（目标值 ÷ 实际值）或 `deduct`（1 − 超出部分 ÷ 目标值）",
                      en: "reverse takes `ratio` (target ÷ actual) or `deduct` (1 − excess ÷ target)")
        case .unknownSetting(let k): Bilingual(zh: "不认识的设置 `\(k)`", en: "unknown setting `\(k)`")
        case .unknownSettingHint:
            Bilingual(zh: "可用的设置：reverse（ratio | deduct）；阈值请用 `let` 常量来写",
                      en: "known settings: reverse (ratio | deduct); thresholds are written as `let` constants")

        case .definedTwice(let n): Bilingual(zh: "「\(n)」定义了两次", en: "\(n) is defined twice")
        case .definedTwiceHint:
            Bilingual(zh: "把其中一个改个名字，或者直接修改第一处定义", en: "rename one of them, or change the first definition")
        case .firstDefinedHere(let n): Bilingual(zh: "「\(n)」第一次在这里定义", en: "\(n) is first defined here")
        case .declaredTwice(let k, let n, let place):
            Bilingual(zh: place.text.zh + "\(k.text.zh)「\(n)」声明了两次", en: "\(k.text.en) \(n) is declared twice" + place.text.en)
        case .declaredTwiceHint:
            Bilingual(zh: "把其中一个改个名字，或者把它们的数字合到一处声明里", en: "rename one of them, or give their figures in one declaration")
        case .firstDeclaredHere(let k, let n):
            Bilingual(zh: "\(k.text.zh)「\(n)」第一次在这里声明", en: "\(k.text.en) \(n) is first declared here")
        case .ruleTwice(let r): Bilingual(zh: "规则「\(r)」声明了两次", en: "rule \(r) is declared twice")
        case .ruleTwiceHint(let r):
            Bilingual(zh: "把其中一个改个名字（它的发现编号是 R-\(r)），或者把两条规则的条款合在一起",
                      en: "rename one of them (its findings are coded R-\(r)), or merge their clauses")
        case .ruleFirstDeclared(let r): Bilingual(zh: "规则「\(r)」第一次在这里声明", en: "rule \(r) is first declared here")

        case .budgetInGroup(let b): Bilingual(zh: "预算「\(b)」写在了指标分组里", en: "budget \(b) is inside an indicator group")
        case .budgetInGroupHint(let p):
            Bilingual(zh: "预算应写在最外层或项目里；这里把它当作" + (p.map { "项目「\($0)」自身的预算" } ?? "最外层的预算"),
                      en: "budgets belong at the top level or in a project; it is kept as " + (p.map { "project \($0)'s own" } ?? "a top-level") + " budget")
        case .budgetsNamedAlike(let b, let c): Bilingual(zh: "有 \(c) 个预算都叫「\(b)」", en: "there are \(c) budgets named \(b)")
        case .budgetsNamedAlikeHint(let b):
            Bilingual(zh: "改为修改其中一个的数字：上级预算.\(b) …", en: "change one of its figures instead: 上级预算.\(b) …")
        case .sourceTwice(let s): Bilingual(zh: "这项预算的资金来源「\(s)」写了两次", en: "source \(s) is given twice for this budget")
        case .sourceTwiceHint:
            Bilingual(zh: "每个资金来源只写一行；现在用的是最后一行", en: "keep one row per funding source; the last one is used")
        case .fieldTwice(let f, let ofSource):
            Bilingual(zh: "这\(ofSource ? "个资金来源" : "项预算")的 `\(f)` 写了两次", en: "`\(f)` is given twice for this \(ofSource ? "source" : "budget")")
        case .fieldTwiceHint: Bilingual(zh: "只保留一个；现在用的是最后一个", en: "keep one; the last one is used")

        case .unknownName(let n): Bilingual(zh: "没有名为「\(n)」的指标、预算或常量", en: "unknown name \(n)")
        case .declareWithLet: Bilingual(zh: "用 let 声明它", en: "declare it with let")
        case .declareFirst: Bilingual(zh: "先声明它", en: "declare it first")
        case .ambiguous(let n): Bilingual(zh: "「\(n)」指代不明：有不止一个叫这个名字的", en: "\(n) is ambiguous")
        case .qualifyIt: Bilingual(zh: "写出它所在的分组或预算，说清是哪一个", en: "qualify it")
        case .ambiguousCount(let n, let c):
            Bilingual(zh: "「\(n)」指代不明：有 \(c) 个叫这个名字的", en: "\(n) is ambiguous: there are \(c) of that name")
        case .writeInFullAs(let q): Bilingual(zh: "写全名，例如 \(q).actual = …", en: "write it in full, e.g. \(q).actual = …")
        case .writeInFullHint(let n):
            Bilingual(zh: "写全名，带上它所在的分组或预算：产出.数量.\(n)", en: "write it in full, with the group or budget it is in: 产出.数量.\(n)")
        case .spendNeedsAmount: Bilingual(zh: "支出明细要写一个金额", en: "a spending line needs an amount")
        case .sayWhichField(let n): Bilingual(zh: "要写明修改「\(n)」的哪个字段", en: "say which field of \(n) changes")
        case .cannotSetWhole(let n): Bilingual(zh: "「\(n)」不能整体赋值", en: "\(n) cannot be set as a whole")
        case .cannotSetWholeHint(let n):
            Bilingual(zh: "设置它的某个字段，例如 \(n).arrived = 500万元", en: "set one of its fields, e.g. \(n).arrived = 500万元")
        case .targetNeedsValue: Bilingual(zh: "目标值要写一个数值", en: "a target needs a value")
        case .indicatorFields:
            Bilingual(zh: "指标可以设置的字段有：actual（实际值）、target（目标值）、rate（完成率）、weight（权重）和 expected（预计值）",
                      en: "an indicator's settable fields are actual, target, rate, weight and expected")
        case .budgetNeedsAmount: Bilingual(zh: "预算的数字要写一个金额", en: "a budget figure needs an amount")
        case .budgetFields:
            Bilingual(zh: "预算可以设置的数字有：预算数（amount）、年初预算数（initial）、arrived（到位数）、executed（执行数）、expected（预计执行数）、weight（权重）和它的各项支出明细",
                      en: "a budget's settable figures are 预算数 (amount), 年初预算数 (initial), arrived, executed, expected, weight and its spending lines")
        case .setSpendAmount: Bilingual(zh: "支出明细只能设置它的金额", en: "set the amount of a spending line")
        case .noSettableFields(let n): Bilingual(zh: "「\(n)」没有可以设置的字段", en: "\(n) has no settable fields")
        case .noSettableFieldsHint:
            Bilingual(zh: "可以设置指标的实际值，或预算的各项数字", en: "set an indicator's actual or a budget's figures")
        case .leftOfAssign: Bilingual(zh: "`=` 左边必须是一个名称或字段", en: "the left of `=` must be a name or a field")
        case .noPart(let k, let n, let part):
            Bilingual(zh: "\(k.text.zh)「\(n)」下没有名为「\(part)」的部分", en: "\(k.text.en) \(n) has no part named \(part)")
        case .noPartHint(let n, let part):
            Bilingual(zh: "检查一下名称；字段写在最后：\(n).\(part) = …", en: "check the name; a field is set last: \(n).\(part) = …")
        case .setFieldOfNamed:
            Bilingual(zh: "只能设置有名称的指标或预算的字段", en: "set a field of a named indicator or budget")
        }
    }
}

extension ModelMessage.Place {
    var text: Bilingual {
        switch self {
        case .inGroup(let g): Bilingual(zh: "分组「\(g)」中的", en: " in group \(g)")
        case .inBudget(let b): Bilingual(zh: "预算「\(b)」中的", en: " in budget \(b)")
        case .inProject(let p): Bilingual(zh: "项目「\(p)」中的", en: " in project \(p)")
        case .topLevel: Bilingual(zh: "最外层的", en: " at the top level")
        case .none: Bilingual(zh: "", en: "")
        }
    }
}
