/// An indicator's own figures: its target, its actual, its grade and judged rate, and why its
/// completion cannot be computed.
public enum IndicatorMessage: Sendable, Hashable {
    case noTarget(String)
    case noTargetHint
    case leapDay(indicator: String, month: Int, day: Int, year: Int)
    case leapDayHint
    case noActual(String)
    case noActualHint
    case notAGrade(String)
    case gradesAre
    case rateNotPercent(String)
    case rateExample
    case qualitativeUnjudged(String)
    case qualitativeUnjudgedHint
    case proratedNeedsNode
    case proratedNeedsNodeHint
    case deadlineActual(String)
    case deadlineActualHint
    case actualNotNumber(indicator: String, target: String, actual: String)
    case actualNotNumberHint
    case cannotCompare(indicator: String, actual: String, actualKind: String, target: String, targetKind: String)
    /// `4000亩？`: the bare side written in the other's unit.
    case withUnit(String)
    case targetWithUnit(String)
    case measureDifferentThings(target: String?, actual: String?)
    case tooLarge(String)
    case zeroTarget(String)
    case zeroTargetHint
    case negativeTarget(String)
    case checkTheSign
    case rateIgnored(indicator: String, rate: String)
    case rateIgnoredHint
    case targetUnitActualBare(indicator: String, target: String, unit: String, actual: String)
    case actualUnitTargetBare(indicator: String, actual: String, unit: String, target: String)
    /// `30%？（只写 30 是 3000%）`.
    case bareIsPercent(guess: String, written: String, percent: String)

    public var text: Bilingual {
        switch self {
        case .noTarget(let n): Bilingual(zh: "指标「\(n)」没有目标值", en: "indicator \(n) has no target")
        case .noTargetHint:
            Bilingual(zh: "写上 `target 15个`（或 ≥98%、≤10次、\"明显提升\"、12月31日前完成）",
                      en: "add `target 15个` (or ≥98%, ≤10次, \"明显提升\", 12月31日前完成)")
        case .leapDay(let n, let m, let d, let y):
            Bilingual(zh: "指标「\(n)」：期限 \(m)月\(d)日 在 \(y) 年不存在，\(y) 年 2 月只有 28 天",
                      en: "indicator \(n): the deadline \(m)月\(d)日 is not a date of \(y): February \(y) has 28 days")
        case .leapDayHint: Bilingual(zh: "2月28日前完成", en: "2月28日前完成")
        case .noActual(let n): Bilingual(zh: "指标「\(n)」没有实际完成值", en: "indicator \(n) has no actual value")
        case .noActualHint:
            Bilingual(zh: "写上 `actual …`；还没到期的写 `actual pending`（未达监控节点）",
                      en: "add `actual …`, or `actual pending` (未达监控节点) if it is not yet due")
        case .notAGrade(let g): Bilingual(zh: "「\(g)」不是定性指标的等级", en: "`\(g)` is not a grade")
        case .gradesAre: Bilingual(zh: "等级写 达成、部分达成 或 未达成", en: "use 达成, 部分达成 or 未达成")
        case .rateNotPercent(let q): Bilingual(zh: "评定的完成率应是百分数，这里写的是 \(q)", en: "a judged rate must be a percent, found \(q)")
        case .rateExample: Bilingual(zh: "例如 rate 40%", en: "rate 40%")
        case .qualitativeUnjudged(let n): Bilingual(zh: "定性指标「\(n)」没有评定完成率，也没有等级", en: "qualitative indicator \(n) has no judged rate or grade")
        case .qualitativeUnjudgedHint:
            Bilingual(zh: "写上 `rate 40%`（评定的完成率）或 `grade 部分达成`", en: "add `rate 40%` (a judged completion) or `grade 部分达成`")
        case .proratedNeedsNode: Bilingual(zh: "按时间进度折算需要监控节点", en: "progress by time needs the monitoring node")
        case .proratedNeedsNodeHint: Bilingual(zh: "在 report 块中写上 `node 2021-06-30`", en: "add `node 2021-06-30` to the report block")
        case .deadlineActual(let n):
            Bilingual(zh: "时限指标「\(n)」的实际值要写 `actual elapsed`、`actual done`、月数（6个月）或评定的 `rate`",
                      en: "deadline indicator \(n) needs `actual elapsed`, `actual done`, months (6个月) or a judged `rate`")
        case .deadlineActualHint:
            Bilingual(zh: "actual elapsed：完成率取监控节点时已过去的时间", en: "actual elapsed: completion is the time elapsed at the node")
        case .actualNotNumber(let n, let t, let a):
            Bilingual(zh: "指标「\(n)」的目标值 \(t) 是数字，但实际值“\(a)”不是数字",
                      en: "indicator \(n) has a numeric target \(t) but the actual \"\(a)\" is not a number")
        case .actualNotNumberHint:
            Bilingual(zh: "实际值带上单位写（30亩），或写评定的完成率：rate 40%", en: "write the actual with a unit (30亩), or judge it: rate 40%")
        case .cannotCompare(let n, let a, let ak, let t, let tk):
            Bilingual(zh: "指标「\(n)」：实际值 \(a)（\(ak)）和目标值 \(t)（\(tk)）不能比较",
                      en: "indicator \(n): cannot compare the actual \(a) (\(ak)) with the target \(t) (\(tk))")
        case .withUnit(let s): Bilingual(zh: "是不是要写 \(s)？", en: "\(s)？")
        case .targetWithUnit(let s): Bilingual(zh: "是不是要写 target \(s)？", en: "target \(s)？")
        case .measureDifferentThings(let t, let a):
            Bilingual(zh: "\(t ?? "不带单位的数") 和 \(a ?? "不带单位的数") 量的不是同一种东西；请核对单位",
                      en: "\(t ?? "a plain number") and \(a ?? "a plain number") measure different things; check the units")
        case .tooLarge(let n): Bilingual(zh: "指标「\(n)」：数字太大，无法精确计算", en: "indicator \(n): a number is too large to compute exactly")
        case .zeroTarget(let n): Bilingual(zh: "指标「\(n)」的目标值是 0：完成率无法计算", en: "indicator \(n) has a target of 0: its completion rate cannot be computed")
        case .zeroTargetHint:
            Bilingual(zh: "目标为零（事故、投诉）时写 `=0起` 或 `≤0次`", en: "a goal of zero (accidents, complaints) is written `=0起` or `≤0次`")
        case .negativeTarget(let n): Bilingual(zh: "指标「\(n)」的目标值是负数", en: "indicator \(n) has a negative target")
        case .checkTheSign: Bilingual(zh: "请核对正负号", en: "check the sign")
        case .rateIgnored(let n, let r):
            Bilingual(zh: "指标「\(n)」的完成率由它的数字算出，评定的完成率 \(r) 不使用",
                      en: "indicator \(n) is computed from its numbers; the judged rate \(r) is not used")
        case .rateIgnoredHint:
            Bilingual(zh: "删去 `rate`；报告声称的完成率用 `stated` 写", en: "remove `rate`, or use `stated` for the rate the report claims")
        case .targetUnitActualBare(let n, let t, let u, let a):
            Bilingual(zh: "指标「\(n)」：目标值 \(t) 的单位是 \(u)，实际值 \(a) 却没有单位",
                      en: "indicator \(n): the target \(t) is in \(u), but the actual \(a) is a bare number")
        case .actualUnitTargetBare(let n, let a, let u, let t):
            Bilingual(zh: "指标「\(n)」：实际值 \(a) 的单位是 \(u)，目标值 \(t) 却没有单位",
                      en: "indicator \(n): the actual \(a) is in \(u), but the target \(t) is a bare number")
        case .bareIsPercent(let g, let w, let p):
            Bilingual(zh: "是不是要写 \(g)？（只写 \(w) 是 \(p)）", en: "\(g)？ (a bare \(w) is \(p))")
        }
    }
}
