/// The stable code of a diagnostic (`E-unit-mismatch`), typed so that a misspelt code does not
/// compile and a table keyed by codes (the reports' lead-ins) can be checked against every one.
/// The text stays the same in both languages: tests, tools and CI read it. Each code has a
/// title, the lead-in of its findings in the reports (预算分项合计与总额不符): a code without
/// one does not compile.
public struct DiagnosticCode: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    /// What kind of problem its findings are, in a few words.
    public let title: Bilingual
    private init(_ rawValue: String, _ title: Bilingual) {
        self.rawValue = rawValue
        self.title = title
    }
    public var description: String { rawValue }
    public static func == (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue == b.rawValue }
    public func hash(into h: inout Hasher) { h.combine(rawValue) }

    /// A script's own rule's finding: `R-` and the rule's name.
    public static func rule(_ name: String) -> DiagnosticCode {
        DiagnosticCode("R-" + name, Bilingual(zh: "规则检查发现的问题", en: "a rule's finding"))
    }

    /// The code of a diagnostic's text (`W-breakdown`, `R-资金`); nil for a code jx does not make.
    public static func named(_ rawValue: String) -> DiagnosticCode? {
        if rawValue.hasPrefix("R-") { return rule(String(rawValue.dropFirst(2))) }
        return byName[rawValue]
    }

    private static let byName: [String: DiagnosticCode] = Dictionary(all.map { ($0.rawValue, $0) }, uniquingKeysWith: { a, _ in a })

    public static let actualNotNumber = DiagnosticCode("E-actual-not-number", Bilingual(zh: "实际完成值不是数量", en: "the actual is not a quantity"))
    public static let ambiguous = DiagnosticCode("E-ambiguous", Bilingual(zh: "名称有歧义", en: "an ambiguous name"))
    public static let assert = DiagnosticCode("E-assert", Bilingual(zh: "断言不成立", en: "an assertion fails"))
    public static let assignOutsideScenario = DiagnosticCode("E-assign-outside-scenario", Bilingual(zh: "情景之外不能改值", en: "a value changed outside a scenario"))
    public static let budgetAmount = DiagnosticCode("E-budget-amount", Bilingual(zh: "预算缺少预算数", en: "a budget without its amount"))
    public static let change = DiagnosticCode("E-change", Bilingual(zh: "这项修改无法生效", en: "a change that cannot be made"))
    public static let compare = DiagnosticCode("E-compare", Bilingual(zh: "两个情景无法比较", en: "scenarios that cannot be compared"))
    public static let cycle = DiagnosticCode("E-cycle", Bilingual(zh: "数值循环引用", en: "figures that depend on each other"))
    public static let date = DiagnosticCode("E-date", Bilingual(zh: "日期不存在", en: "a date that does not exist"))
    public static let divisionByZero = DiagnosticCode("E-division-by-zero", Bilingual(zh: "除数为零", en: "a division by zero"))
    public static let duplicate = DiagnosticCode("E-duplicate", Bilingual(zh: "名称重复", en: "a name given twice"))
    public static let eval = DiagnosticCode("E-eval", Bilingual(zh: "数值无法计算", en: "a figure that cannot be computed"))
    public static let functionArgs = DiagnosticCode("E-function-args", Bilingual(zh: "函数的参数有误", en: "a function's arguments are wrong"))
    public static let grade = DiagnosticCode("E-grade", Bilingual(zh: "定性等级无法识别", en: "an unknown qualitative grade"))
    public static let `import` = DiagnosticCode("E-import", Bilingual(zh: "导入文件出错", en: "an import that fails"))
    public static let importCycle = DiagnosticCode("E-import-cycle", Bilingual(zh: "导入文件出错", en: "an import that fails"))
    public static let importFile = DiagnosticCode("E-import-file", Bilingual(zh: "表格文件无法读取", en: "a spreadsheet file that cannot be read"))
    public static let importFigure = DiagnosticCode("E-import-figure", Bilingual(zh: "表格中的数字无法读取", en: "a spreadsheet figure that cannot be read"))
    public static let importFormulaError = DiagnosticCode("E-import-formula-error", Bilingual(zh: "表格中的公式出错", en: "a spreadsheet formula in error"))
    public static let importNoHeader = DiagnosticCode("E-import-no-header", Bilingual(zh: "表格缺少指标表的表头", en: "a sheet without the indicator table's headers"))
    public static let importUncomputed = DiagnosticCode("E-import-uncomputed", Bilingual(zh: "表格中的公式没有计算结果", en: "a spreadsheet formula without a value"))
    public static let lex = DiagnosticCode("E-lex", Bilingual(zh: "脚本语法错误", en: "a syntax error in the script"))
    public static let mapField = DiagnosticCode("E-map-field", Bilingual(zh: "列对应表的字段有误", en: "a wrong field in the column map"))
    public static let mapLine = DiagnosticCode("E-map-line", Bilingual(zh: "列对应表的写法有误", en: "a wrong line in the column map"))
    public static let mapSection = DiagnosticCode("E-map-section", Bilingual(zh: "列对应表的分节有误", en: "a wrong section in the column map"))
    public static let mapTemplate = DiagnosticCode("E-map-template", Bilingual(zh: "列对应表的模板有误", en: "a wrong template in the column map"))
    public static let nameQuote = DiagnosticCode("E-name-quote", Bilingual(zh: "名称的引号写法有误", en: "a wrongly quoted name"))
    public static let noActual = DiagnosticCode("E-no-actual", Bilingual(zh: "指标缺少实际完成值", en: "an indicator without its actual"))
    public static let noNode = DiagnosticCode("E-no-node", Bilingual(zh: "缺少监控节点", en: "no monitoring node"))
    public static let noTarget = DiagnosticCode("E-no-target", Bilingual(zh: "指标缺少预期指标值", en: "an indicator without its target"))
    public static let number = DiagnosticCode("E-number", Bilingual(zh: "数字超出范围或写法有误", en: "a number out of range or wrongly written"))
    public static let overflow = DiagnosticCode("E-overflow", Bilingual(zh: "数字超出范围或写法有误", en: "a number out of range or wrongly written"))
    public static let overrideUnknown = DiagnosticCode("E-override-unknown", Bilingual(zh: "要取代的评分规则不存在", en: "an override of something unknown"))
    public static let overrideUnscored = DiagnosticCode("E-override-unscored", Bilingual(zh: "取代评分的规则自己不打分", en: "an override of something not scored"))
    public static let projectNested = DiagnosticCode("E-project-nested", Bilingual(zh: "项目写在了分组里", en: "a project inside a group"))
    public static let rate = DiagnosticCode("E-rate", Bilingual(zh: "评定完成率有误", en: "a wrong judged rate"))
    public static let ruleMessage = DiagnosticCode("E-rule-message", Bilingual(zh: "规则写法有误", en: "a wrongly written rule"))
    public static let ruleScope = DiagnosticCode("E-rule-scope", Bilingual(zh: "规则写法有误", en: "a wrongly written rule"))
    public static let ruleSubject = DiagnosticCode("E-rule-subject", Bilingual(zh: "规则写法有误", en: "a wrongly written rule"))
    public static let ruleUnreachable = DiagnosticCode("E-rule-unreachable", Bilingual(zh: "规则写法有误", en: "a wrongly written rule"))
    public static let scoreConflict = DiagnosticCode("E-score-conflict", Bilingual(zh: "得分互相冲突", en: "conflicting scores"))
    public static let setting = DiagnosticCode("E-setting", Bilingual(zh: "报告设置有误", en: "a wrong report setting"))
    public static let solve = DiagnosticCode("E-solve", Bilingual(zh: "无法反算所需数值", en: "a figure that cannot be solved for"))
    public static let syntax = DiagnosticCode("E-syntax", Bilingual(zh: "脚本语法错误", en: "a syntax error in the script"))
    public static let tooDeep = DiagnosticCode("E-too-deep", Bilingual(zh: "算式过长", en: "an expression too long"))
    public static let tooMany = DiagnosticCode("E-too-many", Bilingual(zh: "错误过多未全部列出", en: "too many errors to list"))
    public static let unclosed = DiagnosticCode("E-unclosed", Bilingual(zh: "括号或块没有闭合", en: "an unclosed bracket or block"))
    public static let unclosedQuote = DiagnosticCode("E-unclosed-quote", Bilingual(zh: "脚本语法错误", en: "a syntax error in the script"))
    public static let unit = DiagnosticCode("E-unit", Bilingual(zh: "计量单位不一致", en: "units that do not agree"))
    public static let unitMismatch = DiagnosticCode("E-unit-mismatch", Bilingual(zh: "计量单位不一致", en: "units that do not agree"))
    public static let unknownKeyword = DiagnosticCode("E-unknown-keyword", Bilingual(zh: "关键字无法识别", en: "an unknown keyword"))
    public static let unknownName = DiagnosticCode("E-unknown-name", Bilingual(zh: "名称无法识别", en: "an unknown name"))
    public static let zeroTarget = DiagnosticCode("E-zero-target", Bilingual(zh: "指标目标为零", en: "a target of zero"))
    public static let blockWeight = DiagnosticCode("I-block-weight", Bilingual(zh: "分块权重提示", en: "a note on a block's weight"))
    public static let newUnit = DiagnosticCode("I-new-unit", Bilingual(zh: "新计量单位", en: "a new unit"))
    public static let noPolicy = DiagnosticCode("I-no-policy", Bilingual(zh: "未导入预警政策", en: "no warning policy imported"))
    public static let noSpending = DiagnosticCode("I-no-spending", Bilingual(zh: "预算没有支出明细", en: "a budget without spending lines"))
    public static let nonstandardLevel2 = DiagnosticCode("I-nonstandard-level2", Bilingual(zh: "非标准的二级指标分类", en: "a non-standard level-2 category"))
    public static let unverifiable = DiagnosticCode("I-unverifiable", Bilingual(zh: "无法核实", en: "a figure that cannot be checked"))
    public static let blank = DiagnosticCode("W-blank", Bilingual(zh: "应填项未填", en: "a blank that should be filled"))
    public static let breakdown = DiagnosticCode("W-breakdown", Bilingual(zh: "预算分项合计与总额不符", en: "a budget's parts do not add up to its total"))
    public static let budgetInGroup = DiagnosticCode("W-budget-in-group", Bilingual(zh: "指标分组中出现预算", en: "a budget inside an indicator group"))
    public static let deadlineActual = DiagnosticCode("W-deadline-actual", Bilingual(zh: "时限指标的完成值有误", en: "a wrong actual of a deadline indicator"))
    public static let declaredCount = DiagnosticCode("W-declared-count", Bilingual(zh: "报告所称指标个数与实际列出的不符", en: "the stated number of indicators differs from those listed"))
    public static let expectedBelowExecuted = DiagnosticCode("W-expected-below-executed", Bilingual(zh: "全年预计执行数低于已执行数", en: "the year's expected spending is below what is spent"))
    public static let gradeBand = DiagnosticCode("W-grade-band", Bilingual(zh: "等级与评定完成率不符", en: "a grade outside its rate's band"))
    public static let incomplete = DiagnosticCode("W-incomplete", Bilingual(zh: "总分不完整", en: "an incomplete total score"))
    public static let invisibleName = DiagnosticCode("W-invisible-name", Bilingual(zh: "名称含不可见字符", en: "a name with invisible characters"))
    public static let negativeTarget = DiagnosticCode("W-negative-target", Bilingual(zh: "指标目标为负数", en: "a negative target"))
    public static let nodeYear = DiagnosticCode("W-node-year", Bilingual(zh: "监控节点不在报告年度内", en: "a node outside the report's year"))
    public static let overBudget = DiagnosticCode("W-over-budget", Bilingual(zh: "支出超过预算", en: "spending over the budget"))
    public static let qualitativeUnjudged = DiagnosticCode("W-qualitative-unjudged", Bilingual(zh: "定性指标未评定完成率", en: "a qualitative indicator not judged"))
    public static let rateIgnored = DiagnosticCode("W-rate-ignored", Bilingual(zh: "评定完成率未被采用", en: "a judged rate not used"))
    public static let reportNode = DiagnosticCode("W-report-node", Bilingual(zh: "各报告的监控节点不一致", en: "reports monitored at different nodes"))
    public static let scoreDecimals = DiagnosticCode("W-score-decimals", Bilingual(zh: "得分小数位设置有误", en: "a wrong 得分小数位"))
    public static let scoreOverWeight = DiagnosticCode("W-score-over-weight", Bilingual(zh: "得分超过权重", en: "a score above its weight"))
    public static let scoreRows = DiagnosticCode("W-score-rows", Bilingual(zh: "报告所列得分合计与总分不符", en: "the listed scores do not add up to the total"))
    public static let sources = DiagnosticCode("W-sources", Bilingual(zh: "资金来源合计与预算数不符", en: "the funding sources do not add up to the budget"))
    public static let spentOverArrived = DiagnosticCode("W-spent-over-arrived", Bilingual(zh: "支出超过到位资金", en: "spending over the funds arrived"))
    public static let statedMismatch = DiagnosticCode("W-stated-mismatch", Bilingual(zh: "报告所写数字与计算结果不符", en: "a stated figure differs from the computed one"))
    public static let statedUnavailable = DiagnosticCode("W-stated-unavailable", Bilingual(zh: "报告所写数字无法核算", en: "a stated figure that cannot be checked"))
    public static let totalOver100 = DiagnosticCode("W-total-over-100", Bilingual(zh: "总分超过 100 分", en: "a total score over 100"))
    public static let unitRedefined = DiagnosticCode("W-unit-redefined", Bilingual(zh: "计量单位重复定义", en: "a unit defined again"))
    public static let weightUnscored = DiagnosticCode("W-weight-unscored", Bilingual(zh: "设了权重却没有评分", en: "a weight without a score"))
    public static let weights = DiagnosticCode("W-weights", Bilingual(zh: "下级权重合计与上级不符", en: "weights that do not add up to their group's"))
    public static let weightsSum = DiagnosticCode("W-weights-sum", Bilingual(zh: "权重合计不是 100", en: "weights that do not add up to 100"))
    public static let yearEndPending = DiagnosticCode("W-year-end-pending", Bilingual(zh: "年终数字尚未填报", en: "year-end figures still pending"))
    public static let zeroBudget = DiagnosticCode("W-zero-budget", Bilingual(zh: "预算数为零", en: "a budget of zero"))

    /// Every code jx makes besides the rules' own.
    public static let all: [DiagnosticCode] = [
        .actualNotNumber,
        .ambiguous,
        .assert,
        .assignOutsideScenario,
        .budgetAmount,
        .change,
        .compare,
        .cycle,
        .date,
        .divisionByZero,
        .duplicate,
        .eval,
        .functionArgs,
        .grade,
        .import,
        .importCycle,
        .importFile,
        .importFigure,
        .importFormulaError,
        .importNoHeader,
        .importUncomputed,
        .lex,
        .mapField,
        .mapLine,
        .mapSection,
        .mapTemplate,
        .nameQuote,
        .noActual,
        .noNode,
        .noTarget,
        .number,
        .overflow,
        .overrideUnknown,
        .overrideUnscored,
        .projectNested,
        .rate,
        .ruleMessage,
        .ruleScope,
        .ruleSubject,
        .ruleUnreachable,
        .scoreConflict,
        .setting,
        .solve,
        .syntax,
        .tooDeep,
        .tooMany,
        .unclosed,
        .unclosedQuote,
        .unit,
        .unitMismatch,
        .unknownKeyword,
        .unknownName,
        .zeroTarget,
        .blockWeight,
        .newUnit,
        .noPolicy,
        .noSpending,
        .nonstandardLevel2,
        .unverifiable,
        .blank,
        .breakdown,
        .budgetInGroup,
        .deadlineActual,
        .declaredCount,
        .expectedBelowExecuted,
        .gradeBand,
        .incomplete,
        .invisibleName,
        .negativeTarget,
        .nodeYear,
        .overBudget,
        .qualitativeUnjudged,
        .rateIgnored,
        .reportNode,
        .scoreDecimals,
        .scoreOverWeight,
        .scoreRows,
        .sources,
        .spentOverArrived,
        .statedMismatch,
        .statedUnavailable,
        .totalOver100,
        .unitRedefined,
        .weightUnscored,
        .weights,
        .weightsSum,
        .yearEndPending,
        .zeroBudget,
    ]
}
