/// `solve X for Y = V` in the REPL: its answers and why there is none. Arguments are the
/// names and values as shown (`新增建设用地报批.actual`, `450亩`).
public indirect enum SolveMessage: Sendable, Hashable {
    case noNumber(input: String)
    case noStart(input: String)
    case noStartHint
    case goalNotEvaluable
    case exactly(String)
    case already(input: String, value: String, goal: String, now: String)
    case exact(input: String, value: String, goal: String, wanted: String)
    case approximate(input: String, value: String, within: String, goal: String, reached: String)
    case boundary(goal: String, wanted: String, upward: Bool, input: String, value: String, otherSide: String?)
    case unreachable(input: String, goal: String, wanted: String, why: SolveMessage)
    case neverEquals
    case leastIs(String, input: String, at: String)
    case mostIs(String, input: String, at: String)
    case jumpsOver(from: String, to: String)
    case noValueThere
    case onlyTakes([String])
    case independent(goal: String, input: String, stays: String?)

    public var text: Bilingual {
        switch self {
        case .noNumber(let i): Bilingual(zh: "\(i) 没有可以调整的数字", en: "\(i) has no number to change")
        case .noStart(let i): Bilingual(zh: "\(i) 没有可作起点的数值", en: "\(i) has no numeric value to start from")
        case .noStartHint:
            Bilingual(zh: "可以对实际值、目标值、预算数字或常量求解", en: "solve for an actual, a target, a budget figure or a constant")
        case .goalNotEvaluable: Bilingual(zh: "要达到的值算不出来", en: "the goal's value cannot be evaluated")
        case .exactly(let f): Bilingual(zh: "（精确值 \(f)）", en: "（exactly \(f)）")
        case .already(let i, let v, let g, let now):
            Bilingual(zh: "\(i) = \(v) 时 \(g) 已经是 \(now)", en: "\(i) = \(v) already gives \(g) = \(now)")
        case .exact(let i, let v, let g, let w):
            Bilingual(zh: "\(i) = \(v)\n  （精确解；这时 \(g) = \(w)；模型没有改动：输入 `\(i) = \(v)` 即可应用）",
                      en: "\(i) = \(v)\n  (exact; then \(g) = \(w); the model is unchanged: type `\(i) = \(v)` to apply it)")
        case .approximate(let i, let v, let within, let g, let r):
            Bilingual(zh: "\(i) ≈ \(v)\n  （用二分法求得，误差不超过 \(within)；这时 \(g) = \(r)；模型没有改动）",
                      en: "\(i) ≈ \(v)\n  (by bisection, to within \(within); there \(g) = \(r); the model is unchanged)")
        case .boundary(let g, let w, let up, let i, let v, let other):
            Bilingual(zh: "\(i) \(up ? "不低于" : "不高于")约 \(v) 时，\(g) 为 \(w)\n  （用二分法求得的分界点"
                          + (other.map { "；另一侧为 \($0)" } ?? "") + "；模型没有改动）",
                      en: "\(g) is \(w) \(up ? "from" : "up to") \(i) ≈ \(v)\n  (boundary by bisection"
                          + (other.map { "; on the other side it is \($0)" } ?? "") + "; the model is unchanged)")
        case .unreachable(let i, let g, let w, let why):
            Bilingual(zh: "\(i) 取什么值都不能使 \(g) = \(w)：\(why.text.zh)", en: "no value of \(i) gives \(g) = \(w): \(why.text.en)")
        case .neverEquals: Bilingual(zh: "它始终不等于这个值", en: "it never equals it")
        case .leastIs(let v, let i, let x):
            Bilingual(zh: "它最小只到 \(v)（\(i) = \(x) 时）", en: "the least it gets is \(v) (at \(i) = \(x))")
        case .mostIs(let v, let i, let x):
            Bilingual(zh: "它最大只到 \(v)（\(i) = \(x) 时）", en: "the most it gets is \(v) (at \(i) = \(x))")
        case .jumpsOver(let a, let b):
            Bilingual(zh: "它跳过了这个值（从 \(a) 直接变到 \(b)）", en: "it jumps over it (it takes values from \(a) to \(b))")
        case .noValueThere: Bilingual(zh: "在这个范围里它没有值", en: "it has no value there")
        case .onlyTakes(let vs):
            Bilingual(zh: "在这个范围里它只取 " + vs.joined(separator: "、"), en: "it is " + vs.joined(separator: ", ") + " there")
        case .independent(let g, let i, let v):
            Bilingual(zh: "\(g) 不随 \(i) 变化（始终\(v.map { "为 \($0)" } ?? "没有值")）",
                      en: "\(g) does not depend on \(i) (it stays \(v ?? "without a value"))")
        }
    }
}
