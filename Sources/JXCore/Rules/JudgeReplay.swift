/// Judging a subject again without judging it afresh, for the REPL. A policy threshold
/// (`红灯线 = 50%`) is read by every verdict through a kept part (`时间进度 * 红灯线`), so
/// the cell graph invalidates them all; most give the same verdict. While it judges, the
/// engine keeps what each verdict read, in order: the subject's fields, the kept parts
/// used as values, the comparisons of the subject's side with a kept part (the side's
/// value and the result), the kept parts its messages show, and the clauses that fired.
/// Judging the subject again first reads the fields again and compares the kept parts
/// again: when every read gives what it gave, the rules take the same path, and the verdict
/// is the one kept (its messages expanded again when a kept part they show moved). When
/// one read differs, the subject is judged afresh. A replay reads what the judging read,
/// so the verdict keeps its edges in the cell graph.
///
/// Only verdicts that read nothing else are kept: no expression evaluated as written, no
/// light, score or weight read, no error and nothing noted, no scoring rule, at most 64
/// rules. Changes that move what the compiled rules resolve (a rule, a name, a unit, the
/// year, every verdict) forget them all (`forgetReplays`).
enum ReplayStep {
    /// A field of the subject (its slot in `CompiledRules.fields`) and its value.
    case field(Int, Value)
    /// A kept part, by slot, read as a value.
    case kept(Int, Value)
    /// A comparison (`CompiledRules.comparisons`): the subject's side, the kept side and
    /// the result.
    case compared(Int, Value, Value, Value)
    /// A kept part a message shows.
    case shown(Int, Value)
    /// The clause of a rule that held.
    case fired(rule: Int, clause: Int)
}

/// What the judging under way read; off unless the engine keeps replays.
struct JudgeTrace {
    var on = false
    /// Inside a message: kept parts read are shown, not decisive.
    var inMessage = false
    var replayable = true
    var steps: [ReplayStep] = []

    mutating func field(_ slot: Int?, _ v: Value) {
        guard let slot else { replayable = false; return }
        steps.append(.field(slot, v))
    }

    mutating func kept(_ slot: Int, _ v: Value) {
        steps.append(inMessage ? .shown(slot, v) : .kept(slot, v))
    }

    mutating func compared(_ i: Int, _ x: Value, _ v: Value, kept: RuleCode, keptValue: Value) {
        guard inMessage else { steps.append(.compared(i, x, keptValue, v)); return }
        if case .kept(let slot, _, _) = kept { steps.append(.shown(slot, keptValue)) } else { replayable = false }
    }
}

/// One verdict with what it read.
struct JudgeRecord {
    var steps: [ReplayStep]
    /// The rules that applied to the subject, by index.
    var applied: UInt64
    /// Where the subject is declared: an index taken over by another subject is not its.
    var span: Span
    var verdict: Verdict
}

/// The records, by budget and by indicator.
struct JudgeRecords {
    private var budgets: [JudgeRecord?] = []
    private var indicators: [JudgeRecord?] = []

    subscript(_ ref: EntityRef) -> JudgeRecord? {
        get {
            switch ref {
            case .budget(let i): i >= 0 && i < budgets.count ? budgets[i] : nil
            case .indicator(let i): i >= 0 && i < indicators.count ? indicators[i] : nil
            default: nil
            }
        }
        set {
            switch ref {
            case .budget(let i): JudgeRecords.put(newValue, at: i, in: &budgets)
            case .indicator(let i): JudgeRecords.put(newValue, at: i, in: &indicators)
            default: break
            }
        }
    }

    private static func put(_ r: JudgeRecord?, at i: Int, in list: inout [JudgeRecord?]) {
        guard i >= 0 else { return }
        if i >= list.count {
            guard r != nil else { return }
            list.append(contentsOf: repeatElement(nil, count: i + 1 - list.count))
        }
        list[i] = r
    }

    mutating func removeAll() {
        budgets = []
        indicators = []
    }
}

extension RuleEngine {
    /// The rules that apply to `ref`, as a mask; nil past 64 rules.
    func appliedMask(_ ref: EntityRef, in ev: Evaluator) -> UInt64? {
        let rules = ev.model.rules
        guard rules.count <= 64 else { return nil }
        var mask: UInt64 = 0
        for r in rules.indices where applies(rules[r], to: ref, in: ev) { mask |= 1 << UInt64(r) }
        return mask
    }

    /// The verdict `record` kept, when every read it made gives what it gave; nil when the
    /// subject is to be judged afresh. Updates the record when its messages moved.
    func replay(_ record: JudgeRecord, _ ref: EntityRef, _ ctx: Evaluator.Context, _ code: CompiledRules, in ev: Evaluator) -> Verdict? {
        guard record.span == ev.model.span(of: ref), appliedMask(ref, in: ev) == record.applied else { return nil }
        var shownMoved = false
        let same: Bool = ev.silently { () -> Bool in
            for step in record.steps {
                switch step {
                case .field(let slot, let v):
                    guard slot < code.fieldNames.count, let id = code.fieldNames[slot],
                          let now = try? ev.member(ctx.subject!, id, ctx, known: Member.allCases[slot]), now == v else { return false }
                    code.fields[slot] = now
                    code.stamps[slot] = code.stamp
                case .kept(let slot, let v):
                    guard slot < code.keptParts.count, (try? keptValue(code.keptParts[slot], ctx, code, in: ev)) == v else { return false }
                case .compared(let i, let x, let then, let v):
                    guard i < code.comparisons.count else { return false }
                    let k = code.comparisons[i]
                    guard let kept = try? keptValue(k.kept, ctx, code, in: ev) else { return false }
                    // Most kept parts did not move (`时间进度 * 黄灯线` when 红灯线 did).
                    if kept == then { continue }
                    let now = k.keptOnRight ? try? ev.combine(k.op, x, kept, k.left, k.right, k.span)
                                            : try? ev.combine(k.op, kept, x, k.left, k.right, k.span)
                    guard now == v else { return false }
                case .shown(let slot, let v):
                    guard slot < code.keptParts.count, let now = try? keptValue(code.keptParts[slot], ctx, code, in: ev) else { return false }
                    if now != v { shownMoved = true }
                case .fired: break
                }
            }
            return true
        }
        guard same else { return nil }
        guard shownMoved else { return record.verdict }
        // The same clauses hold; their messages show what moved.
        var v = Verdict()
        var scoring: [ScoringClaim] = []
        var steps = record.steps
        for k in steps.indices {
            switch steps[k] {
            case .fired(let r, let c): fire(r, c, ref, ctx, code, &v, &scoring, in: ev)
            case .shown(let slot, _):
                if let now = try? keptValue(code.keptParts[slot], ctx, code, in: ev) { steps[k] = .shown(slot, now) }
            default: break
            }
        }
        records[ref] = JudgeRecord(steps: steps, applied: record.applied, span: record.span, verdict: v)
        return v
    }
}
