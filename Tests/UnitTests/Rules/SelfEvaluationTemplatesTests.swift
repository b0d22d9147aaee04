import Testing
@testable import JXCore
import JXTestSupport

/// The shipped self-evaluation templates score as the documents their comments cite: the
/// budget's points and cap, reverse indicators as A/B, the qualitative bands, and weights
/// taken from the table rather than fixed per level 1.
@Suite struct SelfEvaluationTemplatesTests {
    static func script(_ policy: String, budget: String = "executed 95万元", rows: String) -> String {
        """
        import policy \(policy)
        report "某县2021年度项目自评" {
          year 2021
          node 2021-12-31
        }
        budget 资金 100万元 {
          \(budget)
        }
        产出 {
          数量 {
        \(rows)
          }
        }
        """
    }

    @Test func everyTemplateIsListedWithALineAndCitesItsDocument() {
        for name in ["自评评分", "自评评分_执行20", "自评评分_执行10"] {
            let text = Policies.builtIn[name] ?? ""
            #expect(!text.isEmpty, "\(name) is not shipped")
            #expect(Policies.summary(name)?.isEmpty == false, "\(name) has no line in jx policy")
            #expect(text.contains("依据："), "\(name) does not cite its document")
        }
        #expect(Policies.summary("自评评分_执行20")?.hasPrefix("预算执行情况 20 分") == true)
    }

    /// 预算执行: 分值 × 执行率, capped at the 分值 — 20 or 10 by default.
    @Test(arguments: [("自评评分_执行20", "19", "20"), ("自评评分_执行10", "9.5", "10")])
    func budgetPointsAndCap(_ policy: String, _ scored: String, _ capped: String) {
        let rows = "    indicator 甲 target 10个 actual 10个 weight 40"
        #expect(value(SelfEvaluationTemplatesTests.script(policy, rows: rows), "资金.得分") == scored)
        #expect(value(SelfEvaluationTemplatesTests.script(policy, budget: "executed 120万元", rows: rows), "资金.得分") == capped)
    }

    /// Reverse: full marks within the bound; over it 权重 × A/B (target ÷ actual).
    @Test(arguments: ["自评评分_执行20", "自评评分_执行10"])
    func reverseIsAOverB(_ policy: String) {
        let rows = """
            indicator 甲 target ≤30个 actual 40个 weight 10
            indicator 乙 target ≤30个 actual 20个 weight 10
        """
        let s = SelfEvaluationTemplatesTests.script(policy, rows: rows)
        #expect(value(s, "甲.得分") == "7.5")
        #expect(value(s, "乙.得分") == "10")
    }

    /// 执行20's bands are 80% / 50%: 部分达成 lies in 50–80%, 未达成 below 50%.
    @Test func execution20QualitativeBands() {
        let rows = """
            indicator 甲 target "建立" actual "部分" grade 部分达成 rate 40% weight 10
            indicator 乙 target "建立" actual "部分" grade 部分达成 rate 70% weight 10
            indicator 丙 target "建立" actual "建立" grade 达成 rate 70% weight 10
            indicator 丁 target "建立" actual "无" grade 未达成 rate 60% weight 10
        """
        let s = SelfEvaluationTemplatesTests.script("自评评分_执行20", rows: rows)
        #expect(value(s, "甲.得分") == "5")
        #expect(value(s, "乙.得分") == "7")
        #expect(value(s, "丙.得分") == "8")
        #expect(value(s, "丁.得分") == "5")
        // The MOF template's bands are 80 / 60.
        let mof = SelfEvaluationTemplatesTests.script("自评评分_执行10", rows: rows)
        #expect(value(mof, "甲.得分") == "6")
        #expect(value(mof, "丁.得分") == "6")
    }

    /// No fixed 产出 50: a level 1's weight is what its rows add up to, so a table that gives
    /// 产出 60 has no false warning; the total is the budget's score plus the rows'.
    @Test func weightsFromTheTable() {
        let rows = """
            indicator 甲 target 10个 actual 10个 weight 60
            indicator 乙 target 10个 actual 5个 weight 20
        """
        for policy in ["自评评分_执行20", "自评评分_执行10"] {
            let s = SelfEvaluationTemplatesTests.script(policy, rows: rows)
            #expect(!codes(s).contains("W-weights"), "\(policy)")
            #expect(value(s, "产出.权重") == "80")
        }
        #expect(value(SelfEvaluationTemplatesTests.script("自评评分_执行10", rows: rows), "总分") == "79.5")
        // The MOF 2020 template fixes 产出 at 50 and says the rows do not add up to it.
        #expect(codes(SelfEvaluationTemplatesTests.script("自评评分", rows: rows)).contains("W-weights"))
    }

    /// Goal blocks as they parse today: each block holds its own 产出 and 效益, and weighs
    /// what they hold.
    @Test func goalBlocksWeighTheirRows() {
        let s = """
        import policy 自评评分_执行20
        report "某县2021年度项目自评" {
          year 2021
          node 2021-12-31
        }
        budget 资金 100万元 {
          executed 100万元
        }
        年度绩效目标1 {
          产出 {
            数量 {
              indicator 甲 target 10个 actual 8个 weight 30
            }
          }
          效益 {
            社会效益 {
              indicator 乙 target 10个 actual 10个 weight 10
            }
          }
        }
        年度绩效目标2 {
          产出 {
            数量 {
              indicator 丙 target 10个 actual 10个 weight 40
            }
          }
        }
        """
        #expect(value(s, "年度绩效目标1.权重") == "40")
        #expect(value(s, "年度绩效目标1.得分") == "34")
        #expect(value(s, "总分") == "94")
        #expect(!codes(s).contains("W-weights"))
    }
}
