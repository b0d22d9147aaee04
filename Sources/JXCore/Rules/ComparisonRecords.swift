/// What a verdict compared with a threshold (a constant, or a kept part that reads one and no
/// field of the subject: `时间进度 * 红灯线`), kept with the verdict when the evaluator asks
/// (`Evaluator.recordsComparisons`, the REPL): each comparison with the other side's value
/// and what it came out as, and the constants the verdict read anywhere else (a score, a
/// finding's message). A change of a constant that the verdict read only in its
/// comparisons moves it only if one of them comes out otherwise: the clauses are then
/// tried in the same order with the same outcomes, and the same clause holds.
struct ComparisonRecord {
    /// What the verdict compared with: a kept part (`时间进度 * 红灯线`) or a constant itself.
    enum Threshold {
        case kept(Int)
        case constant(Int, Ident)
    }

    struct Comparison {
        let threshold: Threshold
        let op: BinaryOp
        /// The side that is not the threshold, as it was.
        let other: Value
        let thresholdOnLeft: Bool
        let result: Value
        let left: Expr, right: Expr, span: Span
    }

    /// The compiled rules the slots are of, held so that no other program can take its place
    /// (compared by identity).
    let program: RuleProgram
    var comparisons: [Comparison] = []
    /// Constants read outside the comparisons, by index.
    var constants: [Int32] = []
    /// Whether the light has a message (`Verdict.lightBy`), written when asked for: kept
    /// through a change, it is written again, since it may show what changed.
    var describesLight = false
    /// A comparison that could not be made: the verdict is judged again on any change.
    var failed = false
}

/// The records of the verdicts last judged, by entity.
struct ComparisonRecords {
    private var budgets: [ComparisonRecord?] = []
    private var indicators: [ComparisonRecord?] = []

    /// Keeps (or, with nil, forgets) the record of `ref`; it is read with `withRecord`.
    mutating func set(_ r: ComparisonRecord?, for ref: EntityRef) {
        switch ref {
        case .budget(let i): ComparisonRecords.put(r, at: i, in: &budgets)
        case .indicator(let i): ComparisonRecords.put(r, at: i, in: &indicators)
        default: break
        }
    }

    private static func put(_ r: ComparisonRecord?, at i: Int, in a: inout [ComparisonRecord?]) {
        guard i >= 0 else { return }
        if i >= a.count {
            guard r != nil else { return }
            a.append(contentsOf: repeatElement(nil, count: i + 1 - a.count))
        }
        a[i] = r
    }

    mutating func removeAll() {
        budgets = []
        indicators = []
    }

    /// `body` of the record of `ref`, read in place; nil when there is none.
    func withRecord<R>(_ ref: EntityRef, _ body: (borrowing ComparisonRecord) -> R) -> R? {
        func read(_ a: [ComparisonRecord?], _ i: Int) -> R? {
            guard i >= 0, i < a.count else { return nil }
            return a.withUnsafeBufferPointer { b in
                guard b[i] != nil else { return nil }
                return body(b[i].unsafelyUnwrapped)
            }
        }
        switch ref {
        case .budget(let i): return read(budgets, i)
        case .indicator(let i): return read(indicators, i)
        default: return nil
        }
    }
}

extension RuleEngine {
    /// Which side of a comparison is a threshold, a constant or a kept part that reads one
    /// (true: the left); nil when neither or both are.
    static func thresholdSide(_ a: RuleCode, _ b: RuleCode) -> Bool? {
        switch (threshold(a) != nil, threshold(b) != nil) {
        case (true, false): return true
        case (false, true): return false
        default: return nil
        }
    }

    static func threshold(_ c: RuleCode) -> ComparisonRecord.Threshold? {
        switch c {
        case .kept(let slot, _, let cells) where cells.contains(where: { $0.kind == .constant }): .kept(slot)
        case .constant(let i, let id): .constant(i, id)
        default: nil
        }
    }

    /// A comparison with a threshold, evaluated as `run` evaluates any, and kept in the
    /// record of the verdict being judged. The threshold's reads of its constants are the
    /// comparison's, not the verdict's (`constantsReadPaused`).
    func recordedComparison(_ op: BinaryOp, _ a: RuleCode, _ b: RuleCode, thresholdOnLeft: Bool, _ l: Expr, _ r: Expr, _ s: Span,
                            _ ctx: Evaluator.Context, _ rules: CompiledRules, in ev: Evaluator) throws(Evaluator.Failure) -> Value {
        guard let threshold = RuleEngine.threshold(thresholdOnLeft ? a : b) else { return try ev.combine(op, try run(a, ctx, rules, in: ev), try run(b, ctx, rules, in: ev), l, r, s) }
        func side(_ c: RuleCode, isThreshold: Bool) throws(Evaluator.Failure) -> Value {
            guard isThreshold else { return try run(c, ctx, rules, in: ev) }
            ev.constantsReadPaused += 1
            defer { ev.constantsReadPaused -= 1 }
            return try run(c, ctx, rules, in: ev)
        }
        do {
            let x = try side(a, isThreshold: thresholdOnLeft)
            let y = try side(b, isThreshold: !thresholdOnLeft)
            let result = try ev.combine(op, x, y, l, r, s)
            recording?.comparisons.append(ComparisonRecord.Comparison(threshold: threshold, op: op, other: thresholdOnLeft ? y : x, thresholdOnLeft: thresholdOnLeft,
                                                                      result: result, left: l, right: r, span: s))
            return result
        } catch {
            recording?.failed = true
            throw error
        }
    }

    public func comparedOnly(_ ref: EntityRef, constant c: Int) -> Bool {
        records.withRecord(ref) { !$0.failed && !$0.constants.contains(Int32(truncatingIfNeeded: c)) } ?? false
    }

    public func stillHold(_ refs: [EntityRef], in ev: Evaluator) -> [HeldVerdict] {
        let code = compiled(ev)
        // Anything said while comparing (a unit that does not fit) is the judging's to say:
        // taken back here, and the verdict judged again says it.
        let said = ev.notes.count
        defer { if ev.notes.count > said { ev.notes.removeLast(ev.notes.count - said) } }
        return refs.map { ref in
            // Read in place: a copy of a record, or of each comparison, retained its parts.
            records.withRecord(ref) { record in
                guard !record.failed, code.program === record.program else { return .judgeAgain }
                let holds = record.comparisons.withUnsafeBufferPointer { cs in
                    for i in cs.indices {
                        guard let t = thresholdValue(cs[i].threshold, ref, code, in: ev), ev.notes.count == said else { return false }
                        let (x, y) = cs[i].thresholdOnLeft ? (t, cs[i].other) : (cs[i].other, t)
                        if let held = Evaluator.orderInOneUnit(cs[i].op, x, y) {
                            guard case .bool(held) = cs[i].result else { return false }
                            continue
                        }
                        let now = try? ev.combine(cs[i].op, x, y, cs[i].left, cs[i].right, cs[i].span)
                        guard let now, ev.notes.count == said, now == cs[i].result else { return false }
                    }
                    return true
                }
                guard holds else { return .judgeAgain }
                return record.describesLight ? .sameButMessage : .same
            } ?? .judgeAgain
        }
    }

    /// A threshold's value with the model's values now (a kept part computed and kept).
    func thresholdValue(_ t: ComparisonRecord.Threshold, _ ref: EntityRef, _ code: CompiledRules, in ev: Evaluator) -> Value? {
        switch t {
        case .constant(let i, let id):
            return try? ev.defaultValue(of: .constant(i), at: id.span)
        case .kept(let slot):
            guard slot < code.kept.count, slot < code.program.keptCodes.count else { return nil }
            if let k = code.kept[slot] { return k }
            guard let k = try? run(code.program.keptCodes[slot], Evaluator.Context(subject: ref), code, in: ev) else { return nil }
            code.kept[slot] = k
            return k
        }
    }
}
