import Testing
@testable import JXCore
import JXTestSupport

/// The rules', the scoring's and the auditor's messages come from the catalogue (issue 15):
/// each script below makes some of them, matched by ID and arguments, and their Chinese
/// has no English word in it but the keywords a user types.
@Suite struct RuleCatalogueTests {
    /// The words of jx a Chinese message may show, as the user types them.
    static let keywords: Set<String> = [
        "import", "policy", "rule", "for", "each", "where", "weight", "score", "round", "min", "otherwise", "overrides",
        "stated", "let", "error", "warning", "info", "when", "indicator", "budget", "red", "yellow", "green", "blue", "assert",
    ]

    /// English words of three letters or more outside `code`, "quotes" and 「names」, other than keywords.
    static func englishWords(_ text: String) -> [String] {
        ownWords(text).split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 3 && !keywords.contains($0) }
    }

    /// The codes this area makes: none of them may be made without the catalogue.
    static let codes: Set<String> = [
        "W-weight-unscored", "W-weights", "W-weights-sum", "W-score-over-weight", "W-total-over-100", "W-grade-band",
        "W-incomplete", "E-score-conflict", "E-override-unknown", "E-override-unscored", "I-block-weight", "E-rule-scope",
        "E-rule-subject", "E-rule-message", "E-rule-unreachable", "W-score-rows", "W-score-decimals",
    ]

    static func expectChinese(_ ds: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
        for d in ds {
            if codes.contains(d.code) || d.code.hasPrefix("R-") {
                #expect(d.messageID != nil, "\(d.code) \(d.message) is not from the catalogue", sourceLocation: sourceLocation)
            }
            guard case .rules? = d.messageID else { continue }
            let zh = d.localized(.zh)
            for t in [zh.message, zh.label, zh.hint].compactMap({ $0 }) + zh.notes.map(\.message) {
                #expect(englishWords(t).isEmpty, "English left in \(d.code): \(t)", sourceLocation: sourceLocation)
            }
        }
    }

    static func ids(_ ds: [Diagnostic]) -> [RuleMessage] {
        ds.flatMap { d in [d.messageID, d.hintID, d.labelID].compactMap { m in if case .rules(let r)? = m { r } else { nil } } }
    }

    /// The diagnostics of a script, checked for English.
    static func found(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
        let ds = workspace(text).diagnostics()
        expectChinese(ds, sourceLocation: sourceLocation)
        return ds
    }

    /// The errors of an expression that cannot be computed in a script, checked for English.
    static func failed(_ text: String, _ expr: String, sourceLocation: SourceLocation = #_sourceLocation) -> [RuleMessage] {
        guard case .failure(let ds, _) = Evaluation.evaluate(expr, in: workspace(text).evaluator) else {
            Issue.record("\(expr) was computed", sourceLocation: sourceLocation)
            return []
        }
        expectChinese(ds, sourceLocation: sourceLocation)
        return ids(ds)
    }

    @Test func theCheckFindsAnEnglishWordNotAKeyword() {
        #expect(Self.englishWords("规则「abc」写 `rule x` 或 import policy 自评评分") == [])
        #expect(Self.englishWords("the weights under 产出 add up") == ["the", "weights", "under", "add"])
    }

    @Test func theAuditorsChecksAreInChinese() {
        let table = AuditChecksTests.table
        let sum = Self.found(table.replacingOccurrences(of: "产出 weight 50", with: "产出 weight 60").replacingOccurrences(of: "weight 50\n", with: "weight 60\n"))
        #expect(Self.ids(sum).contains(.audit(.weightsSum(sum: "产出 60 + 效益 30 + 满意度 10 + 资金 10", total: "110"))))
        #expect(Self.ids(sum).contains(.audit(.weightsSumHint)))
        let over = Self.found(table.replacingOccurrences(of: "weight 50\n", with: "weight 50 stated 得分 55\n") + "\nstated 总分 105")
        #expect(Self.ids(over).contains(.audit(.scoreOverWeight("a", score: "55", stated: true, weight: "50"))))
        #expect(Self.ids(over).contains(.audit(.totalOver100(owner: nil, total: "105", computed: false))))
        let grade = Self.found("import policy 自评评分\n效益 {\n 社会效益 {\n  indicator 诊疗 target \"明显提升\" actual \"较好\" grade 达成 rate 60%\n }\n}")
        #expect(Self.ids(grade).contains(.audit(.gradeBand("诊疗", grade: "达成", range: "≥ 80.00%", rate: "60.00%", band: "部分达成"))))
        let parts = Self.found("budget 资金 100万元 {\n  weight 10\n  budget 基本支出 40万元 {\n    weight 4\n    spent x 40万元\n  }\n  budget 项目支出 60万元 {\n    weight 5\n    spent y 60万元\n  }\n}")
        #expect(Self.ids(parts).contains(.audit(.partWeights("资金", parts: "9", whole: "10"))))
        #expect(Self.ids(parts).contains(.scoring(.weightOnTopLevelHint(top: "资金"))))
        let blocks = Self.found(GoalBlockTests.blocks + "\n年度绩效目标3 {\n  产出 {\n    数量 {\n      indicator e target 1个 actual 1个\n    }\n  }\n}\n")
        #expect(Self.ids(blocks).contains(.audit(.blockWeightSummed("年度绩效目标2", weight: "40"))))
        #expect(Self.ids(blocks).contains(.audit(.blockShare("产出", block: "年度绩效目标1", whole: "40", share: "20"))))
        #expect(Self.ids(blocks).contains(.audit(.blockUnweighted("年度绩效目标3"))))
    }

    @Test func weightsAndScoresAreInChinese() {
        let unscored = Self.found("budget 资金 100万元 {\n  weight 10\n  spent x 50万元\n}\n")
        #expect(Self.ids(unscored).contains(.scoring(.weightUnscored("资金"))))
        #expect(Self.ids(unscored).contains(.scoring(.weightUnscoredHint)))
        let weights = Self.found("产出 weight 50 {\n  数量 {\n    indicator a target 1个 actual 1个 weight 30\n    indicator b target 1个 actual 1个 weight 10\n  }\n}\n")
        #expect(Self.ids(weights).contains(.scoring(.weightsUnder("产出", parts: "40", whole: "50"))))
        #expect(Self.ids(weights).contains(.scoring(.weightsUnderHint(difference: "10"))))
        let rows = Self.found("""
        import policy 自评评分
        产出 weight 50 {
          数量 {
            indicator a target 10个 actual 10个 weight 50 stated 得分 40
          }
          stated 得分 45
        }
        stated 总分 46
        stated 执行率 50%
        let 得分小数位 = 2.5
        """)
        #expect(Self.ids(rows).contains(.scoring(.scoreRowsUnder("产出", sum: "40", stated: "45"))))
        #expect(Self.ids(rows).contains(.scoring(.tableScoreRows(sum: "40", stated: "46"))))
        #expect(Self.ids(rows).contains(.scoring(.statesOnlyTotal(project: nil, member: "执行率"))))
        #expect(Self.ids(rows).contains(.scoring(.scoreDecimals("2.5"))))
        let blank = Self.found("import policy 自评评分\n产出 {\n  数量 {\n    indicator a target 10个 actual blank\n    indicator b target 10个 actual 10个\n  }\n}\n")
        let incomplete = Self.ids(blank).compactMap { m -> [ScoringMessage.Lacking]? in
            if case .scoring(.incomplete(.report, _, let missing)) = m { missing } else { nil }
        }
        #expect(incomplete == [[ScoringMessage.Lacking("a", cells: ["实际"], why: .blank)]])
    }

    @Test func figuresThatCannotBeComputedAreInChinese() {
        let bare = "产出 {\n  数量 {\n    indicator 甲 target 1个 actual 1个\n  }\n}\nbudget 资金 10万元 {\n  spent x 1万元\n}\n"
        #expect(Self.failed(bare, "甲.权重") == [.scoring(.noWeight(.indicator, "甲")), .scoring(.giveIndicatorWeight)])
        #expect(Self.failed(bare, "资金.权重") == [.scoring(.noWeight(.budget, "资金")), .scoring(.giveBudgetWeight)])
        #expect(Self.failed(bare, "产出.权重") == [.scoring(.noWeight(.group, "产出")), .scoring(.giveGroupWeight("产出"))])
        #expect(Self.failed(bare, "产出.得分") == [.scoring(.noScore(.group, "产出")), .scoring(.scoresFromRules)])
        #expect(Self.failed(bare, "甲.得分") == [.scoring(.noScore(.indicator, "甲")), .scoring(.scoresFromRules)])
        #expect(Self.failed(bare, "甲.灯") == [.noLight(.indicator, "甲"), .lightsFromPolicy])
        #expect(Self.failed(bare + "rule 红 for each budget {\n  red when 执行率 < 1%\n}\n", "甲.灯") == [.noLight(.indicator, "甲"), .noRuleLightsIt])
        #expect(Self.failed(bare, "总分") == [.scoring(.noScoreToTotal), .scoring(.scoresFromRules)])
        #expect(Self.failed(bare, "评级") == [.scoring(.noScoreToRate), .scoring(.scoresFromRules)])
    }

    @Test func rulesWrittenWrongAreInChinese() {
        let ds = Self.found("""
        rule 灯 {
          red when 1 == 1
        }
        rule 分 {
          score 10 otherwise
        }
        rule 执行 for each budget in 产出 {
          green otherwise
          red when 执行率 < 50%
        }
        rule 分组 for each indicator in 在建工程 {
          red when 完成率 < 50%
        }
        rule 得分 for each indicator {
          score 10 otherwise "满分"
        }
        rule 提示 for each indicator {
          info when 完成率 < 50% "完成率 {完成率 +} 偏低"
          info when 完成率 < 60% "完成率 {完成度} 偏低"
          info when 乱七八糟 > 1
        }
        let 叙述合计 = 5万元
        rule 合计核对 { error when 叙述合记 > 1万元 "x" }
        indicator 甲 target 10个 actual 5个
        budget 资金 10万元 {
          spent x 1万元
        }
        """)
        let ids = Self.ids(ds)
        #expect(ids.contains(.overWholeReport(rule: "灯", score: false)))
        #expect(ids.contains(.overWholeReportHint(rule: "灯", level: "red")))
        #expect(ids.contains(.overWholeReport(rule: "分", score: true)))
        #expect(ids.contains(.scopeOnBudgets(rule: "执行", scope: "产出")))
        #expect(ids.contains(.afterOtherwise(rule: "执行")))
        #expect(ids.contains(.unknownGroup(rule: "分组", group: "在建工程")))
        #expect(ids.contains(.nameAGroup))
        #expect(ids.contains(.scoreMessageNeverShown(rule: "得分")))
        #expect(ids.contains(.partNotExpression(rule: "提示", part: "完成率 +")))
        #expect(ids.contains(.unknownInRule(rule: "提示", name: "完成度", field: .indicator)))
        #expect(ids.contains(.unknownInRule(rule: "提示", name: "乱七八糟", field: .indicator)))
        #expect(ids.contains { if case .fieldsOf(.indicator, let zh, _) = $0 { zh.contains("完成率") } else { false } })
        #expect(ids.contains(.unknownInRule(rule: "合计核对", name: "叙述合记", field: nil)))
        // The English stays what it was: tools and older tests read it.
        #expect(ds.contains { $0.message == "rule 合计核对 uses 叙述合记, which is not a name of the script" && $0.hint == "did you mean 叙述合计?" })
        #expect(ds.contains { $0.message == "rule 提示 uses 乱七八糟, which is neither a field of an indicator nor a name of the script" })
    }

    @Test func overridesAreInChinese() {
        let table = ScoreOverrideTests.table
        let conflict = Self.found("import policy 自评评分\nrule 我的评分 for each indicator in 产出 {\n  score 权重 otherwise\n}\n" + table)
        #expect(Self.ids(conflict).contains(.scoreConflict(rule: "我的评分", other: "指标得分", subject: .indicator)))
        #expect(conflict.contains { $0.notes.first?.messageID == .rules(.ruleDeclaredHere("指标得分")) })
        let unknown = Self.found("import policy 自评评分\nrule 整分 overrides 指标得份 for each indicator {\n  score 1 otherwise\n}\n" + table)
        #expect(Self.ids(unknown).contains(.overrideUnknown(rule: "整分", target: "指标得份", subject: .indicator)))
        let none = Self.found("rule 整分 overrides 指标得分 for each budget {\n  score 1 otherwise\n}\n" + table)
        #expect(Self.ids(none).contains(.importPolicyFirst))
        let unscored = Self.found("import policy 自评评分\nrule 整分 overrides 指标得分 for each indicator {\n  red when 完成率 < 50%\n}\n" + table)
        #expect(Self.ids(unscored).contains(.overrideUnscored(rule: "整分", target: "指标得分")))
    }

    @Test func aRulesFindingKeepsItsOwnMessage() {
        let ds = Self.found("""
        indicator 甲 target 100个 actual 30个
        rule 提醒 for each indicator {
          warning when 完成率 < 50% "完成率 {完成率} 偏低"
        }
        rule 标记 for each indicator {
          info when 完成率 < 50%
        }
        rule 合计核对 { error when 1 == 1 "合计不符" }
        rule 无话 { warning when 1 == 1 }
        """)
        let about = ds.first { $0.code == "R-提醒" }
        #expect(about?.messageID == .rules(.aboutSubject("甲", message: "完成率 30.00% 偏低", rule: "提醒")))
        #expect(about?.labelID == .rules(.rule("提醒")))
        #expect(about?.message == "甲: 完成率 30.00% 偏低")
        #expect(about?.localized(.zh).message == "「甲」：完成率 30.00% 偏低")
        #expect(ds.first { $0.code == "R-标记" }?.localized(.zh).message == "「甲」：规则「标记」的条件成立")
        #expect(ds.first { $0.code == "R-合计核对" }?.messageID == .rules(.authored("合计不符")))
        #expect(ds.first { $0.code == "R-无话" }?.messageID == .rules(.ruleHolds("无话")))
        #expect(ds.first { $0.code == "R-无话" }?.message == "rule 无话")
        #expect(ds.first { $0.code == "R-无话" }?.localized(.zh).label == "规则「无话」")
    }
}
