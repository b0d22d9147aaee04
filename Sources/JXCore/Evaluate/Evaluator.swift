/// Computes every value of a model, lazily and once: each value is a cell, and reading a
/// cell while computing another records a dependency edge. A what-if change then
/// invalidates only the cells that depend on it (see `invalidate`), so the REPL and
/// scenarios recompute what moved and nothing else.
public final class Evaluator {
    public struct Cell: Hashable, Sendable {
        public enum Kind: UInt8, Sendable { case constant, spend, budget, indicator, timeProgress, budgetVerdict, indicatorVerdict }
        public var kind: Kind
        public var index: Int32
        public init(_ kind: Kind, _ index: Int) { self.kind = kind; self.index = Int32(truncatingIfNeeded: index) }
        static let time = Cell(.timeProgress, 0)
    }

    /// An evaluation that could not produce a value; the diagnostic (if any) is already recorded.
    public struct Failure: Error {}

    public internal(set) var model: Model {
        didSet { lastUnit = nil; namesByFile = NamesByFile(); judgeMemo = nil; declaredCountsMemo = nil; tablesMemo = nil }
    }
    /// The model's tables (see `tables`), worked out the first time they are asked for.
    var tablesMemo: ModelTables?
    /// The listed counts of the model's `declared` counts (`declaredListedCounts`): they
    /// depend on the model alone, and `check`'s findings and the report both ask.
    var declaredCountsMemo: [(level1: Int, level2: Int, level3: Int)]?
    /// What the judge worked out from this model once (its rules compiled): forgotten with
    /// every change of the model, and not copied with the evaluator.
    public var judgeMemo: AnyObject?
    /// Changes to the model go through here (see `apply`).
    var editor = ModelEditor(.live)
    var constantValues: [Value?]
    var spendValues: [Quantity?]
    var budgetResults: [BudgetResult?]
    /// By indicator; grown as results are stored (see `keepsWrittenResults`).
    var indicatorResults: [IndicatorResult?]
    var timeProgressValue: Exact?
    /// Which cells are computed, who read whom, and what each computation said.
    var cells: CellGraph
    /// Diagnostics not tied to a cell (unknown units, noted once).
    public internal(set) var notes: [Diagnostic] = []
    /// Nesting of expressions being evaluated and of cells being computed; past
    /// `maxDepth` it is a diagnostic, not a stack overflow.
    var evalDepth = 0
    static let maxDepth = 120
    var verdictCache = VerdictCache()
    /// Candidates that "did you mean …?" may still compare (see `suggest`).
    var suggestionsLeft = Evaluator.suggestionBudget
    /// The unit last looked up by name (see `unit(named:)`); forgotten when the model changes.
    var lastUnit: (String, Unit)?
    /// Names declared in many files, by file (see `NamesByFile`).
    var namesByFile = NamesByFile()
    /// Whether `evaluateAll` keeps the results of indicators computed from written numbers
    /// alone. `jx check` of a script without rules needs only their diagnostics: it
    /// computes them and lets the results go, and a later read computes one again (the
    /// same result: it reads nothing that can change in between).
    public var keepsWrittenResults = true
    /// Whether `evaluateAll` may compute written-number indicators on several cores
    /// (`precomputeWrittenIndicators`); tests turn it off to compare.
    var allowsParallel = true
    /// Only for naming files in messages about ambiguous names.
    public var sourceMap: SourceMap?
    /// Whether the judge keeps, with each verdict, the comparisons of constants it made
    /// (`Judge.comparedOnly`): the REPL's what-if, where a threshold moved judges again only
    /// the verdicts whose comparisons it turns. Not copied with the evaluator.
    public var recordsComparisons = false
    /// The constants read while a verdict is judged (with `recordsComparisons`) outside the
    /// comparisons the judge keeps (`constantsReadPaused` > 0 while it reads those).
    var constantsRead: [Int32]?
    var constantsReadPaused = 0

    /// Decides lights and scores (the rules, in the layer above).
    public private(set) var judge: any Judge

    public init(model: Model, judge: any Judge) {
        self.model = model
        self.judge = judge
        constantValues = Array(repeating: nil, count: model.constants.count)
        spendValues = Array(repeating: nil, count: model.spends.count)
        budgetResults = Array(repeating: nil, count: model.budgets.count)
        indicatorResults = []
        // Kinds in `Cell.Kind` order: constant, spend, budget, indicator, time, verdicts.
        cells = CellGraph(counts: [model.constants.count, model.spends.count, model.budgets.count, model.indicators.count, 1,
                                     model.budgets.count, model.indicators.count])
    }

    /// The department's own part and each project, with what sits at the top of each.
    public var tables: ModelTables {
        if let known = tablesMemo { return known }
        let t = ModelTables(model)
        tablesMemo = t
        return t
    }

    /// An independent copy (for a scenario), sharing nothing mutable.
    public func copy() -> Evaluator {
        let e = Evaluator(model: model, judge: judge.copy())
        e.constantValues = constantValues
        e.spendValues = spendValues
        e.budgetResults = budgetResults
        e.indicatorResults = indicatorResults
        e.timeProgressValue = timeProgressValue
        e.cells = cells
        e.notes = notes
        e.verdictCache = verdictCache
        e.sourceMap = sourceMap
        e.editor = editor
        return e
    }

    // MARK: cells

    /// Ensures a cell is computed; records that the cell being computed depends on it.
    func touch(_ c: Cell) {
        if c.kind == .constant, constantsRead != nil, constantsReadPaused == 0 { constantsRead!.append(c.index) }
        switch cells.enter(c, maxDepth: Evaluator.maxDepth) {
        case .computed: return
        case .cycle:
            report(Diagnostic(.error, .cycle, .evaluation(.cycle(describe(c))), at: span(of: c), hint: .evaluation(.cycleHint)))
        case .tooDeep:
            report(Diagnostic(.error, .tooDeep, .evaluation(.chainTooLong(describe(c), depth: Evaluator.maxDepth)), at: span(of: c),
                              hint: .evaluation(.chainTooLongHint)))
        case .started:
            compute(c)
            cells.leave(c)
        }
    }

    /// Whether a cell holds its value (it is recomputed on the next read otherwise).
    func isComputed(_ c: Cell) -> Bool { cells.isComputed(c) }

    func compute(_ c: Cell) {
        let i = Int(c.index)
        switch c.kind {
        case .constant: constantValues[i] = computeConstant(i)
        case .spend: spendValues[i] = computeSpend(i)
        case .budget: budgetResults[i] = computeBudget(i)
        case .indicator: storeIndicator(i, computeIndicator(i))
        case .timeProgress: timeProgressValue = computeTimeProgress()
        case .budgetVerdict: verdictCache.store(judge.judge(.budget(i), in: self), for: .budget(i), of: model.budgets.count)
        case .indicatorVerdict: verdictCache.store(judge.judge(.indicator(i), in: self), for: .indicator(i), of: model.indicators.count)
        }
    }

    func report(_ d: Diagnostic) {
        if !cells.record(d) { notes.append(d) }
    }

    func describe(_ c: Cell) -> EvaluationMessage.CellName {
        let i = Int(c.index)
        switch c.kind {
        case .constant: return .named(model.constants[i].name.text)
        case .spend: return .named(model.spends[i].name.text)
        case .budget: return .budget(model.budgets[i].name.text)
        case .indicator: return .indicator(model.indicators[i].decl.name.text)
        case .timeProgress: return .timeProgress
        case .budgetVerdict: return .budgetLight(model.budgets[i].name.text)
        case .indicatorVerdict: return .indicatorLight(model.indicators[i].decl.name.text)
        }
    }

    func span(of c: Cell) -> Span? {
        let i = Int(c.index)
        switch c.kind {
        case .constant: return model.constants[i].name.span
        case .spend: return model.spends[i].name.span
        case .budget: return model.budgets[i].name.span
        case .indicator: return model.indicators[i].decl.name.span
        case .timeProgress: return model.report.span
        case .budgetVerdict: return model.budgets[i].name.span
        case .indicatorVerdict: return model.indicators[i].decl.name.span
        }
    }

    public static func cell(for e: EntityRef) -> Cell? {
        switch e {
        case .budget(let i): Cell(.budget, i)
        case .spend(let i): Cell(.spend, i)
        case .indicator(let i): Cell(.indicator, i)
        case .constant(let i): Cell(.constant, i)
        case .group: nil
        }
    }

    // MARK: public reads

    public func budget(_ i: Int) -> BudgetResult? { touch(Cell(.budget, i)); return budgetResults[i] }
    public func indicator(_ i: Int) -> IndicatorResult? {
        touch(Cell(.indicator, i))
        return i >= 0 && i < indicatorResults.count ? indicatorResults[i] : nil
    }

    func storeIndicator(_ i: Int, _ r: IndicatorResult?) {
        guard i >= 0 else { return }
        if i >= indicatorResults.count {
            if r == nil { return }
            CappedGrowth.grow(&indicatorResults, toHold: i, limit: model.indicators.count)
        }
        indicatorResults[i] = r
    }
    public func spend(_ i: Int) -> Quantity? { touch(Cell(.spend, i)); return spendValues[i] }
    public func constant(_ i: Int) -> Value? { touch(Cell(.constant, i)); return constantValues[i] }
    public func timeProgress() -> Exact? { touch(.time); return timeProgressValue }

    /// Computes everything (a full run of `check` or `report`).
    public func evaluateAll() {
        suggestionsLeft = Evaluator.suggestionBudget
        for i in model.constants.indices { touch(Cell(.constant, i)) }
        for i in model.budgets.indices { touch(Cell(.budget, i)) }
        for i in model.spends.indices { touch(Cell(.spend, i)) }
        let done = precomputeWrittenIndicators()
        for i in model.indicators.indices where i >= done.count || done[i] == 0 { touch(Cell(.indicator, i)) }
    }

    /// Every diagnostic raised by computing values, in source order.
    public var diagnostics: [Diagnostic] {
        // Rule errors are the judge's, reported once per rule with its findings.
        var all = notes
        for (_, ds) in cells.diagnostics { all.append(contentsOf: ds) }
        all.sort { ($0.span?.file ?? 0, $0.span?.start ?? 0, $0.message) < ($1.span?.file ?? 0, $1.span?.start ?? 0, $1.message) }
        return all
    }

    public func diagnostics(of e: EntityRef) -> [Diagnostic] {
        guard let c = Evaluator.cell(for: e) else { return [] }
        return cells.diagnostics[c] ?? []
    }

    /// What computing a cell said, the last time it was computed.
    public func diagnostics(ofCell c: Cell) -> [Diagnostic] { cells.diagnostics[c] ?? [] }

    // MARK: what-if

    /// Forgets the cells that depend (transitively) on `changed`, and returns them all, so
    /// that they are recomputed on the next read. The model change itself is the caller's.
    /// With `recordsComparisons`, a verdict that read a changed constant only in comparisons
    /// that still come out the same is kept (`invalidateHoldingVerdicts`). `noting` is told
    /// the cells as they are forgotten, before anything is recomputed (deciding which
    /// verdicts are kept computes the changed constants).
    @discardableResult
    public func invalidate(_ changed: [Cell], noting: ([Cell]) -> Void = { _ in }) -> [Cell] {
        guard recordsComparisons, cells.current == nil else {
            let order = cells.invalidate(changed).order
            noting(order)
            return order
        }
        return invalidateHoldingVerdicts(changed, noting: noting)
    }

    /// Fits the cells to the model after a structural change (a new indicator, a new
    /// budget): new cells start empty; existing ones are invalidated by the caller.
    func resizeCells() {
        func grow<T>(_ a: inout [T?], _ n: Int) {
            if a.count < n { a.append(contentsOf: Array(repeating: nil, count: n - a.count)) }
            else if a.count > n { a.removeLast(a.count - n) }
        }
        grow(&constantValues, model.constants.count)
        grow(&spendValues, model.spends.count)
        grow(&budgetResults, model.budgets.count)
        // Indicator results grow as they are stored: only a smaller model trims them.
        if indicatorResults.count > model.indicators.count { indicatorResults.removeLast(indicatorResults.count - model.indicators.count) }
    }

    // MARK: time

    /// 时间进度: months elapsed at the monitoring node ÷ 12 (end of June → 50%).
    func computeTimeProgress() -> Exact? {
        guard let node = model.report.node else { return nil }
        guard let m = Evaluator.monthsElapsed(month: node.month, day: node.day, year: node.year ?? model.report.year) else { return nil }
        return try? m.divided(by: Exact(12))
    }

    /// Months from the start of the year to the end of the given day: 6-30 → 6, 12-31 → 12.
    public static func monthsElapsed(month: Int, day: Int, year: Int?) -> Exact? {
        let days = CivilDate.days(inMonth: month, year: year)
        let d = min(day, days)
        return try? Exact(month - 1).adding(Exact.fraction(Int128(d), Int128(days)))
    }
}
