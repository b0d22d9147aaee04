import Testing
@testable import JXCore
import JXTestSupport

/// `rule NAME { … }` without `for each` runs once over the whole report, its names resolved
/// as at the top level; a clause in any rule that can never take effect is an error.
@Suite struct WholeReportRuleTests {
    func findings(_ text: String) -> [Diagnostic] { workspace(text).diagnostics() }

    func place(_ d: Diagnostic?, in text: String) -> (line: Int, column: Int)? {
        let ws = workspace(text)
        guard let s = d?.span, let f = ws.sources[s.file] else { return nil }
        return (f.line(of: s.start), f.column(of: s.start))
    }

    @Test func aRuleOverTheWholeReportFiresOnceWithItsMessageAtTheRule() {
        let text = """
        indicator 甲 target 10个 actual 5个
        indicator 乙 target 10个 actual 5个
        rule 合计核对 { error when 1 == 1 "合计不符" }
        """
        let ds = findings(text)
        let fired = ds.filter { $0.code == "R-合计核对" }
        #expect(fired.count == 1)
        #expect(fired.first?.severity == .error)
        #expect(fired.first?.message == "合计不符")
        #expect(place(fired.first, in: text).map { [$0.line, $0.column] } == [3, 1])
        #expect(ds.contains { $0.severity == .error }, "jx check exits 1 on an error")
    }

    @Test func itReadsTheScriptsNamesAndShowsTheirValues() {
        let text = """
        budget 年初预算 1493.25万元 {
          spent 工资 300万元
        }
        let 叙述合计 = 1439.25万元
        rule 合计核对 {
          error when 叙述合计 != 年初预算.预算数  "报告正文的合计 {叙述合计} 与表中 {年初预算.预算数} 不符"
        }
        """
        let fired = findings(text).filter { $0.code == "R-合计核对" }
        #expect(fired.map(\.message) == ["报告正文的合计 1439.25万元 与表中 1493.25万元 不符"])
        let agreed = text.replacingOccurrences(of: "1439.25万元", with: "1493.25万元")
        #expect(!findings(agreed).contains { $0.code == "R-合计核对" })
    }

    @Test func theFirstClauseThatHoldsDecidesAndAWarningDoesNotFail() {
        let text = """
        let 缺口 = 3
        rule 缺口核对 {
          error   when 缺口 > 5   "缺口过大"
          warning when 缺口 > 0   "尚有缺口 {缺口} 项"
          info    otherwise       "无缺口"
        }
        """
        let ds = findings(text)
        #expect(ds.filter { $0.code == "R-缺口核对" }.map(\.message) == ["尚有缺口 3 项"])
        #expect(!ds.contains { $0.severity == .error })
    }

    @Test func itCanReadTheTotalScore() {
        let text = """
        import policy 自评评分
        产出 {
          数量 {
            indicator 甲 target 10个 actual 5个 weight 50
          }
        }
        rule 总分核对 { warning when 总分 < 60 "总分 {总分} 不及格" }
        """
        let ds = findings(text)
        #expect(ds.filter { $0.code == "R-总分核对" }.map(\.message) == ["总分 25 不及格"])
        #expect(!ds.contains { $0.code == "E-unknown-name" })
    }

    @Test func aScenarioRunsItAgainstItsOwnFigures() throws {
        let text = """
        indicator 甲 target 10个 actual 5个
        rule 完成核对 { warning when 甲.完成率 < 60% "甲 完成率 {甲.完成率}" }
        scenario 补齐 { 甲.actual = 9个 }
        """
        let ws = workspace(text)
        #expect(ws.diagnostics().filter { $0.code == "R-完成核对" }.map(\.message) == ["甲 完成率 50.00%"])
        let sc = try #require(ws.scenario(named: "补齐"))
        #expect(!ws.findings(of: sc.evaluator).contains { $0.code == "R-完成核对" })
    }

    @Test func aLightOrAScoreInARuleOverTheWholeReportIsAnError() {
        let ds = findings("""
        rule 灯 {
          red when 1 == 1
        }
        rule 分 {
          score 10 otherwise
        }
        """)
        let dead = ds.filter { $0.code == "E-rule-subject" }
        #expect(dead.count == 2)
        #expect(dead.first?.message == "rule 灯 is over the whole report: a light needs a budget or an indicator to go to")
        #expect(dead.first?.hint?.contains("for each indicator") == true)
        #expect(dead.last?.message.contains("a score needs a budget or an indicator") == true)
    }

    @Test func anUnknownNameInARuleOverTheWholeReportIsAnError() {
        let ds = findings("""
        let 叙述合计 = 5万元
        rule 合计核对 { error when 叙述合记 > 1万元 "x" }
        """)
        let e = ds.first { $0.code == "E-unknown-name" }
        #expect(e?.message == "rule 合计核对 uses 叙述合记, which is not a name of the script")
        #expect(e?.hint == "did you mean 叙述合计?")
        #expect(!ds.contains { $0.code == "R-合计核对" })
    }

    @Test func aClauseAfterOtherwiseIsNeverTriedAndIsAnError() {
        let text = """
        rule 执行 for each budget {
          green otherwise
          red when 执行率 < 50%
        }
        budget 甲 10万元 {
          spent 乙 1万元
        }
        """
        let e = findings(text).first { $0.code == "E-rule-unreachable" }
        #expect(e?.severity == .error)
        #expect(place(e, in: text).map { [$0.line, $0.column] } == [3, 3])
    }

    @Test func aGroupScopeOnABudgetRuleIsAnError() {
        let e = findings("""
        rule 执行 for each budget in 产出 {
          red when 执行率 < 50%
        }
        """).first { $0.code == "E-rule-scope" }
        #expect(e?.hint?.contains("where 顶层") == true)
    }

    @Test func aMessageNoOneSeesIsAnError() {
        let ds = findings("""
        rule 得分 for each indicator {
          score 10 otherwise "满分"
        }
        rule 提示 for each indicator {
          info when 完成率 < 50% "完成率 {完成率 +} 偏低"
          info when 完成率 < 60% "完成率 {完成度} 偏低"
        }
        indicator 甲 target 10个 actual 5个
        """)
        #expect(ds.filter { $0.code == "E-rule-message" }.map(\.message) == [
            "rule 得分: a score clause's message is never shown",
            "rule 提示: the message part {完成率 +} is not an expression",
        ])
        #expect(ds.contains { $0.code == "E-unknown-name" && $0.message.contains("完成度") && $0.hint == "did you mean 完成率?" })
    }

    @Test func theShippedPoliciesHaveNoDeadClause() {
        for name in Policies.builtIn.keys.sorted() {
            let ds = findings("import policy \(name)\nreport 甲 {\n  year 2021\n  node 2021-06-30\n}\nbudget 乙 10万元 {\n  spent 丙 5万元\n}\nindicator 甲 target 10个 actual 5个 weight 10\n")
            #expect(!ds.contains { $0.severity == .error }, "\(name): \(ds.map(\.message))")
        }
    }
}
