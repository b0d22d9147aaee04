/// A threshold moved (`红灯线 = 50%`) is read by every light, but turns only the lights
/// whose figures lie between its old and its new value. With `recordsComparisons` the
/// judge keeps, with each verdict, the comparisons of constants it made; a verdict that
/// read a changed constant only there is not forgotten with the constant but asked
/// (`Judge.stillHold`) once the constants are forgotten, so that the comparisons read the
/// new values. One whose comparisons all come out the same keeps its verdict and its edges
/// (its light's message written again when next asked for: `Evaluator.lightMessage(of:)`);
/// any other is forgotten as usual, with what depends on it.
extension Evaluator {
    func invalidateHoldingVerdicts(_ changed: [Cell], noting: ([Cell]) -> Void) -> [Cell] {
        let judge = self.judge
        var walk = cells.invalidate(changed) { reader, from in
            guard from.kind == .constant, let ref = Evaluator.entity(ofVerdict: reader) else { return false }
            return judge.comparedOnly(ref, constant: Int(from.index))
        }
        noting(walk.order)
        guard !walk.held.isEmpty else { return walk.order }
        // Each held verdict once, with every edge that reached it: sorted by verdict (most
        // were reached from one constant), asked all at once, then kept or forgotten.
        walk.held.sort { ($0.reader.kind.rawValue, $0.reader.index) < ($1.reader.kind.rawValue, $1.reader.index) }
        var verdicts: [Cell] = []
        var firstEdge: [Int] = []
        for (k, h) in walk.held.enumerated() where verdicts.last != h.reader {
            verdicts.append(h.reader)
            firstEdge.append(k)
        }
        firstEdge.append(walk.held.count)
        let refs = verdicts.map { Evaluator.entity(ofVerdict: $0) ?? .budget(-1) }
        let answers = judge.stillHold(refs, in: self)
        for (k, v) in verdicts.enumerated() where k < answers.count && cells.isComputed(v) {
            if case .judgeAgain = answers[k] {
                let more = cells.invalidate([v]).order
                noting(more)
                walk.order += more
                continue
            }
            if case .sameButMessage = answers[k] { verdictCache.forgetLightMessage(refs[k]) }
            for e in firstEdge[k]..<firstEdge[k + 1] { cells.dependents.add(walk.held[e].from, reader: v) }
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
