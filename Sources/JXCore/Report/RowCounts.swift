/// How many indicators have each status and light, and budgets each light: what the
/// summaries count. Counted in one pass with each row read in place; counting with a
/// closure per status or light handed every row to it as a copy (a row is some thirty
/// fields), several times over.
public struct RowCounts: Sendable {
    private var byStatus = [Int](repeating: 0, count: 5)
    /// By `Light.rank`.
    private var indicatorsLit = [Int](repeating: 0, count: 4), budgetsLit = [Int](repeating: 0, count: 4)
    /// How many rows were counted.
    public let indicators: Int, budgets: Int

    public init(_ r: ReportData) {
        indicators = r.indicators.count
        budgets = r.budgets.count
        for k in r.indicators.indices {
            if let s = r.indicators[k].status { byStatus[RowCounts.slot(s)] += 1 }
            if let l = r.indicators[k].light { indicatorsLit[l.rank] += 1 }
        }
        for k in r.budgets.indices {
            if let l = r.budgets[k].light { budgetsLit[l.rank] += 1 }
        }
    }

    private static func slot(_ s: Status) -> Int {
        switch s {
        case .met: 0
        case .unmet: 1
        case .pending: 2
        case .blank: 3
        case .unverifiable: 4
        }
    }

    public func count(_ s: Status) -> Int { byStatus[RowCounts.slot(s)] }

    public var indicatorLights: [Light: Int] { RowCounts.tally(indicatorsLit) }
    public var budgetLights: [Light: Int] { RowCounts.tally(budgetsLit) }
    /// Every light's count, indicators' and budgets' together.
    public var lights: [Light: Int] { RowCounts.tally(zip(indicatorsLit, budgetsLit).map(+)) }

    private static func tally(_ byRank: [Int]) -> [Light: Int] {
        var out: [Light: Int] = [:]
        for l in Light.allCases where byRank[l.rank] > 0 { out[l] = byRank[l.rank] }
        return out
    }
}
