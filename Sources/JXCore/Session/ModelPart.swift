/// The parts of a model one change touches, as they were before it. Undo puts back exactly
/// these parts, so a change costs memory in proportion to what it touched, never a copy of
/// the whole model (which at a million indicators would cost more than the change).
enum ModelPart {
    case indicator(Int, IndicatorNode)
    case budget(Int, BudgetNode)
    case spend(Int, SpendItem)
    case constant(Int, ConstantNode)
    case group(Int, GroupNode)
    /// What a name referred to (nil: nothing).
    case symbol(String, [EntityRef]?)
    case report(ReportInfo)
    case rules([RuleDecl])
    case scenarios([ScenarioDecl])
    case units(UnitTable)
    case declared([DeclaredCount])
    /// How many entities there were: anything appended after is removed on undo.
    case counts(indicators: Int, budgets: Int, spends: Int, constants: Int)

    /// The entity a part is about, for writing a change back into the script.
    var entity: EntityRef? {
        switch self {
        case .indicator(let i, _): .indicator(i)
        case .budget(let b, _): .budget(b)
        case .spend(let s, _): .spend(s)
        case .constant(let c, _): .constant(c)
        default: nil
        }
    }
}

extension Evaluator {
    var counts: ModelPart {
        .counts(indicators: model.indicators.count, budgets: model.budgets.count, spends: model.spends.count, constants: model.constants.count)
    }

    /// The parts a statement may change, taken before it is applied.
    func parts(touchedBy s: Statement) -> [ModelPart] {
        var out: [ModelPart] = [counts]
        switch s {
        case .assign(let a): out += parts(ofTarget: a.target)
        case .letDecl(let l):
            if let i = constantIndex(l.name.text) { out.append(.constant(i, model.constants[i])) }
            out.append(symbol(l.name.text))
        case .indicator(let d): out += parts(ofIndicator: d.name.text)
        case .budget(let d): out += parts(ofBudget: d)
        case .group(let g): out += parts(ofGroup: g)
        case .report, .setting: out.append(.report(model.report))
        case .rule: out.append(.rules(model.rules))
        case .scenario: out.append(.scenarios(model.scenarios))
        case .unitDecl: out.append(.units(model.units))
        case .declared: out.append(.declared(model.declared))
        default: break
        }
        return out
    }

    func symbol(_ name: String) -> ModelPart { .symbol(name, model.symbols[name]) }

    func parts(ofTarget e: Expr) -> [ModelPart] {
        var base = e
        if case .member(let b, _) = e { base = b }
        guard case .name(let id) = base else { return [] }
        var out: [ModelPart] = []
        for r in model.lookup(id.text) {
            switch r {
            case .indicator(let i): out.append(.indicator(i, model.indicators[i]))
            case .constant(let c): out.append(.constant(c, model.constants[c]))
            case .spend(let s): out.append(.spend(s, model.spends[s]))
            case .budget(let b):
                out.append(.budget(b, model.budgets[b]))
                for s in model.budgets[b].spends + model.budgets[b].allocations { out.append(.spend(s, model.spends[s])) }
            case .group: break
            }
        }
        return out
    }

    func parts(ofIndicator name: String) -> [ModelPart] {
        if let i = indicatorIndex(name) { return [.indicator(i, model.indicators[i])] }
        return [symbol(name)]
    }

    func parts(ofGroup g: GroupDecl) -> [ModelPart] {
        var out: [ModelPart] = []
        for s in g.body {
            switch s {
            case .indicator(let d): out += parts(ofIndicator: d.name.text)
            case .group(let sub): out += parts(ofGroup: sub)
            default: out += parts(touchedBy: s).filter { if case .counts = $0 { false } else { true } }
            }
        }
        // A new indicator joins a group's list.
        out += model.groups.indices.filter { model.groups[$0].name.text == g.name.text }.map { .group($0, model.groups[$0]) }
        for case .group(let gd) in g.body {
            out += model.groups.indices.filter { model.groups[$0].name.text == gd.name.text }.map { .group($0, model.groups[$0]) }
        }
        return out
    }

    /// A budget declared again touches its subtree, the spending lines in it, and every
    /// name the declaration mentions.
    func parts(ofBudget d: BudgetDecl) -> [ModelPart] {
        var out: [ModelPart] = []
        var names = Set<String>()
        func collect(_ d: BudgetDecl) {
            names.insert(d.name.text)
            for item in d.items {
                switch item {
                case .spent(let n, _, _), .allocated(let n, _, _): names.insert(n.text)
                case .budget(let c): collect(c)
                default: break
                }
            }
        }
        collect(d)
        var stack = model.lookup(d.name.text).compactMap { r -> Int? in if case .budget(let b) = r { return b } else { return nil } }
        while let b = stack.popLast() {
            out.append(.budget(b, model.budgets[b]))
            for s in model.budgets[b].spends + model.budgets[b].allocations {
                out.append(.spend(s, model.spends[s]))
                names.insert(model.spends[s].name.text)
            }
            stack += model.budgets[b].children
        }
        out += names.sorted().map(symbol)
        return out
    }

    /// Puts the parts back. `noting` is told every set of invalidated cells at once, while
    /// the old values are still in the caches, so that what moved can be shown.
    func restore(_ parts: [ModelPart], noting: ([Cell]) -> Void) {
        for case .counts(let ni, let nb, let ns, let nc) in parts { removeAppended(indicators: ni, budgets: nb, spends: ns, constants: nc, noting: noting) }
        for p in parts.reversed() {
            var cells: [Cell] = []
            switch p {
            case .indicator(let i, let node):
                guard i < model.indicators.count else { continue }
                let weightChanged = weightKey(model.indicators[i].decl.weight) != weightKey(node.decl.weight)
                model.indicators[i] = node
                cells = [Cell(.indicator, i), Cell(.indicatorVerdict, i)]
                if weightChanged { cells += siblingVerdicts(of: i) }
            case .budget(let b, let node):
                guard b < model.budgets.count else { continue }
                model.budgets[b] = node
                cells = [Cell(.budget, b), Cell(.budgetVerdict, b)]
            case .spend(let s, let item):
                guard s < model.spends.count else { continue }
                model.spends[s] = item
                cells = [Cell(.spend, s)]
            case .constant(let c, let node):
                guard c < model.constants.count else { continue }
                model.constants[c] = node
                cells = [Cell(.constant, c)]
            case .group(let g, let node):
                guard g < model.groups.count else { continue }
                model.groups[g].indicators = node.indicators.filter { $0 < model.indicators.count }
            case .symbol(let name, let refs):
                model.symbols[name] = refs
                cells = dependentsOfName(name)
            case .report(let r):
                let yearOrConvention = r.year != model.report.year || r.reverseConvention != model.report.reverseConvention
                model.report = r
                cells = [.time] + (yearOrConvention ? allIndicatorCells() : [])
            case .rules(let rs):
                model.rules = rs
                cells = allVerdictCells()
            case .scenarios(let ss): model.scenarios = ss
            case .units(let u):
                model.units = u
                cells = allCells()
            case .declared(let d): model.declared = d
            case .counts: break
            }
            if !cells.isEmpty { noting(invalidate(cells)) }
        }
    }

    /// Removes what a change appended: first its dependents are invalidated (and told),
    /// then the entities leave the model, their names and their cells.
    func removeAppended(indicators ni: Int, budgets nb: Int, spends ns: Int, constants nc: Int, noting: ([Cell]) -> Void) {
        var gone: [Cell] = []
        var refs: [EntityRef] = []
        for i in ni..<max(ni, model.indicators.count) {
            gone += [Cell(.indicator, i), Cell(.indicatorVerdict, i)] + siblingVerdicts(of: i).filter { Int($0.index) < ni }
            refs.append(.indicator(i))
        }
        for b in nb..<max(nb, model.budgets.count) { gone += [Cell(.budget, b), Cell(.budgetVerdict, b)]; refs.append(.budget(b)) }
        for s in ns..<max(ns, model.spends.count) { gone.append(Cell(.spend, s)); refs.append(.spend(s)) }
        for c in nc..<max(nc, model.constants.count) { gone.append(Cell(.constant, c)); refs.append(.constant(c)) }
        guard !gone.isEmpty else { return }
        // Parents that listed a removed budget or indicator read it: they change too.
        var parents: [Cell] = []
        for case .budget(let b) in refs { if let p = model.budgets[b].parent, p < nb { parents += [Cell(.budget, p), Cell(.budgetVerdict, p)] } }
        noting(invalidate(gone + parents))
        for r in refs {
            let name = model.name(of: r)
            model.symbols[name]?.removeAll { $0 == r }
            if model.symbols[name]?.isEmpty == true { model.symbols[name] = nil }
            switch r {
            case .indicator(let i):
                if let g = model.indicators[i].group, g < model.groups.count { model.groups[g].indicators.removeAll { $0 == i } }
                verdictCache[.indicator(i)] = nil
            case .budget(let b):
                if let p = model.budgets[b].parent, p < model.budgets.count { model.budgets[p].children.removeAll { $0 == b } }
                verdictCache[.budget(b)] = nil
            case .spend(let s):
                let b = model.spends[s].budget
                if b < model.budgets.count {
                    model.budgets[b].spends.removeAll { $0 == s }
                    model.budgets[b].allocations.removeAll { $0 == s }
                }
            default: break
            }
        }
        for c in gone { cellDiagnostics[c] = nil }
        if model.indicators.count > ni { model.indicators.removeLast(model.indicators.count - ni) }
        if model.budgets.count > nb { model.budgets.removeLast(model.budgets.count - nb) }
        if model.spends.count > ns { model.spends.removeLast(model.spends.count - ns) }
        if model.constants.count > nc { model.constants.removeLast(model.constants.count - nc) }
        resize(to: model)
    }
}
