/// Keywords are contextual: a word is a keyword only where the grammar expects one,
/// so names stay free. Each has an English spelling and Chinese aliases.
public enum Keyword: String, CaseIterable, Sendable {
    case indicator, target, actual, stated, rate, grade, weight, expected, cause, likelihood, note, prorate
    case budget, amount, initial, arrived, executed, spent, allocated, source, from
    case report, department, year, node
    case declared, letKw = "let", unit, rule, assert, scenario, importKw = "import", group, project, set
    case pending, elapsed, done, deadline, blank
    case and, or, not, when, otherwise, forKw = "for", each, inKw = "in", whereKw = "where"
    case policy, overrides

    /// Every spelling of the keyword; the first is canonical. `jx fmt` keeps the spelling
    /// the analyst wrote (a Chinese script stays Chinese).
    public var spellings: [String] {
        switch self {
        case .indicator: ["indicator", "指标"]
        case .target: ["target", "目标", "目标值", "预期指标值", "指标值", "年度指标值"]
        case .actual: ["actual", "实际", "实际值", "实际完成值", "完成值"]
        case .stated: ["stated", "报告值", "填报"]
        case .rate: ["rate", "评定", "评定完成率"]
        case .grade: ["grade", "等级"]
        case .weight: ["weight", "权重", "分值"]
        case .expected: ["expected", "预计", "全年预计", "全年预计执行数"]
        case .cause: ["cause", "偏离原因"]
        case .likelihood: ["likelihood", "可能性"]
        case .note: ["note", "说明"]
        case .prorate: ["prorate", "按进度"]
        case .budget: ["budget", "预算"]
        case .amount: ["amount", "预算数", "全年预算数"]
        case .initial: ["initial", "年初预算", "年初预算数"]
        case .arrived: ["arrived", "到位", "到位资金", "到位数"]
        case .executed: ["executed", "执行", "执行数"]
        case .spent: ["spent", "支出"]
        case .allocated: ["allocated", "拨付"]
        case .source: ["source", "来源", "资金来源"]
        case .from: ["from", "来自"]
        case .report: ["report", "报告"]
        case .department: ["department", "单位", "部门"]
        case .year: ["year", "年度", "年份"]
        case .node: ["node", "监控节点"]
        case .declared: ["declared", "声明"]
        case .letKw: ["let", "设"]
        case .unit: ["unit", "计量单位"]
        case .rule: ["rule", "规则"]
        case .assert: ["assert", "断言"]
        case .scenario: ["scenario", "情景"]
        case .importKw: ["import", "导入"]
        case .group: ["group", "分组"]
        case .project: ["project", "项目"]
        case .set: ["set", "设置"]
        case .pending: ["pending", "未达监控节点"]
        case .elapsed: ["elapsed", "按时间进度"]
        case .done: ["done", "已完成"]
        case .deadline: ["deadline", "截止"]
        case .blank: ["blank", "未填"]
        case .and: ["and", "且"]
        case .or: ["or", "或"]
        case .not: ["not", "非"]
        case .when: ["when", "当"]
        case .otherwise: ["otherwise", "否则"]
        case .forKw: ["for", "对"]
        case .each: ["each", "每个"]
        case .inKw: ["in", "属于"]
        case .whereKw: ["where", "满足"]
        case .policy: ["policy", "政策"]
        case .overrides: ["overrides", "取代"]
        }
    }

    public var canonical: String { spellings[0] }

    static let table: [String: Keyword] = {
        var t: [String: Keyword] = [:]
        for k in Keyword.allCases { for s in k.spellings { t[s] = k } }
        return t
    }()

    public static func named(_ word: String) -> Keyword? { table[word] }

    /// Every spelling by its UTF-8 bytes (all spellings are plain text: ASCII or CJK).
    static let byteTable = ByteTable(Keyword.allCases.flatMap { k in k.spellings.map { ($0, k) } })
}
