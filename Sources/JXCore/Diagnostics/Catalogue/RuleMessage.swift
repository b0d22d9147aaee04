/// Rules, scoring and the auditor's checks: how a rule is written and what it says of a row
/// here; the weights and scores in `ScoringMessage`, the auditor's checks in `AuditMessage`.
public enum RuleMessage: Sendable, Hashable {
    /// A script's own rule's message, as its author wrote it (in the author's language).
    case authored(String)
    /// `rule 资金到位`: where a rule's finding points.
    case rule(String)
    /// The message of a rule's finding whose clause has none: the rule holds.
    case ruleHolds(String)
    /// A rule's finding about a budget or an indicator: its name, then the rule's message.
    case aboutSubject(String, message: String?, rule: String)
    case scoring(ScoringMessage)
    case audit(AuditMessage)

    case noLight(EntityKind, String)
    case lightsFromPolicy
    case noRuleLightsIt

    case scopeOnBudgets(rule: String, scope: String)
    case scopeOnBudgetsHint(rule: String)
    case unknownGroup(rule: String, group: String)
    case nameAGroup
    case overWholeReport(rule: String, score: Bool)
    case overWholeReportHint(rule: String, level: String)
    case scoreMessageNeverShown(rule: String)
    case scoreMessageNeverShownHint
    case afterOtherwise(rule: String)
    case afterOtherwiseHint
    case partNotExpression(rule: String, part: String)
    case partNotExpressionHint
    /// `field`: what the rule judges (a budget, an indicator); nil for a rule over the whole report.
    case unknownInRule(rule: String, name: String, field: EntityKind?)
    case reportRuleReadsNames
    /// The fields a rule may read: by their Chinese names, and (as before) the first ten
    /// spellings in English order.
    case fieldsOf(EntityKind, zh: [String], en: [String])

    case scoreConflict(rule: String, other: String, subject: EntityKind)
    case scoreConflictHint(rule: String, other: String)
    case ruleDeclaredHere(String)
    case overrideUnknown(rule: String, target: String, subject: EntityKind)
    case importPolicyFirst
    case scoringRulesAre([String])
    case overrideUnscored(rule: String, target: String)
    case overrideUnscoredHint

    public var text: Bilingual {
        switch self {
        case .authored(let s): Bilingual(zh: s, en: s)
        case .rule(let r): Bilingual(zh: "规则「\(r)」", en: "rule \(r)")
        case .ruleHolds(let r): Bilingual(zh: "规则「\(r)」的条件成立", en: "rule \(r)")
        case .aboutSubject(let s, let m, let r): Bilingual(zh: "「\(s)」：\(m ?? Self.ruleHolds(r).text.zh)", en: "\(s): \(m ?? "rule \(r)")")
        case .scoring(let m): m.text
        case .audit(let m): m.text

        case .noLight(let k, let n): Bilingual(zh: "\(k.text.zh)「\(n)」没有预警灯", en: "\(k.text.en) \(n) has no light")
        case .lightsFromPolicy: Bilingual(zh: "预警灯由规则给出：写 import policy 预警", en: "lights come from rules: import policy 预警")
        case .noRuleLightsIt: Bilingual(zh: "没有哪条规则给它定预警灯", en: "no rule gives it a light")

        case .scopeOnBudgets(let r, let s):
            Bilingual(zh: "规则「\(r)」评判的是预算，而预算不在任何指标分组里：`in \(s)` 选不出任何一项",
                      en: "rule \(r) judges budgets, which are in no group: `in \(s)` would choose none")
        case .scopeOnBudgetsHint(let r):
            Bilingual(zh: "用 `where` 选出预算：rule \(r) for each budget where 顶层 { … }",
                      en: "choose budgets with `where`: rule \(r) for each budget where 顶层 { … }")
        case .unknownGroup(let r, let g):
            Bilingual(zh: "规则「\(r)」作用于指标分组「\(g)」，但脚本中没有这个分组", en: "rule \(r) applies to group \(g), which does not exist")
        case .nameAGroup: Bilingual(zh: "请写脚本中已有的指标分组名称", en: "name a group of the script")
        case .overWholeReport(let r, let score):
            Bilingual(zh: "规则「\(r)」针对的是整个报告：\(score ? "得分" : "预警灯")要落在某个预算或指标上",
                      en: "rule \(r) is over the whole report: \(score ? "a score" : "a light") needs a budget or an indicator to go to")
        case .overWholeReportHint(let r, let level):
            Bilingual(zh: "写 rule \(r) for each indicator { \(level) … }，或改为给出检查结果：error、warning 或 info when …",
                      en: "rule \(r) for each indicator { \(level) … }, or give a finding: error, warning or info when …")
        case .scoreMessageNeverShown(let r):
            Bilingual(zh: "规则「\(r)」：score 子句后面的说明文字不会显示", en: "rule \(r): a score clause's message is never shown")
        case .scoreMessageNeverShownHint:
            Bilingual(zh: "删去这段说明文字，或把它写在预警灯或检查结果的子句上", en: "remove the message, or put it on a light or a finding")
        case .afterOtherwise(let r):
            Bilingual(zh: "规则「\(r)」：这一子句写在 `otherwise` 之后，永远不会被判断", en: "rule \(r): this clause comes after `otherwise` and is never tried")
        case .afterOtherwiseHint:
            Bilingual(zh: "规则以第一个成立的子句为准：把 `otherwise` 移到最后，或删去它后面的子句",
                      en: "the first clause that holds decides; move `otherwise` to the end, or remove the clauses after it")
        case .partNotExpression(let r, let p):
            Bilingual(zh: "规则「\(r)」：说明文字中的 {\(p)} 不是一个算式", en: "rule \(r): the message part {\(p)} is not an expression")
        case .partNotExpressionHint:
            Bilingual(zh: "花括号里写名称或算式，例如 {执行率}、{实际 - 目标}", en: "write a name or an expression between the braces: {执行率}, {实际 - 目标}")
        case .unknownInRule(let r, let n, nil):
            Bilingual(zh: "规则「\(r)」用到的「\(n)」不是脚本中的名称", en: "rule \(r) uses \(n), which is not a name of the script")
        case .unknownInRule(let r, let n, let k?):
            Bilingual(zh: "规则「\(r)」用到的「\(n)」既不是\(k.text.zh)的字段，也不是脚本中的名称",
                      en: "rule \(r) uses \(n), which is neither a field of \(Self.one(k)) nor a name of the script")
        case .reportRuleReadsNames:
            Bilingual(zh: "针对整个报告的规则读取脚本中的名称，和 assert 一样", en: "a rule over the whole report reads the script's names, as an assert does")
        case .fieldsOf(let s, let zh, let en):
            Bilingual(zh: "\(s.text.zh)的字段有：" + zh.joined(separator: "、"), en: "fields of \(Self.one(s)): " + en.joined(separator: ", "))

        case .scoreConflict(let r, let o, let s):
            Bilingual(zh: "规则「\(r)」和「\(o)」都给同一些\(Self.noun(s).zh)打分：只能有一个算数",
                      en: "rules \(r) and \(o) both score the same \(Self.noun(s).en): only one can count")
        case .scoreConflictHint(let r, let o):
            Bilingual(zh: "要让「\(r)」取代「\(o)」，写 rule \(r) overrides \(o) for each …；否则用 where 或 in 把两者分开",
                      en: "to replace \(o) where it applies, write rule \(r) overrides \(o) for each …; otherwise keep them apart with `where` or `in`")
        case .ruleDeclaredHere(let r): Bilingual(zh: "规则「\(r)」写在这里", en: "\(r) is declared here")
        case .overrideUnknown(let r, let t, let s):
            Bilingual(zh: "规则「\(r)」要取代的「\(t)」不是一条给\(Self.noun(s).zh)打分的规则",
                      en: "rule \(r) overrides \(t), which is no rule that scores \(Self.noun(s).en)")
        case .importPolicyFirst:
            Bilingual(zh: "先导入给它打分的政策（import policy 自评评分）", en: "import the policy that scores it first (import policy 自评评分)")
        case .scoringRulesAre(let rules):
            Bilingual(zh: "可取代的规则：" + rules.joined(separator: "、"), en: "the scoring rules are: " + rules.joined(separator: ", "))
        case .overrideUnscored(let r, let t):
            Bilingual(zh: "规则「\(r)」取代「\(t)」的打分，自己却没有 score 子句", en: "rule \(r) overrides the scoring of \(t) but has no score clause")
        case .overrideUnscoredHint:
            Bilingual(zh: "加上 score 子句，例如 score round(权重 * min(完成率, 100%), 0) otherwise",
                      en: "add a score clause, e.g. score round(权重 * min(完成率, 100%), 0) otherwise")
        }
    }

    /// `a budget`, `an indicator`.
    static func one(_ k: EntityKind) -> String { (k == .indicator ? "an " : "a ") + k.text.en }

    /// What a scoring rule scores, as its messages name it (the plural in English): budgets,
    /// or else indicators.
    static func noun(_ k: EntityKind) -> Bilingual {
        k == .budget ? Bilingual(zh: "预算", en: "budgets") : Bilingual(zh: "指标", en: "indicators")
    }
}
