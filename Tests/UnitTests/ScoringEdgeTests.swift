import Testing
@testable import JXCore
import JXTestSupport

/// Edges of scoring and lights that real tables hit.
@Suite struct ScoringEdgeTests {
    @Test func twoTopLevelBudgetsShareTheBudgetWeightOnce() {
        let s = """
        import policy 自评评分
        budget 年初预算 100万元 { spent 甲 100万元 }
        budget 追加资金 300万元 { spent 乙 150万元 }
        产出 {
          数量 {
            indicator a target 1个 actual 1个
          }
        }
        """
        // 10 × (100/400 × 100% + 300/400 × 50%) = 6.25, not 10 + 5.
        #expect(value(s, "年初预算.得分") == "2.5")
        #expect(value(s, "追加资金.得分") == "3.75")
        #expect(value(s, "总分") == "56.25")
    }

    @Test func forecastOfAReverseIndicatorFollowsTheConvention() {
        let ws = workspace("set reverse deduct\nindicator r target ≤10次 actual 12.4次")
        ws.evaluator.evaluateAll()
        #expect(ws.evaluator.expectedCompletion(0)?.rounded(4) == "0.7600")
        #expect(ws.evaluator.likelihood(0) == "完全不可能")
    }

    @Test func aJudgedRateFallsInItsGradesBand() {
        #expect(value(#"indicator q target "明显提升" actual "较好" rate 90%"#, "q.等级") == "达成")
        #expect(value(#"indicator q target "明显提升" actual "较好" rate 70%"#, "q.等级") == "部分达成")
        #expect(value(#"indicator q target "明显提升" actual "较好" rate 40%"#, "q.等级") == "未达成")
        #expect(value("let 部分达成下限 = 30%\nindicator q target \"明显提升\" actual \"较好\" rate 40%", "q.等级") == "部分达成")
        let scored = "import policy 自评评分\n效益 {\n 社会效益 {\n  indicator q target \"明显提升\" actual \"较好\" rate 90%\n }\n}"
        #expect(value(scored, "q.得分") == "27")
    }

    @Test func aDeadlineDoneEarlyIsGreenNotBlue() {
        let s = "import policy 预警\nreport r {\n node 2021-06-30\n}\nindicator d target 12月31日前完成 actual done"
        #expect(value(s, "d.light") == "green")
    }

    @Test func weightsMayBeWrittenInPoints() {
        #expect(value("import policy 自评评分\n产出 {\n 数量 {\n  indicator x target 10个 actual 5个 weight 20分\n }\n}", "x.得分") == "10")
    }
}
