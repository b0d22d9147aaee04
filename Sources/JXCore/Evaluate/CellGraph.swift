/// The bookkeeping of lazy evaluation, apart from what the cells hold: which cells hold
/// their values and which are being computed, which cell read which (so that a change
/// forgets exactly what depends on it), and what each computation said.
struct CellGraph {
    typealias Cell = Evaluator.Cell
    typealias States = Evaluator.CellStates

    var states = States()
    /// The cells being computed, the innermost last.
    private(set) var stack: [Cell] = []
    /// Cell → the cells that read it.
    var dependents = Evaluator.DependencyGraph()
    /// Diagnostics raised while computing a cell; replaced when it is recomputed.
    var diagnostics: [Cell: [Diagnostic]] = [:]

    init(counts: [Int]) { states = States(counts: counts) }

    /// The cell being computed, if any.
    var current: Cell? { stack.last }

    var depth: Int { stack.count }

    enum Entry { case computed, cycle, tooDeep, started }

    /// Records that the cell being computed reads `c`, and says whether `c` is to be
    /// computed now (`started`: the caller computes it, then calls `leave`). Inlined: it is
    /// the evaluator's hottest path, and a call with an enum to return cost 10%.
    @inline(__always)
    mutating func enter(_ c: Cell, maxDepth: Int) -> Entry {
        if let reader = stack.last, reader != c { dependents.add(c, reader: reader) }
        let s = states.get(c)
        if s & States.computed != 0 { return .computed }
        if s & States.inProgress != 0 { return .cycle }
        if stack.count >= maxDepth { return .tooDeep }
        states.set(c, (s | States.inProgress) & ~States.hasDiagnostics)
        stack.append(c)
        if s & States.hasDiagnostics != 0 { diagnostics[c] = nil }
        return .started
    }

    @inline(__always)
    mutating func leave(_ c: Cell) {
        stack.removeLast()
        states.set(c, (states.get(c) & ~States.inProgress) | States.computed)
    }

    func isComputed(_ c: Cell) -> Bool { states.get(c) & States.computed != 0 }

    /// Between these, what is read is read by `c` (computed already): a light's message
    /// written after its verdict (`Evaluator.lightMessage(of:)`).
    mutating func beginWriting(as c: Cell) { stack.append(c) }
    mutating func endWriting(as c: Cell) { if stack.last == c { stack.removeLast() } }

    /// Keeps `d` with the cell being computed; false when none is (the caller keeps it).
    mutating func record(_ d: Diagnostic) -> Bool {
        guard let c = stack.last else { return false }
        diagnostics[c, default: []].append(d)
        states.set(c, states.get(c) | States.hasDiagnostics)
        return true
    }

    /// How many diagnostics the cell being computed holds so far.
    /// Mutating only so that it reads the graph in place (a copy retains all its arrays).
    mutating func mark() -> Int {
        // Most cells say nothing: their flag answers without a lookup.
        guard let c = stack.last, states.get(c) & States.hasDiagnostics != 0 else { return 0 }
        return diagnostics[c]?.count ?? 0
    }

    /// Takes back the diagnostics the cell being computed got since `mark`.
    mutating func take(since mark: Int) -> [Diagnostic] {
        guard let c = stack.last, var ds = diagnostics[c], ds.count > mark else { return [] }
        let fresh = Array(ds[mark...])
        ds.removeSubrange(mark...)
        diagnostics[c] = ds
        return fresh
    }

    /// Forgets the cells that depend (transitively) on `changed`, and returns them all, so
    /// that they are recomputed on the next read. A reader of a forgotten cell for which
    /// `holdingBack(reader, cell)` is true is not followed but handed back in `held`, with
    /// the edge that reached it (which is gone from the graph: the caller puts back the
    /// edges of the readers it keeps).
    mutating func invalidate(_ changed: [Cell], holdingBack: ((Cell, Cell) -> Bool)? = nil) -> (order: [Cell], held: [(reader: Cell, from: Cell)]) {
        var queue = changed
        var order: [Cell] = []
        var held: [(reader: Cell, from: Cell)] = []
        while let c = queue.popLast() {
            let s = states.get(c)
            guard s & States.queued == 0 else { continue }
            // Marked while the walk lasts (instead of a set of seen cells), cleared below.
            states.set(c, (s | States.queued) & ~States.computed)
            order.append(c)
            let readers = dependents.removeReaders(of: c)
            if let holdingBack {
                for r in readers {
                    if holdingBack(r, c) { held.append((r, c)) } else { queue.append(r) }
                }
            } else {
                queue.append(contentsOf: readers)
            }
        }
        for c in order { states.set(c, states.get(c) & ~States.queued) }
        return (order, held)
    }
}
