/// The tables of a model, each the department's own part (nil) or one project, and what
/// sits at the top of each: its top-level budgets, all its budgets, its level-1 groups.
/// Scoring, the audit and the report ask this for every project; a scan of every budget
/// and group for each would be quadratic in a department of many projects.
public struct ModelTables: Sendable {
    private var topBudgets: [Int?: [Int]] = [:]
    private var allBudgets: [Int?: [Int]] = [:]
    private var topGroups: [Int?: [Int]] = [:]
    /// The projects' blocks, sorted by file and start (they do not nest or overlap).
    private var blocks: [(file: Int, start: Int, end: Int, project: Int)] = []

    public init(_ m: Model) {
        for (b, node) in m.budgets.enumerated() {
            allBudgets[node.project, default: []].append(b)
            if node.parent == nil { topBudgets[node.project, default: []].append(b) }
        }
        for (g, node) in m.groups.enumerated() where !node.isProject {
            // A group directly in a project, or (nil) outside every project at the top.
            guard let p = node.parent else { topGroups[nil, default: []].append(g); continue }
            if p >= 0, p < m.groups.count, m.groups[p].isProject { topGroups[p, default: []].append(g) }
        }
        for p in m.projects where p >= 0 && p < m.groups.count {
            if let b = m.groups[p].blockSpan { blocks.append((b.file, b.start, b.end, p)) }
        }
        blocks.sort { ($0.file, $0.start, $0.project) < ($1.file, $1.start, $1.project) }
    }

    /// `Model.project(at:)`, by a binary search of the projects' blocks.
    public func project(at span: Span) -> Int? {
        var lo = 0, hi = blocks.count
        // The first block starting after `span`; the one before it is the only candidate.
        while lo < hi {
            let mid = (lo + hi) / 2
            if (blocks[mid].file, blocks[mid].start) <= (span.file, span.start) { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let b = blocks[lo - 1]
        return b.file == span.file && b.start <= span.start && span.end <= b.end ? b.project : nil
    }

    /// The budgets at the top of a table, in the order written.
    public func topBudgets(of table: Int?) -> [Int] { topBudgets[table] ?? [] }

    /// Every budget of a table, at any depth, in the order written.
    public func budgets(of table: Int?) -> [Int] { allBudgets[table] ?? [] }

    /// The groups at the top of a table (a project's are those directly inside it).
    public func topGroups(of table: Int?) -> [Int] { topGroups[table] ?? [] }
}
