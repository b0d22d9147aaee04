import Testing
@testable import JXCore
import JXTestSupport

/// Self-evaluation scoring: weights listed per indicator, stated scores, the total.
@Suite struct ScoringTests {
    static let table = """
    import policy 自评评分
    report 自评 {
      year 2021
      node 2021-12-31
    }
    budget 项目资金 100万元 {
      spent 支出 90万元
      stated 得分 9
    }
    产出 {
      数量 {
        indicator 面积 target 2万亩 actual 2.1万亩 weight 15 stated 得分 15
        indicator 灌溉 target 1.2万亩 actual 1.02万亩 weight 10 stated 得分 8.5分
      }
      质量 {
        indicator 合格率 target ≥95% actual 96% weight 25
      }
    }
    效益 {
      社会效益 {
        indicator 增收 target "明显" actual "较明显" grade 部分达成 rate 75% weight 30 stated 得分 22.5
      }
    }
    满意度 {
      满意度 {
        indicator 满意率 target ≥90% actual 93% weight 10
      }
    }

    """

    func workspace(_ text: String) -> Workspace { Fixtures.workspace(text, path: "/virtual/自评.jx") }

    func value(_ ws: Workspace, _ expr: String) -> String {
        switch Evaluation.evaluate(expr, in: ws.evaluator) {
        case .success(let s): return s
        case .failure(let ds, _): return "error: " + (ds.first?.message ?? "")
        }
    }

    @Test func aCategoryWeighsTheTotalOfItsIndicatorsWeights() {
        let ws = workspace(Self.table)
        // 数量 lists 15 + 10: it weighs 25, not an even half of 产出's 50.
        #expect(value(ws, "产出.数量.权重") == "25")
        #expect(value(ws, "产出.质量.权重") == "25")
        #expect(value(ws, "产出.数量.得分") == "23.5")
        #expect(!ws.diagnostics().contains { $0.code == "W-weights" })
    }

    @Test func weightsThatDoNotAddUpAreFlagged() {
        let ws = workspace(Self.table.replacingOccurrences(of: "weight 25", with: "weight 20"))
        let w = ws.diagnostics().filter { $0.code == "W-weights" }
        #expect(w.count == 1)
        #expect(w.first?.message == "the weights under 产出 add up to 45, not to its weight 50")
    }

    @Test func statedScoresAreCheckedAtTheirPrecision() {
        let ok = workspace(Self.table).diagnostics().filter { $0.code.hasPrefix("W-stated") }
        #expect(ok.isEmpty, "\(ok.map(\.message))")
        // A weight multiplied by the actual (10 × 102%) instead of by the completion.
        let wrong = workspace(Self.table.replacingOccurrences(of: "stated 得分 8.5分", with: "stated 得分 10.2"))
        let w = wrong.diagnostics().filter { $0.code == "W-stated-mismatch" }
        #expect(w.map(\.message) == ["the report states 得分 10.2 for 灌溉, but 权重 * min(完成率, 100%) of rule 指标得分 (weight 10, completion 85.00%) = 8.5"])
    }

    @Test func aStatedScoreWithoutScoringRulesIsUnavailable() {
        let ws = workspace("indicator a target 10个 actual 5个 stated 得分 5\n")
        #expect(ws.diagnostics().contains { $0.code == "W-stated-unavailable" })
    }

    @Test func totalScoreAndRatingCanBeAsserted() {
        let ws = workspace(Self.table + "assert 总分 == 95.5\nassert 评级 == \"优\"\nassert totalScore >= 90\n")
        // 15 + 8.5 + 25 + 22.5 + 10, and the budget's 10 × 90%
        #expect(value(ws, "总分") == "90")
        #expect(value(ws, "评级") == "\"优\"" || value(ws, "评级") == "优")
        let failed = AssertRunner(evaluator: ws.evaluator).run().filter { !$0.passed }
        #expect(failed.map { $0.actual ?? "" } == ["90"])
    }
}
