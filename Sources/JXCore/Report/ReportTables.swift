/// The report as plain tables for the formats people open in Excel or paste into documents
/// (CSV, Markdown): one row per indicator with every computed column, one row per budget,
/// one row per indicator group (its light, weight and score).
/// Cells are plain text; each format escapes them its own way.
///
/// Rates are percent numbers with two decimals and no `%` sign (the header says （%）), so a
/// spreadsheet reads them as numbers; money in a budget row is converted to the unit of its
/// 预算数, named once in 单位, for the same reason; a target's and an actual's number stand
/// apart from their units. The last columns name the department whose file declares the row
/// and the project it belongs to (empty: the department's own), so that one header serves
/// every script and a province's files load into one table.
public enum ReportTables {
    public struct Table: Sendable {
        public var header: [String]
        public var rows: [[String]]
        /// How many of the last columns are for programs only (numbers apart from units, the
        /// department, the project): a document leaves them out.
        public var dataOnly = 0
    }

    public enum Kind: String, CaseIterable, Sendable { case indicators, budgets, groups }

    public static func table(_ kind: Kind, _ r: ReportData) -> Table {
        switch kind {
        case .indicators: indicators(r)
        case .budgets: budgets(r)
        case .groups: groups(r)
        }
    }

    /// The table as a document shows it, without the columns for programs: a format that
    /// shows each project in a section of its own, and figures with their units.
    public static func forReading(_ t: Table) -> Table {
        Table(header: Array(t.header.dropLast(t.dataOnly)), rows: t.rows.map { Array($0.dropLast(t.dataOnly)) })
    }

    static func number(_ e: Exact?) -> String { e?.decimalString(maxDecimals: 2) ?? "" }
    /// A target's or an actual's number, exact, its unit in the next column.
    static func value(_ q: Quantity?) -> String { q?.value.decimalString(maxDecimals: 6) ?? "" }
    static func percent(_ e: Exact?) -> String { ReportData.percent(e) ?? "" }

    public static func indicators(_ r: ReportData) -> Table {
        let header = ["序号", "路径", "一级指标", "二级指标", "三级指标", "类型", "预期指标值", "实际完成值",
                      "完成率（%）", "状态", "预警", "预警说明", "权重", "得分", "全年预计", "预计完成率（%）",
                      "实现可能性", "偏离原因", "原因说明", "报告值", "目标数值", "目标单位", "实际数值", "实际单位", "部门", "项目"]
        let rows = r.indicators.enumerated().map { k, i in
            [String(k + 1), i.path.joined(separator: "/"), i.level1 ?? "", i.level2 ?? "", i.name,
             i.kind?.label ?? "", i.target, i.actual,
             i.status == .pending ? "" : percent(i.completion),
             ReportData.status(i), i.light?.chinese ?? "", i.lightMessage ?? "",
             ReportData.weightText(i) ?? number(i.weight), number(i.score), i.expected.map(ReportData.figure) ?? "", percent(i.expectedCompletion),
             i.likelihood ?? "", i.cause ?? "", i.note ?? "", i.stated ?? "",
             value(i.targetQuantity), i.targetQuantity?.unit.name ?? "", value(i.actualQuantity), i.actualQuantity?.unit.name ?? "",
             i.department ?? "", i.project ?? ""]
        }
        return Table(header: header, rows: rows, dataOnly: 6)
    }

    /// One row per budget, each followed by its funding sources' rows (其中：财政资金 …). The
    /// columns are always all there, so that a spreadsheet or a script reads them by name.
    public static func budgets(_ r: ReportData) -> Table {
        let header = ["序号", "上级预算", "预算", "层级", "资金来源", "单位", "年初预算数", "预算数", "到位资金", "执行数", "全年预计执行数", "拨付",
                      "到位率（%）", "执行率（%）", "预计执行率（%）", "预警", "预警说明", "分值", "得分", "部门", "项目"]
        var rows: [[String]] = []
        for b in r.budgets {
            let unit = b.amount?.unit
            func money(_ q: Quantity?) -> String {
                guard let q else { return "" }
                guard let u = unit, let c = try? q.converted(to: u) else { return q.text() }
                return c.value.decimalString(maxDecimals: 6)
            }
            let sources = zip(b.sources, b.sourceAmounts + Array(repeating: nil, count: max(0, b.sources.count - b.sourceAmounts.count)))
                .map { name, amount in amount.map { "\(name) \($0.text())" } ?? name }
            rows.append([String(rows.count + 1), b.path.dropLast().joined(separator: "/"), b.name, String(b.depth + 1),
                         sources.joined(separator: "；"), unit?.name ?? "",
                         money(b.initial), money(b.amount), money(b.arrived), money(b.executed), money(b.expected), money(b.allocated),
                         percent(b.arrival), percent(b.execution), percent(b.expectedExecution), b.light?.chinese ?? "", b.lightMessage ?? b.blank?.chinese ?? "",
                         number(b.weight), number(b.score), b.department ?? "", b.project ?? ""])
            for s in b.sourceRows {
                rows.append([String(rows.count + 1), b.path.joined(separator: "/"), "其中：" + s.name, String(b.depth + 2), s.name, unit?.name ?? "",
                             money(s.initial), money(s.amount), money(s.arrived), money(s.executed), money(s.expected), "",
                             percent(s.arrival), percent(s.execution), percent(s.expectedExecution), "", s.blank?.chinese ?? "", "", "", b.department ?? "", b.project ?? ""])
            }
        }
        return Table(header: header, rows: rows, dataOnly: 2)
    }

    /// A group's light is the most severe of its indicators' (red, yellow, green, blue), so
    /// a table of indicators alone does not show it. 指标数 counts those under its subgroups too.
    public static func groups(_ r: ReportData) -> Table {
        let header = ["序号", "路径", "分组", "层级", "指标数", "预警", "权重", "得分"]
        let under = IndicatorsUnderPaths(r)
        let rows = r.groups.enumerated().map { k, g in
            [String(k + 1), g.path.joined(separator: "/"), g.name, g.level == 1 ? "一级" : g.level == 2 ? "二级" : "",
             String(under.count(under: g.path)), g.light?.chinese ?? "", number(g.weight), number(g.score)]
        }
        return Table(header: header, rows: rows)
    }
}
