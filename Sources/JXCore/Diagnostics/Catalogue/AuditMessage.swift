/// The checks an auditor makes of a self-evaluation table (`Judgement.auditFindings`): the
/// level-1 weights against 100, a row's points against its parts', a score above its weight,
/// a total above 100, a grade outside its rate's band, and a goal block's weight.
public enum AuditMessage: Sendable, Hashable {
    /// `sum`: the weights as added (`产出 60 + 效益 30`), `total` what they come to.
    case weightsSum(sum: String, total: String)
    case weightsSumHint
    case partWeights(String, parts: String, whole: String)
    case partWeightsHint
    /// `stated`: the score is the one the table states, not the computed one.
    case scoreOverWeight(String, score: String, stated: Bool, weight: String)
    case scoreOverWeightHint
    /// `owner`: the project or the report's title; nil for a report without a title.
    case totalOver100(owner: String?, total: String, computed: Bool)
    case totalOver100Hint
    /// `range`: the band of the grade written (`≥ 80.00%`), `band` the grade of the rate.
    case gradeBand(String, grade: String, range: String, rate: String, band: String)
    case gradeBandHint(band: String)

    case blockWeightSummed(String, weight: String)
    case blockWeightSummedHint(String, weight: String)
    case blockUnweighted(String)
    case blockUnweightedHint(String)
    case blockShare(String, block: String, whole: String, share: String)
    case blockShareHint(String, share: String)

    public var text: Bilingual {
        switch self {
        case .weightsSum(let s, let t):
            Bilingual(zh: "一级指标和预算执行的权重合计 \(s) = \(t)，不是 100", en: "the level-1 weights and the budget rows add up to \(s) = \(t), not 100")
        case .weightsSumHint:
            Bilingual(zh: "表的满分是 100：某个权重写错了，或少了一个一级指标", en: "a table scores out of 100: a weight is wrong or a level-1 group is missing")
        case .partWeights(let b, let p, let w):
            Bilingual(zh: "「\(b)」下各项的分值合计 \(p)，与它的分值 \(w) 不符", en: "the weights under \(b) add up to \(p), not to its weight \(w)")
        case .partWeightsHint: Bilingual(zh: "某项分值写错了，或少了一项", en: "a weight is wrong or a part is missing")
        case .scoreOverWeight(let n, let s, let stated, let w):
            Bilingual(zh: "「\(n)」的得分 \(s)（\(stated ? "填报" : "算得")）超过它的权重 \(w)",
                      en: "\(n) scores \(s) (\(stated ? "stated" : "computed")), above its weight \(w)")
        case .scoreOverWeightHint:
            Bilingual(zh: "得分最多等于权重：得分或权重写错了", en: "a score is at most its weight: the score or the weight is wrong")
        case .totalOver100(let o, let t, let computed):
            Bilingual(zh: "\(o.map { "「\($0)」" } ?? "报告")的总分 \(t)\(computed ? "（算得）" : " ")超过 100",
                      en: "the 总分 of \(o ?? "the report") is \(t)\(computed ? " (computed)" : ""), above 100")
        case .totalOver100Hint:
            Bilingual(zh: "满分是 100：请核对各一级指标的权重是否合计 100", en: "a table scores out of 100: check that the level-1 weights add up to 100")
        case .gradeBand(let n, let g, let range, let rate, let band):
            Bilingual(zh: "「\(n)」评为 \(g)（\(range)），但评定完成率 \(rate) 落在 \(band) 的区间",
                      en: "\(n) is graded \(g) (\(range)), but its rate \(rate) is in the band of \(band)")
        case .gradeBandHint(let band):
            Bilingual(zh: "等级和评定完成率要一致：把等级改为 \(band)，或改评定完成率", en: "the grade and the rate must agree: grade \(band), or another rate")

        case .blockWeightSummed(let b, let w):
            Bilingual(zh: "「\(b)」没有写权重：按它所含各行的权重合计为 \(w)", en: "\(b) has no weight written: it weighs \(w), the sum of what it holds")
        case .blockWeightSummedHint(let b, let w):
            Bilingual(zh: "表上印有分值时请写出来，以便核对：\(b) weight \(w) { … }", en: "if the table prints it, write it so it is checked: \(b) weight \(w) { … }")
        case .blockUnweighted(let b):
            Bilingual(zh: "「\(b)」没有写权重，所含各行也没有：其中的指标不计分", en: "\(b) has no weight written, nor have its rows: its indicators are not scored")
        case .blockUnweightedHint(let b):
            Bilingual(zh: "写 \(b) weight 40 { … }，或给各行写 weight", en: "write \(b) weight 40 { … }, or give its rows weights")
        case .blockShare(let n, let b, let whole, let share):
            Bilingual(zh: "「\(b)」中的「\(n)」没有权重：从「\(b)」的 \(whole) 中平分得 \(share)",
                      en: "\(n) in \(b) has no weight: it takes \(share), an even share of the block's \(whole)")
        case .blockShareHint(let n, let share):
            Bilingual(zh: "表上印有分值时请写出来：\(n) weight \(share) { … }", en: "if the table prints it, write it: \(n) weight \(share) { … }")
        }
    }
}
