import Testing
@testable import JXCore
import JXTestSupport

/// The REPL judges a verdict again by replaying what it read (`JudgeReplay`): after every
/// change, each verdict of the live session is the one a fresh judging of the same model
/// gives — its light, rule, message and findings —, and the replays are really kept.
@Suite struct JudgeReplayTests {
    /// Every verdict of the live model against a fresh engine's judging of the same model.
    static func expectSameAsFresh(_ s: ReplSession, after change: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let live = s.evaluator
        let fresh = Evaluator(model: live.model, judge: RuleEngine())
        for b in live.model.budgets.indices {
            #expect(live.verdict(.budget(b)) == fresh.verdict(.budget(b)), "budget \(live.model.budgets[b].name.text) after \(change)", sourceLocation: sourceLocation)
        }
        for i in live.model.indicators.indices {
            #expect(live.verdict(.indicator(i)) == fresh.verdict(.indicator(i)), "indicator \(live.model.indicators[i].decl.name.text) after \(change)",
                    sourceLocation: sourceLocation)
        }
    }

    static func kept(_ s: ReplSession) -> Int {
        guard let engine = s.evaluator.judge as? RuleEngine else { return 0 }
        return s.evaluator.model.indicators.indices.filter { engine.records[.indicator($0)] != nil }.count
            + s.evaluator.model.budgets.indices.filter { engine.records[.budget($0)] != nil }.count
    }

    @Test func thresholdsActualsAndUndoGiveWhatAFreshJudgingGives() {
        let (s, _) = ReplFixtures.seed()
        #expect(JudgeReplayTests.kept(s) > s.evaluator.model.indicators.count / 2, "the session keeps replays")
        let changes = ["红灯线 = 50%", "红灯线 = 95%", "黄灯线 = 99%", "红灯线 = 10%", "新增建设用地报批.actual = 400亩", ":undo", ":undo",
                       "超额线 = 101%", "红灯线 = 60%", ":undo", ":redo", "黄灯线 = 80%"]
        for c in changes {
            let r = s.handle(c)
            #expect(r.errors.isEmpty, "\(c): \(r.errors)")
            JudgeReplayTests.expectSameAsFresh(s, after: c)
        }
        #expect(JudgeReplayTests.kept(s) > s.evaluator.model.indicators.count / 2, "replays are kept after the changes")
    }

    @Test func aMessageThatShowsTheThresholdShowsItsNewValue() {
        let (s, _) = ReplFixtures.seed()
        let ev = s.evaluator
        guard let i = ev.model.indicators.indices.first(where: { ev.verdict(.indicator($0)).lightMessage?.contains("的 60.00%") == true }) else {
            Issue.record("the seed has a red light that shows 红灯线")
            return
        }
        _ = s.handle("红灯线 = 55%")
        let message = s.evaluator.verdict(.indicator(i)).lightMessage ?? ""
        #expect(message.contains("的 55.00%") && !message.contains("60.00%"), "\(message)")
    }

    @Test func aNewRuleOrNameForgetsTheReplays() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("rule 全部 for each indicator { warning when 完成率 < 红灯线 \"低于 {红灯线}\" }")
        #expect(r.errors.isEmpty, "\(r.errors)")
        JudgeReplayTests.expectSameAsFresh(s, after: "a new rule")
        _ = s.handle("红灯线 = 5%")
        JudgeReplayTests.expectSameAsFresh(s, after: "红灯线 = 5% under the new rule")
        _ = s.handle(":undo")
        _ = s.handle(":undo")
        JudgeReplayTests.expectSameAsFresh(s, after: "both undone")
    }
}
