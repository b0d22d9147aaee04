/// Builds the model from parsed scripts: registers names, places indicators in the
/// hierarchy, declares units, and reports what cannot be resolved structurally
/// (duplicates, misplaced statements). Values are not computed here.
public struct ModelBuilder {
    public private(set) var model = Model()
    public private(set) var diagnostics: [Diagnostic] = []
    var policyFiles: Set<Int> = []
    /// The file being run, whose report header wins over those of the files it imports.
    var mainFile: Int?
    /// The report header in use.
    var reportDecl: ReportDecl?

    public init() {}

    public mutating func markPolicy(fileID: Int) { policyFiles.insert(fileID) }

    public mutating func markMain(fileID: Int) { mainFile = fileID }

    /// Makes room for the indicators of these scripts at once (a large file grows the
    /// model's arrays once, not log n times).
    public mutating func reserve(for scripts: [Script]) {
        func count(_ ss: [Statement]) -> Int {
            var n = 0
            for s in ss {
                switch s {
                case .indicator: n += 1
                case .group(let g): n += count(g.body)
                default: break
                }
            }
            return n
        }
        let n = scripts.reduce(0) { $0 + count($1.statements) }
        model.indicators.reserveCapacity(model.indicators.count + n)
        model.symbols.reserveCapacity(n)
    }

    public mutating func add(_ script: Script) {
        let fromPolicy = policyFiles.contains(script.fileID)
        let ss = script.statements
        var i = 0
        while i < ss.count {
            // A long run of top-level indicators (a large file) is entered at once, so
            // that the names' texts and hashes are made on every core.
            var j = i
            while j < ss.count, case .indicator = ss[j] { j += 1 }
            if j - i >= SymbolTable.bulkThreshold {
                addIndicators(ss[i..<j])
            } else {
                for k in i..<max(j, i + 1) { add(ss[k], group: nil, fromPolicy: fromPolicy) }
            }
            i = max(j, i + 1)
        }
    }

    /// Top-level indicators, as `addIndicator` adds them one by one.
    mutating func addIndicators(_ run: ArraySlice<Statement>) {
        let first = model.indicators.count
        for s in run { if case .indicator(let d) = s { model.indicators.append(IndicatorNode(decl: d, group: nil, placement: nil)) } }
        model.indicators.withUnsafeBufferPointer { nodes in
            nonisolated(unsafe) let nodes = nodes
            model.symbols.appendIndicators(first: first, count: run.count) { k in nodes[first + k].decl.name.text }
        }
    }

    mutating func register(_ name: Ident, _ e: EntityRef) {
        model.symbols.append(name.text, e)
    }

    mutating func add(_ s: Statement, group: Int?, fromPolicy: Bool) {
        switch s {
        case .report(let r):
            if let old = model.report.span {
                if old.file == r.title.span.file {
                    diagnostics.append(Diagnostic(.error, "E-duplicate", "a second report header", at: r.title.span, hint: "a script has one `report` block; keep the first"))
                    return
                }
                // Headers of different files: an imported department's report gives way to
                // the header of the script being run (the county's); between two imports,
                // the first stays. Figures taken at different nodes do not add up: say so.
                let wins = r.title.span.file == mainFile
                let (kept, dropped) = wins ? (r, reportDecl) : (reportDecl, r)
                if let a = kept?.node, let b = dropped?.node, (a.month, a.day, a.year ?? model.report.year) != (b.month, b.day, b.year ?? model.report.year) {
                    diagnostics.append(Diagnostic(.warning, "W-report-node", "\(dropped?.title.text ?? "an imported report") is monitored at \(b.month)月\(b.day)日, but this report's node is \(a.month)月\(a.day)日",
                                                  at: dropped?.node?.span ?? r.title.span, hint: "rates against 时间进度 use this report's node; bring the figures to the same node"))
                }
                guard wins else { return }
                model.report = ReportInfo()
            }
            reportDecl = r
            model.report.title = r.title.text
            model.report.department = r.department?.text
            model.report.year = r.year
            model.report.node = r.node
            model.report.span = r.title.span
            for setting in r.settings { applySetting(setting) }
        case .setting(let setting):
            applySetting(setting)
        case .budget(let b):
            if group != nil {
                diagnostics.append(Diagnostic(.warning, "W-budget-in-group", "budget \(b.name.text) is inside an indicator group", at: b.name.span, hint: "budgets belong at the top level; it is kept as a top-level budget"))
            }
            addBudget(b, parent: nil)
        case .indicator(let d):
            addIndicator(d, group: group)
        case .group(let g):
            addGroup(g, parent: group, fromPolicy: fromPolicy)
        case .declared(let d):
            for c in d.counts { model.declared.append(DeclaredCount(level: c.level, count: c.count, span: c.span)) }
        case .letDecl(let l):
            addConstant(l.name, .value(l.value), fromPolicy: fromPolicy)
        case .unitDecl(let u):
            addUnit(u)
        case .rule(let r):
            model.rules.append(r)
        case .assert(let a):
            model.asserts.append(a)
        case .scenario(let sc):
            if model.scenarios.contains(where: { $0.name.text == sc.name.text }) {
                diagnostics.append(Diagnostic(.error, "E-duplicate", "scenario \(sc.name.text) is declared twice", at: sc.name.span, hint: "rename one of them"))
            } else {
                model.scenarios.append(sc)
            }
        case .importDecl:
            break // resolved by the workspace before building
        case .assign(let a):
            diagnostics.append(Diagnostic(.error, "E-assign-outside-scenario", "a change of a value belongs in a scenario", at: a.span, hint: "wrap it: scenario 下半年 { … }, or change the declaration itself"))
        case .stated(let c):
            if let g = group { model.groups[g].stated.append(c) } else { model.report.stated.append(c) }
        case .expression(let e):
            diagnostics.append(Diagnostic(.error, "E-syntax", "expected a statement, found an expression", at: e.span, hint: "use `assert` to check a value, or `let NAME = …` to name it"))
        }
    }

    mutating func applySetting(_ s: SettingDecl) {
        switch s.key.text {
        case "reverse", "反向指标":
            if case .name(let v) = s.value, let c = ReverseConvention(rawValue: v.text) ?? (v.text == "比值" ? .ratio : v.text == "扣减" ? .deduct : nil) {
                model.report.reverseConvention = c
            } else {
                diagnostics.append(Diagnostic(.error, "E-setting", "reverse takes `ratio` (target ÷ actual) or `deduct` (1 − excess ÷ target)", at: s.value.span, hint: "set reverse deduct"))
            }
        default:
            diagnostics.append(Diagnostic(.error, "E-setting", "unknown setting `\(s.key.text)`", at: s.key.span, hint: "known settings: reverse (ratio | deduct); thresholds are written as `let` constants"))
        }
    }

    mutating func addConstant(_ name: Ident, _ value: ActualSpec, fromPolicy: Bool) {
        if let existing = model.symbols[name.text]?.first(where: { if case .constant = $0 { true } else { false } }), case .constant(let i) = existing {
            // A script's own constant overrides a policy's default, whichever comes first.
            if model.constants[i].fromPolicy && !fromPolicy { model.constants[i] = ConstantNode(name: name, value: value, fromPolicy: false); return }
            if fromPolicy && !model.constants[i].fromPolicy { return }
            diagnostics.append(Diagnostic(.error, "E-duplicate", "\(name.text) is defined twice", at: name.span, hint: "rename one of them, or change the first definition"))
            return
        }
        model.constants.append(ConstantNode(name: name, value: value, fromPolicy: fromPolicy))
        register(name, .constant(model.constants.count - 1))
    }

    mutating func addUnit(_ u: UnitDecl) {
        if u.factor == nil {
            if model.units.lookup(u.name.text) != nil { return }
            model.units.declare(u.name.text, as: nil, of: nil)
            return
        }
        guard let baseName = u.base?.text ?? unitOfFactor(u.factor) else {
            diagnostics.append(Diagnostic(.error, "E-unit", "unit \(u.name.text) needs a base unit", at: u.name.span, hint: "unit 万株 = 10000 株"))
            return
        }
        guard let base = model.units.lookup(baseName) else {
            diagnostics.append(Diagnostic(.error, "E-unit", "unknown base unit \(baseName)", at: u.base?.span ?? u.name.span, hint: "declare \(baseName) first: unit \(baseName)"))
            return
        }
        guard let factor = constantFactor(u.factor!) else {
            diagnostics.append(Diagnostic(.error, "E-unit", "the size of unit \(u.name.text) must be a plain number or fraction", at: u.factor!.span, hint: "unit 亩 = 1/15 公顷"))
            return
        }
        if let existing = model.units.lookup(u.name.text) {
            let newFactor = (try? factor.multiplied(by: base.factor)) ?? factor
            if existing.dimension != base.dimension || existing.factor != newFactor {
                diagnostics.append(Diagnostic(.warning, "W-unit-redefined", "unit \(u.name.text) is redefined with a different size", at: u.name.span, hint: "the built-in \(u.name.text) is 1 \(u.name.text) = \(existing.factor) in base units of \(existing.dimensionLabel); your definition replaces it"))
            } else { return }
        }
        model.units.declare(u.name.text, as: factor, of: base)
    }

    /// `unit 亩 = 1/15公顷`: the unit written on the last literal is the base.
    func unitOfFactor(_ e: Expr?) -> String? {
        guard let e else { return nil }
        switch e {
        case .number(let n): return n.unit.isEmpty ? nil : n.unit
        case .binary(_, _, let r, _): return unitOfFactor(r)
        default: return nil
        }
    }

    func constantFactor(_ e: Expr) -> Exact? {
        switch e {
        case .number(let n): return n.value
        case .binary(let op, let l, let r, _):
            guard let a = constantFactor(l), let b = constantFactor(r) else { return nil }
            switch op {
            case .mul: return try? a.multiplied(by: b)
            case .div: return try? a.divided(by: b)
            default: return nil
            }
        default: return nil
        }
    }

    mutating func addBudget(_ b: BudgetDecl, parent: Int?) {
        let index = model.budgets.count
        var node = BudgetNode(name: b.name, parent: parent, amount: b.amount, span: b.span)
        node.path = (parent.map { model.budgets[$0].path } ?? []) + [b.name.text]
        for s in b.sources { node.sources.append((s, nil)) }
        model.budgets.append(node)
        register(b.name, .budget(index))
        if let p = parent { model.budgets[p].children.append(index) }
        for item in b.items {
            switch item {
            case .arrived(let e, let s):
                if model.budgets[index].arrived != nil { duplicateField("arrived", s) }
                model.budgets[index].arrived = e
            case .executed(let e, let s):
                if model.budgets[index].executed != nil { duplicateField("executed", s) }
                model.budgets[index].executed = e
            case .spent(let n, let e, let note), .allocated(let n, let e, let note):
                let isAllocation = if case .allocated = item { true } else { false }
                model.spends.append(SpendItem(name: n, budget: index, amount: e, note: note, isAllocation: isAllocation))
                let si = model.spends.count - 1
                if isAllocation { model.budgets[index].allocations.append(si) } else { model.budgets[index].spends.append(si) }
                register(n, .spend(si))
            case .source(let n, let e):
                if let k = model.budgets[index].sources.firstIndex(where: { $0.name.text == n.text }) {
                    model.budgets[index].sources[k].amount = e
                } else {
                    model.budgets[index].sources.append((n, e))
                }
            case .stated(let c):
                model.budgets[index].stated.append(c)
            case .budget(let child):
                addBudget(child, parent: index)
            case .note(let t, _):
                model.budgets[index].notes.append(t)
            }
        }
    }

    mutating func duplicateField(_ f: String, _ s: Span) {
        diagnostics.append(Diagnostic(.error, "E-duplicate", "`\(f)` is given twice for this budget", at: s, hint: "keep one; the last one is used"))
    }

    mutating func addGroup(_ g: GroupDecl, parent: Int?, fromPolicy: Bool) {
        let stripped = Hierarchy.stripSuffix(g.name.text)
        var level = 0
        var standard = g.name.text
        let parentNode = parent.map { model.groups[$0] }
        if let p = parentNode, p.level == 1 {
            level = 2
            standard = stripped
            if !(Hierarchy.level2[p.standardName] ?? []).contains(stripped) {
                let known = (Hierarchy.level2[p.standardName] ?? []).joined(separator: "、")
                diagnostics.append(Diagnostic(.info, "I-nonstandard-level2", "\(g.name.text) is not a standard level-2 category of \(p.standardName)", at: g.name.span, hint: "the standard ones are \(known); it is counted as a level-2 category all the same"))
            }
        } else if let l1 = Hierarchy.level1[g.name.text], parentNode == nil || parentNode!.level == 0 {
            level = 1
            standard = l1
        }
        let index = model.groups.count
        model.groups.append(GroupNode(name: g.name, parent: parent, weight: g.weight, level: level, standardName: standard))
        if let p = parent { model.groups[p].children.append(index) }
        register(g.name, .group(index))
        for s in g.body { add(s, group: index, fromPolicy: fromPolicy) }
    }

    /// Per group: the path and levels its indicators get (computed once, shared by all).
    var placements: [Int: IndicatorNode.Placement?] = [:]

    mutating func placement(of group: Int?) -> IndicatorNode.Placement? {
        guard let group else { return nil }
        if let p = placements[group] { return p }
        let (path, l1, l2) = model.placement(ofGroup: group)
        let p = IndicatorNode.Placement.make(level1: l1, level2: l2, path: path)
        placements[group] = .some(p)
        return p
    }

    mutating func addIndicator(_ d: IndicatorDecl, group: Int?) {
        let index = model.indicators.count
        model.indicators.append(IndicatorNode(decl: d, group: group, placement: placement(of: group)))
        if let gi = group { model.groups[gi].indicators.append(index) }
        register(d.name, .indicator(index))
    }
}
