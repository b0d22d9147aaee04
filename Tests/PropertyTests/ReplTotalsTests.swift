import Testing
@testable import JXCore
import JXTestSupport

/// Group lights, group scores and the total move by differences in the REPL; after any
/// sequence of changes, undos and redos they must equal what the evaluator computes
/// from scratch, and every value must equal a fresh load of the changed script.
@Suite struct ReplTotalsTests {
    func agree(_ s: ReplSession, _ step: String) {
        let ev = s.evaluator
        let t = s.state.totals
        for g in ev.model.groups.indices {
            #expect(t.light(g) == Judgement(ev).groupLight(g), "group \(ev.model.groups[g].name.text) light after \(step)")
            #expect(t.score(g) == Judgement(ev).groupScore(g), "group \(ev.model.groups[g].name.text) score after \(step)")
        }
        #expect(t.totalScore == Judgement(ev).totalScore(), "total after \(step)")
        // Every cached verdict equals a fresh computation on a copy.
        let fresh = ev.copy()
        fresh.invalidate(fresh.allCells())
        for i in ev.model.indicators.indices {
            #expect(fresh.indicator(i) == ev.indicator(i), "indicator \(i) after \(step)")
            #expect(fresh.verdict(.indicator(i)) == ev.verdict(.indicator(i)), "verdict \(i) after \(step)")
        }
        for b in ev.model.budgets.indices {
            #expect(fresh.budget(b) == ev.budget(b), "budget \(b) after \(step)")
            #expect(fresh.verdict(.budget(b)).light == ev.verdict(.budget(b)).light, "budget light \(b) after \(step)")
        }
    }

    @Test func totalsFollowEveryChange() {
        let (s, _) = ReplFixtures.session(ReplFixtures.scored)
        agree(s, "load")
        let steps = ["A.actual = 80个", "B.weight = 20", "C.actual = 99%", "工资 = 90万元", "红灯线 = 30%",
                     "indicator F target 5个 actual 5个", "产出 { 数量 { indicator G target 5个 actual 1个 } }",
                     ":undo", ":undo", ":redo", "产出权重 = 40", "D.rate = 95%", "indicator A target 100个 actual 130个 weight 5",
                     "report 测试 { node 2021-09-30 }", "set reverse deduct", ":undo", ":undo", ":reset", ":redo", ":redo", ":redo",
                     "solve A.actual for A.得分 = 5", ":scenario 无", "budget 总预算 100万元 { spent 工资 10万元\n spent 新项 5万元 }", ":undo"]
        for step in steps {
            let r = s.handle(step)
            #expect(!r.output.isEmpty || !r.errors.isEmpty, "\(step)")
            agree(s, step)
        }
    }

    @Test func theSeedToo() {
        let (s, _) = ReplFixtures.seed()
        for step in ["indicator 新增建设用地报批 target 450亩 actual 300亩", "红灯线 = 20%", ":scenario 下半年加速",
                     "budget 项目支出 150万元 { spent 国有土地出让金评估 75万元 }", ":undo", ":undo", ":redo", ":reset"] {
            _ = s.handle(step)
            agree(s, step)
        }
    }
}
