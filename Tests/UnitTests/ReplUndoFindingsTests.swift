import Testing
@testable import JXCore
import JXTestSupport

/// `:undo` and `:reset` take a change back whole: the errors it raised go with it, so the
/// report after them is the report of the script as loaded.
@Suite struct ReplUndoFindingsTests {
    /// A spending that cannot be computed leaves the assertions on the budget's 执行率
    /// without a value (`E-eval`) and the policy without a light to give.
    static let breaking = "工资福利 = 1/0"

    @Test func anUndoneChangeLeavesNoErrorInTheReport() {
        let (s, _) = ReplFixtures.seed()
        let loaded = s.handle(":report json").output
        #expect(!loaded.contains("E-eval"))
        _ = s.handle(ReplUndoFindingsTests.breaking)
        #expect(s.handle(":report json").output.contains("\"code\": \"E-eval\""))
        _ = s.handle(":undo")
        #expect(s.handle(":report json").output == loaded)
    }

    @Test func aResetLeavesNoErrorInTheReport() {
        let (s, _) = ReplFixtures.seed()
        let loaded = s.handle(":report json").output
        _ = s.handle(ReplUndoFindingsTests.breaking)
        _ = s.handle("新增建设用地报批.actual = 300亩")
        _ = s.handle(":report")
        _ = s.handle(":reset")
        #expect(s.handle(":report json").output == loaded)
    }

    @Test func anErrorOfTheLoadedScriptGoesWhenAChangeMendsIt() {
        let (s, _) = ReplFixtures.session("""
        budget 甲 100万元 {
          spent 工资 1/0
        }
        assert 甲.执行率 == 30%
        """)
        #expect(s.handle(":report json").output.contains("\"code\": \"E-eval\""))
        _ = s.handle("工资 = 30万元")
        let mended = s.handle(":report json").output
        #expect(!mended.contains("E-eval") && !mended.contains("E-assert"), "\(mended)")
    }
}
