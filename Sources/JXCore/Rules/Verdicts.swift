/// Lights, grades and pro-rating as fields (`X.light`, `X.等级`, `X.按进度`), for rules and
/// assertions.
extension Evaluator {
    func verdictMember(_ ref: EntityRef, _ m: Member, _ id: Ident) throws(Failure) -> Value {
        switch m {
        case .light:
            let light: Light?
            if case .group(let g) = ref { light = groupLight(g) } else { light = verdict(ref).light }
            guard let light else {
                if case .indicator(let i) = ref, indicator(i)?.status == .pending { return .pending }
                throw fail("\(model.kindLabel(ref)) \(model.name(of: ref)) has no light", at: id.span,
                           hint: model.rules.isEmpty ? "lights come from rules: import policy 预警" : "no rule gives it a light")
            }
            return .light(light)
        default:
            return try scoringMember(ref, m, id)
        }
    }

    /// A qualitative grade: the judged grade, else read from the completion (100% 达成,
    /// above 0 部分达成, 0 未达成).
    static func grade(of r: IndicatorResult) -> Grade? {
        if let g = r.grade { return g }
        guard let c = r.completion else { return nil }
        if c >= .one { return .achieved }
        return c.isZero || c.isNegative ? .notAchieved : .partial
    }

    /// Whether time progress pro-rates the target for lights: cumulative quantities do,
    /// rates (合格率, 满意度 in %) do not, unless the script says otherwise.
    func isProrated(_ i: Int, _ r: IndicatorResult) -> Bool {
        if let p = model.indicators[i].decl.prorate { return p }
        switch r.kind {
        case .positive, .cost: return !(r.target?.isDimensionless ?? true)
        case .deadline: return true
        default: return false
        }
    }
}
