/// A threshold moved (`红灯线 = 50%`) is read by every light, but turns only the lights
/// whose figures lie between its old and its new value. With `recordsComparisons` the
/// judge keeps, with each verdict, the comparisons of constants it made; a verdict that
/// read a changed constant only there is not forgotten with the constant but asked
/// (`Judge.stillHolds`) once the constants are forgotten, so that the comparisons read the
/// new values. One whose comparisons all come out the same keeps its verdict and its edges
/// (its light's message, if it shows a constant, written again when the verdict is next read:
/// `Evaluator.verdict`); any other is forgotten as usual, with what depends on it.
extension Evaluator {
    func invalidateHoldingVerdicts(_ changed: [Cell], noting: ([Cell]) -> Void) -> [Cell] {
        let judge = self.judge
        var walk = cells.invalidate(changed) { reader, from in
            guard from.kind == .constant, let ref = Evaluator.entity(ofVerdict: reader) else { return false }
            return judge.comparedOnly(ref, constant: Int(from.index))
        }
        noting(walk.order)
        guard !walk.held.isEmpty else { return walk.order }
        // Each held verdict once, in the order reached, with every edge that reached it.
        var froms: [Cell: [Cell]] = [:]
        var verdicts: [Cell] = []
        for (reader, from) in walk.held {
            if froms[reader] == nil { verdicts.append(reader) }
            froms[reader, default: []].append(from)
        }
        for v in verdicts where cells.isComputed(v) {
            guard let ref = Evaluator.entity(ofVerdict: v) else { continue }
            let held = judge.stillHolds(ref, in: self)
            if case .judgeAgain = held {
                let more = cells.invalidate([v]).order
                noting(more)
                walk.order += more
                continue
            }
            if case .sameButMessage = held { verdictCache.markMessageStale(ref) }
            for from in froms[v] ?? [] { cells.dependents.add(from, reader: v) }
        }
        return walk.order
    }

    /// The entity a verdict cell judges; nil for any other cell.
    static func entity(ofVerdict c: Cell) -> EntityRef? {
        switch c.kind {
        case .budgetVerdict: .budget(Int(c.index))
        case .indicatorVerdict: .indicator(Int(c.index))
        default: nil
        }
    }
}
