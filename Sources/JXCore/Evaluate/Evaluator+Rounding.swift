/// `round(x, n)`, `floor(x)`, `ceil(x)`, `clamp(x, lo, hi)`: the arithmetic a self-evaluation
/// table does on paper (7.35 scored as 7). A quantity of a unit (亩, 万元) keeps it and is
/// rounded in it; a percent is a ratio, and a score is weight × a percent, so a plain number
/// or a percent is rounded as the number it stands for and comes back plain:
/// round(10 × 73.5%, 0) is 7 points, round(47.567%, 2) is 0.48. A blank argument gives blank.
extension Evaluator {
    static let roundingNames: Set<String> = ["round", "四舍五入", "floor", "向下取整", "ceil", "向上取整", "clamp", "限定"]

    func usage(_ name: String) -> FunctionMessage {
        switch name {
        case "round", "四舍五入": .usageRound
        case "floor", "向下取整": .usageFloor
        case "ceil", "向上取整": .usageCeil
        default: .usageClamp
        }
    }

    func usageFailure(_ f: Ident, _ s: Span, _ what: FunctionMessage) -> Failure {
        report(Diagnostic(.error, .functionArgs, .function(what), at: s, hint: .function(usage(f.text))))
        return Failure()
    }

    func rounding(_ f: Ident, _ args: [Expr], _ s: Span, _ ctx: Context) throws(Failure) -> Value {
        let arity = ["round": 2, "四舍五入": 2, "clamp": 3, "限定": 3][f.text] ?? 1
        guard args.count == arity else {
            throw usageFailure(f, s, .arity(function: f.text, takes: arity, given: args.count))
        }
        var values: [Value] = []
        for a in args {
            let v = try valueFollowed(a, ctx)
            if v.isBlank { return .blank }
            values.append(v)
        }
        var qs: [Quantity] = []
        for (v, a) in zip(values, args) {
            guard case .quantity(let q) = v else {
                throw usageFailure(f, a.span, .needsNumber(function: f.text, found: v.valueKind))
            }
            qs.append(q)
        }
        let x = qs[0]
        // A ratio is rounded as its number: 10 × 73.5% is 7.35 points, not 735%.
        let r: Quantity
        if x.isDimensionless, let v = try? x.baseValue() { r = Quantity(v, model.units.lookup("")!) } else { r = x }
        switch f.text {
        case "round", "四舍五入":
            let n = qs[1]
            guard n.unit.name.isEmpty, n.value.den == 1, n.value >= .zero, n.value <= Exact(17) else {
                throw usageFailure(f, args[1].span, .decimals(n.text()))
            }
            return .quantity(Quantity(r.value.roundedValue(Int(n.value.num)), r.unit))
        case "floor", "向下取整":
            return .quantity(Quantity(Evaluator.floor(r.value), r.unit))
        case "ceil", "向上取整":
            let negated = (try? r.value.negated()).map(Evaluator.floor)
            guard let c = try? negated?.negated() else { throw fail(.numberTooLarge, at: s) }
            return .quantity(Quantity(c, r.unit))
        default:
            try percentAgainstBare(x, args[0], qs[1], args[1], args[1].span, verb: .compare)
            try percentAgainstBare(x, args[0], qs[2], args[2], args[2].span, verb: .compare)
            let lo = try convert(qs[1], to: x, args[1].span, verb: .compare), hi = try convert(qs[2], to: x, args[2].span, verb: .compare)
            guard lo.value <= hi.value else {
                throw usageFailure(f, s, .boundsReversed(lower: qs[1].text(), upper: qs[2].text()))
            }
            if x.value < lo.value { return .quantity(lo) }
            if hi.value < x.value { return .quantity(hi) }
            return .quantity(x)
        }
    }

    /// The greatest whole number at or below `v` (the numerator divided, rounded toward −∞).
    static func floor(_ v: Exact) -> Exact {
        var q = v.num / v.den
        if v.num % v.den != 0 && v.num < 0 { q -= 1 }
        return (try? Exact.fraction(q, 1)) ?? v
    }
}
