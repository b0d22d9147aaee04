/// A department's report in its parts: its own (部门整体) budgets and indicators, then each
/// project's. Every renderer shows the parts apart, each with its own totals, so that two
/// projects' indicators are never one list and one project's blank never hides in another's
/// total.
extension ReportData {
    public struct Part: Sendable {
        /// nil: the department's own part.
        public var project: String?
        /// The project's place in the model (two departments' projects may share a name).
        public var index: Int?
        /// The file, where another file has a project of the same name.
        public var file: String?
        public var budgets: [BudgetRow]
        public var indicators: [IndicatorRow]
        public var groups: [GroupRow]
        public var light: Light?
        public var totalScore: Exact?
        public var rating: String?
        public var declared: [(level: Int, declared: Int, listed: Int)]
        /// The scores its total lacks: incomplete when any.
        public var missing: [MissingScore] = []
        /// The 总分 its table states, beside the computed one.
        public var stated: [StatedFigure] = []
    }

    /// The department's part (when it holds anything, or when there is no project), then
    /// every project, in the order written.
    public var parts: [Part] {
        let own = Part(project: nil, index: nil, file: nil, budgets: budgets.filter { $0.project == nil }, indicators: indicators.filter { $0.project == nil },
                       groups: groups.filter { $0.project == nil }, light: nil, totalScore: totalScore, rating: rating, declared: declared, missing: totalMissing, stated: totalStated)
        guard !projects.isEmpty else { return [own] }
        var out: [Part] = []
        if !own.budgets.isEmpty || !own.indicators.isEmpty || own.totalScore != nil || !own.missing.isEmpty { out.append(own) }
        // Each project's rows, sorted out in one pass (not one pass per project).
        var rows: [Int: (budgets: [BudgetRow], indicators: [IndicatorRow], groups: [GroupRow])] = [:]
        for b in budgets { if let p = b.projectIndex { rows[p, default: ([], [], [])].budgets.append(b) } }
        for i in indicators { if let p = i.projectIndex { rows[p, default: ([], [], [])].indicators.append(i) } }
        for g in groups { if let p = g.projectIndex { rows[p, default: ([], [], [])].groups.append(g) } }
        for p in projects {
            let mine = rows[p.index] ?? ([], [], [])
            out.append(Part(project: p.name, index: p.index, file: p.file, budgets: mine.budgets, indicators: mine.indicators, groups: mine.groups,
                            light: p.light, totalScore: p.totalScore, rating: p.rating, declared: p.declared, missing: p.missing, stated: p.stated))
        }
        return out
    }

    /// A part as a report of its own: its rows and totals, the rest of the report's header.
    public func only(_ part: Part) -> ReportData {
        var r = self
        r.budgets = part.budgets
        r.indicators = part.indicators
        r.groups = part.groups
        r.totalScore = part.totalScore
        r.rating = part.rating
        r.totalMissing = part.missing
        r.totalStated = part.stated
        r.declared = part.declared
        r.projects = []
        r.project = part.project
        return r
    }

    /// How a part is headed where the report has projects: `项目：高标准农田建设`, or the
    /// department's own part.
    public static func heading(of part: Part) -> String {
        part.project.map { "项目：\($0)" + (part.file.map { "（\($0)）" } ?? "") } ?? "部门整体"
    }
}
