/// Taking the parts a statement will change before it is applied, and putting them back.
extension ModelEditor {
    static func counts(of model: Model) -> ModelPart {
        .counts(indicators: model.indicators.count, budgets: model.budgets.count, spends: model.spends.count, constants: model.constants.count)
    }

    /// The parts a statement may change, taken before it is applied.
    public static func parts(touchedBy s: Statement, in model: Model) -> [ModelPart] {
        var out: [ModelPart] = [counts(of: model)]
        switch s {
        case .assign(let a): out += parts(ofTarget: a.target, in: model)
        case .letDecl(let l):
            if let i = constantIndex(l.name.text, in: model) { out.append(.constant(i, model.constants[i])) }
            out.append(symbol(l.name.text, in: model))
        case .indicator(let d): out += parts(ofIndicator: d.name.text, in: model)
        case .budget(let d): out += parts(ofBudget: d, in: model)
        case .group(let g): out += parts(ofGroup: g, in: model)
        case .report, .setting: out.append(.report(model.report))
        case .rule: out.append(.rules(model.rules))
        case .scenario: out.append(.scenarios(model.scenarios))
        case .unitDecl: out.append(.units(model.units))
        case .declared: out.append(.declared(model.declared))
        default: break
        }
        return out
    }

    static func symbol(_ name: String, in model: Model) -> ModelPart { .symbol(name, model.symbols[name]) }

    static func parts(ofTarget e: Expr, in model: Model) -> [ModelPart] {
        var base = e
        if case .member(let b, _) = e { base = b }
        // A path (林草局.产出.数量.造林面积.actual, 年初预算.基本支出.工资福利): the one entity
        // it names, as the editor finds it.
        guard case .name(let id) = base else {
            guard case .success(let r) = ModelEditor.entity(base, in: model) else { return [] }
            return parts(of: [r], in: model)
        }
        return parts(of: model.lookup(id.text), in: model)
    }

    static func parts(of refs: [EntityRef], in model: Model) -> [ModelPart] {
        var out: [ModelPart] = []
        for r in refs {
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

    static func parts(ofIndicator name: String, in model: Model) -> [ModelPart] {
        if let i = indicatorIndex(name, in: model) { return [.indicator(i, model.indicators[i])] }
        return [symbol(name, in: model)]
    }

    static func parts(ofGroup g: GroupDecl, in model: Model) -> [ModelPart] {
        var out: [ModelPart] = []
        for s in g.body {
            switch s {
            case .indicator(let d): out += parts(ofIndicator: d.name.text, in: model)
            case .group(let sub): out += parts(ofGroup: sub, in: model)
            default: out += parts(touchedBy: s, in: model).filter { if case .counts = $0 { false } else { true } }
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
    static func parts(ofBudget d: BudgetDecl, in model: Model) -> [ModelPart] {
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
        out += names.sorted().map { symbol($0, in: model) }
        return out
    }

    /// Puts one part back, and says what that touched.
    public static func restore(_ part: ModelPart, to model: inout Model) -> [ModelTouch] {
        switch part {
        case .indicator(let i, let node):
            guard i < model.indicators.count else { return [] }
            let weightChanged = !Expr.same(model.indicators[i].decl.weight, node.decl.weight)
            model.indicators[i] = node
            return weightChanged ? [.indicator(i), .shares(ofIndicator: i)] : [.indicator(i)]
        case .budget(let b, let node):
            guard b < model.budgets.count else { return [] }
            model.budgets[b] = node
            return [.budget(b)]
        case .spend(let s, let item):
            guard s < model.spends.count else { return [] }
            model.spends[s] = item
            return [.spend(s)]
        case .constant(let c, let node):
            guard c < model.constants.count else { return [] }
            model.constants[c] = node
            return [.constant(c)]
        case .group(let g, let node):
            guard g < model.groups.count else { return [] }
            model.groups[g].indicators = node.indicators.filter { $0 < model.indicators.count }
            return []
        case .symbol(let name, let refs):
            model.symbols[name] = refs
            return [.name(name)]
        case .report(let r):
            let yearOrConvention = r.year != model.report.year || r.reverseConvention != model.report.reverseConvention
            model.report = r
            return yearOrConvention ? [.time, .indicators] : [.time]
        case .rules(let rs):
            model.rules = rs
            return [.verdicts]
        case .scenarios(let ss):
            model.scenarios = ss
            return []
        case .units(let u):
            model.units = u
            return [.everything]
        case .declared(let d):
            model.declared = d
            return []
        case .counts:
            return []
        }
    }

    /// What was appended after `counts` was taken.
    public static func appended(since counts: ModelPart, in model: Model) -> [EntityRef] {
        guard case .counts(let ni, let nb, let ns, let nc) = counts else { return [] }
        var refs: [EntityRef] = []
        for i in ni..<max(ni, model.indicators.count) { refs.append(.indicator(i)) }
        for b in nb..<max(nb, model.budgets.count) { refs.append(.budget(b)) }
        for s in ns..<max(ns, model.spends.count) { refs.append(.spend(s)) }
        for c in nc..<max(nc, model.constants.count) { refs.append(.constant(c)) }
        return refs
    }

    /// Removes what was appended after `counts` was taken: from their names, their
    /// parents' lists, and the model.
    public static func removeAppended(since counts: ModelPart, from model: inout Model) {
        guard case .counts(let ni, let nb, let ns, let nc) = counts else { return }
        for r in appended(since: counts, in: model) {
            let name = model.name(of: r)
            model.symbols[name]?.removeAll { $0 == r }
            if model.symbols[name]?.isEmpty == true { model.symbols[name] = nil }
            switch r {
            case .indicator(let i):
                if let g = model.indicators[i].group, g < model.groups.count { model.groups[g].indicators.removeAll { $0 == i } }
            case .budget(let b):
                if let p = model.budgets[b].parent, p < model.budgets.count { model.budgets[p].children.removeAll { $0 == b } }
            case .spend(let s):
                let b = model.spends[s].budget
                if b < model.budgets.count {
                    model.budgets[b].spends.removeAll { $0 == s }
                    model.budgets[b].allocations.removeAll { $0 == s }
                }
            default: break
            }
        }
        if model.indicators.count > ni { model.indicators.removeLast(model.indicators.count - ni) }
        if model.budgets.count > nb { model.budgets.removeLast(model.budgets.count - nb) }
        if model.spends.count > ns { model.spends.removeLast(model.spends.count - ns) }
        if model.constants.count > nc { model.constants.removeLast(model.constants.count - nc) }
    }
}
