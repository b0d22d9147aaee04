/// Budgets: a declaration adds a budget (in a script) or, at the prompt, replaces the lines
/// of the budget of that name. Either way its lines are checked the same.
extension ModelEditor {
    mutating func applyBudget(_ d: BudgetDecl, group: Int?, to model: inout Model, _ change: inout ModelChange) {
        // A project holds budgets; an indicator group does not (in a project, the budget is the project's).
        let project = group.flatMap(model.project(ofGroup:))
        if let g = group, !model.groups[g].isProject {
            change.say(Diagnostic(.warning, .budgetInGroup, .model(.budgetInGroup(d.name.text)), at: d.name.span,
                                  hint: .model(.budgetInGroupHint(project: project.map { model.groups[$0].name.text }))))
        }
        if mode == .live {
            let found = model.lookup(d.name.text).compactMap { r -> Int? in if case .budget(let b) = r { return b } else { return nil } }
            guard found.count <= 1 else {
                change.refuse(Diagnostic(.error, .change, .model(.budgetsNamedAlike(d.name.text, count: found.count)), at: d.name.span, hint: .model(.budgetsNamedAlikeHint(d.name.text))))
                return
            }
            if let b = found.first {
                fillBudget(b, from: d, to: &model, &change)
                change.touch(.name(d.name.text))
                return
            }
        }
        addBudget(d, parent: nil, project: project, to: &model, &change)
        change.touch(.name(d.name.text))
    }

    mutating func addBudget(_ d: BudgetDecl, parent: Int?, project: Int? = nil, to model: inout Model, _ change: inout ModelChange) {
        let index = model.budgets.count
        var node = BudgetNode(name: d.name, parent: parent, amount: d.amount, span: d.span)
        node.path = (parent.map { model.budgets[$0].path } ?? []) + [d.name.text]
        node.project = parent.map { model.budgets[$0].project } ?? project
        model.budgets.append(node)
        model.symbols.append(d.name.text, .budget(index))
        if let p = parent {
            model.budgets[p].children.append(index)
            // The parent did not read this child before: tell it.
            change.touch(.budget(p))
        }
        fillBudget(index, from: d, to: &model, &change)
    }

    /// A budget's own lines (amount, arrived, executed, sources, stated figures, notes,
    /// spending and allocations) become those given. A spending line given again keeps its
    /// place; one not given is removed and its name no longer refers to it. Nested budgets
    /// given are declared in turn (again, at the prompt, when one of that name is there);
    /// nested budgets not given are kept, as the indicators of a group are.
    mutating func fillBudget(_ b: Int, from d: BudgetDecl, to model: inout Model, _ change: inout ModelChange) {
        var node = model.budgets[b]
        // The lines it had and not yet given again.
        var oldLines = node.spends + node.allocations
        node.name = d.name
        node.span = d.span
        node.amount = d.amount
        node.initial = nil
        node.arrived = nil
        node.executed = nil
        node.expected = nil
        node.weight = nil
        node.sources = d.sources.map { FundingSource(name: $0) }
        node.stated = []
        node.notes = []
        node.spends = []
        node.allocations = []
        for item in d.items {
            switch item {
            case .initial(let e, let s):
                if node.initial != nil { change.say(ModelEditor.duplicateField("initial", s)) }
                node.initial = e
            case .arrived(let e, let s):
                if node.arrived != nil { change.say(ModelEditor.duplicateField("arrived", s)) }
                node.arrived = e
            case .executed(let e, let s):
                if node.executed != nil { change.say(ModelEditor.duplicateField("executed", s)) }
                node.executed = e
            case .expected(let e, let s):
                if node.expected != nil { change.say(ModelEditor.duplicateField("expected", s)) }
                node.expected = e
            case .weight(let e, let s):
                if node.weight != nil { change.say(ModelEditor.duplicateField("weight", s)) }
                node.weight = e
            case .spent(let n, let e, let note), .allocated(let n, let e, let note):
                let isAllocation = if case .allocated = item { true } else { false }
                let line = SpendItem(name: n, budget: b, amount: e, note: note, isAllocation: isAllocation)
                let s: Int
                if let k = oldLines.firstIndex(where: { model.spends[$0].name.text == n.text }) {
                    s = oldLines.remove(at: k)
                    model.spends[s] = line
                } else {
                    model.spends.append(line)
                    s = model.spends.count - 1
                    model.symbols.append(n.text, .spend(s))
                    change.touch(.name(n.text))
                }
                if isAllocation { node.allocations.append(s) } else { node.spends.append(s) }
                change.touch(.spend(s))
            case .source(let d):
                // A row fills the source of its name in the `from` list, if there is one.
                let k = node.sources.firstIndex { $0.name.text == d.name.text } ?? node.sources.count
                if k == node.sources.count { node.sources.append(FundingSource(name: d.name)) }
                if node.sources[k].isRow {
                    change.say(Diagnostic(.error, .duplicate, .model(.sourceTwice(d.name.text)), at: d.name.span, hint: .model(.sourceTwiceHint)))
                    node.sources[k] = FundingSource(name: d.name)
                }
                fillSource(&node.sources[k], from: d, &change)
            case .stated(let c): node.stated.append(c)
            case .note(let t, _): node.notes.append(t)
            case .budget(let child):
                // In source order, so that budgets and their lines are numbered as written.
                model.budgets[b] = node
                if mode == .live, let c = model.budgets[b].children.first(where: { model.budgets[$0].name.text == child.name.text }) {
                    fillBudget(c, from: child, to: &model, &change)
                } else {
                    addBudget(child, parent: b, to: &model, &change)
                }
                node = model.budgets[b]
            }
        }
        for s in oldLines {
            let name = model.spends[s].name.text
            model.symbols[name]?.removeAll { $0 == .spend(s) }
            if model.symbols[name]?.isEmpty == true { model.symbols[name] = nil }
            change.touch(.spend(s))
        }
        model.budgets[b] = node
        change.touch(.budget(b))
    }

    /// A funding source's row: its amount and figures, each given once.
    func fillSource(_ source: inout FundingSource, from d: SourceDecl, _ change: inout ModelChange) {
        source.isRow = true
        source.name = d.name
        source.amount = d.amount
        func set(_ slot: inout Expr?, _ e: Expr, _ field: String, _ s: Span) {
            if slot != nil { change.say(ModelEditor.duplicateField(field, s, ofSource: true)) }
            slot = e
        }
        for item in d.items {
            switch item {
            case .initial(let e, let s): set(&source.initial, e, "initial", s)
            case .arrived(let e, let s): set(&source.arrived, e, "arrived", s)
            case .executed(let e, let s): set(&source.executed, e, "executed", s)
            case .expected(let e, let s): set(&source.expected, e, "expected", s)
            case .stated(let c): source.stated.append(c)
            case .note(let t, _): source.notes.append(t)
            // The parser gives a source no other line.
            case .weight, .spent, .allocated, .source, .budget: break
            }
        }
    }

    static func duplicateField(_ f: String, _ s: Span, ofSource: Bool = false) -> Diagnostic {
        Diagnostic(.error, .duplicate, .model(.fieldTwice(f, ofSource: ofSource)), at: s, hint: .model(.fieldTwiceHint))
    }
}
