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
        if c.value.unit == "分" { c.value.unit = "" }
        return c
    }

    public func scoreFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        var statedRows = Exact.zero
        var rowCount = 0
        func note(_ c: StatedClaim) {
            if let v = try? statedRows.adding(c.value.value) { statedRows = v; rowCount += 1 }
        }
        for i in ev.model.indicators.indices where ev.model.indicators[i].decl.hasStated {
            let ind = ev.model.indicators[i]
            for c in ind.decl.stated where isScoreClaim(c) || isWeightClaim(c) {
                if isScoreClaim(c) { note(c) }
                if let f = computedFigure(.indicator(i), c), let d = ev.checkStated(points(c), f, owner: ind.decl.name.text) { out.append(d) }
            }
        }
        for (b, node) in ev.model.budgets.enumerated() {
            for c in node.stated where isScoreClaim(c) || isWeightClaim(c) {
                if isScoreClaim(c) { note(c) }
                if let f = computedFigure(.budget(b), c), let d = ev.checkStated(points(c), f, owner: node.name.text) { out.append(d) }
            }
        }
        for (g, node) in ev.model.groups.enumerated() {
            for c in node.stated {
                guard let f = computedFigure(.group(g), c) else {
                    out.append(ev.unknownStated(c, of: "group", among: [.score, .weight], listed: "得分 or 权重"))
                    continue
                }
                if let d = ev.checkStated(points(c), f, owner: node.name.text) { out.append(d) }
                guard isScoreClaim(c) else { continue }
                // The table's own arithmetic: the stated rows under the group against its stated score.
                let rows = statedScores(underGroup: g)
                if rows.count > 0, let sum = rows.sum, sum.rounded(c.value.decimals) != c.value.value.rounded(c.value.decimals) {
                    out.append(Diagnostic(.warning, "W-score-rows", "the stated scores under \(node.name.text) add up to \(sum.decimalString(maxDecimals: 4)), not to its stated \(ev.sourceText(c.value.span))", at: c.value.span,
                                          hint: "the table does not add up; one of its rows or its total is wrong"))
                }
            }
        }
        for c in ev.model.report.stated {
            guard isTotalClaim(c) else {
                out.append(Diagnostic(.error, "E-unknown-name", "a report states 总分, not \(c.member?.text ?? "")", at: c.member?.span ?? c.span, hint: "stated 总分 92.5"))
                continue
            }
            if let d = ev.checkStated(points(c), totalFigure(), owner: "the report") { out.append(d) }
            if rowCount > 0, statedRows.rounded(c.value.decimals) != c.value.value.rounded(c.value.decimals) {
                out.append(Diagnostic(.warning, "W-score-rows", "the table's stated scores add up to \(statedRows.decimalString(maxDecimals: 4)), not to its stated total \(ev.sourceText(c.value.span))", at: c.value.span,
                                      hint: "the table does not add up; one of its rows or its total is wrong"))
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
                if let v = try? total.adding(c.value.value) { total = v; n += 1 }
            }
        }
        for sub in ev.model.groups[g].children {
            if let c = ev.model.groups[sub].stated.first(where: isScoreClaim) {
                if let v = try? total.adding(c.value.value) { total = v; n += 1 }
            } else {
                let (k, s) = statedScores(underGroup: sub)
                if k > 0, let s, let v = try? total.adding(s) { total = v; n += k }
            }
        }
        return (n, n > 0 ? total : nil)
    }
}
