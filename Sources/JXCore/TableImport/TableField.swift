/// The figures and labels the importer knows how to place in a script, by the section of
/// the table they belong to. A column map (`ColumnMap`) says which headers mean each one;
/// the names here are the keys a map file writes.
public enum TableField: String, CaseIterable, Sendable {
    // [项目]: a label cell with its value to the right.
    case projectName = "项目名称", department = "主管部门", unit = "实施单位", year = "年度"
    // [预算]: the columns of the funds block.
    case initialBudget = "年初预算数", adjustedBudget = "调整后预算数", executed = "执行数"
    case executionRate = "执行率", expectedExecuted = "全年预计执行数"
    case budgetWeight = "预算分值", budgetScore = "预算得分"
    // [预算行]: the rows of the funds block, by their label.
    case totalRow = "总额", sourceRow = "来源"
    // [指标]: the columns of the indicator table.
    case level1 = "一级指标", level2 = "二级指标", level3 = "三级指标"
    case comparator = "指标性质", target = "指标值", measure = "度量单位", actual = "实际完成值"
    case expected = "全年预计", cause = "偏差原因", likelihood = "完成可能性", explanation = "原因说明"
    case weight = "分值", score = "得分"
    // [合计]: the row of the total score.
    case totalScore = "总分"

    public enum Section: String, CaseIterable, Sendable {
        case project = "项目", budget = "预算", budgetRows = "预算行", indicators = "指标"
        case causes = "偏差原因", likelihoods = "可能性", total = "合计"
    }

    public var section: Section {
        switch self {
        case .projectName, .department, .unit, .year: .project
        case .initialBudget, .adjustedBudget, .executed, .executionRate, .expectedExecuted, .budgetWeight, .budgetScore: .budget
        case .totalRow, .sourceRow: .budgetRows
        case .level1, .level2, .level3, .comparator, .target, .measure, .actual, .expected, .cause, .likelihood, .explanation, .weight, .score: .indicators
        case .totalScore: .total
        }
    }

    /// The key as a map writes it within its section (`[预算]` writes 分值, not 预算分值).
    public var key: String {
        switch self {
        case .budgetWeight: "分值"
        case .budgetScore: "得分"
        default: rawValue
        }
    }

    public static func field(section: Section, key: String) -> TableField? {
        allCases.first { $0.section == section && $0.key == key }
    }

    /// The causes of a deviation and the likelihoods of a target, as jx names them
    /// (`cause 经费保障`, `likelihood 有可能`); a table ticks one column of each.
    public static let causes = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]
    public static let likelihoods = ["确定能", "有可能", "完全不可能"]
}

/// Which kind of table: the mid-year monitoring table or the year-end self-evaluation.
public enum TableTemplate: String, CaseIterable, Sendable {
    case monitoring = "监控表"
    case selfEvaluation = "自评表"
}
