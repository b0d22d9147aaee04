import Testing
@testable import JXCore
import JXTestSupport

/// A statement is checked one way wherever it comes from: the same statement in a script
/// and inside a scenario gets the same diagnostics.
@Suite struct ModelEditorTests {
    static let base = """
    report 测试 {
      year 2021
      node 2021-06-30
    }
    budget 项目支出 100万元 {
      spent 培训 10万元
    }
    indicator 培训次数 target 10次 actual 5次
    """

    /// The codes and messages of a script's own structural diagnostics.
    func scriptSays(_ statements: String) -> [String] {
        workspace(ModelEditorTests.base + "\n" + statements).buildDiagnostics.map { "\($0.code) \($0.message)" }
    }

    /// The same, said of the statements inside a scenario.
    func scenarioSays(_ statements: String) -> [String] {
        let ws = workspace(ModelEditorTests.base + "\nscenario 试算 {\n" + statements + "\n}\n")
        #expect(ws.syntaxDiagnostics.isEmpty && ws.buildDiagnostics.isEmpty)
        guard let sc = ws.scenario(named: "试算") else { Issue.record("no scenario"); return [] }
        return sc.diagnostics.map { "\($0.code) \($0.message)" }
    }

    @Test(arguments: [
        // A field given twice.
        "budget 追加资金 50万元 {\n  arrived 10万元\n  arrived 20万元\n}",
        // A redefined unit.
        "unit 亩 = 1/10 公顷",
        // An unknown setting.
        "set 颜色 red",
        // A unit without a base, and one on an unknown base.
        "unit 万株 = 10000",
        "unit 万株 = 10000 株株",
        // A constant defined twice.
        "let 系数 = 1\nlet 系数 = 2",
    ])
    func aScenarioHearsWhatAScriptHears(_ statements: String) {
        let said = scriptSays(statements)
        #expect(!said.isEmpty, "the script itself should be told: \(statements)")
        #expect(scenarioSays(statements) == said)
    }

    @Test func aDuplicateFieldInAScenarioStillApplies() throws {
        let ws = workspace(ModelEditorTests.base + "\nscenario 试算 {\n budget 项目支出 100万元 {\n  spent 培训 10万元\n  arrived 10万元\n  arrived 60万元\n }\n}\n")
        let sc = try #require(ws.scenario(named: "试算"))
        #expect(sc.diagnostics.map(\.code) == ["E-duplicate"])
        // The last one is used, as in a script.
        guard case .success(let arrival) = Evaluation.evaluate("项目支出.到位率", in: sc.evaluator) else { Issue.record("no arrival"); return }
        #expect(arrival == "60.00%")
    }

    @Test func aRefusedChangeLeavesTheModelAsItWas() throws {
        let ws = workspace(ModelEditorTests.base)
        let ev = ws.evaluator.copy()
        var p = Parser(source: SourceFile(path: "<t>", bytes: Array("report 测试 {\n node 2021-09-30\n 颜色 red\n}".utf8)), fileID: 99)
        let s = p.parseScript().statements
        guard case .failed(let d) = ev.apply(s[0]) else { Issue.record("the change should be refused"); return }
        #expect(d.code == "E-setting")
        #expect(ev.model.report.node?.month == 6)
    }

    /// A scenario whose changes only warn still applies: `jx test` fails it only on errors.
    @Test func aWarningDoesNotFailAScenarioInJxTest() {
        let text = ModelEditorTests.base + "\nscenario 试算 {\n  unit 亩 = 1/10 公顷\n  assert 培训次数.完成率 == 50%\n}\n"
        let ws = workspace(text)
        let result = ScriptTester().run(ws, path: "test.jx")
        #expect(result.failed == 0, "\(result.cases.filter { !$0.passed }.map(\.message))")
        #expect(result.passed > 0)
    }

    /// `jx test` runs each scenario on the script's own figures: what one scenario set is
    /// gone before the next runs, and the script's figures are its own again afterwards.
    @Test func eachScenarioInJxTestStartsFromTheScript() {
        let text = ModelEditorTests.base + """

        scenario 全部完成 {
          培训次数.actual = 10次
          assert 培训次数.完成率 == 100%
        }
        scenario 照旧 {
          assert 培训次数.完成率 == 50%
        }
        scenario 加倍 {
          培训次数.actual = 20次
          assert 培训次数.完成率 == 200%
        }

        """
        let ws = workspace(text)
        let result = ScriptTester().run(ws, path: "test.jx")
        #expect(result.cases.filter { $0.scenario != nil }.count == 3)
        #expect(result.failed == 0, "\(result.cases.filter { !$0.passed }.map(\.message))")
        #expect(Evaluation.evaluate("培训次数.完成率", in: ws.evaluator).shown == "50.00%")
    }

    @Test func undoPutsBackWhatAChangeAdded() {
        let ws = workspace(ModelEditorTests.base)
        let ev = ws.evaluator.copy()
        var p = Parser(source: SourceFile(path: "<t>", bytes: Array("budget 项目支出 100万元 {\n spent 培训 10万元\n spent 差旅 5万元\n}".utf8)), fileID: 99)
        let s = p.parseScript().statements[0]
        let parts = ModelEditor.parts(touchedBy: s, in: ev.model)
        guard case .changed = ev.apply(s) else { Issue.record("not applied"); return }
        #expect(ev.model.spends.count == 2)
        #expect(Evaluation.evaluate("项目支出.执行数", in: ev).shown == "15万元")
        ev.restore(parts) { _ in }
        #expect(ev.model.spends.count == 1)
        #expect(ev.model.lookup("差旅").isEmpty)
        #expect(Evaluation.evaluate("项目支出.执行数", in: ev).shown == "10万元")
    }
}

extension Evaluation.Outcome {
    var shown: String {
        switch self {
        case .success(let s): s
        case .failure(let ds, _): "error: " + ds.map(\.message).joined(separator: "; ")
        }
    }
}
