import Testing
@testable import JXCore
import JXTestSupport

/// The auditor's checks of a self-evaluation table, each a warning with the figures.
@Suite struct AuditChecksTests {
    func warnings(_ s: String, _ code: String) -> [Diagnostic] {
        workspace(s).diagnostics().filter { $0.code == code }
    }

    static let table = """
    import policy 自评评分
    budget 资金 100万元 {
      weight 10
      spent x 100万元
    }
    产出 weight 50 {
      数量 {
        indicator a target 10个 actual 10个 weight 50
      }
    }
    效益 weight 30 {
      社会效益 {
        indicator b target 10个 actual 10个
      }
    }
    满意度 weight 10 {
      服务对象满意度 {
        indicator c target ≥90% actual 95%
      }
    }
    """

    @Test func aTableWhoseWeightsAddUpTo100SaysNothing() {
        let ds = workspace(AuditChecksTests.table).diagnostics()
        #expect(!ds.contains { ["W-weights-sum", "W-score-over-weight", "W-total-over-100", "W-grade-band"].contains($0.code) })
    }

    @Test func levelOneWeightsThatDoNotAddUpTo100AreAWarningWithTheSum() {
        let s = AuditChecksTests.table.replacingOccurrences(of: "产出 weight 50", with: "产出 weight 60")
            .replacingOccurrences(of: "weight 50\n", with: "weight 60\n")
        let d = warnings(s, "W-weights-sum").first
        #expect(d?.message == "the level-1 weights and the budget rows add up to 产出 60 + 效益 30 + 满意度 10 + 资金 10 = 110, not 100")
    }

    @Test func aTableScoredOnlyByThePolicysWeightsIsNotSummed() {
        // A script that types only 产出 of a table is not a table with wrong weights.
        #expect(warnings("import policy 自评评分\n产出 {\n 数量 {\n  indicator a target 1个 actual 1个\n }\n}", "W-weights-sum").isEmpty)
    }

    @Test func aScoreAboveItsWeightIsAWarning() {
        let s = AuditChecksTests.table.replacingOccurrences(of: "indicator a target 10个 actual 10个 weight 50", with: "indicator a target 10个 actual 10个 weight 50 stated 得分 55")
        let ds = warnings(s, "W-score-over-weight")
        #expect(ds.map(\.message) == ["a scores 55 (stated), above its weight 50"])
        let group = AuditChecksTests.table.replacingOccurrences(of: "  }\n}\n效益", with: "  }\n  stated 得分 52\n}\n效益")
        #expect(warnings(group, "W-score-over-weight").map(\.message) == ["产出 scores 52 (stated), above its weight 50"])
    }

    @Test func aTotalAbove100IsAWarning() {
        #expect(warnings(AuditChecksTests.table + "\nstated 总分 100", "W-total-over-100").isEmpty)
        let ds = warnings(AuditChecksTests.table + "\nstated 总分 101.5", "W-total-over-100")
        #expect(ds.count == 1)
        #expect(ds.first?.message.contains("101.5") == true)
    }

    @Test func aGradeOutsideTheBandOfItsRateIsAWarning() {
        let s = "import policy 自评评分\n效益 {\n 社会效益 {\n  indicator q target \"明显提升\" actual \"较好\" grade 达成 rate 60%\n }\n}"
        let d = warnings(s, "W-grade-band").first
        #expect(d?.message == "q is graded 达成 (≥ 80.00%), but its rate 60.00% is in the band of 部分达成")
        #expect(d?.chinese?.hint?.contains("部分达成") == true)
        #expect(warnings(s.replacingOccurrences(of: "rate 60%", with: "rate 85%"), "W-grade-band").isEmpty)
        #expect(warnings(s.replacingOccurrences(of: "grade 达成 rate 60%", with: "grade 未达成 rate 70%"), "W-grade-band").count == 1)
        // The bands move with the policy's lines.
        #expect(warnings("let 部分达成下限 = 50%\n" + s.replacingOccurrences(of: "grade 达成 rate 60%", with: "grade 部分达成 rate 55%"), "W-grade-band").isEmpty)
    }

    @Test func aBudgetsPartsWeightsAddUpToItsWeight() {
        let s = "budget 资金 100万元 {\n  weight 10\n  budget 基本支出 40万元 {\n    weight 4\n    spent x 40万元\n  }\n  budget 项目支出 60万元 {\n    weight 5\n    spent y 60万元\n  }\n}"
        #expect(warnings(s, "W-weights").map(\.message) == ["the weights under 资金 add up to 9, not to its weight 10"])
        #expect(warnings(s.replacingOccurrences(of: "weight 5", with: "weight 6"), "W-weights").isEmpty)
    }

    @Test func aSubBudgetsStatedScoreIsCheckedAgainstItsComputedOne() {
        let s = """
        import policy 自评评分
        budget 资金 100万元 {
          weight 10
          budget 基本支出 40万元 {
            weight 4
            spent x 20万元
            stated 得分 4
          }
          budget 项目支出 60万元 {
            weight 6
            spent y 60万元
          }
        }
        rule 明细得分 for each budget where not 顶层 {
          score 权重 * min(执行率, 100%) otherwise
        }
        """
        let ds = workspace(s).diagnostics().filter { $0.code == "W-stated-mismatch" }
        #expect(ds.count == 1)
        #expect(ds.first?.message.contains("基本支出") == true)
    }
}
