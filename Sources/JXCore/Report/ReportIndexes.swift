/// Each budget row's parts (the rows one level below its path), found once for a report.
/// Filtering every row for each budget made the Chinese report quadratic in the budgets:
/// 100 s for a province of 26,000 budgets.
struct BudgetChildren {
    private let rows: [ReportData.BudgetRow]
    private var byParent: [NamePathKey: [Int]] = [:]

    init(_ r: ReportData) {
        rows = r.budgets
        for (k, b) in rows.enumerated() where !b.path.isEmpty {
            byParent[NamePathKey(Array(b.path.dropLast())), default: []].append(k)
        }
    }

    /// The rows whose path is `b`'s and one name more, in the report's order.
    func of(_ b: ReportData.BudgetRow) -> [ReportData.BudgetRow] {
        (byParent[NamePathKey(b.path)] ?? []).map { rows[$0] }
    }
}

/// Groups' 指标数 (the indicators under a group's path, its subgroups' included), counted
/// once by every prefix of every indicator's path instead of filtering every indicator for
/// each group (2 s for the Markdown report of 10,000 indicators in 3,000 groups).
struct IndicatorsUnderPaths {
    private var counts: [NamePathKey: Int] = [:]

    init(_ r: ReportData) {
        // A group's indicators are written together: each run of one path is counted, and
        // the run added to the path's prefixes once (not each prefix hashed per indicator).
        var path: [String]? = nil
        var run = 0
        func flush() {
            guard let p = path, run > 0 else { return }
            for n in 0...p.count { counts[NamePathKey(Array(p.prefix(n))), default: 0] += run }
        }
        for k in r.indicators.indices {
            if r.indicators[k].path == path {
                run += 1
                continue
            }
            flush()
            path = r.indicators[k].path
            run = 1
        }
        flush()
    }

    func count(under path: [String]) -> Int { counts[NamePathKey(path)] ?? 0 }
}

/// The first group row of each path, for the light shown beside a run of indicators' heading:
/// searching the groups for each heading grew with groups × headings.
struct GroupsByPath {
    private var first: [NamePathKey: Int] = [:]
    private let rows: [ReportData.GroupRow]

    init(_ r: ReportData) {
        rows = r.groups
        for (k, g) in rows.enumerated() where first[NamePathKey(g.path)] == nil { first[NamePathKey(g.path)] = k }
    }

    func group(at path: [String]) -> ReportData.GroupRow? { first[NamePathKey(path)].map { rows[$0] } }
}

/// Rows grouped by a key (a level-1 or level-2 group's name): the keys in the order first
/// seen, each with its rows' indices in order. Filtering every row for each key copied each
/// row once per key, a tenth of the Chinese report.
struct RowsByKey {
    private(set) var groups: [(key: String, rows: [Int])] = []

    init(_ keys: [String]) {
        var at: [NameKey: Int] = [:]
        for (i, k) in keys.enumerated() {
            if let g = at[NameKey(k)] {
                groups[g].rows.append(i)
            } else {
                at[NameKey(k)] = groups.count
                groups.append((k, [i]))
            }
        }
    }
}
