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
    /// The computed figure rounded half up to the stated decimals, with the stated unit (`27%`).
    public var shown: String?
    public var verdict: Verdict
}

/// What a stated figure is checked against: the computed value (nil when it cannot be
/// computed), its name in the report's words (执行率) and how it is computed.
public struct ComputedFigure {
    public var value: Quantity?
    public var what: String
    /// Written only when a finding says it: most stated figures agree, and the words cost
    /// more than the check.
    public var how: String { describe() }
    private let describe: () -> String

    public init(_ value: Quantity?, what: String, how: @autoclosure @escaping () -> String) {
        self.value = value
        self.what = what
        self.describe = how
    }
}

extension Evaluator {
    public func statedCheck(_ c: StatedClaim, computed: Quantity?) -> StatedCheck {
        guard let written = c.value else { return StatedCheck(claim: c, stated: nil, computed: computed, shown: nil, verdict: .blank) }
        let statedQ = quantity(written)
        var check = StatedCheck(claim: c, stated: statedQ, computed: computed, shown: nil, verdict: .unavailable)
        guard let computed else { return check }
        guard statedQ.unit.dimension == computed.unit.dimension, let conv = try? computed.converted(to: statedQ.unit) else {
            check.verdict = .incomparable
            return check
        }
        let shown = conv.value.rounded(written.decimals)
        check.computed = conv
        check.shown = shown + statedQ.unit.name
        check.verdict = shown == statedQ.value.rounded(written.decimals) ? .agrees : .differs
        return check
    }

    /// The finding a stated figure gives, if any: nil when it agrees.
    func checkStated(_ c: StatedClaim, _ f: ComputedFigure, owner: String) -> Diagnostic? {
        checkStated(c, computed: f.value, what: f.what, owner: owner, how: f.how)
    }

    /// Compares a stated figure with the computed one at the stated precision.
    func checkStated(_ c: StatedClaim, computed: Quantity?, what: String, owner: String, how: String) -> Diagnostic? {
        // A blank cell states nothing: its W-blank says so (`blankFindings`).
        guard let value = c.value else { return nil }
        // `stated 47` for a completion of 46.67%: a bare number against a percent.
        if let computed, value.unit.isEmpty, computed.isDimensionless, computed.unit.factor != .one, !value.value.isZero {
            let written = sourceText(value.span)
            return Diagnostic(.error, "E-unit-mismatch", "the stated \(what) \(written) for \(owner) is a bare number, but \(what) is in \(computed.unit.name)", at: value.span,
                              hint: "stated \(c.member.map { $0.text + " " } ?? "")\(written)\(computed.unit.name)？ (a bare \(written) is \(Evaluator.asPercent(value.value)))")
        }
        let check = statedCheck(c, computed: computed)
        switch check.verdict {
        case .agrees, .blank, .unverifiable:
            return nil
        case .unavailable:
            return Diagnostic(.warning, "W-stated-unavailable",
                              Bilingual(zh: "报告写 \(owner) 的\(what)是 \(sourceText(value.span))，但它无法计算",
                                        en: "the report states \(what) \(sourceText(value.span)) for \(owner), but it cannot be computed"),
                              at: c.span, hint: Bilingual(zh: "写上计算它所需的数", en: "give the figures it is computed from"))
        case .incomparable:
            let computedText = computed?.text() ?? "?"
            return Diagnostic(.error, "E-unit-mismatch", "the stated \(what) \((check.stated?.text() ?? "")) is not in the same kind of unit as the computed \(computedText)", at: value.span, hint: "write it in \(computed?.unit.name ?? "its unit")")
        case .differs:
            let unit = check.stated?.unit.name ?? ""
            let conv = check.computed?.value ?? .zero
            let exact = unit == "%" || unit == "％" ? conv.rounded(2) + "%" : conv.decimalString(maxDecimals: 6) + unit
            let shown = check.shown ?? ""
            return Diagnostic(.warning, "W-stated-mismatch",
                              Bilingual(zh: "报告写 \(owner) 的\(what)是 \(sourceText(value.span))，但 \(how) = \(exact)",
                                        en: "the report states \(what) \(sourceText(value.span)) for \(owner), but \(how) = \(exact)"),
                              at: value.span, label: Bilingual(zh: "算得 \(shown)", en: "computed \(shown)"),
                              hint: Bilingual(zh: "核对数字；按所写的精度应为 \(shown)", en: "check the figures; at the precision written, it should read \(shown)"))
        }
    }

    /// A stated figure of a budget that the evaluator computes (scores and weights are the
    /// judge's); nil for a member that is not such a figure.
    public func budgetFigure(_ r: BudgetResult, _ m: Member) -> ComputedFigure? {
        let pct = { (e: Exact?) in e.map { Evaluator.percent($0, self.model.units) } }
        let amount = { r.amount?.text() ?? "?" }
        switch m {
        case .execution: return ComputedFigure(pct(r.execution), what: "执行率", how: "执行数 \(r.executed?.text() ?? "?") ÷ 预算数 \(amount())")
        case .arrival: return ComputedFigure(pct(r.arrival), what: "到位率", how: "到位资金 \(r.arrived?.text() ?? "?") ÷ 预算数 \(amount())")
        case .expectedExecution: return ComputedFigure(pct(r.expectedExecution), what: "预计执行率", how: "全年预计执行数 \(r.expected?.text() ?? "?") ÷ 预算数 \(amount())")
        case .executed: return ComputedFigure(r.executed, what: "执行数", how: "the sum of its spending")
        case .arrived: return ComputedFigure(r.arrived, what: "到位资金", how: "the sum of its parts")
        case .amount: return ComputedFigure(r.amount, what: "预算数", how: "its amount")
        case .initial: return ComputedFigure(r.initial, what: "年初预算数", how: "its 年初预算数")
        case .expected: return ComputedFigure(r.expected, what: "全年预计执行数", how: "its 全年预计执行数")
        case .allocated: return ComputedFigure(r.allocated, what: "拨付", how: "the sum of its allocations")
        default: return nil
        }
    }

    /// A stated figure of a funding source's row; nil for a member that is not one.
    public func sourceFigure(_ r: SourceResult, _ m: Member) -> ComputedFigure? {
        let pct = { (e: Exact?) in e.map { Evaluator.percent($0, self.model.units) } }
        let amount = { r.amount?.text() ?? "?" }
        switch m {
        case .execution: return ComputedFigure(pct(r.execution), what: "执行率", how: "执行数 \(r.executed?.text() ?? "?") ÷ 预算数 \(amount())")
        case .arrival: return ComputedFigure(pct(r.arrival), what: "到位率", how: "到位资金 \(r.arrived?.text() ?? "?") ÷ 预算数 \(amount())")
        case .expectedExecution: return ComputedFigure(pct(r.expectedExecution), what: "预计执行率", how: "全年预计执行数 \(r.expected?.text() ?? "?") ÷ 预算数 \(amount())")
        case .amount: return ComputedFigure(r.amount, what: "预算数", how: "its amount")
        case .initial: return ComputedFigure(r.initial, what: "年初预算数", how: "its 年初预算数")
        case .arrived: return ComputedFigure(r.arrived, what: "到位资金", how: "its 到位资金")
        case .executed: return ComputedFigure(r.executed, what: "执行数", how: "its 执行数")
        case .expected: return ComputedFigure(r.expected, what: "全年预计执行数", how: "its 全年预计执行数")
        default: return nil
        }
    }

    /// A stated figure of an indicator that the evaluator computes (scores and weights are
    /// the judge's); nil for a member that is not such a figure.
    public func indicatorFigure(_ i: Int, _ r: IndicatorResult, _ m: Member) -> ComputedFigure? {
        let pct = { (e: Exact?) in e.map { Evaluator.percent($0, self.model.units) } }
        switch m {
        case .completion:
            let how = r.kind == .qualitative || r.kind == .deadline ? "its judged completion" : "\(r.actualText) ÷ \(r.targetText)"
            return ComputedFigure(pct(r.completion), what: "完成率", how: how)
        case .actual: return ComputedFigure(r.actual, what: "实际", how: "its actual")
        case .target: return ComputedFigure(r.target, what: "目标", how: "its target")
        case .expected: return ComputedFigure(expected(i), what: "全年预计", how: "its expected year-end value")
        case .expectedCompletion: return ComputedFigure(pct(expectedCompletion(i)), what: "预计完成率", how: "its expected year-end value against the target")
        default: return nil
        }
    }

    /// The figures of a funding source's row.
    static let sourceMembers: [Member] = [.amount, .initial, .arrived, .executed, .expected, .execution, .arrival, .expectedExecution]

    /// The figures a stated line of a budget, a source or an indicator may name, for a hint.
    static let statedBudgetFigures = "预算数, 年初预算数, 到位资金, 执行数, 全年预计执行数, 拨付, 执行率, 到位率, 预计执行率, 权重 (分值) or 得分"
    static let statedSourceFigures = "预算数, 年初预算数, 到位资金, 执行数, 全年预计执行数, 执行率, 到位率 or 预计执行率"
    static let statedIndicatorFigures = "完成率, 目标, 实际, 全年预计, 预计完成率, 权重 (分值) or 得分"

    /// A stated line naming no figure of what it sits in.
    func unknownStated(_ c: StatedClaim, of kind: String, among members: [Member], listed: String) -> Diagnostic {
        let word = c.member?.text ?? ""
        let s = Suggest.closest(word, among: members.flatMap(\.spellings))
        let hint = s.map { "did you mean \($0)?" } ?? "stated \(listed)"
        let article = kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return Diagnostic(.error, "E-unknown-name", "\(article) \(kind) has no figure \(word)", at: c.member?.span ?? c.span, hint: hint,
                          replacement: c.member == nil ? nil : s)
    }
}
