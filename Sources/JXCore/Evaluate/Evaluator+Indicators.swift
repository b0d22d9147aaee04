/// Indicator completion by kind (domain.md): positive actual ÷ target; reverse met within
/// its bound, else by the report's convention; equality all or nothing; qualitative by a
/// judged rate or grade; deadline by time elapsed or as judged; pending counted apart.
extension Evaluator {
    /// The source of a span as reports quote it: on one line, independent of the layout.
    func sourceText(_ s: Span) -> String {
        guard let f = sourceMap?[s.file] else { return "" }
        return f.compactText(s.start..<s.end)
    }

    func computeIndicator(_ i: Int) -> IndicatorResult? {
        let node = model.indicators[i]
        let d = node.decl
        let name = d.name.text
        guard let targetSpec = d.target else {
            report(Diagnostic(.error, "E-no-target", "indicator \(name) has no target", at: d.name.span, hint: "add `target 15个` (or ≥98%, ≤10次, \"明显提升\", 12月31日前完成)"))
            return nil
        }
        var r = IndicatorResult(kind: .positive, targetText: "", actualText: "", status: .unmet)
        var targetText: String?
        switch targetSpec {
        case .qualitative(let t, _):
            r.kind = .qualitative
            r.targetText = t
        case .deadline(let m, let day, let text, _):
            r.kind = .deadline
            r.targetText = text.isEmpty ? "\(m)月\(day)日前完成" : text
        case .value(let cmp, let e):
            r.comparator = cmp
            targetText = d.targetSpan.map(sourceText) ?? (cmp.rawValue + sourceText(e.span))
            guard let v = literalOrEval(e) else { return nil }
            switch v {
            case .text(let t):
                r.kind = .qualitative
                r.targetText = t
            default:
                guard let q = try? number(v, at: e.span) else { return nil }
                r.target = q
                r.targetText = targetText ?? (cmp.rawValue + q.text())
                switch cmp {
                case .le, .lt: r.kind = .reverse
                case .eq: r.kind = .equality
                default:
                    r.kind = q.unit.dimension == "money" && (node.level2 == "成本" || node.level1 == "成本") ? .cost : .positive
                }
            }
        }
        // The actual.
        guard let actualSpec = d.actual else {
            report(Diagnostic(.error, "E-no-actual", "indicator \(name) has no actual value", at: d.name.span, hint: "add `actual …`, or `actual pending` (未达监控节点) if it is not yet due"))
            return nil
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
            guard let v = literalOrEval(e) else {
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
                guard let q = try? number(v, at: e.span) else { return nil }
                r.actual = q
                if case .name = e { r.actualText = q.text() } else if case .number = e { r.actualText = sourceText(e.span) } else { r.actualText = q.text() }
                if r.actualText.isEmpty { r.actualText = q.text() }
            }
        }
        if let t = d.actualText { r.actualText = t }
        r.grade = d.grade.flatMap { Grade.named($0.text) }
        if let g = d.grade, r.grade == nil {
            report(Diagnostic(.error, "E-grade", "`\(g.text)` is not a grade", at: g.span, hint: "use 达成, 部分达成 or 未达成"))
        }
        let judged: Exact? = d.rate.flatMap { e in
            guard let v = try? eval(e), let q = try? number(v, at: e.span) else { return nil }
            guard q.isDimensionless, let b = try? q.baseValue() else {
                report(Diagnostic(.error, "E-rate", "a judged rate must be a percent, found \(q.text())", at: e.span, hint: "rate 40%"))
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
                report(Diagnostic(.warning, "W-qualitative-unjudged", "qualitative indicator \(name) has no judged rate or grade", at: d.name.span,
                                  hint: "add `rate 40%` (a judged completion) or `grade 部分达成`"))
            }
            r.status = (r.completion.map { $0 >= .one } ?? false) || r.grade == .achieved ? .met : .unmet
        case .deadline:
            guard case .deadline(let m, let day, _, _) = targetSpec, let due = Evaluator.monthsElapsed(month: m, day: day, year: model.report.year) else { return nil }
            if let j = judged { r.completion = j }
            else {
                switch actualSpec {
                case .done: r.completion = .one
                case .elapsed:
                    guard let t = timeProgress() else {
                        report(Diagnostic(.error, "E-no-node", "progress by time needs the monitoring node", at: d.name.span, hint: "add `node 2021-06-30` to the report block"))
                        return nil
                    }
                    let months = (try? t.multiplied(by: Exact(12))) ?? .zero
                    r.completion = Exact.min(.one, (try? months.divided(by: due)) ?? .zero)
                    r.actualText = "\(months.decimalString(maxDecimals: 2))个月"
                default:
                    if let a = r.actual, a.unit.dimension == "months", let v = try? a.baseValue().divided(by: due) {
                        r.completion = Exact.min(.one, v)
                    } else {
                        report(Diagnostic(.warning, "W-deadline-actual", "deadline indicator \(name) needs `actual elapsed`, `actual done`, months (6个月) or a judged `rate`", at: d.name.span, hint: "actual elapsed: completion is the time elapsed at the node"))
                    }
                }
            }
            r.status = (r.completion.map { $0 >= .one } ?? false) ? .met : .unmet
        case .positive, .cost, .reverse, .equality:
            guard let t = r.target else { return nil }
            guard let a = r.actual else {
                if let j = judged { r.completion = j; r.status = j >= .one ? .met : .unmet; return r }
                report(Diagnostic(.error, "E-actual-not-number", "indicator \(name) has a numeric target \(r.targetText) but the actual \"\(r.actualText)\" is not a number", at: d.name.span,
                                  hint: "write the actual with a unit (30亩), or judge it: rate 40%"))
                return nil
            }
            guard t.unit.dimension == a.unit.dimension else {
                report(Diagnostic(.error, "E-unit-mismatch", "indicator \(name): cannot compare the actual \(a.text()) (\(a.unit.dimensionLabel)) with the target \(t.text()) (\(t.unit.dimensionLabel))",
                                  at: actualSpan(d) ?? d.name.span, hint: "\(t.unit.name.isEmpty ? "a plain number" : t.unit.name) and \(a.unit.name.isEmpty ? "a plain number" : a.unit.name) measure different things; check the units"))
                return nil
            }
            guard let (tv, av) = Evaluator.comparable(t, a) else {
                report(Diagnostic(.error, "E-overflow", "indicator \(name): a number is too large to compute exactly", at: d.name.span))
                return nil
            }
            switch r.kind {
            case .reverse:
                let within = r.comparator == .lt ? av < tv : av <= tv
                r.completion = reverseCompletion(actual: av, bound: tv, within: within)
                r.status = within ? .met : .unmet
            case .equality:
                r.completion = av == tv ? .one : .zero
                r.status = av == tv ? .met : .unmet
            default:
                if tv.isZero {
                    report(Diagnostic(.error, "E-zero-target", "indicator \(name) has a target of 0: its completion rate cannot be computed", at: targetSpan(d) ?? d.name.span,
                                      hint: "a goal of zero (accidents, complaints) is written `=0起` or `≤0次`"))
                    return nil
                }
                if tv.isNegative {
                    report(Diagnostic(.warning, "W-negative-target", "indicator \(name) has a negative target", at: targetSpan(d) ?? d.name.span, hint: "check the sign"))
                }
                r.completion = try? av.divided(by: tv)
                let met = r.comparator == .gt ? av > tv : av >= tv
                r.status = met ? .met : .unmet
            }
            if let j = judged {
                report(Diagnostic(.warning, "W-rate-ignored", "indicator \(name) is computed from its numbers; the judged rate \(j.rounded(2)) is not used", at: d.rate?.span ?? d.name.span,
                                  hint: "remove `rate`, or use `stated` for the rate the report claims"))
            }
        }
        return r
    }

    /// A reverse indicator: met (100%) within its bound; beyond it, by the report's
    /// convention: bound ÷ actual, or 1 − excess ÷ bound floored at 0.
    func reverseCompletion(actual av: Exact, bound tv: Exact, within: Bool) -> Exact? {
        if within { return .one }
        switch model.report.reverseConvention {
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

    func targetSpan(_ d: IndicatorDecl) -> Span? {
        if case .value(_, let e) = d.target { return e.span }
        return nil
    }

    func actualSpan(_ d: IndicatorDecl) -> Span? {
        if case .value(let e) = d.actual { return e.span }
        return nil
    }
}
