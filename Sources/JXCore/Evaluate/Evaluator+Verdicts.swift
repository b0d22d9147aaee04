/// Verdicts as cells: computed by the judge when read, kept like values, and evaluation on
/// the judge's behalf that hands back what it raised instead of recording it.
extension Evaluator {
    public func verdict(_ ref: EntityRef) -> Verdict {
        touch(verdictCell(ref))
        if !verdictCache.staleMessages.isEmpty, verdictCache.staleMessages.contains(ref) { rewriteLightMessage(ref) }
        return verdictCache[ref] ?? Verdict()
    }

    /// A verdict kept through a change of a constant its light's message shows
    /// (`HeldVerdict.sameButMessage`): the judge writes the message again. If it cannot (it
    /// keeps the record of every verdict it kept), the verdict is judged again, when no
    /// other cell is being computed (one could depend on it).
    func rewriteLightMessage(_ ref: EntityRef) {
        let m = judge.lightMessage(of: ref, in: self)
        verdictCache.setLightMessage(m, of: ref)
        guard m == nil, cells.current == nil else { return }
        let c = verdictCell(ref)
        invalidate([c])
        touch(c)
    }

    /// `verdict(ref).light`, without copying the verdict.
    public func light(of ref: EntityRef) -> Light? {
        touch(verdictCell(ref))
        return verdictCache.light(of: ref)
    }

    func verdictCell(_ ref: EntityRef) -> Cell {
        switch ref {
        case .budget(let i): Cell(.budgetVerdict, i)
        case .indicator(let i): Cell(.indicatorVerdict, i)
        default: Cell(.budgetVerdict, -1)
        }
    }

    /// Evaluates `e`; if it fails, the diagnostics it raised in the cell being computed are
    /// taken back and handed to `withheld` (a rule reports an error once, not once for each
    /// entity it judges).
    public func evaluate(_ e: Expr, _ ctx: Context, withholding withheld: inout [Diagnostic]) throws(Failure) -> Value {
        try withholding(&withheld) { () throws(Failure) -> Value in try eval(e, ctx) }
    }

    /// Runs `body` as `evaluate(_:_:withholding:)` runs an expression.
    public func withholding(_ withheld: inout [Diagnostic], _ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        let mark = cells.mark()
        do {
            return try body()
        } catch {
            withheld += cells.take(since: mark)
            throw error
        }
    }

    /// Runs `body` leaving no diagnostic behind (a rule's message shows a part without a
    /// value as `?`, not as an error per entity).
    public func silently<T>(_ body: () -> T) -> T {
        let saved = notes.count
        let mark = cells.mark()
        defer {
            if notes.count > saved { notes.removeSubrange(saved...) }
            _ = cells.take(since: mark)
        }
        return body()
    }

    public func dropNotes(from index: Int, keeping keep: (Diagnostic) -> Bool = { _ in false }) {
        guard index >= 0, index < notes.count else { return }
        let kept = notes[index...].filter(keep)
        notes.removeSubrange(index...)
        notes += kept
    }
}
