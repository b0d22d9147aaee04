/// A change to the live model reaching the cells: the model editor changes the model and
/// says what it touched; here that becomes the cells to recompute, and exactly those (and
/// what depends on them) are invalidated, so the next read recomputes what moved and
/// nothing else. Used by scenarios and by the REPL.
public enum ApplyOutcome {
    /// Applied: the cells invalidated, and what the editor said of the statement (a
    /// duplicate field, a redefined unit), as a script would hear it.
    case changed([Evaluator.Cell], [Diagnostic])
    /// Nothing changed, for the reason given.
    case failed(Diagnostic)
}

extension Evaluator {
    /// `noting` is told the invalidated cells (as `restore` tells them) when the change
    /// applies, while the old values are still in the caches.
    public func apply(_ s: Statement, noting: ([Cell]) -> Void = { _ in }) -> ApplyOutcome {
        suggestionsLeft = Evaluator.suggestionBudget
        let change = editor.apply(s, to: &model)
        judge.modelChanged(change.touched)
        resizeCells()
        let cells = invalidate(cells(for: change.touched), noting: change.applied ? noting : { _ in })
        guard change.applied else {
            return .failed(change.refusal ?? Diagnostic(.error, .change, .evaluation(.cannotChangeLive), at: nil))
        }
        return .changed(cells, change.diagnostics)
    }

    /// Puts the parts back. `noting` is told every set of invalidated cells at once, while
    /// the old values are still in the caches, so that what moved can be shown.
    public func restore(_ parts: [ModelPart], noting: ([Cell]) -> Void) {
        for p in parts { if case .counts = p { removeAppended(since: p, noting: noting) } }
        for p in parts.reversed() {
            let touched = ModelEditor.restore(p, to: &model)
            judge.modelChanged(touched)
            if !touched.isEmpty { invalidate(cells(for: touched), noting: noting) }
        }
    }

    /// Removes what a change appended: first its dependents are invalidated (and told),
    /// then the entities leave the model, their names and their cells.
    func removeAppended(since counts: ModelPart, noting: ([Cell]) -> Void) {
        guard case .counts(let ni, let nb, _, _) = counts else { return }
        let refs = ModelEditor.appended(since: counts, in: model)
        var gone: [Cell] = []
        // Parents that listed a removed budget or indicator read it: they change too.
        var parents: [Cell] = []
        for r in refs {
            switch r {
            case .indicator(let i): gone += [Cell(.indicator, i), Cell(.indicatorVerdict, i)] + siblingVerdicts(of: i).filter { Int($0.index) < ni }
            case .budget(let b):
                gone += [Cell(.budget, b), Cell(.budgetVerdict, b)]
                if let p = model.budgets[b].parent, p < nb { parents += [Cell(.budget, p), Cell(.budgetVerdict, p)] }
            case .spend(let s): gone.append(Cell(.spend, s))
            case .constant(let c): gone.append(Cell(.constant, c))
            case .group: break
            }
        }
        guard !gone.isEmpty else { return }
        invalidate(gone + parents, noting: noting)
        for r in refs {
            switch r {
            case .indicator(let i): verdictCache[.indicator(i)] = nil
            case .budget(let b): verdictCache[.budget(b)] = nil
            default: break
            }
        }
        for c in gone { self.cells.diagnostics[c] = nil }
        ModelEditor.removeAppended(since: counts, from: &model)
        judge.modelChanged([.everything])
        resizeCells()
    }

    /// The cells that hold what a change touched.
    func cells(for touched: [ModelTouch]) -> [Cell] {
        var cells: [Cell] = []
        for t in touched {
            switch t {
            case .constant(let i): cells.append(Cell(.constant, i))
            case .spend(let i): cells.append(Cell(.spend, i))
            case .budget(let b): cells += [Cell(.budget, b), Cell(.budgetVerdict, b)]
            case .indicator(let i): cells += [Cell(.indicator, i), Cell(.indicatorVerdict, i)]
            case .shares(let i): cells += siblingVerdicts(of: i)
            case .name(let n): cells += dependentsOfName(n)
            case .time: cells.append(.time)
            case .indicators: cells += allIndicatorCells()
            case .verdicts: cells += allVerdictCells()
            case .everything: cells += allCells()
            }
        }
        return cells
    }

    /// Cells whose computation failed on an unknown name may now resolve: recompute them all
    /// (cheap: only cells with diagnostics).
    func dependentsOfName(_ name: String) -> [Cell] {
        var cells = self.cells.diagnostics.filter { $0.value.contains { $0.code == "E-unknown-name" && $0.message.contains(name) } }.map(\.key)
        // A rule that failed on the name gave no verdicts anywhere (its error is kept once, by
        // the judge): now that the name exists, every verdict is judged again.
        if judge.forgetErrors(naming: name) { cells += allVerdictCells() }
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

    /// Whether a cell still names something in the model (undo may have removed it).
    public func isValid(_ c: Cell) -> Bool {
        let i = Int(c.index)
        guard i >= 0 else { return false }
        switch c.kind {
        case .constant: return i < model.constants.count
        case .spend: return i < model.spends.count
        case .budget, .budgetVerdict: return i < model.budgets.count
        case .indicator, .indicatorVerdict: return i < model.indicators.count
        case .timeProgress: return true
        }
    }
}
