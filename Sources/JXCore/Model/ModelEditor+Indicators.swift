/// Indicators and their groups. In a script a group block makes the group and an indicator
/// joins the group it is written in; at the prompt an indicator declared again replaces the
/// one of that name in place, and a group block changes the indicators of a group that is
/// already there.
extension ModelEditor {
    mutating func applyIndicator(_ d: IndicatorDecl, group: Int?, to model: inout Model, _ change: inout ModelChange) {
        if mode == .live, let i = ModelEditor.indicatorIndex(d.name.text, in: model) {
            replaceIndicator(i, with: d, to: &model, &change)
            return
        }
        addIndicator(d, group: group, to: &model, &change)
    }

    mutating func addIndicator(_ d: IndicatorDecl, group: Int?, to model: inout Model, _ change: inout ModelChange) {
        let index = model.indicators.count
        model.indicators.append(IndicatorNode(decl: d, group: group, placement: placement(of: group, in: model)))
        if let gi = group { model.groups[gi].indicators.append(index) }
        model.symbols.append(d.name.text, .indicator(index))
        change.touch(.indicator(index))
        change.touch(.shares(ofIndicator: index))
        change.touch(.name(d.name.text))
    }

    /// In place, keeping its group; the other indicators of the group are told when its
    /// weight changes (their shares change).
    func replaceIndicator(_ i: Int, with d: IndicatorDecl, to model: inout Model, _ change: inout ModelChange) {
        let weightChanged = !Expr.same(model.indicators[i].decl.weight, d.weight)
        model.indicators[i].decl = d
        change.touch(.indicator(i))
        if weightChanged { change.touch(.shares(ofIndicator: i)) }
    }

    /// The path and levels a group's indicators get: worked out once per group.
    mutating func placement(of group: Int?, in model: Model) -> IndicatorNode.Placement? {
        guard let group else { return nil }
        if let p = placements[group] { return p }
        let (path, l1, l2) = model.placement(ofGroup: group)
        let p = IndicatorNode.Placement.make(level1: l1, level2: l2, path: path)
        placements[group] = .some(p)
        return p
    }

    mutating func applyGroup(_ g: GroupDecl, parent: Int?, fromPolicy: Bool, to model: inout Model, _ change: inout ModelChange) {
        if mode == .live { changeGroup(g, parent: parent, to: &model, &change); return }
        let stripped = Hierarchy.stripSuffix(g.name.text)
        var level = 0
        var standard = g.name.text
        let parentNode = parent.map { model.groups[$0] }
        if let p = parentNode, p.level == 1 {
            level = 2
            standard = stripped
            if !(Hierarchy.level2[p.standardName] ?? []).contains(stripped) {
                let known = (Hierarchy.level2[p.standardName] ?? []).joined(separator: "、")
                change.say(Diagnostic(.info, .nonstandardLevel2, .model(.nonstandardLevel2(group: g.name.text, parent: p.standardName)), at: g.name.span, hint: .model(.nonstandardLevel2Hint(known: known))))
            }
        } else if let l1 = Hierarchy.level1[g.name.text], parentNode == nil || parentNode!.level == 0 {
            level = 1
            standard = l1
        }
        let index = model.groups.count
        var node = GroupNode(name: g.name, parent: parent, weight: g.weight, level: level, standardName: standard)
        if g.isProject {
            if let p = parent {
                change.say(Diagnostic(.error, .projectNested, .model(.projectNested(project: g.name.text, parent: model.groups[p].name.text)), at: g.name.span,
                                      hint: .model(.projectNestedHint)))
            } else {
                node.isProject = true
                node.blockSpan = g.blockSpan
                model.projects.append(index)
            }
        }
        model.groups.append(node)
        if let p = parent { model.groups[p].children.append(index) }
        model.symbols.append(g.name.text, .group(index))
        for s in g.body { change.merge(apply(s, group: index, fromPolicy: fromPolicy, to: &model)) }
    }

    /// A group block at the prompt: its indicators are declared again in place, or added to
    /// the group. The group itself must exist: new groups belong in the script.
    mutating func changeGroup(_ g: GroupDecl, parent: Int?, to model: inout Model, _ change: inout ModelChange) {
        guard let gi = ModelEditor.findGroup(g.name.text, parent: parent, in: model) else {
            change.refuse(Diagnostic(.error, .change, .model(.noGroup(g.name.text, parent: parent.map { model.groups[$0].name.text })), at: g.name.span,
                                     hint: .model(.noGroupHint)))
            return
        }
        if let w = g.weight {
            // Not silently ignored: a group's weight moves every share under it.
            change.refuse(Diagnostic(.error, .change, .model(.groupWeightAtPrompt), at: w.span, hint: .model(.groupWeightAtPromptHint)))
            return
        }
        for s in g.body {
            switch s {
            case .indicator(let d):
                if let i = ModelEditor.indicatorIndex(d.name.text, in: model) {
                    replaceIndicator(i, with: d, to: &model, &change)
                } else {
                    addIndicator(d, group: gi, to: &model, &change)
                }
            case .group(let sub):
                changeGroup(sub, parent: gi, to: &model, &change)
            default:
                change.merge(apply(s, to: &model))
            }
            if !change.applied { return }
        }
    }

    static func findGroup(_ name: String, parent: Int?, in model: Model) -> Int? {
        if let p = parent { return model.groups[p].children.first { model.groups[$0].name.text == name } }
        let top = model.groups.indices.filter { model.groups[$0].parent == nil && model.groups[$0].name.text == name }
        if top.count == 1 { return top[0] }
        // `数量 { … }` alone: a level-2 group named once in the whole script.
        let any = model.groups.indices.filter { model.groups[$0].name.text == name }
        return any.count == 1 ? any[0] : nil
    }

    static func indicatorIndex(_ name: String, in model: Model) -> Int? {
        for r in model.lookup(name) { if case .indicator(let i) = r { return i } }
        return nil
    }
}
