import Testing
@testable import JXCore
import JXTestSupport

/// The compiled rules outlive a change of a figure or a threshold, and are compiled again
/// when a rule, a name or a unit moves: after each change every verdict of the live session
/// is what a fresh engine judges on the same model.
@Suite struct RuleProgramTests {
    static func expectSameAsFresh(_ s: ReplSession, after change: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let live = s.evaluator
        let fresh = Evaluator(model: live.model, judge: RuleEngine())
        for b in live.model.budgets.indices where live.verdict(.budget(b)) != fresh.verdict(.budget(b)) {
            Issue.record("budget \(live.model.budgets[b].name.text) after \(change)", sourceLocation: sourceLocation)
        }
        for i in live.model.indicators.indices where live.verdict(.indicator(i)) != fresh.verdict(.indicator(i)) {
            Issue.record("indicator \(live.model.indicators[i].decl.name.text) after \(change): \(live.verdict(.indicator(i))) against \(fresh.verdict(.indicator(i)))",
                         sourceLocation: sourceLocation)
        }
    }

    static func program(_ s: ReplSession) -> RuleProgram? { (s.evaluator.judge as? RuleEngine)?.program }

    @Test func aFigureOrAThresholdKeepsTheCompiledRules() {
        let (s, _) = ReplFixtures.seed()
        let before = RuleProgramTests.program(s)
        #expect(before != nil)
        for c in ["新增建设用地报批.actual = 400亩", "红灯线 = 50%", ":undo", ":undo"] {
            #expect(s.handle(c).errors.isEmpty)
            #expect(RuleProgramTests.program(s) === before, "\(c) compiled the rules again")
            RuleProgramTests.expectSameAsFresh(s, after: c)
        }
    }

    @Test func aRuleANameOrAUnitCompilesThemAgain() {
        let (s, _) = ReplFixtures.seed()
        let changes = [
            "rule 全部 for each indicator { warning when 完成率 < 红灯线 \"低于 {红灯线}\" }",
            "红灯线 = 5%",
            "let 新线 = 70%",
            "rule 新线预警 for each indicator { info when 完成率 < 新线 \"低于 {新线}\" }",
            "新线 = 10%",
            ":undo", ":undo", ":undo",
            "unit 标准亩 = 2 亩",
            ":undo", ":undo",
        ]
        for c in changes {
            let before = RuleProgramTests.program(s)
            let r = s.handle(c)
            #expect(r.errors.isEmpty, "\(c): \(r.errors)")
            RuleProgramTests.expectSameAsFresh(s, after: c)
            if c.hasPrefix("rule") || c.hasPrefix("let") || c.hasPrefix("unit") {
                #expect(RuleProgramTests.program(s) !== before, "\(c) kept the compiled rules")
            }
        }
    }
}
