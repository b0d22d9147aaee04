import Testing
@testable import JXCore
import JXTestSupport

/// Goal blocks (年度绩效目标1 weight 40 { 产出 {…} 效益 {…} }): the level-1 groups inside
/// take their weights from the block, not the policy's top-level ones.
@Suite struct GoalBlockTests {
    static let blocks = """
    import policy 自评评分
    budget 项目资金 100万元 {
      weight 20
      spent x 100万元
    }
    年度绩效目标1 weight 40 {
      产出 {
        数量 {
          indicator a target 10个 actual 10个
        }
      }
      效益 {
        社会效益 {
          indicator b target 10个 actual 5个
        }
      }
    }
    年度绩效目标2 {
      产出 {
        数量 {
          indicator c target 10个 actual 10个 weight 25
        }
      }
      效益 {
        社会效益 {
          indicator d target 10个 actual 5个 weight 15
        }
      }
    }
    """

    @Test func levelOneGroupsInABlockShareTheBlocksWeight() {
        // 产出 and 效益 of block 1 share its 40, not the policy's 50 and 30.
        #expect(value(GoalBlockTests.blocks, "年度绩效目标1.产出.权重") == "20")
        #expect(value(GoalBlockTests.blocks, "b.得分") == "10")
        #expect(value(GoalBlockTests.blocks, "年度绩效目标1.得分") == "30")
    }

    @Test func aBlockWithoutAWeightTakesWhatItHoldsAndCheckSaysSo() {
        #expect(value(GoalBlockTests.blocks, "年度绩效目标2.权重") == "40")
        #expect(value(GoalBlockTests.blocks, "年度绩效目标2.得分") == "32.5")
        let ds = workspace(GoalBlockTests.blocks).diagnostics().filter { $0.code == "I-block-weight" }
        #expect(ds.map(\.message) == ["产出 in 年度绩效目标1 has no weight: it takes 20, an even share of the block's 40",
                                      "效益 in 年度绩效目标1 has no weight: it takes 20, an even share of the block's 40",
                                      "年度绩效目标2 has no weight written: it weighs 40, the sum of what it holds"])
    }

    @Test func blocksOutsideTheirWeightsAreWarned() {
        let s = GoalBlockTests.blocks.replacingOccurrences(of: "weight 25", with: "weight 35")
        #expect(!workspace(GoalBlockTests.blocks).diagnostics().contains { $0.code == "W-weights-sum" })
        // Block 2 now weighs 50: 20 + 40 + 50.
        #expect(workspace(s).diagnostics().contains { $0.code == "W-weights-sum" && $0.message.contains("= 110") })
    }

    @Test func aLevelOneGroupAtTheTopStillTakesThePolicysWeight() {
        #expect(value("import policy 自评评分\n产出 {\n 数量 {\n  indicator a target 1个 actual 1个\n }\n}", "产出.权重") == "50")
    }
}
