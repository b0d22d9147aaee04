/// 全年预计: the expected year-end value and completion of an indicator, and how likely it
/// is to reach its target (确定能 / 有可能 / 完全不可能).
extension Evaluator {
    /// A node of December 31 (a self-evaluation): completion is final, nothing is forecast.
    public var isYearEnd: Bool {
        guard let n = model.report.node else { return false }
        return n.month == 12 && n.day == 31
    }

    /// 全年预计完成: as given, else extrapolated from the node for cumulative indicators
    /// (actual ÷ 时间进度), else the actual itself (rates and judged indicators).
    public func expected(_ i: Int) -> Quantity? {
        // At the year's end completion is final: there is nothing left to forecast.
        if isYearEnd { return nil }
        guard let r = indicator(i) else { return nil }
        if let e = model.indicators[i].decl.expected {
            switch e {
            case .value(let x): return (try? eval(x)).flatMap { try? number($0, at: x.span) }
            default: return nil
            }
        }
        guard r.status != .pending, let a = r.actual else { return nil }
        if isProrated(i, r), let t = timeProgress(), !t.isZero, let v = try? a.value.divided(by: t) { return Quantity(v, a.unit) }
        return a
    }

    /// The expected year-end completion, by the indicator's own kind.
    public func expectedCompletion(_ i: Int) -> Exact? {
        expectedCompletion(i, expected: expected(i))
    }

    /// `expectedCompletion(i)` from `expected(i)` already computed (a report asks for both).
    func expectedCompletion(_ i: Int, expected e: Quantity?) -> Exact? {
        if isYearEnd { return nil }
        guard let r = indicator(i) else { return nil }
        if r.kind == .qualitative { return model.indicators[i].decl.expected == nil ? nil : r.completion }
        if r.kind == .deadline {
            if r.kind == .deadline, let c = r.completion, let t = timeProgress(), !t.isZero, case .elapsed? = model.indicators[i].decl.actual { return Exact.min(.one, (try? c.divided(by: t)) ?? c) }
            return r.completion
        }
        guard let e, let t = r.target, let ev = try? e.baseValue(), let tv = try? t.baseValue(), !tv.isZero else { return nil }
        switch r.kind {
        case .reverse: return Evaluator.reverseCompletion(actual: ev, bound: tv, within: r.comparator == .lt ? ev < tv : ev <= tv, convention: model.report.reverseConvention)
        case .equality: return ev == tv ? .one : .zero
        default: return try? ev.divided(by: tv)
        }
    }

    /// 确定能 / 有可能 / 完全不可能: declared, or from the expected completion against the
    /// lines 确定能线 (default 100%) and 有可能线 (default 80%).
    public func likelihood(_ i: Int) -> String? {
        likelihood(i, expectedCompletion: expectedCompletion(i))
    }

    /// `likelihood(i)` from `expectedCompletion(i)` already computed.
    func likelihood(_ i: Int, expectedCompletion: Exact?) -> String? {
        // Nor a likelihood (有可能): at December 31 a target is reached or it is not.
        if isYearEnd { return nil }
        if let l = model.indicators[i].decl.likelihood { return l.text }
        guard let c = expectedCompletion else { return nil }
        func line(_ name: String, _ pct: Int) -> Exact {
            if case .constant(let k)? = model.symbols.first(name), case .quantity(let q)? = constant(k), let v = try? q.baseValue() { return v }
            return (try? Exact.fraction(Int128(pct), 100)) ?? .one
        }
        if c >= line("确定能线", 100) { return "确定能" }
        if c >= line("有可能线", 80) { return "有可能" }
        return "完全不可能"
    }
}
