/// `round(x, n)`, `floor(x)`, `ceil(x)`, `clamp(x, lo, hi)`: the arithmetic a self-evaluation
/// table does on paper (7.35 scored as 7). A quantity of a unit (亩, 万元) keeps it and is
/// rounded in it; a percent is a ratio, and a score is weight × a percent, so a plain number
/// or a percent is rounded as the number it stands for and comes back plain:
/// round(10 × 73.5%, 0) is 7 points, round(47.567%, 2) is 0.48. A blank argument gives blank.
extension Evaluator {
    static let roundingNames: Set<String> = ["round", "四舍五入", "floor", "向下取整", "ceil", "向上取整", "clamp", "限定"]

    func usage(_ name: String) -> Bilingual {
        switch name {
        case "round", "四舍五入":
            Bilingual(zh: "round(数, 小数位)：四舍五入，round(7.35, 0) 是 7，round(2.345, 2) 是 2.35", en: "round(x, decimals): half up, round(7.35, 0) is 7, round(2.345, 2) is 2.35")
        case "floor", "向下取整": Bilingual(zh: "floor(数)：不大于它的整数，floor(7.9) 是 7", en: "floor(x): the whole number at or below x, floor(7.9) is 7")
        case "ceil", "向上取整": Bilingual(zh: "ceil(数)：不小于它的整数，ceil(7.1) 是 8", en: "ceil(x): the whole number at or above x, ceil(7.1) is 8")
        default: Bilingual(zh: "clamp(数, 下限, 上限)：限定在下限与上限之间，clamp(完成率, 0%, 100%)", en: "clamp(x, lo, hi): x kept between lo and hi, clamp(完成率, 0%, 100%)")
        }
    }

    func usageFailure(_ f: Ident, _ s: Span, _ what: Bilingual) -> Failure {
        report(Diagnostic(.error, DiagnosticCode.functionArgs.rawValue, what, at: s, hint: usage(f.text)))
        return Failure()
    }

    func rounding(_ f: Ident, _ args: [Expr], _ s: Span, _ ctx: Context) throws(Failure) -> Value {
        let arity = ["round": 2, "四舍五入": 2, "clamp": 3, "限定": 3][f.text] ?? 1
        guard args.count == arity else {
            throw usageFailure(f, s, Bilingual(zh: "\(f.text) 要 \(arity) 个参数，这里有 \(args.count) 个", en: "\(f.text) takes \(arity) \(arity == 1 ? "value" : "values"), not \(args.count)"))
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
                throw usageFailure(f, a.span, Bilingual(zh: "\(f.text) 要一个数，这里是 \(v.typeName)", en: "\(f.text) needs a number, found \(v.typeName)"))
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
                throw usageFailure(f, args[1].span, Bilingual(zh: "小数位要写 0 到 17 的整数，这里是 \(n.text())", en: "the decimals must be a whole number from 0 to 17, not \(n.text())"))
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
                throw usageFailure(f, s, Bilingual(zh: "下限 \(qs[1].text()) 大于上限 \(qs[2].text())", en: "the lower bound \(qs[1].text()) is above the upper bound \(qs[2].text())"))
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
