/// Consistency checks of a report against itself: stated figures against computed ones
/// (at the precision they are written in), declared indicator counts against those
/// listed, and breakdowns that must add up. A real report has slips: these are warnings.
extension Evaluator {
    public func consistencyFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in model.budgets.indices { out.append(contentsOf: budgetFindings(i)) }
        for i in model.indicators.indices where model.indicators[i].decl.hasStated { out.append(contentsOf: indicatorFindings(i)) }
        out.append(contentsOf: declaredFindings())
        out.append(contentsOf: blankFindings())
        return out
    }

    func budgetFindings(_ i: Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let node = model.budgets[i]
        guard let r = budget(i) else { return out }
        let name = node.name.text
        for c in node.stated {
            guard let m = c.member.flatMap({ Member.named($0.text) }) else {
                out.append(unknownStated(c, of: .budget, among: Evaluator.budgetMembers))
                continue
            }
            // Scores and weights are the judge's: checked with the other scores.
            if m == .score || m == .weight { continue }
            guard let f = budgetFigure(r, m) else {
                out.append(unknownStated(c, of: .budget, among: Evaluator.budgetMembers))
                continue
            }
            if let d = checkStated(c, f, owner: .budget(name)) { out.append(d) }
        }
        for (k, source) in node.sources.enumerated() where k < r.sources.count {
            for c in source.stated {
                guard let m = c.member.flatMap({ Member.named($0.text) }), let f = sourceFigure(r.sources[k], m) else {
                    out.append(unknownStated(c, of: .source, among: Evaluator.sourceMembers))
                    continue
                }
                if let d = checkStated(c, f, owner: .source(source.name.text, budget: name)) { out.append(d) }
            }
        }
        // Child budgets should add up to the parent's amount.
        if let a = r.amount, !node.children.isEmpty {
            let parts = node.children.compactMap { budget($0)?.amount }
            if parts.count == node.children.count, let s = sum(parts, in: a.unit), s.value != a.value {
                let names = node.children.map { model.budgets[$0].name.text }.joined(separator: "、")
                let gap = ((try? a.value.subtracting(s.value)) ?? .zero).decimalString() + a.unit.name
                out.append(Diagnostic(.warning, .breakdown, .checks(.partsDoNotAddUp(budget: name, parts: names, sum: s.text(), amount: a.text())),
                                      at: node.name.span, hint: .checks(.partsDoNotAddUpHint(difference: gap))))
            }
        }
        if node.initial != nil, let a = r.initial, !node.children.isEmpty {
            let parts = node.children.compactMap { budget($0)?.initial }
            if parts.count == node.children.count, let s = sum(parts, in: a.unit), s.value != a.value {
                out.append(Diagnostic(.warning, .breakdown, .checks(.partsInitialDoNotAddUp(budget: name, sum: s.text(), initial: a.text())),
                                      at: node.name.span, hint: .checks(.partMissingOrWrong)))
            }
        }
        out.append(contentsOf: sourceSums(node, r))
        // An explicit 执行数 next to spending lines must agree with them.
        if node.executed != nil, let x = r.executed, !node.spends.isEmpty || !node.children.isEmpty {
            let parts = node.spends.compactMap { spend($0) } + node.children.compactMap { budget($0)?.executed }
            if let s = sum(parts, in: x.unit), s.value != x.value {
                out.append(Diagnostic(.warning, .breakdown, .checks(.executedNotSpending(budget: name, executed: x.text(), spending: s.text())),
                                      at: node.name.span, hint: .checks(.oneFigureWrong)))
            }
        }
        if let x = r.executed, let a = r.arrived, let xv = try? x.baseValue(), let av = try? a.baseValue(), xv > av {
            out.append(Diagnostic(.warning, .spentOverArrived, .checks(.spentOverArrived(budget: name, spent: x.text(), arrived: a.text())), at: node.name.span,
                                  hint: .checks(.spentOverArrivedHint)))
        }
        if let x = r.executed, let a = r.amount, let xv = try? x.baseValue(), let av = try? a.baseValue(), xv > av {
            out.append(Diagnostic(.warning, .overBudget, .checks(.overBudget(budget: name, spent: x.text(), amount: a.text())), at: node.name.span,
                                  hint: .checks(.overBudgetHint)))
        }
        if let e = r.expected, let x = r.executed, let ev = try? e.baseValue(), let xv = try? x.baseValue(), ev < xv {
            out.append(Diagnostic(.warning, .expectedBelowExecuted, .checks(.expectedBelowExecuted(budget: name, expected: e.text(), executed: x.text())),
                                  at: node.name.span, hint: .checks(.expectedBelowExecutedHint)))
        }
        return out
    }

    /// A budget's funding sources (其中 rows) against the budget: their amounts add up to its
    /// amount; and when they do, each other figure every source gives adds up to the budget's.
    func sourceSums(_ node: BudgetNode, _ r: BudgetResult) -> [Diagnostic] {
        guard let a = r.amount, !r.sources.isEmpty, r.sources.count == node.sources.count else { return [] }
        let name = node.name.text
        let given = r.sources.indices.filter { node.sources[$0].amount != nil }
        guard !given.isEmpty else { return [] }
        let amounts = given.compactMap { r.sources[$0].amount }
        guard amounts.count == given.count, let total = sum(amounts, in: a.unit) else { return [] }
        if total.value != a.value {
            return [Diagnostic(.warning, .sources, .checks(.sourcesDoNotAddUp(budget: name, sum: total.text(), amount: a.text())), at: node.name.span,
                               hint: .checks(.checkTheSources))]
        }
        // Sources listed by name alone, beside rows with amounts, leave the rest unknown.
        guard given.count == r.sources.count else { return [] }
        var out: [Diagnostic] = []
        let figures: [(String, Quantity?, (SourceResult) -> Quantity?)] = [
            ("年初预算数", r.initial, { $0.initial }), ("到位资金", r.arrived, { $0.arrived }),
            ("执行数", r.executed, { $0.executed }), ("全年预计执行数", r.expected, { $0.expected }),
        ]
        for (what, whole, part) in figures {
            let parts = r.sources.compactMap(part)
            guard let whole, parts.count == r.sources.count, let s = sum(parts, in: whole.unit), s.value != whole.value else { continue }
            let gap = ((try? whole.value.subtracting(s.value)) ?? .zero).decimalString() + whole.unit.name
            out.append(Diagnostic(.warning, .sources, .checks(.sourceFiguresDoNotAddUp(budget: name, figure: what, sum: s.text(), whole: whole.text())),
                                  at: node.name.span, hint: .checks(.sourceFiguresHint(difference: gap))))
        }
        return out
    }

    func indicatorFindings(_ i: Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Most indicators state nothing: nothing to check, and no copy of the declaration.
        if model.indicators[i].decl.stated.isEmpty { return out }
        let d = model.indicators[i].decl
        guard let r = indicator(i) else { return out }
        for c in d.stated {
            guard let m = c.member == nil ? .completion : Member.named(c.member!.text) else {
                out.append(unknownStated(c, of: .indicator, among: Evaluator.indicatorMembers))
                continue
            }
            // Scores and weights are the judge's: see ScoreChecks.
            if m == .score || m == .weight { continue }
            if m == .completion, r.status == .pending, c.value != nil {
                out.append(Diagnostic(.warning, .statedUnavailable, .stated(.completionOfPending(indicator: d.name.text, written: sourceText(c.valueSpan))),
                                      at: c.span, hint: .stated(.completionOfPendingHint)))
                continue
            }
            guard let f = indicatorFigure(i, r, m) else {
                out.append(unknownStated(c, of: .indicator, among: Evaluator.indicatorMembers))
                continue
            }
            if let x = checkStated(c, f, owner: .indicator(d.name.text)) { out.append(x) }
        }
        return out
    }

    /// "共设置一级指标 3 个，二级指标 9 个，三级指标 22 个" against what is listed.
    /// The indicators listed at each level; with `file`, only those of that file and the
    /// files it imports (a department's `declared` counts its own indicators, also when a
    /// county script imports it next to others).
    /// The indicators listed at each level: of the files `file` reports, and of one project
    /// (or, nil, of the department's own part).
    public func listedCounts(reportedBy file: Int? = nil, project: Int? = nil) -> (level1: Int, level2: Int, level3: Int) {
        var l1 = Set<String>(), l2 = Set<String>()
        var l3 = 0
        for (i, ind) in model.indicators.enumerated() {
            if let file, !model.file(ind.decl.span.file, isReportedBy: file) { continue }
            if !model.projects.isEmpty, model.project(of: .indicator(i)) != project { continue }
            l3 += 1
            if let a = ind.level1 { l1.insert(a) }
            if let b = ind.level2 { l2.insert((ind.level1 ?? "") + "/" + b) }
        }
        return (l1.count, l2.count, l3)
    }

    func declaredFindings() -> [Diagnostic] {
        guard !model.declared.isEmpty else { return [] }
        var out: [Diagnostic] = []
        let declared = model.declared
        for (d, counts) in zip(declared, declaredListedCounts()) {
            let listed = d.level == 1 ? counts.level1 : d.level == 2 ? counts.level2 : counts.level3
            if listed != d.count {
                let levelName = ["", "一级", "二级", "三级"][max(1, min(3, d.level))]
                out.append(Diagnostic(.warning, .declaredCount, .checks(.declaredCount(level: levelName, declared: d.count, listed: listed)),
                                      at: d.span, hint: .checks(.declaredCountHint)))
            }
        }
        return out
    }
}
