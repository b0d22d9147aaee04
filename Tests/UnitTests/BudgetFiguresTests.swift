import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// The figures monitoring and self-evaluation tables print for a budget row: 年初预算数
/// beside the adjusted amount, 全年预计执行数, 分值, the 其中 rows of its funding sources, and
/// every stated figure beside the computed one.
@Suite struct BudgetFiguresTests {
    static let table = """
    report 表 {
      year 2021
      node 2021-06-30
    }
    budget 甲 1200万元 {
      initial 1000万元
      arrived 1000万元
      executed 600万元
      expected 1150万元
      source 财政资金 900万元 arrived 800万元 executed 450万元 stated 执行率 50%
      source 其他资金 300万元 {
        initial 200万元
        executed 150万元
        expected 250万元
        stated 执行率 49%
      }
      stated 年初预算数 1000万元
      stated 预计执行率 96%
    }
    """

    @Test func ratesDivideByTheAdjustedAmountAndTheInitialIsShownBesideIt() {
        #expect(value(BudgetFiguresTests.table, "甲.执行率") == "50.00%")
        #expect(value(BudgetFiguresTests.table, "甲.到位率") == "83.33%")
        #expect(value(BudgetFiguresTests.table, "甲.年初预算数") == "1000万元")
        #expect(value(BudgetFiguresTests.table, "甲.initial") == "1000万元")
        #expect(value(BudgetFiguresTests.table, "甲.全年预计执行数") == "1150万元")
        #expect(value(BudgetFiguresTests.table, "甲.expected") == "1150万元")
        #expect(value(BudgetFiguresTests.table, "甲.预计执行率") == "95.83%")
    }

    @Test func theChineseSpellingsOfTheLines() {
        let text = "budget 甲 100万元 {\n  年初预算 80万元\n  执行 30万元\n  全年预计执行数 90万元\n}\n"
        #expect(value(text, "甲.年初预算数") == "80万元")
        #expect(value(text, "甲.预计执行率") == "90.00%")
        #expect(codes(text).isEmpty)
    }

    @Test func aBudgetWithoutTheFigureSaysSoAndHowToGiveIt() {
        let r = value("budget 甲 100万元 { executed 30万元 }", "甲.年初预算数")
        #expect(r.contains("has no 年初预算数"), "\(r)")
        #expect(value("budget 甲 100万元 { executed 30万元 }", "甲.预计执行率").contains("has no 预计执行率"))
    }

    @Test func partsGiveTheirParentTheFiguresEveryOneOfThemGives() {
        let text = """
        budget 总 {
          budget 基本支出 800万元 { initial 700万元; executed 300万元; expected 780万元 }
          budget 项目支出 200万元 { initial 100万元; executed 50万元; expected 190万元 }
        }
        budget 半 {
          budget 甲 10万元 { initial 10万元; executed 1万元 }
          budget 乙 10万元 { executed 1万元 }
        }
        """
        #expect(codes(text).isEmpty, "\(workspace(text).diagnostics().map(\.message))")
        #expect(value(text, "总.年初预算数") == "800万元")
        #expect(value(text, "总.全年预计执行数") == "970万元")
        #expect(value(text, "总.预计执行率") == "97.00%")
        // A part without one leaves the whole unknown, not smaller.
        #expect(value(text, "半.年初预算数").contains("has no 年初预算数"))
    }

    @Test func sourceRowsOnTheLineAndInABlockAreTheSame() {
        let inline = "budget 甲 100万元 {\n  executed 50万元\n  source 财政资金 100万元 initial 90万元 arrived 80万元 executed 50万元 expected 95万元\n}\n"
        let block = "budget 甲 100万元 {\n  executed 50万元\n  source 财政资金 100万元 {\n    initial 90万元\n    arrived 80万元\n    executed 50万元\n    expected 95万元\n  }\n}\n"
        for text in [inline, block] {
            let ws = workspace(text)
            #expect(ws.diagnostics().isEmpty, "\(ws.diagnostics().map(\.message))")
            let row = ReportData(workspace: ws).budgets[0].sourceRows
            #expect(row.count == 1)
            #expect(row.first?.name == "财政资金")
            #expect(row.first?.initial?.text() == "90万元")
            #expect(ReportData.percent(row.first?.arrival) == "80.00")
            #expect(ReportData.percent(row.first?.execution) == "50.00")
            #expect(ReportData.percent(row.first?.expectedExecution) == "95.00")
        }
    }

    @Test func aSourceRowsStatedRateIsCheckedAgainstItsOwnFigures() {
        let ds = workspace(BudgetFiguresTests.table).diagnostics()
        // 财政资金 450 ÷ 900 = 50% agrees; 其他资金 150 ÷ 300 = 50%, not 49%.
        let mismatches = ds.filter { $0.code == "W-stated-mismatch" }
        #expect(mismatches.count == 1, "\(ds.map(\.message))")
        #expect(mismatches.first?.message.contains("其他资金 of 甲") == true)
        #expect(mismatches.first?.message.contains("50.00%") == true)
    }

    @Test func sourcesThatMakeUpTheAmountMustAddUpInEveryFigure() {
        let text = """
        budget 甲 1000万元 {
          executed 600万元
          source 财政资金 800万元 executed 500万元
          source 其他资金 200万元 executed 50万元
        }
        """
        let d = workspace(text).diagnostics().filter { $0.code == "W-sources" }
        #expect(d.count == 1)
        #expect(d.first?.message.contains("执行数") == true && d.first?.message.contains("550万元") == true)
        // A partial 其中 list (its amounts short of the budget's) is flagged once, for the amount.
        let partial = workspace("budget 甲 1000万元 {\n  executed 600万元\n  source 财政资金 800万元 executed 500万元\n}\n").diagnostics().filter { $0.code == "W-sources" }
        #expect(partial.count == 1)
        #expect(partial.first?.message.contains("not to its amount") == true)
    }

    @Test func aForecastBelowWhatIsSpentIsFlagged() {
        #expect(codes("budget 甲 100万元 {\n  executed 60万元\n  expected 50万元\n}\n").contains("W-expected-below-executed"))
        #expect(!codes("budget 甲 100万元 {\n  executed 60万元\n  expected 90万元\n}\n").contains("W-expected-below-executed"))
    }

    @Test func aStatedLineNamingNoFigureIsAnErrorWherever() {
        #expect(codes("budget 甲 100万元 {\n  executed 1万元\n  stated 灯 1\n}\n") == ["E-unknown-name"])
        #expect(codes("budget 甲 100万元 {\n  executed 1万元\n  source 财政资金 100万元 stated 得分 1\n}\n") == ["E-unknown-name"])
        #expect(codes("indicator 乙 target 10个 actual 5个 stated 灯 1") == ["E-unknown-name"])
        #expect(codes("产出 {\n  stated 灯 1\n  indicator 乙 target 10个 actual 5个\n}\n") == ["E-unknown-name"])
    }

    @Test func figuresGivenTwiceAreDuplicates() {
        #expect(codes("budget 甲 100万元 {\n  executed 1万元\n  initial 80万元\n  initial 90万元\n}\n") == ["E-duplicate"])
        // (Its 执行数 is unknown without spending lines: a note, I-no-spending.)
        #expect(codes("budget 甲 100万元 {\n  source 财政资金 100万元 executed 1万元 executed 2万元\n}\n").filter { $0 != "I-no-spending" } == ["E-duplicate"])
        #expect(codes("budget 甲 100万元 {\n  executed 1万元\n  source 财政资金 100万元\n  source 财政资金 100万元\n}\n") == ["E-duplicate"])
        // A source named in `from` and then given a row is one source.
        #expect(codes("budget 甲 100万元 from 财政资金 {\n  executed 1万元\n  source 财政资金 100万元\n}\n").isEmpty)
    }

    @Test func aMistypedFigureOfASourceSaysWhichWereMeant() {
        let ws = workspace("budget 甲 100万元 {\n  source 财政资金 100万元 excuted 1万元\n}\n")
        let d = ws.diagnostics().first { $0.severity == .error }
        #expect(d?.code == "E-syntax")
        #expect(d?.hint == "did you mean `executed` (执行)?", "\(d?.hint ?? "")")
        #expect(d?.chinese?.hint == "是不是要写 `executed`（执行）？")
    }

    @Test func everyIndicatorFigureATablePrintsCanBeStated() {
        let text = "indicator 乙 target 10个 actual 5个 expected 9个 weight 20 stated 预计 9个 stated 预计完成率 90% stated 权重 20 stated 目标 10个 stated 实际 5个"
        #expect(codes(text).isEmpty, "\(workspace(text).diagnostics().map(\.message))")
        let wrong = workspace("indicator 乙 target 10个 actual 5个 expected 9个 weight 20 stated 预计完成率 80% stated 权重 15").diagnostics()
        #expect(wrong.filter { $0.code == "W-stated-mismatch" }.count == 2)
        #expect(value(text, "乙.预计完成率") == "90.00%")
    }
}

/// 分值 and 得分 of a budget row.
@Suite struct BudgetWeightTests {
    @Test func aGivenWeightIsScoredAsWeightTimesExecution() {
        let text = "import policy 自评评分\nbudget 甲 1000万元 {\n  executed 800万元\n  weight 20\n  stated 分值 20\n  stated 得分 16\n}\n"
        #expect(value(text, "甲.权重") == "20")
        #expect(value(text, "甲.分值") == "20")
        #expect(value(text, "甲.得分") == "16")
        #expect(codes(text).isEmpty, "\(workspace(text).diagnostics().map(\.message))")
    }

    @Test func withoutAWeightTheTopLevelBudgetsShareThePolicysPoints() {
        let text = "import policy 自评评分\nbudget 年初 750万元 { executed 750万元 }\nbudget 追加 250万元 { executed 125万元 }\n"
        #expect(value(text, "年初.权重") == "7.5")
        #expect(value(text, "追加.权重") == "2.5")
        #expect(value(text, "总分") == "8.75")
    }

    @Test func aStatedWeightIsChecked() {
        let d = workspace("import policy 自评评分\nbudget 甲 100万元 {\n  executed 80万元\n  stated 分值 20\n}\n").diagnostics()
        #expect(d.map(\.code) == ["W-stated-mismatch"])
        #expect(d.first?.message.contains("分值 20") == true)
    }

    @Test func aWeightNoRuleScoresIsSaid() {
        #expect(codes("budget 甲 100万元 {\n  executed 80万元\n  weight 10\n}\n") == ["W-weight-unscored"])
        let child = "import policy 自评评分\nbudget 甲 100万元 {\n  budget 乙 100万元 {\n    executed 80万元\n    weight 10\n  }\n}\n"
        let d = workspace(child).diagnostics().filter { $0.code == "W-weight-unscored" }
        #expect(d.count == 1)
        #expect(d.first?.hint?.contains("甲") == true)
    }
}

/// How the figures reach the reports and the prompt.
@Suite struct BudgetFiguresReportTests {
    @Test func theJSONSetsEachStatedFigureBesideTheComputedOneWithItsVerdict() throws {
        let json = ReportFormat.json.render(ReportData(workspace: workspace(BudgetFiguresTests.table)))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let budget = try #require((root["budgets"] as? [[String: Any]])?.first)
        #expect((budget["initial"] as? [String: Any])?["value"] as? String == "1000")
        #expect(budget["expectedExecution"] as? String == "95.83")
        let stated = try #require(budget["statedFigures"] as? [[String: Any]])
        let rate = try #require(stated.first { $0["figure"] as? String == "expectedExecution" })
        #expect(rate["stated"] as? String == "96%")
        #expect((rate["computed"] as? [String: Any])?["value"] as? String == "95.83")
        #expect(rate["computedAtStatedPrecision"] as? String == "96%")
        #expect(rate["verdict"] as? String == "agrees")
        let sources = try #require(budget["sourceRows"] as? [[String: Any]])
        #expect(sources.map { $0["name"] as? String } == ["财政资金", "其他资金"])
        let other = try #require((sources[1]["statedFigures"] as? [[String: Any]])?.first)
        #expect(other["verdict"] as? String == "differs")
        #expect(other["computedAtStatedPrecision"] as? String == "50%")
    }

    @Test func theTextTableHeadsTheColumnsAsTablesDo() {
        let text = ReportFormat.text.render(ReportData(workspace: workspace(BudgetFiguresTests.table)))
        let header = text.split(separator: "\n").first { $0.hasPrefix("预算") }.map(String.init) ?? ""
        #expect(header.contains("年初预算数") && header.contains("全年预算数") && header.contains("1-6月执行数") && header.contains("全年预计执行数") && header.contains("预计执行率"), "\(header)")
        #expect(text.contains("  其中：财政资金"))
        // A monitoring report without those figures keeps its short table.
        let plain = ReportFormat.text.render(ReportData(workspace: workspace("budget 甲 100万元 { executed 1万元 }")))
        #expect(plain.contains("预算数") && !plain.contains("年初预算数") && !plain.contains("全年预计"))
    }

    @Test(arguments: [
        ("2021-06-30", "1-6月执行数"), ("2021-12-31", "全年执行数"), ("2021-01-31", "1月执行数"),
        ("2021-07-15", "截至7月15日执行数"), ("2024-02-29", "1-2月执行数"),
    ])
    func theExecutionIsHeadedByTheNode(node: String, heading: String) {
        #expect(ChineseDate.executedHeading(node) == heading)
    }

    @Test func theChineseTextSaysTheInitialTheForecastAndTheSourcesFigures() {
        let zh = ReportFormat.zh.render(ReportData(workspace: workspace(BudgetFiguresTests.table)))
        #expect(zh.contains("年初预算 1000 万元"), "\(zh)")
        #expect(zh.contains("全年预计执行数 1150 万元，预计执行率 96%"))
        #expect(zh.contains("其中财政资金到位资金 800 万元，到位率 89%，执行数 450 万元，执行率 50%"))
    }

    @Test func thePromptSetsAndUndoesTheNewFigures() {
        let (s, _) = ReplFixtures.session(BudgetFiguresTests.table)
        let r = s.handle("甲.initial = 900万元")
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.output.contains("年初预算数 1000万元 → 900万元"), "\(r.output)")
        #expect(s.handle("甲.年初预算数").output == "900万元\n")
        let e = s.handle("甲.expected = 1200万元")
        #expect(e.output.contains("预计执行率 95.83% → 100.00%"), "\(e.output)")
        _ = s.handle(":undo")
        _ = s.handle(":undo")
        #expect(s.handle("甲.年初预算数").output == "1000万元\n")
        #expect(s.handle("甲.预计执行率").output == "95.83%\n")
    }

    @Test func sourceRowsAreFormattedAsATable() {
        let out = Fixtures.format("budget 甲 100万元 {\nsource 财政资金 80万元 arrived 70万元 executed 50万元\nsource 其他 20万元 arrived 10万元 executed 5万元\n}\n") ?? ""
        #expect(out == """
        budget 甲 100万元 {
          source 财政资金  80万元  arrived 70万元  executed 50万元
          source 其他      20万元  arrived 10万元  executed 5万元
        }

        """, "\(out)")
        #expect(Fixtures.format(out) == out)
    }
}
