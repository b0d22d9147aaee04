import Testing
@testable import JXCore
import JXTestSupport

/// `jx check` runs every scenario; those that only set figures share one evaluator and are
/// taken back after each. What each says must be what it says on a fresh copy of its own.
@Suite struct ScenarioRunsTests {
    /// The diagnostics of every scenario, each applied to a fresh copy of the evaluator.
    func onFreshCopies(_ ws: Workspace) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for sc in ws.model.scenarios {
            guard let applied = ws.scenario(named: sc.name.text) else { continue }
            out.append(contentsOf: applied.diagnostics)
            for r in AssertRunner(evaluator: applied.evaluator).run(applied.asserts, scenario: sc.name.text) where !r.passed { out.append(r.diagnostic) }
        }
        return out
    }

    static let departments = [
        "d/a.jx": """
        import policy 预警
        report 甲局报告 {
          year 2021
          node 2021-06-30
        }
        budget 甲局预算 100万元 {
          arrived 80万元
          budget 基本支出 100万元 {
            spent 工资福利 30万元
          }
        }
        甲局 {
          产出 {
            数量 {
              indicator 造林面积 target 100亩 actual 30亩
            }
          }
        }
        indicator 人员经费 target 60万元 actual 工资福利
        """,
        "d/b.jx": """
        import policy 预警
        report 乙局报告 {
          year 2021
          node 2021-06-30
        }
        budget 乙局预算 200万元 {
          budget 基本支出 200万元 {
            spent 工资福利 50万元
          }
        }
        乙局 {
          产出 {
            数量 {
              indicator 造林面积 target 200亩 actual 150亩
            }
          }
        }
        """,
    ]

    static let county = """
    import "d/a.jx"
    import "d/b.jx"
    let 合计 = 甲局预算.执行数 + 乙局预算.执行数
    scenario 甲局多支 {
      甲局预算.基本支出.工资福利 = 60万元
      assert 甲局预算.执行数 == 60万元
      assert 合计 == 110万元
      assert 甲局预算.light == green
    }
    scenario 乙局造林 {
      乙局.产出.数量.造林面积.actual = 40亩
      assert 乙局.产出.数量.造林面积.完成率 == 20%
      assert 甲局预算.执行数 == 30万元  # the first scenario is taken back
      assert 合计 == 90万元 "wrong on purpose"
    }
    scenario 放宽 {
      红灯线 = 20%
      黄灯线 = 25%
      assert 甲局预算.light == green
      assert 乙局.产出.数量.造林面积.light == blue
    }
    scenario 未知 {
      没有这个.actual = 1亩
      assert 合计 == 80万元
    }
    scenario 新增 {
      let 合计 = 1万元
      assert 合计 == 1万元
    }
    scenario 再看 {
      乙局.产出.数量.造林面积.actual = 150亩
      assert 合计 == 80万元
      assert 甲局预算.light == yellow  # 30% against 50% of the year: not below 60% of it
      assert 乙局.产出.数量.造林面积.完成率 == 75%
    }
    """

    @Test func sharedRunsSayWhatFreshCopiesSay() {
        let ws = workspace(Self.county, files: Self.departments)
        let before = ws.diagnostics()
        let light = Evaluation.evaluate("甲局预算.light", in: ws.evaluator).shown
        let fresh = onFreshCopies(ws)
        let shared = ws.scenarioDiagnostics()
        #expect(shared == fresh)
        // The failures are the ones written to fail: the one on purpose and the unknown name.
        #expect(shared.map(\.code).sorted() == ["E-assert", "E-change"], "\(shared.map(\.message))")
        // The script's own evaluator, which ran them, is put back as it was.
        #expect(Evaluation.evaluate("甲局预算.执行数", in: ws.evaluator).shown == "30万元")
        #expect(Evaluation.evaluate("甲局预算.light", in: ws.evaluator).shown == light)
        #expect(ws.diagnostics() == before)
        #expect(ws.scenarioDiagnostics() == shared)
    }

    @Test func theProjectsScriptsSayWhatFreshCopiesSay() {
        for path in Fixtures.scripts {
            let ws = Fixtures.workspace(Fixtures.read(path), path: path)
            guard !ws.model.scenarios.isEmpty else { continue }
            #expect(ws.scenarioDiagnostics() == onFreshCopies(ws), "\(path)")
        }
    }

    @Test func undoTakesBackAFigureSetThroughAPath() {
        let ws = workspace(Self.county, files: Self.departments)
        let ev = ws.evaluator.copy()
        var p = Parser(source: SourceFile(path: "<t>", bytes: Array("甲局预算.基本支出.工资福利 = 60万元".utf8)), fileID: 99)
        let s = p.parseScript().statements[0]
        let parts = ModelEditor.parts(touchedBy: s, in: ev.model)
        guard case .changed = ev.apply(s) else { Issue.record("not applied"); return }
        #expect(Evaluation.evaluate("甲局预算.执行数", in: ev).shown == "60万元")
        ev.restore(parts) { _ in }
        #expect(Evaluation.evaluate("甲局预算.执行数", in: ev).shown == "30万元")
    }
}
