/// Stated scores against computed ones, and a table's rows against its own total: real
/// self-evaluation tables score a 98%-of-98% indicator 19.6 of 20, or do not add up.
extension Judgement {
    func isScoreClaim(_ c: StatedClaim) -> Bool { c.member.flatMap { Member.named($0.text) } == .score }

    func isWeightClaim(_ c: StatedClaim) -> Bool { c.member.flatMap { Member.named($0.text) } == .weight }

    func isTotalClaim(_ c: StatedClaim) -> Bool { ["总分", "total", "得分", "score"].contains(c.member?.text ?? "") }

    func plain(_ e: Exact?) -> Quantity? { e.map { Quantity($0, ev.model.units.lookup("")!) } }

    /// 分 (points) is how tables write scores (`stated 得分 8.5分`); as a unit it would be a count.
    public func points(_ c: StatedClaim) -> StatedClaim {
        var c = c
        if c.value?.unit == "分" { c.value?.unit = "" }
        return c
    }

    public func scoreFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        // The stated rows of each project's table, and (nil) of the department's own.
        var statedRows: [Int?: (sum: Exact, count: Int)] = [:]
        func note(_ c: StatedClaim, _ ref: EntityRef) {
            let p = ev.model.project(of: ref)
            let (sum, count) = statedRows[p] ?? (.zero, 0)
            // A blank cell is not a row of the sum: the table's total is checked without it.
            if let stated = c.value, let v = try? sum.adding(stated.value) { statedRows[p] = (v, count + 1) }
        }
        for i in ev.model.indicators.indices where ev.model.indicators[i].decl.hasStated {
            let ind = ev.model.indicators[i]
            for c in ind.decl.stated where isScoreClaim(c) || isWeightClaim(c) {
                if isScoreClaim(c) { note(c, .indicator(i)) }
                if let f = computedFigure(.indicator(i), c), let d = ev.checkStated(points(c), f, owner: ind.decl.name.text) { out.append(d) }
            }
        }
        for (b, node) in ev.model.budgets.enumerated() {
            for c in node.stated where isScoreClaim(c) || isWeightClaim(c) {
                if isScoreClaim(c) { note(c, .budget(b)) }
                if let f = computedFigure(.budget(b), c), let d = ev.checkStated(points(c), f, owner: node.name.text) { out.append(d) }
            }
        }
        for (g, node) in ev.model.groups.enumerated() {
            if node.isProject {
                out += totalFindings(node.stated, project: g, rows: statedRows[g])
                continue
            }
            for c in node.stated {
                guard let f = computedFigure(.group(g), c) else {
                    out.append(ev.unknownStated(c, of: .group, among: [.score, .weight]))
                    continue
                }
                if let d = ev.checkStated(points(c), f, owner: node.name.text) { out.append(d) }
                guard isScoreClaim(c) else { continue }
                // The table's own arithmetic: the stated rows under the group against its stated score.
                let rows = statedScores(underGroup: g)
                if rows.count > 0, let sum = rows.sum, let value = c.value, !sum.roundsAlike(value.value, decimals: value.decimals) {
                    out.append(Diagnostic(.warning, DiagnosticCode.scoreRows,
                                          .rules(.scoring(.scoreRowsUnder(node.name.text, sum: sum.decimalString(maxDecimals: 4), stated: ev.sourceText(value.span)))),
                                          at: value.span, hint: .rules(.scoring(.tableDoesNotAddUp))))
                }
            }
        }
        out += totalFindings(ev.model.report.stated, project: nil, rows: statedRows[nil])
        out += incompleteFindings()
        return out
    }

    /// A table's stated total (总分) against the computed one and against its own rows: of a
    /// project, or (nil) of the report's own part.
    func totalFindings(_ claims: [StatedClaim], project: Int?, rows: (sum: Exact, count: Int)?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for c in claims {
            guard isTotalClaim(c) else {
                out.append(Diagnostic(.error, DiagnosticCode.unknownName, .rules(.scoring(.statesOnlyTotal(project: project.map { ev.model.groups[$0].name.text }, member: c.member?.text ?? ""))),
                                      at: c.member?.span ?? c.span, hint: .rules(.scoring(.statesOnlyTotalHint))))
                continue
            }
            if let d = ev.checkStated(points(c), totalFigure(project: project), owner: project.map { .project(ev.model.groups[$0].name.text) } ?? .report) { out.append(d) }
            if let rows, rows.count > 0, let value = c.value, !rows.sum.roundsAlike(value.value, decimals: value.decimals) {
                out.append(Diagnostic(.warning, DiagnosticCode.scoreRows,
                                      .rules(.scoring(.tableScoreRows(sum: rows.sum.decimalString(maxDecimals: 4), stated: ev.sourceText(value.span)))),
                                      at: value.span, hint: .rules(.scoring(.tableDoesNotAddUp))))
            }
        }
        return out
    }

    /// Stated scores of the indicators and subgroups under a group (subgroups' own stated
    /// score stands for their rows).
    func statedScores(underGroup g: Int) -> (count: Int, sum: Exact?) {
        var total = Exact.zero
        var n = 0
        for i in ev.model.groups[g].indicators {
            for c in ev.model.indicators[i].decl.stated where isScoreClaim(c) {
                if let stated = c.value, let v = try? total.adding(stated.value) { total = v; n += 1 }
            }
        }
        for sub in ev.model.groups[g].children {
            if let c = ev.model.groups[sub].stated.first(where: isScoreClaim), let stated = c.value {
                if let v = try? total.adding(stated.value) { total = v; n += 1 }
            } else {
                let (k, s) = statedScores(underGroup: sub)
                if k > 0, let s, let v = try? total.adding(s) { total = v; n += k }
            }
        }
        return (n, n > 0 ? total : nil)
    }
}
