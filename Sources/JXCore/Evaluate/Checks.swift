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
                out.append(unknownStated(c, of: "budget", among: Evaluator.budgetMembers, listed: Evaluator.statedBudgetFigures))
                continue
            }
            // Scores and weights are the judge's: checked with the other scores.
            if m == .score || m == .weight { continue }
            guard let f = budgetFigure(r, m) else {
                out.append(unknownStated(c, of: "budget", among: Evaluator.budgetMembers, listed: Evaluator.statedBudgetFigures))
                continue
            }
            if let d = checkStated(c, f, owner: name) { out.append(d) }
        }
        for (k, source) in node.sources.enumerated() where k < r.sources.count {
            for c in source.stated {
                guard let m = c.member.flatMap({ Member.named($0.text) }), let f = sourceFigure(r.sources[k], m) else {
                    out.append(unknownStated(c, of: "funding source", among: Evaluator.sourceMembers, listed: Evaluator.statedSourceFigures))
                    continue
                }
                if let d = checkStated(c, f, owner: "\(source.name.text) of \(name)") { out.append(d) }
            }
        }
        // Child budgets should add up to the parent's amount.
        if let a = r.amount, !node.children.isEmpty {
            let parts = node.children.compactMap { budget($0)?.amount }
            if parts.count == node.children.count, let s = sum(parts, in: a.unit), s.value != a.value {
                let names = node.children.map { model.budgets[$0].name.text }.joined(separator: "、")
                let gap = ((try? a.value.subtracting(s.value)) ?? .zero).decimalString() + a.unit.name
                out.append(Diagnostic(.warning, "W-breakdown",
                                      Bilingual(zh: "预算 \(name) 的分项（\(names)）合计 \(s.text())，与它的预算数 \(a.text()) 不符",
                                                en: "the parts of budget \(name) (\(names)) add up to \(s.text()), not to its amount \(a.text())"),
                                      at: node.name.span,
                                      hint: Bilingual(zh: "少了一个分项或有数字写错；相差 \(gap)", en: "a part is missing or a figure is wrong; the difference is \(gap)")))
            }
        }
        if node.initial != nil, let a = r.initial, !node.children.isEmpty {
            let parts = node.children.compactMap { budget($0)?.initial }
            if parts.count == node.children.count, let s = sum(parts, in: a.unit), s.value != a.value {
                out.append(Diagnostic(.warning, "W-breakdown",
                                      Bilingual(zh: "预算 \(name) 各分项的年初预算数合计 \(s.text())，与它的年初预算数 \(a.text()) 不符",
                                                en: "the 年初预算数 of the parts of budget \(name) add up to \(s.text()), not to its 年初预算数 \(a.text())"),
                                      at: node.name.span, hint: Bilingual(zh: "少了一个分项或有数字写错", en: "a part is missing or a figure is wrong")))
            }
        }
        out.append(contentsOf: sourceSums(node, r))
        // An explicit 执行数 next to spending lines must agree with them.
        if node.executed != nil, let x = r.executed, !node.spends.isEmpty || !node.children.isEmpty {
            let parts = node.spends.compactMap { spend($0) } + node.children.compactMap { budget($0)?.executed }
            if let s = sum(parts, in: x.unit), s.value != x.value {
                out.append(Diagnostic(.warning, "W-breakdown",
                                      Bilingual(zh: "预算 \(name) 写的执行数是 \(x.text())，但它的支出合计 \(s.text())",
                                                en: "budget \(name) says 执行数 \(x.text()) but its spending adds up to \(s.text())"),
                                      at: node.name.span, hint: Bilingual(zh: "其中一个数字有误", en: "one of the figures is wrong")))
            }
        }
        if let x = r.executed, let a = r.arrived, let xv = try? x.baseValue(), let av = try? a.baseValue(), xv > av {
            out.append(Diagnostic(.warning, "W-spent-over-arrived", "budget \(name) spent \(x.text()), more than the \(a.text()) that arrived", at: node.name.span, hint: "check 到位资金 and the spending"))
        }
        if let x = r.executed, let a = r.amount, let xv = try? x.baseValue(), let av = try? a.baseValue(), xv > av {
            out.append(Diagnostic(.warning, "W-over-budget", "budget \(name) spent \(x.text()), more than its amount \(a.text())", at: node.name.span, hint: "check the amount and the spending"))
        }
        if let e = r.expected, let x = r.executed, let ev = try? e.baseValue(), let xv = try? x.baseValue(), ev < xv {
            out.append(Diagnostic(.warning, "W-expected-below-executed", "budget \(name) expects to spend \(e.text()) in the year, less than the \(x.text()) already spent", at: node.name.span,
                                  hint: "全年预计执行数 includes what is spent so far; check the two figures"))
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
            return [Diagnostic(.warning, "W-sources", "the funding sources of budget \(name) add up to \(total.text()), not to its amount \(a.text())", at: node.name.span, hint: "check the sources")]
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
            out.append(Diagnostic(.warning, "W-sources", "the \(what) of the funding sources of budget \(name) add up to \(s.text()), not to its \(what) \(whole.text())", at: node.name.span,
                                  hint: "check the 其中 rows; the difference is \(((try? whole.value.subtracting(s.value)) ?? .zero).decimalString())\(whole.unit.name)"))
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
                out.append(unknownStated(c, of: "indicator", among: Evaluator.indicatorMembers, listed: Evaluator.statedIndicatorFigures))
                continue
            }
            // Scores and weights are the judge's: see ScoreChecks.
            if m == .score || m == .weight { continue }
            if m == .completion, r.status == .pending, c.value != nil {
                out.append(Diagnostic(.warning, "W-stated-unavailable", "the report states a completion of \(sourceText(c.valueSpan)) for \(d.name.text), which is pending", at: c.span, hint: "remove the stated figure or give the actual"))
                continue
            }
            guard let f = indicatorFigure(i, r, m) else {
                out.append(unknownStated(c, of: "indicator", among: Evaluator.indicatorMembers, listed: Evaluator.statedIndicatorFigures))
                continue
            }
            if let x = checkStated(c, f, owner: d.name.text) { out.append(x) }
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
        for (d, counts) in zip(declared, listedCounts(of: declared)) {
            let listed = d.level == 1 ? counts.level1 : d.level == 2 ? counts.level2 : counts.level3
            if listed != d.count {
                let levelName = ["", "一级", "二级", "三级"][max(1, min(3, d.level))]
                out.append(Diagnostic(.warning, "W-declared-count",
                                      Bilingual(zh: "报告称有\(levelName)指标 \(d.count) 个，实际列出 \(listed) 个",
                                                en: "the report declares \(d.count) \(levelName) indicators, but \(listed) are listed"),
                                      at: d.span, hint: Bilingual(zh: "少列了一个指标或分类，或所称的个数有误", en: "an indicator or a category is missing, or the declared count is wrong")))
            }
        }
        return out
    }
}
