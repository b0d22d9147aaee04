import Testing
@testable import JXCore
import JXTestSupport

/// A script's own scoring rule beside a policy's: an override takes effect where it applies,
/// and two rules that score one row without an override are an error, never silence.
@Suite struct ScoreOverrideTests {
    static let table = """
    产出 weight 50 {
      数量 {
        indicator a target 100个 actual 73.5个 weight 25
        indicator r target ≤10次 actual 13次 weight 25
      }
    }
    """

    @Test func anOverrideScoresTheRowsItCovers() {
        let s = """
        import policy 自评评分
        rule 反向按比 overrides 指标得分 for each indicator where 类型 == "reverse" {
          score round(权重 * min(目标 / 实际, 100%), 0) otherwise
        }
        \(ScoreOverrideTests.table)
        """
        // 25 × 10/13 = 19.23, rounded; the other row keeps the policy's 25 × 73.5%.
        #expect(value(s, "r.得分") == "19")
        #expect(value(s, "a.得分") == "18.375")
        #expect(!codes(s).contains { $0.hasPrefix("E-") })
    }

    @Test func whereNoClauseOfTheOverrideHoldsThePolicyStillScores() {
        let s = """
        import policy 自评评分
        rule 满分 取代 指标得分 for each indicator {
          score 权重 when 完成率 >= 70%
        }
        产出 weight 50 {
          数量 {
            indicator a target 100个 actual 73.5个 weight 25
            indicator b target 100个 actual 50个 weight 25
          }
        }
        """
        #expect(value(s, "a.得分") == "25")
        #expect(value(s, "b.得分") == "12.5")
    }

    @Test func aScriptsOwnScoreBesideThePolicyIsAnErrorNamingBoth() {
        let s = "import policy 自评评分\nrule 我的评分 for each indicator in 产出 {\n  score 权重 otherwise\n}\n" + ScoreOverrideTests.table
        let d = workspace(s).diagnostics().first { $0.code == "E-score-conflict" }
        #expect(d?.message.contains("我的评分") == true)
        #expect(d?.message.contains("指标得分") == true)
        #expect(d?.hint?.contains("rule 我的评分 overrides 指标得分") == true)
        #expect(d?.notes.first?.message.contains("指标得分") == true)
    }

    @Test func rulesKeptApartByWhereDoNotConflict() {
        let s = """
        rule 正向 for each indicator where 类型 != "reverse" {
          score 权重 * min(完成率, 100%) otherwise
        }
        rule 反向 for each indicator where 类型 == "reverse" {
          score 权重 * min(目标 / 实际, 100%) otherwise
        }
        \(ScoreOverrideTests.table)
        """
        #expect(!codes(s).contains("E-score-conflict"))
        #expect(value(s, "产出.得分").hasPrefix("37.60"))
    }

    @Test func anOverrideMayNameThePolicy() {
        let s = """
        import policy 自评评分
        rule 预算整分 overrides 自评评分 for each budget {
          score round(权重 * min(执行率, 100%), 0) otherwise
        }
        budget 资金 100万元 {
          weight 10
          spent x 73.5万元
        }
        """
        #expect(value(s, "资金.得分") == "7")
        #expect(!codes(s).contains { $0.hasPrefix("E-") })
        // A policy that scores nothing of the kind is no target.
        #expect(codes(s.replacingOccurrences(of: "overrides 自评评分", with: "overrides 预警")).contains("E-override-unknown"))
    }

    @Test func anOverrideOfNoScoringRuleIsAnError() {
        let s = "import policy 自评评分\nrule 整分 overrides 指标得份 for each indicator {\n  score 1 otherwise\n}\n" + ScoreOverrideTests.table
        let d = workspace(s).diagnostics().first { $0.code == "E-override-unknown" }
        #expect(d?.hint == "did you mean 指标得分?")
        #expect(codes("import policy 自评评分\nrule 整分 overrides 指标得分 for each indicator {\n  red when 完成率 < 50%\n}\n" + ScoreOverrideTests.table).contains("E-override-unscored"))
    }

    @Test func anOverrideOfAnOverrideChains() {
        let s = """
        import policy 自评评分
        rule 甲 overrides 指标得分 for each indicator {
          score 1 otherwise
        }
        rule 乙 overrides 甲 for each indicator where 类型 == "reverse" {
          score 2 otherwise
        }
        \(ScoreOverrideTests.table)
        """
        #expect(value(s, "a.得分") == "1")
        #expect(value(s, "r.得分") == "2")
        #expect(!codes(s).contains("E-score-conflict"))
    }
}
