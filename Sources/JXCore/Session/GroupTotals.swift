/// Group lights and scores, and the total score, kept up to date by differences: a group's
/// light is the worst light of the indicators under it, its score their sum, so a change
/// of one indicator moves counts and sums along its ancestors only. Asking the evaluator
/// instead (`groupLight`, `totalScore`) walks every indicator: fine for a report, too slow
/// for a million indicators after every change.
struct GroupTotals {
    /// Per group, how many indicators under it have each light (by `Light.rank`).
    var lights: [[Int]] = []
    var scores: [Exact] = []
    var scored: [Int] = []
    var total = Exact.zero
    var totalScored = 0
    /// False after an overflow: rebuilt from the evaluator before the next use.
    var valid = false

    mutating func build(_ ev: Evaluator) {
        let m = ev.model.groups.count
        lights = Array(repeating: [0, 0, 0, 0], count: m)
        scores = Array(repeating: .zero, count: m)
        scored = Array(repeating: 0, count: m)
        total = .zero
        totalScored = 0
        valid = true
        for i in ev.model.indicators.indices {
            let v = ev.verdict(.indicator(i))
            add(group: ev.model.indicators[i].group, light: v.light, score: v.score, sign: 1, ev.model.groups)
        }
        for b in ev.model.budgets.indices where ev.model.budgets[b].project == nil {
            addTotal(ev.verdict(.budget(b)).score, sign: 1)
        }
    }

    mutating func add(group: Int?, light: Light?, score: Exact?, sign: Int, _ groups: [GroupNode]) {
        var g = group
        var steps = 0
        // The total is the department's own: a project's indicators count in the project's.
        var inProject = false
        while let gi = g, gi >= 0, gi < lights.count, gi < groups.count, steps <= groups.count {
            if groups[gi].isProject { inProject = true }
            if let l = light { lights[gi][l.rank] += sign }
            if let s = score {
                if let v = try? (sign > 0 ? scores[gi].adding(s) : scores[gi].subtracting(s)) { scores[gi] = v } else { valid = false }
                scored[gi] += sign
            }
            g = groups[gi].parent
            steps += 1
        }
        if !inProject { addTotal(score, sign: sign) }
    }

    mutating func addTotal(_ score: Exact?, sign: Int) {
        guard let s = score else { return }
        if let v = try? (sign > 0 ? total.adding(s) : total.subtracting(s)) { total = v } else { valid = false }
        totalScored += sign
    }

    func light(_ g: Int) -> Light? {
        guard g >= 0, g < lights.count else { return nil }
        for l in Light.allCases.reversed() where lights[g][l.rank] > 0 { return l }
        return nil
    }

    func score(_ g: Int) -> Exact? {
        guard g >= 0, g < scores.count, scored[g] > 0 else { return nil }
        return scores[g]
    }

    var totalScore: Exact? { totalScored > 0 ? total : nil }

    /// A group and its ancestors, nearest first.
    static func ancestors(_ group: Int?, _ groups: [GroupNode]) -> [Int] {
        var out: [Int] = []
        var g = group
        while let gi = g, gi >= 0, gi < groups.count, out.count <= groups.count {
            out.append(gi)
            g = groups[gi].parent
        }
        return out
    }
}
