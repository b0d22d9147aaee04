/// The statements a live model takes besides fields, constants and indicators (Apply.swift):
/// a budget declared again, the report header, a setting, a rule, a unit, a scenario,
/// declared counts, and a group block whose indicators are declared again or added.
/// Each edits the model in place and invalidates what depends on the part it changed;
/// a change that every value may depend on (a rule, a unit) invalidates every cell.
extension Evaluator {
    func applyStructural(_ s: Statement) -> ApplyOutcome? {
        switch s {
        case .budget(let d): return applyBudget(d)
        case .report(let r): return applyReport(r)
        case .setting(let setting):
            var cells: [Cell] = []
            if let d = applySetting(setting, cells: &cells) { return .failed(d) }
            return .changed(invalidate(cells))
        case .rule(let r):
            if let i = model.rules.firstIndex(where: { $0.name.text == r.name.text }) { model.rules[i] = r } else { model.rules.append(r) }
            return .changed(invalidate(allVerdictCells()))
        case .unitDecl(let u): return applyUnit(u)
        case .scenario(let sc):
            if let i = model.scenarios.firstIndex(where: { $0.name.text == sc.name.text }) { model.scenarios[i] = sc } else { model.scenarios.append(sc) }
            return .changed([])
        case .declared(let d):
            model.declared = d.counts.map { DeclaredCount(level: $0.level, count: $0.count, span: $0.span) }
            return .changed([])
        case .group(let g):
            var cells: [Cell] = []
            if let d = applyGroup(g, parent: nil, cells: &cells) { return .failed(d) }
            return .changed(invalidate(cells))
        default:
            return nil
        }
    }

    // MARK: every cell

    func allVerdictCells() -> [Cell] {
        model.budgets.indices.map { Cell(.budgetVerdict, $0) } + model.indicators.indices.map { Cell(.indicatorVerdict, $0) }
    }

    func allIndicatorCells() -> [Cell] { model.indicators.indices.map { Cell(.indicator, $0) } }

    func allCells() -> [Cell] {
        var cells = [Cell.time]
        cells += model.constants.indices.map { Cell(.constant, $0) }
        cells += model.spends.indices.map { Cell(.spend, $0) }
        cells += model.budgets.indices.map { Cell(.budget, $0) }
        cells += allIndicatorCells()
        cells += allVerdictCells()
        return cells
    }

    /// The verdicts of the other indicators of a group: their weights are even shares of
    /// the group's, so a weight given, changed or added beside them changes their scores.
    /// A weight moves the shares of every indicator under the same top-level group: a
    /// category without a weight of its own weighs what its indicators list, and its
    /// siblings share the rest of their parent's.
    func siblingVerdicts(of i: Int) -> [Cell] {
        guard i >= 0, i < model.indicators.count, var g = model.indicators[i].group, g < model.groups.count else { return [] }
        while let p = model.groups[g].parent { g = p }
        var cells: [Cell] = []
        var stack = [g]
        while let x = stack.popLast() {
            cells.append(contentsOf: model.groups[x].indicators.filter { $0 != i }.map { Cell(.indicatorVerdict, $0) })
            stack.append(contentsOf: model.groups[x].children)
        }
        return cells
    }

    // MARK: report header and settings

    /// Fields given replace the old ones; fields not given are kept, so that
    /// `report 标题 { node 2021-09-30 }` moves the node alone.
    func applyReport(_ r: ReportDecl) -> ApplyOutcome {
        let old = model.report
        model.report.title = r.title.text
        model.report.span = r.title.span
        if let d = r.department { model.report.department = d.text }
        if let y = r.year { model.report.year = y }
        if let n = r.node { model.report.node = n }
        var cells: [Cell] = [.time]
        for setting in r.settings {
            if let d = applySetting(setting, cells: &cells) {
                model.report = old
                return .failed(d)
            }
        }
        // The year decides leap years for deadlines; it is read from the model, not a cell.
        if old.year != model.report.year { cells += allIndicatorCells() }
        return .changed(invalidate(cells))
    }

    func applySetting(_ s: SettingDecl, cells: inout [Cell]) -> Diagnostic? {
        switch s.key.text {
        case "reverse", "反向指标":
            guard case .name(let v) = s.value,
                  let c = ReverseConvention(rawValue: v.text) ?? (v.text == "比值" ? .ratio : v.text == "扣减" ? .deduct : nil) else {
                return Diagnostic(.error, "E-setting", "reverse takes `ratio` (target ÷ actual) or `deduct` (1 − excess ÷ target)", at: s.value.span, hint: "set reverse deduct")
            }
            if model.report.reverseConvention != c {
                model.report.reverseConvention = c
                cells += allIndicatorCells()
            }
            return nil
        default:
            return Diagnostic(.error, "E-setting", "unknown setting `\(s.key.text)`", at: s.key.span, hint: "known settings: reverse (ratio | deduct); thresholds are written as `let` constants")
        }
    }

    // MARK: units

    func applyUnit(_ u: UnitDecl) -> ApplyOutcome {
        guard let factorExpr = u.factor else {
            if model.units.lookup(u.name.text) == nil || model.units.implicit.contains(u.name.text) {
                model.units.declare(u.name.text, as: nil, of: nil)
            }
            return .changed(invalidate(allCells()))
        }
        let helper = ModelBuilder()
        guard let baseName = u.base?.text ?? helper.unitOfFactor(factorExpr), let base = model.units.lookup(baseName) else {
            return .failed(Diagnostic(.error, "E-unit", "unit \(u.name.text) needs a known base unit", at: u.base?.span ?? u.name.span, hint: "unit 万株 = 10000 株"))
        }
        guard let factor = helper.constantFactor(factorExpr) else {
            return .failed(Diagnostic(.error, "E-unit", "the size of unit \(u.name.text) must be a plain number or fraction", at: factorExpr.span, hint: "unit 亩 = 1/15 公顷"))
        }
        model.units.declare(u.name.text, as: factor, of: base)
        // Every quantity written in the unit may change size: recompute all.
        return .changed(invalidate(allCells()))
    }

    // MARK: budgets

    func applyBudget(_ d: BudgetDecl) -> ApplyOutcome {
        let found = model.lookup(d.name.text).compactMap { r -> Int? in if case .budget(let b) = r { return b } else { return nil } }
        guard found.count <= 1 else {
            return .failed(Diagnostic(.error, "E-change", "there are \(found.count) budgets named \(d.name.text)", at: d.name.span, hint: "change one of its figures instead: 上级预算.\(d.name.text) …"))
        }
        var cells: [Cell] = []
        if let b = found.first {
            setBudget(b, from: d, cells: &cells)
        } else {
            addBudget(d, parent: nil, cells: &cells)
        }
        resize(to: model)
        cells += dependentsOfName(d.name.text)
        return .changed(invalidate(cells))
    }

    func addBudget(_ d: BudgetDecl, parent: Int?, cells: inout [Cell]) {
        let index = model.budgets.count
        var node = BudgetNode(name: d.name, parent: parent, amount: d.amount, span: d.span)
        node.path = (parent.map { model.budgets[$0].path } ?? []) + [d.name.text]
        model.budgets.append(node)
        model.symbols[d.name.text, default: []].append(.budget(index))
        if let p = parent {
            model.budgets[p].children.append(index)
            // The parent did not read this child before: tell it.
            cells += [Cell(.budget, p), Cell(.budgetVerdict, p)]
        }
        setBudget(index, from: d, cells: &cells)
    }

    /// A budget declared again: its own lines (amount, arrived, executed, sources, stated
    /// figures, notes, spending and allocations) are replaced by those given; a spending
    /// line not given is removed and its name no longer refers to it. Nested budgets given
    /// are declared again in turn; nested budgets not given are kept, as the indicators of
    /// a group are.
    func setBudget(_ b: Int, from d: BudgetDecl, cells: inout [Cell]) {
        var node = model.budgets[b]
        let oldLines = node.spends + node.allocations
        node.name = d.name
        node.span = d.span
        node.amount = d.amount
        node.arrived = nil
        node.executed = nil
        node.sources = d.sources.map { (name: $0, amount: nil) }
        node.stated = []
        node.notes = []
        node.spends = []
        node.allocations = []
        var nested: [BudgetDecl] = []
        for item in d.items {
            switch item {
            case .arrived(let e, _): node.arrived = e
            case .executed(let e, _): node.executed = e
            case .spent(let n, let e, let note), .allocated(let n, let e, let note):
                let isAllocation = if case .allocated = item { true } else { false }
                let s: Int
                if let old = oldLines.first(where: { model.spends[$0].name.text == n.text }) {
                    s = old
                    model.spends[s] = SpendItem(name: n, budget: b, amount: e, note: note, isAllocation: isAllocation)
                } else {
                    model.spends.append(SpendItem(name: n, budget: b, amount: e, note: note, isAllocation: isAllocation))
                    s = model.spends.count - 1
                    model.symbols[n.text, default: []].append(.spend(s))
                    cells += dependentsOfName(n.text)
                }
                if isAllocation { node.allocations.append(s) } else { node.spends.append(s) }
                cells.append(Cell(.spend, s))
            case .source(let n, let e):
                if let k = node.sources.firstIndex(where: { $0.name.text == n.text }) { node.sources[k].amount = e } else { node.sources.append((n, e)) }
            case .stated(let c): node.stated.append(c)
            case .note(let t, _): node.notes.append(t)
            case .budget(let child): nested.append(child)
            }
        }
        for s in oldLines where !node.spends.contains(s) && !node.allocations.contains(s) {
            let name = model.spends[s].name.text
            model.symbols[name]?.removeAll { $0 == .spend(s) }
            if model.symbols[name]?.isEmpty == true { model.symbols[name] = nil }
            cells.append(Cell(.spend, s))
        }
        model.budgets[b] = node
        cells += [Cell(.budget, b), Cell(.budgetVerdict, b)]
        for child in nested {
            if let c = model.budgets[b].children.first(where: { model.budgets[$0].name.text == child.name.text }) {
                setBudget(c, from: child, cells: &cells)
            } else {
                addBudget(child, parent: b, cells: &cells)
            }
        }
    }

    // MARK: groups

    /// A group block at the prompt: its indicators are declared again in place, or added to
    /// the group. The group itself must exist: new groups belong in the script.
    func applyGroup(_ g: GroupDecl, parent: Int?, cells: inout [Cell]) -> Diagnostic? {
        guard let gi = findGroup(g.name.text, parent: parent) else {
            let where_ = parent.map { " in \(model.groups[$0].name.text)" } ?? ""
            return Diagnostic(.error, "E-change", "there is no group \(g.name.text)\(where_)", at: g.name.span,
                              hint: "a group block at the prompt changes the indicators of an existing group; add new groups to the script")
        }
        if let w = g.weight {
            // Not silently ignored: a group's weight moves every share under it.
            return Diagnostic(.error, "E-change", "a group's weight cannot be changed at the prompt", at: w.span,
                              hint: "for a level-1 group set its constant (产出权重 = 40), or change the weight in the script and :reload")
        }
        for s in g.body {
            switch s {
            case .indicator(let d):
                if let i = indicatorIndex(d.name.text) {
                    cells += replaceIndicator(i, with: d)
                } else {
                    cells += addIndicator(d, group: gi)
                }
            case .group(let sub):
                if let d = applyGroup(sub, parent: gi, cells: &cells) { return d }
            default:
                switch apply(s) {
                case .changed(let cs): cells += cs
                case .failed(let d): return d
                }
            }
        }
        resize(to: model)
        return nil
    }

    func findGroup(_ name: String, parent: Int?) -> Int? {
        if let p = parent { return model.groups[p].children.first { model.groups[$0].name.text == name } }
        let top = model.groups.indices.filter { model.groups[$0].parent == nil && model.groups[$0].name.text == name }
        if top.count == 1 { return top[0] }
        // `数量 { … }` alone: a level-2 group named once in the whole script.
        let any = model.groups.indices.filter { model.groups[$0].name.text == name }
        return any.count == 1 ? any[0] : nil
    }

    func indicatorIndex(_ name: String) -> Int? {
        for r in model.lookup(name) { if case .indicator(let i) = r { return i } }
        return nil
    }

    /// In place, keeping its group; the other indicators of the group are told when its
    /// weight changes (their shares change).
    func replaceIndicator(_ i: Int, with d: IndicatorDecl) -> [Cell] {
        let weightChanged = weightKey(model.indicators[i].decl.weight) != weightKey(d.weight)
        model.indicators[i].decl = d
        var cells = [Cell(.indicator, i), Cell(.indicatorVerdict, i)]
        if weightChanged { cells += siblingVerdicts(of: i) }
        return cells
    }

    /// A new indicator placed in a group, as the model builder places one.
    func addIndicator(_ d: IndicatorDecl, group: Int?) -> [Cell] {
        let index = model.indicators.count
        let (path, l1, l2) = group.map { model.placement(ofGroup: $0) } ?? ([], nil, nil)
        model.indicators.append(IndicatorNode(decl: d, group: group, level1: l1, level2: l2, path: path))
        if let gi = group { model.groups[gi].indicators.append(index) }
        model.symbols[d.name.text, default: []].append(.indicator(index))
        resize(to: model)
        return [Cell(.indicator, index), Cell(.indicatorVerdict, index)] + siblingVerdicts(of: index) + dependentsOfName(d.name.text)
    }

    /// A weight as comparable text (nil: no weight given).
    func weightKey(_ e: Expr?) -> String? {
        guard let e else { return nil }
        return SessionText.expr(e, sourceMap)
    }
}
