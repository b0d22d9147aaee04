/// Projects: a department's script holds several (`project 高标准农田 { … }`) beside its
/// department-wide part. Each is a group of the model marked as one; what belongs to it is
/// found from where it sits.
extension Model {
    /// The project a budget, spending line, indicator or group belongs to; nil for the
    /// department's own part (and for constants, which are the whole script's).
    public func project(of e: EntityRef) -> Int? {
        guard !projects.isEmpty else { return nil }
        switch e {
        case .budget(let b): return b >= 0 && b < budgets.count ? budgets[b].project : nil
        case .spend(let s): return s >= 0 && s < spends.count ? project(of: .budget(spends[s].budget)) : nil
        case .indicator(let i): return i >= 0 && i < indicators.count ? indicators[i].group.flatMap(project(ofGroup:)) : nil
        case .group(let g): return project(ofGroup: g)
        case .constant: return nil
        }
    }

    /// The project a group is, or sits in.
    public func project(ofGroup g: Int) -> Int? {
        guard !projects.isEmpty else { return nil }
        var at: Int? = g
        var steps = 0
        while let i = at, i >= 0, i < groups.count, steps <= groups.count {
            if groups[i].isProject { return i }
            at = groups[i].parent
            steps += 1
        }
        return nil
    }

    /// The project whose block holds `span`: a name written there means the project's own.
    public func project(at span: Span) -> Int? {
        for p in projects {
            guard let b = groups[p].blockSpan, b.file == span.file else { continue }
            if b.start <= span.start && span.end <= b.end { return p }
        }
        return nil
    }

    /// What a name written after `项目.` means when it is not a direct part of the project:
    /// the one thing of that name anywhere inside the project (`农田.面积` for
    /// `农田.产出.数量.面积`), nil when there is none or more than one.
    public func part(named name: String, inProject p: Int) -> EntityRef? {
        // A name of every project (项目资金 in each of 10^4) is looked for in the project,
        // not among all its declarations; the answer is the same (`ModelTablesTests`).
        let inside = symbols.countOf(name) > 32 ? parts(named: name, walking: p) : parts(named: name, declaredIn: p)
        return inside.count == 1 ? inside[0] : nil
    }

    /// The things of that name inside the project, from the name's declarations.
    func parts(named name: String, declaredIn p: Int) -> [EntityRef] {
        lookup(name).filter { project(of: $0) == p && $0 != .group(p) }
    }

    /// The things of that name inside the project, from the project's groups and budgets.
    func parts(named name: String, walking p: Int) -> [EntityRef] {
        guard p >= 0, p < groups.count, groups[p].isProject else { return [] }
        var found: [EntityRef] = []
        var todo = [p]
        while let g = todo.popLast() {
            for c in groups[g].children where c >= 0 && c < groups.count {
                if groups[c].name.text == name { found.append(.group(c)) }
                todo.append(c)
            }
            for i in groups[g].indicators where i >= 0 && i < indicators.count && indicators[i].decl.name.text == name { found.append(.indicator(i)) }
        }
        for (b, node) in budgets.enumerated() where node.project == p {
            if node.name.text == name { found.append(.budget(b)) }
            for sp in node.spends + node.allocations where sp >= 0 && sp < spends.count && spends[sp].name.text == name { found.append(.spend(sp)) }
        }
        return found
    }

    /// The project's name, for reports: nil for the department's own part.
    public func projectName(of e: EntityRef) -> String? { project(of: e).map { groups[$0].name.text } }
}
