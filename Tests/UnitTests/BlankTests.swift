import Testing
@testable import JXCore
import JXTestSupport

/// Blank cells (`blank`, 未填) and rows that only state, as a user transcribing a real table
/// meets them: a blank is not zero, nothing computed from it is a number, each blank is said
/// once, a total it enters says it is incomplete, and no shipped policy makes it an error.
@Suite struct BlankTests {
    /// A department with its own part and three projects, some cells blank, one row that
    /// only states its score.
    static let department = """
    import policy 预警
    import policy 自评评分
    report 部门自评 {
      department 某局
      year 2021
      node 2021-06-30
    }
    budget 部门预算 100万元 {
      spent 工资 60万元
    }
    产出 {
      数量 {
        indicator 培训 target 10次 actual 8次 weight 50
      }
    }
    project 农田 {
      budget 资金 200万元 {
        executed blank
      }
      产出 {
        数量 {
          indicator 面积 target 2万亩 actual blank weight 30
          indicator 渠道 target 10公里 actual 5公里 weight 20
        }
      }
      效益 {
        社会效益 {
          indicator 防汛物资储备到位 weight 10 stated 得分 10
          indicator 满意度 target ≥90% actual 95% weight 未填
        }
      }
    }
    project 饮水 {
      budget 供水 100万元 {
        spent 管网 50万元
      }
      产出 {
        数量 {
          indicator 管网 target 10公里 actual 10公里 weight 50
        }
      }
    }
    project 除险 {
      budget 除险资金 50万元
      产出 {
        数量 {
          indicator 水库 target blank actual 2座 weight 50
        }
      }
    }

    """

    func ws(_ text: String) -> Workspace { Fixtures.workspace(text, path: "/virtual/部门.jx") }

    func value(_ ws: Workspace, _ expr: String) -> String {
        switch Evaluation.evaluate(expr, in: ws.evaluator) {
        case .success(let s): return s
        case .failure(let ds, _): return "error: " + (ds.first?.message ?? "")
        }
    }

    @Test func aDepartmentWithBlanksChecksCleanWithAWarningNamingEachBlank() {
        let d = ws(Self.department).diagnostics()
        #expect(d.filter { $0.severity == .error }.isEmpty, "\(d.filter { $0.severity == .error }.map(\.message))")
        let blanks = d.filter { $0.code == "W-blank" }.map(\.message)
        // One for each cell written blank, none for what is computed from them.
        #expect(blanks.count == 4, "\(blanks)")
        for name in ["资金", "面积", "满意度", "水库"] { #expect(blanks.contains { $0.contains(name) }, "\(name)") }
        #expect(blanks.contains { $0.contains("执行数") } && blanks.contains { $0.contains("权重") } && blanks.contains { $0.contains("目标") })
    }

    @Test func aBlankIsNotZeroAndWhatIsComputedFromItIsBlank() {
        let w = ws(Self.department)
        #expect(value(w, "面积.完成率") == "blank")
        #expect(value(w, "面积.状态") == "blank")
        #expect(value(w, "农田.资金.执行率") == "blank")
        #expect(value(w, "水库.完成率") == "blank")
        let data = ReportData(workspace: w)
        let row = data.indicators.first { $0.name == "面积" }
        #expect(row?.completion == nil && row?.light == nil && row?.score == nil)
        #expect(row?.blank?.chinese == "未填：实际")
        // Neither 0% nor a light: shown as — with the reason.
        #expect(TextReport().render(data).contains("未填：实际"))
        #expect(data.budgets.first { $0.name == "资金" }?.light == nil)
    }

    @Test func aTotalABlankEntersSaysItIsIncompletePerProject() {
        let w = ws(Self.department)
        let incomplete = w.diagnostics().filter { $0.code == "W-incomplete" }.map(\.message)
        // 农田 lacks 面积, 满意度 and its budget; 除险 lacks 水库 and its budget's 执行数; 饮水 is complete.
        #expect(incomplete.count == 2, "\(incomplete)")
        #expect(incomplete.contains { $0.contains("农田") && $0.contains("面积") && $0.contains("满意度") && $0.contains("资金") })
        #expect(incomplete.contains { $0.contains("除险") && $0.contains("水库") })
        #expect(!incomplete.contains { $0.contains("饮水") })
        // What is there is summed and said to be incomplete: 渠道 10 + the stated 10.
        #expect(value(w, "农田.总分") == "20")
        #expect(value(w, "农田.缺项") == "3")
        #expect(value(w, "饮水.缺项") == "0")
        // No grade of an incomplete total.
        #expect(value(w, "农田.评级") == "blank")
        #expect(value(w, "饮水.评级") != "blank")
        let data = ReportData(workspace: w)
        #expect(data.projects.map(\.missing.isEmpty) == [false, true, false])
        #expect(TextReport().render(data).contains("不完整：缺 面积（实际未填）、满意度（权重未填）、资金（执行数未填）"))
        let json = JSONReport().render(data)
        #expect(json.contains("\"complete\": false") && json.contains("\"complete\": true"))
    }

    @Test func aBudgetWithAnAmountAndNoSpendingIsUnknownNotZero() {
        let d = ws("import policy 预警\nreport 甲 {\n  year 2021\n  node 2021-06-30\n}\nbudget 专项 300万元\n").diagnostics()
        #expect(d.filter { $0.severity == .error }.isEmpty, "\(d.map(\.message))")
        #expect(d.filter { $0.code == "I-no-spending" }.count == 1)
        #expect(d.count == 1, "\(d.map(\.code))")
        let data = ReportData(workspace: ws("import policy 预警\nreport 甲 {\n  year 2021\n  node 2021-06-30\n}\nbudget 专项 300万元\n"))
        #expect(data.budgets[0].light == nil && data.budgets[0].execution == nil)
        #expect(data.budgets[0].blank?.reason == .noSpending)
    }

    @Test func aRuleComparingABlankGivesNoFindingAndAWholeReportRuleStillFires() {
        let text = "budget 甲 100万元 {\n  executed blank\n}\nrule 低 for each budget {\n  error when 执行率 < 50% \"低\"\n}\nrule 合计核对 { error when 1 == 1 \"合计不符\" }\n"
        let d = ws(text).diagnostics()
        #expect(!d.contains { $0.code == "R-低" })
        #expect(d.filter { $0.code == "R-合计核对" }.count == 1)
    }

    @Test func noShippedPolicyRaisesAnErrorOnAScriptWithBlanks() {
        for (name, _) in Policies.builtIn {
            for node in ["2021-06-30", "2021-12-31"] {
                let text = Self.department.replacingOccurrences(of: "import policy 预警\nimport policy 自评评分", with: "import policy \(name)")
                    .replacingOccurrences(of: "2021-06-30", with: node)
                let errors = ws(text).diagnostics().filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(name) at \(node): \(errors.map(\.message))")
            }
        }
    }

    @Test func blankIsWrittenInEnglishOrChineseAndFormatsAsTyped() {
        let w = ws("indicator 甲 target 10个 actual 未填\nbudget 乙 blank {\n  spent 丙 5万元\n}\n")
        #expect(value(w, "甲.完成率") == "blank")
        #expect(value(w, "乙.执行率") == "blank")
        #expect(!w.diagnostics().contains { $0.severity == .error })
        let text = "indicator 甲 target 10个 actual 未填 stated 完成率 blank\n"
        guard case .formatted(let out) = Formatter.format(text, path: "t.jx") else { Issue.record("not formatted"); return }
        #expect(out == text)
    }

    @Test func aRowThatOnlyStatesCountsAsStatedAndIsUnverifiable() {
        let w = ws(Self.department)
        let d = w.diagnostics()
        #expect(d.filter { $0.code == "I-unverifiable" }.map(\.message).first?.contains("防汛物资储备到位") == true)
        #expect(!d.contains { $0.code == "E-no-target" || $0.code == "E-no-actual" })
        #expect(value(w, "防汛物资储备到位.得分") == "10")
        #expect(value(w, "防汛物资储备到位.状态") == "unverifiable")
        let row = ReportData(workspace: w).indicators.first { $0.name == "防汛物资储备到位" }
        #expect(row?.light == nil && row?.score == Exact(10) && row?.kind == nil)
        // Without a stated score it is still a row with nothing in it: an error.
        #expect(codes("indicator 甲 weight 10").contains("E-no-target"))
    }
}

/// At a node of December 31 completion is final: nothing is forecast, and a pending
/// indicator leaves its total incomplete.
@Suite struct YearEndTests {
    static let script = """
    import policy 预警
    import policy 自评评分
    report 年末 {
      year 2021
      node 2021-12-31
    }
    project 造林 {
      budget 资金 100万元 {
        spent 苗木 100万元
      }
      产出 {
        数量 {
          indicator 面积 target 100亩 actual 80亩 weight 30 expected 100亩 likelihood 有可能
          indicator 成活率 target ≥85% actual pending weight 20
        }
      }
    }

    """

    func ws(_ text: String) -> Workspace { Fixtures.workspace(text, path: "/virtual/年末.jx") }

    @Test func nothingIsForecastAndNoLikelihoodIsPrinted() {
        let data = ReportData(workspace: ws(Self.script))
        #expect(data.indicators.allSatisfy { $0.expected == nil && $0.expectedCompletion == nil && $0.likelihood == nil })
        for format in ReportFormat.allCases {
            let text = format.render(data)
            #expect(!text.contains("有可能") && !text.contains("确定能") && !text.contains("完全不可能"), "\(format)")
        }
        // Mid-year the same script forecasts and says how likely.
        let mid = ReportData(workspace: ws(Self.script.replacingOccurrences(of: "2021-12-31", with: "2021-06-30")))
        #expect(mid.indicators.first?.likelihood == "有可能")
    }

    @Test func aPendingIndicatorIsAWarningAndItsTotalIsIncomplete() {
        let w = ws(Self.script)
        let d = w.diagnostics()
        #expect(d.filter { $0.severity == .error }.isEmpty)
        #expect(d.filter { $0.code == "W-year-end-pending" }.map(\.message).first?.contains("成活率") == true)
        #expect(d.filter { $0.code == "W-incomplete" }.count == 1)
        let data = ReportData(workspace: w)
        #expect(data.projects[0].missing.map(\.reason) == [.pendingAtYearEnd])
        #expect(data.projects[0].rating == nil)
        #expect(TextReport().render(data).contains("不完整：缺 成活率（年末无实际完成值）"))
        let json = JSONReport().render(data)
        #expect(json.contains("\"complete\": false") && json.contains("\"reason\": \"pending-at-year-end\""))
        // Mid-year a pending indicator is not yet due: nothing is missing.
        let mid = ws(Self.script.replacingOccurrences(of: "2021-12-31", with: "2021-06-30")).diagnostics()
        #expect(!mid.contains { $0.code == "W-year-end-pending" || $0.code == "W-incomplete" })
    }
}

extension BlankTests {
    @Test func aPartWithoutSpendingLeavesItsParentUnknownAndIsSaidOnce() {
        let text = "budget 总预算 300万元 {\n  budget 子一 100万元\n  budget 子二 200万元 {\n    spent 工资 50万元\n  }\n}\n"
        let w = ws(text)
        #expect(w.diagnostics().filter { $0.code == "I-no-spending" }.map(\.message).count == 1)
        #expect(value(w, "总预算.执行率") == "blank")
        #expect(ReportData(workspace: w).budgets[0].blank?.reason == .noSpending)
    }
}
