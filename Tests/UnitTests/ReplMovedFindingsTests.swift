import Testing
@testable import JXCore
import JXTestSupport

/// What moved after a change lists the findings that came or went. A policy threshold
/// recomputes every verdict and no result: an entity's own checks (a stated figure that
/// differs) are kept as they were, neither lost nor said again; a change of its figures
/// checks them afresh.
@Suite struct ReplMovedFindingsTests {
    static let script = """
    import policy 预警
    report 表 {
      year 2021
      node 2021-06-30
    }
    budget 甲 100万元 {
      spent 工资 20万元
      stated 执行率 25%
    }
    indicator 培训 target 100人次 actual 20人次 stated 30%
    """

    @Test func aThresholdKeepsTheStatedChecksAndAFigureChecksThemAgain() {
        let (s, _) = ReplFixtures.session(ReplMovedFindingsTests.script)
        let loaded = s.handle(":report json").output
        #expect(loaded.components(separatedBy: "W-stated-mismatch").count - 1 == 2, "\(loaded)")
        let threshold = s.handle("红灯线 = 30%")
        #expect(threshold.errors.isEmpty, "\(threshold.errors)")
        #expect(threshold.output.contains("灯"), "the threshold moves a light: \(threshold.output)")
        #expect(!threshold.output.contains("W-stated"), "\(threshold.output)")
        #expect(s.handle(":report json").output.components(separatedBy: "W-stated-mismatch").count - 1 == 2)
        // 25万元 ÷ 100万元 = 25%, as stated: the budget's finding goes; the indicator's stays.
        let spent = s.handle("工资 = 25万元")
        #expect(spent.output.contains("甲") && spent.output.contains("- ") && spent.output.contains("W-stated-mismatch"), "\(spent.output)")
        #expect(s.handle(":report json").output.components(separatedBy: "W-stated-mismatch").count - 1 == 1)
        #expect(!s.handle("红灯线 = 60%").output.contains("W-stated"))
        let back = s.handle(":undo")
        #expect(back.output.contains("W-stated") == false, "\(back.output)")
        let undoSpent = s.handle(":undo")
        #expect(undoSpent.output.contains("+ ") && undoSpent.output.contains("W-stated-mismatch"), "\(undoSpent.output)")
    }
}
