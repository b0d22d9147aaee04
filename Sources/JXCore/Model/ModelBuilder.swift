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
