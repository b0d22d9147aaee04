/// The checks an auditor makes of a self-evaluation table, each a warning that gives the
/// figures: the level-1 weights (and the budget rows' 分值) of a table add up to 100, no row
/// or group scores above its weight, no total above 100, and a judged grade lies in the band
/// of its rate. (A group's contents against its weight is `weightFindings`' W-weights; stated
/// scores against computed ones are `scoreFindings`'.)
extension Judgement {
    public func auditFindings() -> [Diagnostic] {
        var out = weightSumFindings()
        out += budgetPartWeightFindings()
        out += overWeightFindings()
        out += totalOverHundredFindings()
        out += gradeBandFindings()
        out += blockFindings()
        return out
    }

    /// The tables (the department's own part, and each project) whose weights the script
    /// writes: their level-1 groups' and top-level budgets' weights must add up to 100. A
    /// table scored only by a policy's weights is not checked (the policy's add up; a script
    /// that types only some groups of a table is not a table with wrong weights).
    func weightSumFindings() -> [Diagnostic] {
        let m = ev.model
        var out: [Diagnostic] = []
        let projects: [Int?] = [nil] + m.projects.map(Optional.some)
        for p in projects {
            let groups = ev.tables.topGroups(of: p), budgets = ev.tables.topBudgets(of: p)
            let written = groups.contains { m.groups[$0].weight != nil } || budgets.contains { m.budgets[$0].weight != nil }
            guard written, !groups.isEmpty else { continue }
            var total = Exact.zero
            var parts: [String] = []
            var known = true
            for g in groups {
                guard let w = groupWeight(g), let t = try? total.adding(w) else { known = false; break }
                total = t
                parts.append("\(m.groups[g].name.text) \(w.decimalString(maxDecimals: 2))")
            }
            for b in budgets where known {
                guard let w = budgetWeight(b) else { continue }
                guard let t = try? total.adding(w) else { known = false; break }
                total = t
                parts.append("\(m.budgets[b].name.text) \(w.decimalString(maxDecimals: 2))")
            }
            guard known, total != .hundred else { continue }
            let at = p.map { m.groups[$0].name.span } ?? m.groups[groups[0]].name.span
            let sum = parts.joined(separator: " + ")
            let shown = total.decimalString(maxDecimals: 2)
            out.append(Diagnostic(.warning, DiagnosticCode.weightsSum, .rules(.audit(.weightsSum(sum: sum, total: shown))), at: at,
                                  hint: .rules(.audit(.weightsSumHint))))
        }
        return out
    }

    /// A budget row's 分值 against its parts' (基本支出 4 + 项目支出 6 under 资金 10), when
    /// every part has one: a table's sub-rows share their row's points.
    func budgetPartWeightFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (b, node) in ev.model.budgets.enumerated() where !node.children.isEmpty {
            guard let whole = budgetWeight(b) else { continue }
            var parts = Exact.zero
            var all = true
            for c in node.children {
                guard let w = ev.model.budgets[c].weight.flatMap(plainNumber), let t = try? parts.adding(w) else { all = false; break }
                parts = t
            }
            guard all, parts != whole else { continue }
            let p = parts.decimalString(maxDecimals: 4), w = whole.decimalString(maxDecimals: 4)
            out.append(Diagnostic(.warning, DiagnosticCode.weights, .rules(.audit(.partWeights(node.name.text, parts: p, whole: w))),
                                  at: node.weight?.span ?? node.name.span, hint: .rules(.audit(.partWeightsHint))))
        }
        return out
    }

    /// A score above the weight it is out of: of an indicator, a budget row or a group, the
    /// one the table states (else the computed one).
    func overWeightFindings() -> [Diagnostic] {
        let m = ev.model
        var out: [Diagnostic] = []
        func check(_ name: String, stated: [StatedClaim], computed: Exact?, weight: Exact?, at span: Span) {
            guard let weight else { return }
            let claim = stated.first(where: isScoreClaim).map(points)
            let (score, where_): (Exact?, Span) = claim.map { ($0.value?.value, $0.valueSpan) } ?? (computed, span)
            guard let score, weight < score else { return }
            let s = score.decimalString(maxDecimals: 4), w = weight.decimalString(maxDecimals: 4)
            out.append(Diagnostic(.warning, DiagnosticCode.scoreOverWeight, .rules(.audit(.scoreOverWeight(name, score: s, stated: claim != nil, weight: w))),
                                  at: where_, hint: .rules(.audit(.scoreOverWeightHint))))
        }
        for i in m.indicators.indices {
            let d = m.indicators[i].decl
            check(d.name.text, stated: d.stated, computed: score(.indicator(i)), weight: indicatorWeight(i), at: d.name.span)
        }
        for (b, node) in m.budgets.enumerated() {
            check(node.name.text, stated: node.stated, computed: score(.budget(b)), weight: budgetWeight(b), at: node.name.span)
        }
        for (g, node) in m.groups.enumerated() where !node.isProject {
            check(node.name.text, stated: node.stated, computed: groupScore(g), weight: groupWeight(g), at: node.name.span)
        }
        return out
    }

    /// A total above 100: the stated 总分 of a table, else the computed one.
    func totalOverHundredFindings() -> [Diagnostic] {
        let m = ev.model
        var out: [Diagnostic] = []
        let tables: [(Int?, [StatedClaim], Span?)] = [(nil, m.report.stated, m.report.span)]
            + m.groups.indices.filter { m.groups[$0].isProject }.map { ($0, m.groups[$0].stated, m.groups[$0].name.span) }
        for (p, stated, span) in tables {
            let claim = stated.first(where: isTotalClaim).map(points)
            let total = claim?.value?.value ?? totalScore(project: p)
            guard let total, Exact.hundred < total else { continue }
            let owner = p.map { m.groups[$0].name.text } ?? (m.report.title.isEmpty ? nil : m.report.title)
            let shown = total.decimalString(maxDecimals: 4)
            out.append(Diagnostic(.warning, DiagnosticCode.totalOver100, .rules(.audit(.totalOver100(owner: owner, total: shown, computed: claim == nil))),
                                  at: claim?.valueSpan ?? span, hint: .rules(.audit(.totalOver100Hint))))
        }
        return out
    }

    /// `grade 达成 rate 60%`: a judged grade outside the band its rate falls in (达成 from
    /// 达成下限, 部分达成 from 部分达成下限), which the scoring would otherwise take at its word.
    func gradeBandFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let full = ev.constantRatio("达成下限", percent: 80), part = ev.constantRatio("部分达成下限", percent: 60)
        for i in ev.model.indicators.indices {
            let d = ev.model.indicators[i].decl
            guard let written = d.grade, d.rate != nil, let r = ev.indicator(i), let g = r.grade, let rate = r.completion else { continue }
            let band: Grade = rate >= full ? .achieved : rate >= part ? .partial : .notAchieved
            guard band != g else { continue }
            let pct = { (x: Exact) in Evaluator.percent(x, ev.model.units).text() }
            let range: String
            switch g {
            case .achieved: range = "≥ \(pct(full))"
            case .partial: range = "\(pct(part)) – \(pct(full))"
            case .notAchieved: range = "< \(pct(part))"
            }
            out.append(Diagnostic(.warning, DiagnosticCode.gradeBand,
                                  .rules(.audit(.gradeBand(d.name.text, grade: g.rawValue, range: range, rate: pct(rate), band: band.rawValue))),
                                  at: written.span, hint: .rules(.audit(.gradeBandHint(band: band.rawValue)))))
        }
        return out
    }
}
