/// The columns of a budget table as the tables analysts fill in print them (年初预算数,
/// 全年预算数, 1-6月执行数, 全年预计执行数, 分值, 得分): a column only when some row has a figure
/// for it, so a monitoring report without forecasts keeps its short table and a
/// self-evaluation's has no 到位资金. The text and
/// HTML reports lay their tables out by it; a budget's funding-source rows (其中：…) share
/// its columns.
struct BudgetColumns {
    let initial: Bool
    /// 到位资金 and 到位率: a self-evaluation table prints neither.
    let arrived: Bool
    let expected: Bool
    let scored: Bool
    /// `1-6月执行数` at a node that ends a month, `全年执行数` at the year's end.
    let executedHeading: String

    init(_ r: ReportData) {
        initial = r.budgets.contains { $0.initial != nil || $0.sourceRows.contains { $0.initial != nil } }
        arrived = r.budgets.contains { $0.arrived != nil || $0.sourceRows.contains { $0.arrived != nil } }
        expected = r.budgets.contains { $0.expected != nil || $0.sourceRows.contains { $0.expected != nil } }
        scored = r.budgets.contains { $0.weight != nil || $0.score != nil }
        executedHeading = ChineseDate.executedHeading(r.node)
    }

    var header: [String] {
        var h = ["预算"]
        if initial { h.append("年初预算数") }
        h.append(initial ? "全年预算数" : "预算数")
        if arrived { h.append("到位资金") }
        h.append(executedHeading)
        if expected { h.append("全年预计执行数") }
        if arrived { h.append("到位率") }
        h.append("执行率")
        if expected { h.append("预计执行率") }
        if scored { h += ["分值", "得分"] }
        return h
    }

    static func money(_ q: Quantity?) -> String { q?.text() ?? ShownText.none }

    func cells(_ b: ReportData.BudgetRow, name: String) -> [String] {
        row(name, initial: b.initial, amount: b.amount, arrived: b.arrived, executed: b.executed, expected: b.expected,
            arrival: b.arrival, execution: b.execution, expectedExecution: b.expectedExecution,
            weight: ShownText.score(b.weight), score: ShownText.score(b.score))
    }

    /// A source's row: no weight or score of its own.
    func cells(_ s: ReportData.SourceRow, name: String) -> [String] {
        row(name, initial: s.initial, amount: s.amount, arrived: s.arrived, executed: s.executed, expected: s.expected,
            arrival: s.arrival, execution: s.execution, expectedExecution: s.expectedExecution, weight: "", score: "")
    }

    private func row(_ name: String, initial i: Quantity?, amount: Quantity?, arrived: Quantity?, executed: Quantity?, expected e: Quantity?,
                     arrival: Exact?, execution: Exact?, expectedExecution: Exact?, weight: String, score: String) -> [String] {
        var c = [name]
        if initial { c.append(BudgetColumns.money(i)) }
        c.append(BudgetColumns.money(amount))
        if self.arrived { c.append(BudgetColumns.money(arrived)) }
        c.append(BudgetColumns.money(executed))
        if expected { c.append(BudgetColumns.money(e)) }
        if self.arrived { c.append(ShownText.percent(arrival)) }
        c.append(ShownText.percent(execution))
        if expected { c.append(ShownText.percent(expectedExecution)) }
        if scored { c += [weight, score] }
        return c
    }
}
