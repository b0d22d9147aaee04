/// Fields an indicator has by its kind and its constants: a qualitative grade and whether
/// time progress pro-rates its target.
extension Evaluator {
    /// A qualitative grade: the judged grade, else the band its judged rate falls in —
    /// the same bands the scoring uses: 达成 from 达成下限 (80%), 部分达成 from 部分达成下限
    /// (60%), below that 未达成. A script or policy may move the lines.
    func grade(of r: IndicatorResult) -> Grade? {
        if let g = r.grade { return g }
        guard let c = r.completion else { return nil }
        if c >= constantRatio("达成下限", percent: 80) { return .achieved }
        return c >= constantRatio("部分达成下限", percent: 60) ? .partial : .notAchieved
    }

    /// A threshold constant as a ratio, or its default when the script defines none.
    func constantRatio(_ name: String, percent: Int) -> Exact {
        if let refs = model.symbols[name], case .constant(let k)? = refs.first, case .quantity(let q)? = constant(k), let v = try? q.baseValue() { return v }
        return (try? Exact.fraction(Int128(percent), 100)) ?? .one
    }

    /// Whether time progress pro-rates the target for lights: cumulative quantities do,
    /// rates (合格率, 满意度 in %) do not, unless the script says otherwise.
    func isProrated(_ i: Int, _ r: IndicatorResult) -> Bool {
        if let p = model.indicators[i].decl.prorate { return p }
        switch r.kind {
        case .positive, .cost: return !(r.target?.isDimensionless ?? true)
        // Done is done: a deadline met early is complete, not an over-run to explain.
        case .deadline:
            if case .done? = model.indicators[i].decl.actual { return false }
            return true
        default: return false
        }
    }
}
