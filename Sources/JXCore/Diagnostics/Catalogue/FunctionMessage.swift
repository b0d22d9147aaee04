/// The rounding functions' arguments: round, floor, ceil, clamp.
public enum FunctionMessage: Sendable, Hashable {
    case usageRound, usageFloor, usageCeil, usageClamp
    case arity(function: String, takes: Int, given: Int)
    case needsNumber(function: String, found: ValueKind)
    case decimals(String)
    case boundsReversed(lower: String, upper: String)

    public var text: Bilingual {
        switch self {
        case .usageRound:
            Bilingual(zh: "round(数, 小数位)：四舍五入，round(7.35, 0) 是 7，round(2.345, 2) 是 2.35", en: "round(x, decimals): half up, round(7.35, 0) is 7, round(2.345, 2) is 2.35")
        case .usageFloor: Bilingual(zh: "floor(数)：不大于它的整数，floor(7.9) 是 7", en: "floor(x): the whole number at or below x, floor(7.9) is 7")
        case .usageCeil: Bilingual(zh: "ceil(数)：不小于它的整数，ceil(7.1) 是 8", en: "ceil(x): the whole number at or above x, ceil(7.1) is 8")
        case .usageClamp: Bilingual(zh: "clamp(数, 下限, 上限)：限定在下限与上限之间，clamp(完成率, 0%, 100%)", en: "clamp(x, lo, hi): x kept between lo and hi, clamp(完成率, 0%, 100%)")
        case .arity(let f, let n, let k): Bilingual(zh: "\(f) 要 \(n) 个参数，这里有 \(k) 个", en: "\(f) takes \(n) \(n == 1 ? "value" : "values"), not \(k)")
        case .needsNumber(let f, let v): Bilingual(zh: "\(f) 要一个数，这里是\(v.text.zh)", en: "\(f) needs a number, found \(v.text.en)")
        case .decimals(let n): Bilingual(zh: "小数位要写 0 到 17 的整数，这里是 \(n)", en: "the decimals must be a whole number from 0 to 17, not \(n)")
        case .boundsReversed(let lo, let hi): Bilingual(zh: "下限 \(lo) 大于上限 \(hi)", en: "the lower bound \(lo) is above the upper bound \(hi)")
        }
    }
}
