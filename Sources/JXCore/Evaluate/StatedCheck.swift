/// A figure the report states beside the one computed, compared at the precision it is
/// written in: what a `W-stated-mismatch` is made of, and what a report shows beside each
/// stated figure (the JSON's verdict). One comparison for every stated figure, so the
/// finding and the report cannot disagree.
public struct StatedCheck: Sendable {
    public enum Verdict: String, Sendable {
        /// Equal at the stated precision.
        case agrees
        case differs
        /// Nothing to compare with: a figure it is computed from is missing.
        case unavailable
        /// Not the same kind of unit (an amount stated for a rate).
        case incomparable
        /// The table leaves the cell blank (`stated 得分 blank`): nothing to check.
        case blank
        /// The score of a row that only states it: counted as stated, with nothing to check it by.
        case unverifiable
    }

    public var claim: StatedClaim
    /// The stated figure as a quantity; nil when the cell is blank.
    public var stated: Quantity?
    /// The computed figure, in the stated unit when the two are comparable.
    public var computed: Quantity?
    public var verdict: Verdict
    /// The computed figure rounded half up to the stated decimals, with the stated unit
    /// (`27%`); nil when the two could not be compared. Written when asked: most agree.
    public var shown: String? {
        guard verdict == .agrees || verdict == .differs, let computed, let stated, let written = claim.value else { return nil }
        return computed.value.rounded(written.decimals, suffix: stated.unit.name)
    }
}

/// What a stated figure is checked against: the computed value (nil when it cannot be
/// computed), its name in the report's words (执行率) and how it is computed.
public struct ComputedFigure {
    public var value: Quantity?
    public var what: String
    /// Made only when a finding says it: most stated figures agree, and the words cost
    /// more than the check.
    public var how: FigureHow { describe() }
    private let describe: () -> FigureHow

    public init(_ value: Quantity?, what: String, how: @autoclosure @escaping () -> FigureHow) {
        self.value = value
        self.what = what
        self.describe = how
    }
}

extension Evaluator {
    public func statedCheck(_ c: StatedClaim, computed: Quantity?) -> StatedCheck {
        guard let written = c.value else { return StatedCheck(claim: c, stated: nil, computed: computed, verdict: .blank) }
        let statedQ = quantity(written)
        var check = StatedCheck(claim: c, stated: statedQ, computed: computed, verdict: .unavailable)
        guard let computed else { return check }
        guard statedQ.unit.dimension == computed.unit.dimension, let conv = try? computed.converted(to: statedQ.unit) else {
            check.verdict = .incomparable
            return check
        }
        check.computed = conv
        check.verdict = conv.value.roundsAlike(statedQ.value, decimals: written.decimals) ? .agrees : .differs
        return check
    }

    /// The finding a stated figure gives, if any: nil when it agrees.
    func checkStated(_ c: StatedClaim, _ f: ComputedFigure, owner: StatedMessage.Owner) -> Diagnostic? {
        checkStated(c, computed: f.value, what: f.what, owner: owner, how: f.how)
    }

    /// Of an owner named alone (a score's or a weight's, checked by the judge).
    func checkStated(_ c: StatedClaim, _ f: ComputedFigure, owner: String) -> Diagnostic? {
        checkStated(c, f, owner: .named(owner))
    }

    /// Compares a stated figure with the computed one at the stated precision.
    func checkStated(_ c: StatedClaim, computed: Quantity?, what: String, owner: StatedMessage.Owner, how: @autoclosure () -> FigureHow) -> Diagnostic? {
        // A blank cell states nothing: its W-blank says so (`blankFindings`).
        guard let value = c.value else { return nil }
        // `stated 47` for a completion of 46.67%: a bare number against a percent.
        if let computed, value.unit.isEmpty, computed.isDimensionless, computed.unit.factor != .one, !value.value.isZero {
            let written = sourceText(value.span)
            return Diagnostic(.error, .unitMismatch, .stated(.bareNumber(owner: owner, what: what, written: written, unit: computed.unit.name)), at: value.span,
                              hint: .stated(.bareNumberHint(member: c.member.map { $0.text + " " } ?? "", written: written, unit: computed.unit.name,
                                                            percent: Evaluator.asPercent(value.value))))
        }
        let check = statedCheck(c, computed: computed)
        switch check.verdict {
        case .agrees, .blank, .unverifiable:
            return nil
        case .unavailable:
            return Diagnostic(.warning, .statedUnavailable, .stated(.cannotBeComputed(owner: owner, what: what, written: sourceText(value.span))),
                              at: c.span, hint: .stated(.giveItsFigures))
        case .incomparable:
            return Diagnostic(.error, .unitMismatch, .stated(.incomparable(what: what, stated: check.stated?.text() ?? "", computed: computed?.text() ?? "?")),
                              at: value.span, hint: .stated(.writeItIn(unit: computed?.unit.name)))
        case .differs:
            let unit = check.stated?.unit.name ?? ""
            let conv = check.computed?.value ?? .zero
            let exact = unit == "%" || unit == "％" ? conv.rounded(2) + "%" : conv.decimalString(maxDecimals: 6) + unit
            let shown = check.shown ?? ""
            return Diagnostic(.warning, .statedMismatch, .stated(.mismatch(owner: owner, what: what, written: sourceText(value.span), how: how(), exact: exact)),
                              at: value.span, label: .stated(.computed(shown)), hint: .stated(.shouldRead(shown)))
        }
    }

    /// A stated figure of a budget that the evaluator computes (scores and weights are the
    /// judge's); nil for a member that is not such a figure.
    public func budgetFigure(_ r: BudgetResult, _ m: Member) -> ComputedFigure? {
        let pct = { (e: Exact?) in e.map { Evaluator.percent($0, self.model.units) } }
        let amount = { r.amount?.text() ?? "?" }
        switch m {
        case .execution: return ComputedFigure(pct(r.execution), what: "执行率", how: .ratio(numerator: "执行数", r.executed?.text() ?? "?", denominator: "预算数", amount()))
        case .arrival: return ComputedFigure(pct(r.arrival), what: "到位率", how: .ratio(numerator: "到位资金", r.arrived?.text() ?? "?", denominator: "预算数", amount()))
        case .expectedExecution: return ComputedFigure(pct(r.expectedExecution), what: "预计执行率", how: .ratio(numerator: "全年预计执行数", r.expected?.text() ?? "?", denominator: "预算数", amount()))
        case .executed: return ComputedFigure(r.executed, what: "执行数", how: .sumOfSpending)
        case .arrived: return ComputedFigure(r.arrived, what: "到位资金", how: .sumOfParts)
        case .amount: return ComputedFigure(r.amount, what: "预算数", how: .itsAmount)
        case .initial: return ComputedFigure(r.initial, what: "年初预算数", how: .its("年初预算数"))
        case .expected: return ComputedFigure(r.expected, what: "全年预计执行数", how: .its("全年预计执行数"))
        case .allocated: return ComputedFigure(r.allocated, what: "拨付", how: .sumOfAllocations)
        default: return nil
        }
    }

    /// A stated figure of a funding source's row; nil for a member that is not one.
    public func sourceFigure(_ r: SourceResult, _ m: Member) -> ComputedFigure? {
        let pct = { (e: Exact?) in e.map { Evaluator.percent($0, self.model.units) } }
        let amount = { r.amount?.text() ?? "?" }
        switch m {
        case .execution: return ComputedFigure(pct(r.execution), what: "执行率", how: .ratio(numerator: "执行数", r.executed?.text() ?? "?", denominator: "预算数", amount()))
        case .arrival: return ComputedFigure(pct(r.arrival), what: "到位率", how: .ratio(numerator: "到位资金", r.arrived?.text() ?? "?", denominator: "预算数", amount()))
        case .expectedExecution: return ComputedFigure(pct(r.expectedExecution), what: "预计执行率", how: .ratio(numerator: "全年预计执行数", r.expected?.text() ?? "?", denominator: "预算数", amount()))
        case .amount: return ComputedFigure(r.amount, what: "预算数", how: .itsAmount)
        case .initial: return ComputedFigure(r.initial, what: "年初预算数", how: .its("年初预算数"))
        case .arrived: return ComputedFigure(r.arrived, what: "到位资金", how: .its("到位资金"))
        case .executed: return ComputedFigure(r.executed, what: "执行数", how: .its("执行数"))
        case .expected: return ComputedFigure(r.expected, what: "全年预计执行数", how: .its("全年预计执行数"))
        default: return nil
        }
    }

    /// A stated figure of an indicator that the evaluator computes (scores and weights are
    /// the judge's); nil for a member that is not such a figure.
    public func indicatorFigure(_ i: Int, _ r: IndicatorResult, _ m: Member) -> ComputedFigure? {
        let pct = { (e: Exact?) in e.map { Evaluator.percent($0, self.model.units) } }
        switch m {
        case .completion:
            let how = r.kind == .qualitative || r.kind == .deadline ? FigureHow.judgedCompletion : .actualOverTarget(actual: r.actualText, target: r.targetText)
            return ComputedFigure(pct(r.completion), what: "完成率", how: how)
        case .actual: return ComputedFigure(r.actual, what: "实际", how: .itsActual)
        case .target: return ComputedFigure(r.target, what: "目标", how: .itsTarget)
        case .expected: return ComputedFigure(expected(i), what: "全年预计", how: .itsExpected)
        case .expectedCompletion: return ComputedFigure(pct(expectedCompletion(i)), what: "预计完成率", how: .expectedAgainstTarget)
        default: return nil
        }
    }

    /// The figures of a funding source's row.
    static let sourceMembers: [Member] = [.amount, .initial, .arrived, .executed, .expected, .execution, .arrival, .expectedExecution]

    /// A stated line naming no figure of what it sits in.
    func unknownStated(_ c: StatedClaim, of holder: StatedMessage.Holder, among members: [Member]) -> Diagnostic {
        let word = c.member?.text ?? ""
        let s = Suggest.closest(word, among: members.flatMap(\.spellings))
        return Diagnostic(.error, .unknownName, .stated(.noSuchFigure(holder, word: word)), at: c.member?.span ?? c.span,
                          hint: s.map { .common(.didYouMean($0)) } ?? .stated(.statedFigures(holder)), replacement: c.member == nil ? nil : s)
    }
}
