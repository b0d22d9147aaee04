import Testing
@testable import JXCore
import JXTestSupport

/// A threshold moved at the prompt judges again only the verdicts whose comparisons it
/// turns, or whose message shows it; every other keeps its verdict. What the session then
/// shows must be what a fresh load of the script with the change shows: lights, messages
/// and findings of every budget and indicator.
@Suite struct HeldVerdictsTests {
    /// Budgets at 10% … 55% executed at the middle of the year, and indicators from 10% to
    /// 130% complete: every threshold the 预警 policy compares falls between some of them.
    static var script: String {
        var s = """
        import policy 预警
        report 测试 {
          year 2021
          node 2021-06-30
        }

        """
        for k in 0..<10 {
            s += "budget 预算\(k) 100万元 {\n  spent 支出\(k) \(10 + 5 * k)万元\n}\n"
        }
        s += "group 产出 {\n"
        for k in 0..<13 {
            s += "  indicator 指标\(k) target 100亩 actual \(10 * (k + 1))亩\n"
        }
        s += "  indicator 按时 target 100% actual 45% prorate no\n"
        s += "  indicator 待填 target 100亩 actual pending\n"
        s += "  indicator 按时二 target 100% actual 70% prorate no\n}\n"
        return s
    }

    static func verdicts(_ ev: Evaluator) -> [String] {
        ev.model.budgets.indices.map { b in
            let v = ev.verdict(.budget(b))
            return "\(ev.model.budgets[b].name.text) \(v.light.map(\.chinese) ?? "-") \(ev.lightMessage(of: .budget(b)) ?? "") \(v.findings.map(\.message))"
        } + ev.model.indicators.indices.map { i in
            let v = ev.verdict(.indicator(i))
            return "\(ev.model.indicators[i].decl.name.text) \(v.light.map(\.chinese) ?? "-") \(ev.lightMessage(of: .indicator(i)) ?? "") \(v.findings.map(\.message))"
        }
    }

    @Test func aMovedThresholdShowsWhatAFreshLoadShows() throws {
        let (s, _) = ReplFixtures.session(Self.script)
        for line in ["红灯线 = 50%", "红灯线 = 75%", "黄灯线 = 90%", "红灯线 = 20%", "超额线 = 101%", ":undo", ":undo", "红灯线 = 60%", ":redo"] {
            _ = s.handle(line)
            guard case .ok(let text) = s.scriptWithChanges() else {
                Issue.record("no script after `\(line)`")
                return
            }
            let (fresh, _) = ReplFixtures.session(text)
            #expect(Self.verdicts(s.evaluator) == Self.verdicts(fresh.evaluator), "after `\(line)`")
        }
    }

    static func statement(_ text: String) -> Statement {
        var p = Parser(source: SourceFile(path: "<t>", bytes: Array(text.utf8)), fileID: 99)
        return p.parseScript().statements[0]
    }

    @Test func lightsAwayFromTheThresholdAreNotJudgedAgain() {
        let (s, _) = ReplFixtures.session(Self.script)
        let ev = s.evaluator
        // 预算9 (55% at half the year) is green before and after; 预算0 (10%) stays red, and
        // its message, which shows the threshold, is written again when it is read.
        #expect(ev.verdict(.budget(9)).light == .green && ev.verdict(.budget(0)).light == .red)
        #expect(ev.verdict(.budget(4)).light == .yellow)
        var forgotten: [Evaluator.Cell] = []
        guard case .changed = ev.apply(Self.statement("红灯线 = 70%"), noting: { forgotten += $0 }) else {
            Issue.record("not applied")
            return
        }
        #expect(!forgotten.contains(Evaluator.Cell(.budgetVerdict, 9)))
        #expect(!forgotten.contains(Evaluator.Cell(.budgetVerdict, 0)))
        #expect(ev.lightMessage(of: .budget(0))?.hasSuffix("的 70.00%") == true, "\(ev.lightMessage(of: .budget(0)) ?? "")")
        // 预算4 (30%) was yellow, its message shows only 黄灯线: its verdict was kept until
        // its comparison with 35% (70% of the year's 50%) turned, and then judged again.
        #expect(forgotten.contains(Evaluator.Cell(.budgetVerdict, 4)))
        #expect(ev.verdict(.budget(4)).light == .red)
        #expect(ev.verdict(.budget(9)).light == .green)
        // 按时二 (70%, not pro-rated) compares the constant itself: below 80%, yellow, and
        // not below 70%, so kept.
        #expect(ev.model.indicators[15].decl.name.text == "按时二" && ev.verdict(.indicator(15)).light == .yellow)
        #expect(!forgotten.contains(Evaluator.Cell(.indicatorVerdict, 15)))
        // A copy of the evaluator (a scenario) writes a message it took over still unwritten.
        guard case .changed = ev.apply(Self.statement("红灯线 = 65%")) else {
            Issue.record("not applied")
            return
        }
        #expect(ev.copy().lightMessage(of: .budget(0))?.hasSuffix("的 65.00%") == true)
    }
}
