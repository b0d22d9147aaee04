/// Indicator completion by kind (domain.md): positive actual ÷ target; reverse met within
/// its bound, else by the report's convention; equality all or nothing; qualitative by a
/// judged rate or grade; deadline by time elapsed or as judged; pending counted apart.
extension Evaluator {
    /// The source of a span as reports quote it: on one line, independent of the layout.
    func sourceText(_ s: Span) -> String {
        sourceMap?.compactText(file: s.file, s.start..<s.end) ?? ""
    }

    func computeIndicator(_ i: Int) -> IndicatorResult? {
        var ctx = EvaluatorReads(ev: self)
        return Evaluator.computeIndicator(model.indicators[i].decl, level1: model.indicators[i].level1, level2: model.indicators[i].level2, &ctx)
    }

    /// The completion of one indicator, computed through `ctx`: the evaluator's own reads
    /// (`EvaluatorReads`), or, on several cores at once, reads of written numbers only
    /// (`LiteralReads`, which gives up on anything else). One piece of code for both, so
    /// that the two cannot differ.
    static func computeIndicator<C: IndicatorReads>(_ d: IndicatorDecl, level1: String?, level2: String?, _ ctx: inout C) -> IndicatorResult? {
        let name = d.name.text
        // A row that only states (`indicator 防汛物资储备到位 weight 10 stated 得分 10`): a
        // table's line with a weight and a score and no figures; its score counts as stated.
        if d.target == nil, d.actual == nil, d.hasStated, d.stated.contains(where: { $0.member.flatMap { Member.named($0.text) } == .score }) {
            return IndicatorResult(kind: .positive, targetText: "", actualText: "", status: .unverifiable)
        }
        guard let targetSpec = d.target else {
            ctx.report(Diagnostic(.error, .noTarget, .indicator(.noTarget(name)), at: d.name.span, hint: .indicator(.noTargetHint)))
            return nil
        }
        var r = IndicatorResult(kind: .positive, targetText: "", actualText: "", status: .unmet)
        var targetText: String?
        switch targetSpec {
        case .qualitative(let t, _):
            r.kind = .qualitative
            r.targetText = t
        case .deadline(let m, let day, let text, let span):
            r.kind = .deadline
            r.targetText = text.isEmpty ? "\(m)月\(day)日前完成" : text
            // Written without a year, February 29 is read; the report's year decides.
            if m == 2, let y = ctx.year, day > CivilDate.days(inMonth: 2, year: y) {
                ctx.report(Diagnostic(.error, .date, .indicator(.leapDay(indicator: name, month: m, day: day, year: y)), at: span, hint: .indicator(.leapDayHint)))
            }
        case .value(let cmp, let e) where e.containsBlank:
            r.comparator = cmp
            r.kind = cmp == .le || cmp == .lt ? .reverse : cmp == .eq ? .equality : .positive
            r.targetText = Evaluator.blankText
            r.blank.append(.target)
        case .value(let cmp, let e):
            r.comparator = cmp
            if ctx.wantsTexts { targetText = d.targetSpan.map { ctx.sourceText($0) } ?? (cmp.rawValue + ctx.sourceText(e.span)) }
            guard let v = ctx.value(e) else { return nil }
            switch v {
            case .text(let t):
                r.kind = .qualitative
                r.targetText = t
            default:
                guard let q = ctx.number(v, at: e.span) else { return nil }
                r.target = q
                r.targetText = targetText ?? (ctx.wantsTexts ? cmp.rawValue + q.text() : "")
                switch cmp {
                case .le, .lt: r.kind = .reverse
                case .eq: r.kind = .equality
                default:
                    r.kind = q.unit.dimension == "money" && (level2 == "成本" || level1 == "成本") ? .cost : .positive
                }
            }
        }
        // The actual.
        guard let actualSpec = d.actual else {
            ctx.report(Diagnostic(.error, .noActual, .indicator(.noActual(name)), at: d.name.span, hint: .indicator(.noActualHint)))
            return nil
        }
        if case .value(let e) = actualSpec, e.containsBlank {
            r.actualText = Evaluator.blankText
            r.blank.append(.actual)
        }
        // A blank target or actual: nothing is computed from it, and it is not zero.
        if !r.blank.isEmpty {
            if !r.blank.contains(.actual) {
                switch actualSpec {
                case .pending: r.actualText = "未达监控节点"
                case .elapsed: r.actualText = "按时间进度"
                case .done: r.actualText = "已完成"
                case .value(let e): r.actualText = ctx.sourceText(e.span)
                }
            }
            r.status = .blank
            if let t = d.actualText { r.actualText = t }
            return r
        }
        switch actualSpec {
        case .pending:
            r.status = .pending
            r.actualText = "未达监控节点"
            return r
        case .elapsed:
            r.actualText = "按时间进度"
        case .done:
            r.actualText = "已完成"
        case .value(let e):
            guard let v = ctx.value(e) else {
                // A reference to something pending is itself pending.
                return nil
            }
            switch v {
            case .pending:
                r.status = .pending
                r.actualText = "未达监控节点"
                return r
            case .text(let t):
                r.actualText = t
            default:
                guard let q = ctx.number(v, at: e.span) else { return nil }
                r.actual = q
                if ctx.wantsTexts {
                    // A figure as written (`-3%` stays -3%, not -3.00%); one computed or named, as computed.
                    switch e {
                    case .number, .unary(.negate, .number, _): r.actualText = ctx.sourceText(e.span)
                    default: r.actualText = q.text()
                    }
                    if r.actualText.isEmpty { r.actualText = q.text() }
                }
            }
        }
        if let t = d.actualText { r.actualText = t }
        r.grade = d.grade.flatMap { Grade.named($0.text) }
        if let g = d.grade, r.grade == nil {
            ctx.report(Diagnostic(.error, .grade, .indicator(.notAGrade(g.text)), at: g.span, hint: .indicator(.gradesAre)))
        }
        let judged: Exact? = d.rate.flatMap { e in
            guard let v = ctx.value(e), let q = ctx.number(v, at: e.span) else { return nil }
            guard q.isDimensionless, let b = try? q.baseValue() else {
                ctx.report(Diagnostic(.error, .rate, .indicator(.rateNotPercent(q.text())), at: e.span, hint: .indicator(.rateExample)))
                return nil
            }
            return b
        }
        switch r.kind {
        case .qualitative:
            if let j = judged { r.completion = j }
            else if let g = r.grade { r.completion = g == .achieved ? .one : nil }
            else if r.actual == nil, !r.actualText.isEmpty, r.actualText == r.targetText { r.completion = .one }
            else if case .done = actualSpec { r.completion = .one }
            else {
                ctx.report(Diagnostic(.warning, .qualitativeUnjudged, .indicator(.qualitativeUnjudged(name)), at: d.name.span,
                                  hint: .indicator(.qualitativeUnjudgedHint)))
            }
            r.status = (r.completion.map { $0 >= .one } ?? false) || r.grade == .achieved ? .met : .unmet
        case .deadline:
            guard case .deadline(let m, let day, _, _) = targetSpec, let due = Evaluator.monthsElapsed(month: m, day: day, year: ctx.year) else { return nil }
            if let j = judged { r.completion = j }
            else {
                switch actualSpec {
                case .done: r.completion = .one
                case .elapsed:
                    guard let t = ctx.timeProgress() else {
                        ctx.report(Diagnostic(.error, .noNode, .indicator(.proratedNeedsNode), at: d.name.span, hint: .indicator(.proratedNeedsNodeHint)))
                        return nil
                    }
                    let months = (try? t.multiplied(by: Exact(12))) ?? .zero
                    r.completion = Exact.min(.one, (try? months.divided(by: due)) ?? .zero)
                    r.actualText = "\(months.decimalString(maxDecimals: 2))个月"
                default:
                    if let a = r.actual, a.unit.dimension == "months", let v = try? a.baseValue().divided(by: due) {
                        r.completion = Exact.min(.one, v)
                    } else {
                        ctx.report(Diagnostic(.warning, .deadlineActual, .indicator(.deadlineActual(name)), at: d.name.span, hint: .indicator(.deadlineActualHint)))
                    }
                }
            }
            r.status = (r.completion.map { $0 >= .one } ?? false) ? .met : .unmet
        case .positive, .cost, .reverse, .equality:
            guard let t = r.target else { return nil }
            guard let a = r.actual else {
                if let j = judged { r.completion = j; r.status = j >= .one ? .met : .unmet; return r }
                // Without texts (see `wantsTexts`) the target's is made here, as above.
                var shown = r.targetText
                if shown.isEmpty, case .value(let cmp, let e)? = d.target {
                    shown = d.targetSpan.map { ctx.sourceText($0) } ?? (cmp.rawValue + ctx.sourceText(e.span))
                }
                ctx.report(Diagnostic(.error, .actualNotNumber, .indicator(.actualNotNumber(indicator: name, target: shown, actual: r.actualText)), at: d.name.span,
                                  hint: .indicator(.actualNotNumberHint)))
                return nil
            }
            guard t.unit.dimension == a.unit.dimension else {
                ctx.report(Diagnostic(.error, .unitMismatch, .indicator(.cannotCompare(indicator: name, actual: a.text(), actualKind: a.unit.dimensionLabel, target: t.text(), targetKind: t.unit.dimensionLabel)),
                                  at: Evaluator.actualSpan(d) ?? d.name.span,
                                  hint: .indicator(Evaluator.unitGuess(d, target: t, actual: a, &ctx)
                                      ?? .measureDifferentThings(target: t.unit.name.isEmpty ? nil : t.unit.name, actual: a.unit.name.isEmpty ? nil : a.unit.name))))
                return nil
            }
            if let problem = Evaluator.bareAgainstPercent(d, target: t, actual: a, name: name, &ctx) {
                ctx.report(problem)
                return nil
            }
            guard let (tv, av) = Evaluator.comparable(t, a) else {
                ctx.report(Diagnostic(.error, .overflow, .indicator(.tooLarge(name)), at: d.name.span))
                return nil
            }
            switch r.kind {
            case .reverse:
                let within = r.comparator == .lt ? av < tv : av <= tv
                r.completion = Evaluator.reverseCompletion(actual: av, bound: tv, within: within, convention: ctx.reverseConvention)
                r.status = within ? .met : .unmet
            case .equality:
                r.completion = av == tv ? .one : .zero
                r.status = av == tv ? .met : .unmet
            default:
                if tv.isZero {
                    ctx.report(Diagnostic(.error, .zeroTarget, .indicator(.zeroTarget(name)), at: Evaluator.targetSpan(d) ?? d.name.span,
                                      hint: .indicator(.zeroTargetHint)))
                    return nil
                }
                if tv.isNegative {
                    ctx.report(Diagnostic(.warning, .negativeTarget, .indicator(.negativeTarget(name)), at: Evaluator.targetSpan(d) ?? d.name.span, hint: .indicator(.checkTheSign)))
                }
                r.completion = try? av.divided(by: tv)
                let met = r.comparator == .gt ? av > tv : av >= tv
                r.status = met ? .met : .unmet
            }
            if let j = judged {
                ctx.report(Diagnostic(.warning, .rateIgnored, .indicator(.rateIgnored(indicator: name, rate: j.rounded(2))), at: d.rate?.span ?? d.name.span,
                                  hint: .indicator(.rateIgnoredHint)))
            }
        }
        return r
    }

    /// How a blank cell is shown where its figure would stand.
    public static let blankText = "未填"

    /// A number written without a unit (`100`, `-3`), which a table meant in the unit of
    /// the figure beside it more often than not.
    static func bareLiteral(_ e: Expr?) -> NumberLiteral? {
        switch e {
        case .number(let n)?: n.unit.isEmpty ? n : nil
        case .unary(.negate, .number(let n), _)?: n.unit.isEmpty ? n : nil
        default: nil
        }
    }

    static func targetExpr(_ d: IndicatorDecl) -> Expr? {
        if case .value(_, let e)? = d.target { return e }
        return nil
    }

    static func actualExpr(_ d: IndicatorDecl) -> Expr? {
        if case .value(let e)? = d.actual { return e }
        return nil
    }

    /// `4000亩？`: the bare side written in the other side's unit, when one side is bare.
    static func unitGuess<C: IndicatorReads>(_ d: IndicatorDecl, target t: Quantity, actual a: Quantity, _ ctx: inout C) -> IndicatorMessage? {
        if let e = actualExpr(d), bareLiteral(e) != nil, !t.unit.name.isEmpty { return .withUnit(ctx.sourceText(e.span) + t.unit.name) }
        if let e = targetExpr(d), bareLiteral(e) != nil, !a.unit.name.isEmpty { return .targetWithUnit(ctx.sourceText(e.span) + a.unit.name) }
        return nil
    }

    /// `target ≥95% actual 100`: a percent and a bare number have one dimension, so 100
    /// would be read as 10000% and the completion as 10526.32% without a word. A bare
    /// number written against a percent (or ‰) is an error, as any other mismatch of units
    /// is; 0 is 0 in any unit.
    static func bareAgainstPercent<C: IndicatorReads>(_ d: IndicatorDecl, target t: Quantity, actual a: Quantity, name: String, _ ctx: inout C) -> Diagnostic? {
        let scaled = { (q: Quantity) in q.isDimensionless && q.unit.factor != .one }
        if scaled(t), let e = actualExpr(d), let n = bareLiteral(e), !n.value.isZero {
            let written = ctx.sourceText(e.span)
            let target = targetExpr(d).map { ctx.sourceText(d.targetSpan ?? $0.span) } ?? t.text()
            return Diagnostic(.error, .unitMismatch, .indicator(.targetUnitActualBare(indicator: name, target: target, unit: t.unit.name, actual: written)),
                              at: e.span, hint: .indicator(.bareIsPercent(guess: written + t.unit.name, written: written, percent: Evaluator.asPercent(n.value))))
        }
        if scaled(a), let e = targetExpr(d), let n = bareLiteral(e), !n.value.isZero {
            let written = ctx.sourceText(e.span)
            let actual = actualExpr(d).map { ctx.sourceText($0.span) } ?? a.text()
            return Diagnostic(.error, .unitMismatch, .indicator(.actualUnitTargetBare(indicator: name, actual: actual, unit: a.unit.name, target: written)),
                              at: e.span, hint: .indicator(.bareIsPercent(guess: "target " + written + a.unit.name, written: written, percent: Evaluator.asPercent(n.value))))
        }
        return nil
    }

    /// A bare number as a percent: 100 is 10000%.
    static func asPercent(_ v: Exact) -> String {
        ((try? v.multiplied(by: .hundred))?.decimalString(maxDecimals: 2) ?? v.decimalString()) + "%"
    }

    /// A reverse indicator: met (100%) within its bound; beyond it, by the report's
    /// convention: bound ÷ actual, or 1 − excess ÷ bound floored at 0.
    static func reverseCompletion(actual av: Exact, bound tv: Exact, within: Bool, convention: ReverseConvention) -> Exact? {
        if within { return .one }
        switch convention {
        case .ratio: return av.isZero ? .one : (try? tv.divided(by: av))
        case .deduct:
            if tv.isZero { return .zero }
            guard let excess = try? av.subtracting(tv).divided(by: tv), let v = try? Exact.one.subtracting(excess) else { return nil }
            return Exact.max(.zero, v)
        }
    }

    /// A number as written is its quantity; anything else is evaluated.
    @inline(__always)
    func literalOrEval(_ e: Expr) -> Value? {
        if case .number(let n) = e { return .quantity(quantity(n)) }
        return try? eval(e)
    }

    /// Target and actual as two exact values that compare, divide and subtract as the
    /// quantities do: in base units, or, when both are in the same unit and converting could
    /// not overflow, as written (a ratio of two values in one unit is the ratio of their base
    /// values, without two multiplications by the unit's factor). Nil on overflow.
    static func comparable(_ t: Quantity, _ a: Quantity) -> (Exact, Exact)? {
        let f = t.unit.factor
        if t.unit === a.unit, !f.isNegative, !f.isZero {
            if f == .one { return (t.value, a.value) }
            let small: (Exact) -> Bool = { $0.num.magnitude >> 63 == 0 && $0.den >> 63 == 0 }
            if small(f), small(t.value), small(a.value) { return (t.value, a.value) }
        }
        guard let tv = try? t.baseValue(), let av = try? a.baseValue() else { return nil }
        return (tv, av)
    }

    static func targetSpan(_ d: IndicatorDecl) -> Span? {
        if case .value(_, let e) = d.target { return e.span }
        return nil
    }

    static func actualSpan(_ d: IndicatorDecl) -> Span? {
        if case .value(let e) = d.actual { return e.span }
        return nil
    }
}

/// What computing an indicator reads: values of expressions, the time progress, the
/// report's settings and the source text; and where its diagnostics go.
protocol IndicatorReads {
    /// The value of an expression (a target, an actual, a judged rate); nil if it has none.
    mutating func value(_ e: Expr) -> Value?
    /// A value as a quantity, following references; nil (reported) if it is not a number.
    mutating func number(_ v: Value, at span: Span) -> Quantity?
    mutating func timeProgress() -> Exact?
    mutating func report(_ d: Diagnostic)
    func sourceText(_ s: Span) -> String
    /// Whether the result needs the target and actual as written (`targetText`,
    /// `actualText`): not when only its diagnostics are kept (`jx check`).
    var wantsTexts: Bool { get }
    var reverseConvention: ReverseConvention { get }
    var year: Int? { get }
}

/// The evaluator's reads: cells are touched (and so recorded as dependencies).
struct EvaluatorReads: IndicatorReads {
    unowned let ev: Evaluator
    mutating func value(_ e: Expr) -> Value? { ev.literalOrEval(e) }
    mutating func number(_ v: Value, at span: Span) -> Quantity? { try? ev.number(v, at: span) }
    mutating func timeProgress() -> Exact? { ev.timeProgress() }
    mutating func report(_ d: Diagnostic) { ev.report(d) }
    func sourceText(_ s: Span) -> String { ev.sourceText(s) }
    var wantsTexts: Bool { true }
    var reverseConvention: ReverseConvention { ev.model.report.reverseConvention }
    var year: Int? { ev.model.report.year }
}

/// Reads of written numbers in known units only, safe on any thread (nothing is shared but
/// immutable tables). Anything else (a name, the time progress, a unit nobody declared)
/// sets `gaveUp`: the indicator is then computed by the evaluator itself.
struct LiteralReads: IndicatorReads {
    let units: UnitTable
    let sources: SourceMap?
    /// Each file's bytes (`SourceMap.withByteViews`), for the common source texts.
    let views: [UnsafeBufferPointer<UInt8>]
    let reverseConvention: ReverseConvention
    let year: Int?
    var gaveUp = false
    var diagnostics: [Diagnostic] = []
    var wantsTexts = true
    private var lastUnit: (String, Unit)?

    init(units: UnitTable, sources: SourceMap?, views: [UnsafeBufferPointer<UInt8>], report: ReportInfo) {
        self.units = units
        self.sources = sources
        self.views = views
        reverseConvention = report.reverseConvention
        year = report.year
    }

    /// This thread's copies of the units it met. A unit is shared by every quantity in it:
    /// were the same object counted from several threads at once, its reference count
    /// would bounce between the cores (units compare by value, so a copy is the same unit).
    private var ownUnits: [String: Unit] = [:]

    mutating func value(_ e: Expr) -> Value? {
        guard case .number(let n) = e else { gaveUp = true; return nil }
        if let (name, u) = lastUnit, name == n.unit { return .quantity(Quantity(n.value, u)) }
        let u: Unit
        if let own = ownUnits[n.unit] { u = own } else {
            guard let shared = units.lookup(n.unit) else { gaveUp = true; return nil }
            u = Unit(name: shared.name, dimension: shared.dimension, factor: shared.factor, dimensionLabel: shared.dimensionLabel)
            ownUnits[n.unit] = u
        }
        lastUnit = (n.unit, u)
        return .quantity(Quantity(n.value, u))
    }

    mutating func number(_ v: Value, at span: Span) -> Quantity? {
        if case .quantity(let q) = v { return q }
        gaveUp = true
        return nil
    }

    mutating func timeProgress() -> Exact? { gaveUp = true; return nil }
    mutating func report(_ d: Diagnostic) { diagnostics.append(d) }
    func sourceText(_ s: Span) -> String {
        if s.file >= 0, s.file < views.count, s.start <= s.end, s.end <= views[s.file].count,
           let t = SourceFile.simpleText(views[s.file], s.start, s.end) { return t }
        return sources?.compactText(file: s.file, s.start..<s.end) ?? ""
    }
}
