/// The figures a report states (`stated 执行率 26%`) checked against those jx computes.
/// `what` is the report's word for the figure (执行率, 完成率, 得分), the same in both
/// languages; `written` is the figure as the report writes it.
public enum StatedMessage: Sendable, Hashable {
    /// Whose figure a report states. English keeps the bare name it always said.
    public enum Owner: Sendable, Hashable {
        /// Of a kind the caller does not say: the name alone.
        case named(String)
        case budget(String)
        case indicator(String)
        case source(String, budget: String)
        case project(String)
        case report

        var text: Bilingual {
            switch self {
            case .named(let n): Bilingual(zh: "「\(n)」", en: n)
            case .budget(let n): Bilingual(zh: "预算「\(n)」", en: n)
            case .indicator(let n): Bilingual(zh: "指标「\(n)」", en: n)
            case .source(let s, let b): Bilingual(zh: "预算「\(b)」资金来源「\(s)」", en: "\(s) of \(b)")
            case .project(let p): Bilingual(zh: "项目「\(p)」", en: "project \(p)")
            case .report: Bilingual(zh: "", en: "the report")
            }
        }

        /// "报告写预算「甲」的执行率" or, of the report itself, "报告写的总分".
        var possessive: String { text.zh.isEmpty ? "" : text.zh + "的" }
    }

    /// What a stated line sits in, and the figures it may name there.
    public enum Holder: Sendable, Hashable {
        case budget, source, indicator, group

        var figures: Bilingual {
            switch self {
            case .budget:
                Bilingual(zh: "预算数、年初预算数、到位资金、执行数、全年预计执行数、拨付、执行率、到位率、预计执行率、权重（分值）或得分",
                          en: "预算数, 年初预算数, 到位资金, 执行数, 全年预计执行数, 拨付, 执行率, 到位率, 预计执行率, 权重 (分值) or 得分")
            case .source:
                Bilingual(zh: "预算数、年初预算数、到位资金、执行数、全年预计执行数、执行率、到位率或预计执行率",
                          en: "预算数, 年初预算数, 到位资金, 执行数, 全年预计执行数, 执行率, 到位率 or 预计执行率")
            case .indicator:
                Bilingual(zh: "完成率、目标、实际、全年预计、预计完成率、权重（分值）或得分",
                          en: "完成率, 目标, 实际, 全年预计, 预计完成率, 权重 (分值) or 得分")
            case .group: Bilingual(zh: "得分或权重", en: "得分 or 权重")
            }
        }

        var name: Bilingual {
            switch self {
            case .budget: Bilingual(zh: "预算", en: "a budget")
            case .source: Bilingual(zh: "资金来源", en: "a funding source")
            case .indicator: Bilingual(zh: "指标", en: "an indicator")
            case .group: Bilingual(zh: "指标分组", en: "a group")
            }
        }
    }

    case noSuchFigure(Holder, word: String)
    case statedFigures(Holder)
    case completionOfPending(indicator: String, written: String)
    case completionOfPendingHint
    case bareNumber(owner: Owner, what: String, written: String, unit: String)
    /// `member` is the figure's word as written (`执行率 `), empty for an indicator's completion.
    case bareNumberHint(member: String, written: String, unit: String, percent: String)
    case cannotBeComputed(owner: Owner, what: String, written: String)
    case giveItsFigures
    case incomparable(what: String, stated: String, computed: String)
    case writeItIn(unit: String?)
    case mismatch(owner: Owner, what: String, written: String, how: FigureHow, exact: String)
    case computed(String)
    case shouldRead(String)

    public var text: Bilingual {
        switch self {
        case .noSuchFigure(let h, let w):
            Bilingual(zh: w.isEmpty ? "这一行没有写明核对\(h.name.zh)的哪一个数" : "\(h.name.zh)没有名为「\(w)」的数字", en: "\(h.name.en) has no figure \(w)")
        case .statedFigures(let h): Bilingual(zh: "stated 后面可以写：\(h.figures.zh)", en: "stated \(h.figures.en)")
        case .completionOfPending(let i, let w):
            Bilingual(zh: "报告写指标「\(i)」的完成率是 \(w)，但它的实际值待填（未达监控节点）",
                      en: "the report states a completion of \(w) for \(i), which is pending")
        case .completionOfPendingHint: Bilingual(zh: "删去所写的完成率，或填上实际值", en: "remove the stated figure or give the actual")
        case .bareNumber(let o, let what, let w, let u):
            Bilingual(zh: "报告写\(o.possessive)\(what)是 \(w)，没有带单位，而\(what)以 \(u) 计",
                      en: "the stated \(what) \(w) for \(o.text.en) is a bare number, but \(what) is in \(u)")
        case .bareNumberHint(let m, let w, let u, let p):
            Bilingual(zh: "是不是要写 stated \(m)\(w)\(u)？（不带单位的 \(w) 是 \(p)）", en: "stated \(m)\(w)\(u)？ (a bare \(w) is \(p))")
        case .cannotBeComputed(let o, let what, let w):
            Bilingual(zh: "报告写\(o.possessive)\(what)是 \(w)，但这个数无法计算",
                      en: "the report states \(what) \(w) for \(o.text.en), but it cannot be computed")
        case .giveItsFigures: Bilingual(zh: "写上计算它所需的数", en: "give the figures it is computed from")
        case .incomparable(let what, let s, let c):
            Bilingual(zh: "所写的\(what) \(s) 与算得的 \(c) 不是同一类单位", en: "the stated \(what) \(s) is not in the same kind of unit as the computed \(c)")
        case .writeItIn(let u):
            if let u { Bilingual(zh: "请以 \(u) 写", en: "write it in \(u)") } else { Bilingual(zh: "请用它自己的单位写", en: "write it in its unit") }
        case .mismatch(let o, let what, let w, let how, let x):
            Bilingual(zh: "报告写\(o.possessive)\(what)是 \(w)，但\(how.text.zh) = \(x)",
                      en: "the report states \(what) \(w) for \(o.text.en), but \(how.text.en) = \(x)")
        case .computed(let s): Bilingual(zh: "算得 \(s)", en: "computed \(s)")
        case .shouldRead(let s): Bilingual(zh: "核对数字；按所写的精度应为 \(s)", en: "check the figures; at the precision written, it should read \(s)")
        }
    }
}
