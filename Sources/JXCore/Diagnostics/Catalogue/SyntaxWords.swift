/// What the parser found where it expected something else, as its messages name it.
public enum SyntaxFound: Sendable, Hashable {
    /// A name or a number as written (`得分`, `15个`).
    case written(String)
    /// A punctuation mark, quoted (`` `{` ``).
    case punctuation(String)
    case quotedText, endOfLine, endOfFile, invalidCharacter

    public var text: Bilingual {
        switch self {
        case .written(let s): Bilingual(zh: "`\(s)`", en: "`\(s)`")
        case .punctuation(let p): Bilingual(zh: p, en: p)
        case .quotedText: Bilingual(zh: "一段引号里的文字", en: "a quoted text")
        case .endOfLine: Bilingual(zh: "行尾", en: "the end of the line")
        case .endOfFile: Bilingual(zh: "文件末尾", en: "the end of the file")
        case .invalidCharacter: Bilingual(zh: "一个无效字符", en: "an invalid character")
        }
    }

    /// "却是 `7`", "这一行却已结束": what was found instead, as a Chinese message ends.
    var instead: String {
        switch self {
        case .endOfLine: "这一行却已结束"
        case .endOfFile: "文件却已结束"
        default: "却是 \(text.zh)"
        }
    }
}

/// What the parser expected: "expected WANTED, found …" (这里要……，却是……).
public enum SyntaxWanted: Sendable, Hashable {
    case value, year, date, quotedNote, statedFigure, figureName, fieldAfterDot
    case groupName, group, projectName, indicatorName, budgetName, fundingSource, fundingSourceExamples, spentOn, allocatedTo
    case reportTitle, departmentName, reportSetting, constantName, unitName, baseUnit, settingName
    case ruleName, overriddenRule, ruleSubject, ruleLevel, whenOrOtherwise, scenarioName, policyName, importPath
    case grade, cause, likelihood, yesOrNo
    case closeParen, forAfterInput, assignAfterGoal
    case assignAfter(String), openGroup(String), openRule, openScenario, closeCall(String)
    case lineOfBudget(String), figureOfSource(String), fieldOfIndicator(String)
    /// How many indicators of a level (`二级`) the report says it set.
    case levelCount(String)

    public var text: Bilingual {
        switch self {
        case .value: Bilingual(zh: "一个值", en: "a value")
        case .year: Bilingual(zh: "年份（如 2021）", en: "a year like 2021")
        case .date: Bilingual(zh: "日期（如 2021-06-30 或 6月30日）", en: "a date like 2021-06-30 or 6月30日")
        case .quotedNote: Bilingual(zh: "引号里的说明文字", en: "a quoted note")
        case .statedFigure: Bilingual(zh: "报告里填的数", en: "the stated figure")
        case .figureName: Bilingual(zh: "数的名称（如 执行率、得分）", en: "a figure's name")
        case .fieldAfterDot: Bilingual(zh: "点号 `.` 后面的字段名（如 完成率、执行率）", en: "a field name after `.`, such as 完成率 or 执行率")
        case .groupName: Bilingual(zh: "分组名", en: "a group name")
        case .group: Bilingual(zh: "一个分组名", en: "a group")
        case .projectName: Bilingual(zh: "项目名", en: "a project name")
        case .indicatorName: Bilingual(zh: "指标的名称", en: "the indicator's name")
        case .budgetName: Bilingual(zh: "预算的名称", en: "the budget's name")
        case .fundingSource: Bilingual(zh: "资金来源的名称", en: "a funding source")
        case .fundingSourceExamples: Bilingual(zh: "资金来源的名称（财政资金、其他资金 …）", en: "a funding source (财政资金, 其他资金 …)")
        case .spentOn: Bilingual(zh: "支出的用途（如 工资福利）", en: "what was spent (e.g. 工资福利)")
        case .allocatedTo: Bilingual(zh: "拨付的用途", en: "what was allocated")
        case .reportTitle: Bilingual(zh: "报告的标题", en: "the report's title")
        case .departmentName: Bilingual(zh: "单位名称", en: "the department's name")
        case .reportSetting: Bilingual(zh: "报告头的一项设置（单位、年度、监控节点 …）", en: "a report setting (department, year, node …)")
        case .constantName: Bilingual(zh: "常量的名称", en: "the constant's name")
        case .unitName: Bilingual(zh: "计量单位的名称", en: "the unit's name")
        case .baseUnit: Bilingual(zh: "换算成的计量单位", en: "the base unit")
        case .settingName: Bilingual(zh: "设置项的名称", en: "a setting's name")
        case .ruleName: Bilingual(zh: "规则的名称", en: "the rule's name")
        case .overriddenRule: Bilingual(zh: "这条规则取代的评分规则的名称", en: "the scoring rule this one overrides")
        case .ruleSubject: Bilingual(zh: "预算或指标", en: "budget or indicator")
        case .ruleLevel:
            Bilingual(zh: "灯色（红、黄、绿、蓝）或级别（错误、警告、提示）",
                      en: "a light (red, yellow, green, blue) or a severity (error, warning, info)")
        case .whenOrOtherwise: Bilingual(zh: "写 `当 条件` 或 `否则`（英文 `when`、`otherwise`）", en: "`when CONDITION` or `otherwise`")
        case .scenarioName: Bilingual(zh: "情景的名称", en: "the scenario's name")
        case .policyName: Bilingual(zh: "政策的名称（预警、自评评分、执行进度底线）", en: "a policy's name (预警, 自评评分, 执行进度底线)")
        case .importPath: Bilingual(zh: "引号里的文件路径，或 `政策 名称`（`policy`）", en: "a quoted file path or `policy NAME`")
        case .grade: Bilingual(zh: "等级（达成、部分达成或未达成）", en: "a grade: 达成, 部分达成 or 未达成")
        case .cause:
            Bilingual(zh: "偏离原因（经费保障、制度保障、人员保障、硬件条件保障或其他）",
                      en: "a cause: 经费保障, 制度保障, 人员保障, 硬件条件保障 or 其他")
        case .likelihood: Bilingual(zh: "可能性（确定能、有可能或完全不可能）", en: "a likelihood: 确定能, 有可能 or 完全不可能")
        case .yesOrNo: Bilingual(zh: "是或否", en: "yes or no")
        case .closeParen: Bilingual(zh: "与 `(` 配对的 `)`", en: "`)` to close the `(`")
        case .forAfterInput: Bilingual(zh: "要调整的值后面的 `for`（或 `对`）", en: "`for` after the value to change")
        case .assignAfterGoal: Bilingual(zh: "目标后面的 `= 数值`", en: "`= VALUE` after the goal")
        case .assignAfter(let n): Bilingual(zh: "等号 `=`（`\(n) = …`）", en: "`=` after \(n)")
        case .openGroup(let n): Bilingual(zh: "开始分组 \(n) 的 `{`", en: "`{` to open the group \(n)")
        case .openRule: Bilingual(zh: "开始规则各条的 `{`", en: "`{` to open the rule's clauses")
        case .openScenario: Bilingual(zh: "开始情景的 `{`", en: "`{` to open the scenario")
        case .closeCall(let f): Bilingual(zh: "结束 \(f)(…) 的 `)`", en: "`)` to close the call of \(f)")
        case .lineOfBudget(let n): Bilingual(zh: "预算 \(n) 的一行", en: "a line of budget \(n)")
        case .figureOfSource(let n): Bilingual(zh: "资金来源 \(n) 的一个数", en: "a figure of source \(n)")
        case .fieldOfIndicator(let n): Bilingual(zh: "指标 \(n) 的一个字段", en: "a field of indicator \(n)")
        case .levelCount(let w): Bilingual(zh: "报告里说设了几个\(w)指标", en: "how many \(w) indicators the report says it set")
        }
    }
}

/// A block a message says is left open: 指标 甲, 预算 乙, the report header …
public enum SyntaxBlock: Sendable, Hashable {
    case indicator(String), budget(String), source(String), group(String), scenario(String), rule(String)
    case reportHeader

    public var text: Bilingual {
        switch self {
        case .indicator(let n): Bilingual(zh: "指标 \(n)", en: "indicator \(n)")
        case .budget(let n): Bilingual(zh: "预算 \(n)", en: "budget \(n)")
        case .source(let n): Bilingual(zh: "来源 \(n)", en: "source \(n)")
        case .group(let n): Bilingual(zh: "分组 \(n)", en: "group \(n)")
        case .scenario(let n): Bilingual(zh: "情景 \(n)", en: "scenario \(n)")
        case .rule(let n): Bilingual(zh: "规则 \(n)", en: "rule \(n)")
        case .reportHeader: Bilingual(zh: "报告头", en: "the report header")
        }
    }
}
