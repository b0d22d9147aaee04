/// Verdicts as cells: computed by the judge when read, kept like values, and evaluation on
/// the judge's behalf that hands back what it raised instead of recording it.
extension Evaluator {
    public func verdict(_ ref: EntityRef) -> Verdict {
        touch(verdictCell(ref))
        return verdictCache[ref] ?? Verdict()
    }

    /// The message behind the light of `ref` (nil: none), written the first time it is
    /// asked for. It is written as the verdict's cell: what it reads, the verdict depends
    /// on, as if it had been written when the verdict was judged.
    public func lightMessage(of ref: EntityRef) -> String? {
        let c = verdictCell(ref)
        touch(c)
        guard let by = verdictCache.pendingLightMessage(ref) else { return verdictCache[ref]?.lightMessage }
        cells.beginWriting(as: c)
        let m = judge.lightMessage(of: ref, by: by, in: self)
        cells.endWriting(as: c)
        verdictCache.setLightMessage(m, of: ref)
        return m
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
