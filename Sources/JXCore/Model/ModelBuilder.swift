/// Builds the model from parsed scripts, in order, through the model editor: registers
/// names, places indicators in the hierarchy, declares units, and reports what cannot be
/// resolved structurally (duplicates, misplaced statements). Values are not computed here.
public struct ModelBuilder {
    public private(set) var model = Model()
    public private(set) var diagnostics: [Diagnostic] = []
    var editor = ModelEditor(.script)
    var policyFiles: Set<Int> = []

    public init() {}

    /// A shipped policy's file, and its name: `rule … overrides 自评评分` names a policy.
    public mutating func markPolicy(fileID: Int, name: String? = nil) {
        policyFiles.insert(fileID)
        if let name { model.policyNames[fileID] = name }
    }

    public mutating func markMain(fileID: Int) { editor.markMain(fileID: fileID) }

    /// Makes room for the indicators, budgets, spending lines, groups and assertions of
    /// these scripts at once: an array grown by appending doubles, and at its last doubling
    /// up to half of it is room never used (at 10^5 indicators, 14 MB of budgets and groups).
    public mutating func reserve(for scripts: [Script]) {
        var counts = (indicators: 0, budgets: 0, spends: 0, groups: 0, asserts: 0)
        func count(_ b: BudgetDecl) {
            counts.budgets += 1
            for item in b.items {
                switch item {
                case .spent, .allocated: counts.spends += 1
                case .budget(let child): count(child)
                default: break
                }
            }
        }
        func count(_ ss: [Statement]) {
            for s in ss {
                switch s {
                case .indicator: counts.indicators += 1
                case .budget(let b): count(b)
                case .group(let g):
                    counts.groups += 1
                    count(g.body)
                case .assert: counts.asserts += 1
                default: break
                }
            }
        }
        for script in scripts { count(script.statements) }
        model.indicators.reserveCapacity(model.indicators.count + counts.indicators)
        model.budgets.reserveCapacity(model.budgets.count + counts.budgets)
        model.spends.reserveCapacity(model.spends.count + counts.spends)
        model.groups.reserveCapacity(model.groups.count + counts.groups)
        model.asserts.reserveCapacity(model.asserts.count + counts.asserts)
        model.symbols.reserveCapacity(counts.indicators)
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
                for k in i..<max(j, i + 1) {
                    let change = editor.apply(ss[k], fromPolicy: fromPolicy, to: &model)
                    diagnostics += change.diagnostics
                }
            }
            i = max(j, i + 1)
        }
    }

    /// After the last script: what only the whole model shows (`DeclarationChecks`).
    public mutating func finish() {
        diagnostics += DeclarationChecks.findings(in: model)
    }

    /// Top-level indicators, as the editor adds them one by one.
    mutating func addIndicators(_ run: ArraySlice<Statement>) {
        let first = model.indicators.count
        for s in run { if case .indicator(let d) = s { model.indicators.append(IndicatorNode(decl: d, group: nil, placement: nil)) } }
        model.indicators.withUnsafeBufferPointer { nodes in
            nonisolated(unsafe) let nodes = nodes
            model.symbols.appendIndicators(first: first, count: run.count) { k in nodes[first + k].decl.name.text }
        }
    }
}
