import Testing
@testable import JXCore
import JXTestSupport

@Suite struct EvaluatorTests {
    @Test func missionLineIs667Percent() {
        #expect(value("indicator 新增建设用地报批 target 450亩 actual 30亩", "新增建设用地报批.完成率") == "6.67%")
    }

    @Test(arguments: [
        ("20公顷", "150亩", "50.00%"),
        ("2万亩", "5000亩", "25.00%"),
        ("≥98％", "60%", "61.22%"),
        ("1.5亿元", "3000万元", "20.00%"),
        ("1,129.83万元", "324.88万元", "28.75%"),
        (">=50个", "25个", "50.00%"),
    ])
    func conversionsAndNotations(target: String, actual: String, expected: String) {
        #expect(value("indicator x target \(target) actual \(actual)", "x.完成率") == expected)
    }

    @Test func scaledRatiosMultiplyInBaseUnits() {
        #expect(value("let a = 50％", "a * 2") == "100.00%")
        #expect(value("let a = 50％", "a * a") == "25.00%")
        #expect(value("let b = 5‰", "b * 2") == "1.00%")
        #expect(value("let c = 2", "c * 3") == "6")
    }

    @Test func unitsOfDifferentDimensionsAreAnError() {
        let ws = workspace("indicator x target 450亩 actual 30万元")
        let d = ws.diagnostics().first { $0.code == "E-unit-mismatch" }
        #expect(d != nil)
        #expect(d?.message.contains("亩") == true && d?.message.contains("万元") == true)
    }

    @Test func zeroTargetIsAnErrorNotADivision() {
        #expect(codes("indicator x target 0个 actual 3个").contains("E-zero-target"))
    }

    @Test func reverseIndicatorsByBothConventions() {
        #expect(value("indicator x target ≤10次 actual 8次", "x.完成率") == "100.00%")
        #expect(value("indicator x target ≤10次 actual 12次", "x.完成率") == "83.33%")
        #expect(value("set reverse deduct\nindicator x target ≤10次 actual 12次", "x.完成率") == "80.00%")
        #expect(value("set reverse deduct\nindicator x target ≤10次 actual 30次", "x.完成率") == "0.00%")
    }

    @Test func equalityIsAllOrNothing() {
        #expect(value("indicator x target =0起 actual 0起", "x.完成率") == "100.00%")
        #expect(value("indicator x target =0起 actual 1起", "x.完成率") == "0.00%")
    }

    @Test func pendingIsCountedApart() {
        #expect(value("indicator x target 20公顷 actual pending", "x.状态") == "pending")
        #expect(value("indicator x target 20公顷 actual 未达监控节点", "x.完成率") == "pending")
    }

    @Test func qualitativeTakesTheJudgedRate() {
        #expect(value(#"indicator x target "明显提升" actual "有所提升" rate 40%"#, "x.完成率") == "40.00%")
        #expect(codes(#"indicator x target "明显提升" actual "有所提升""#).contains("W-qualitative-unjudged"))
    }

    @Test func deadlineByTimeElapsed() {
        let s = "report r {\n node 2021-06-30\n}\nindicator x target 12月31日前完成 actual elapsed"
        #expect(value(s, "x.完成率") == "50.00%")
        #expect(value(s, "时间进度") == "50.00%")
    }

    @Test func actualsMayReferToBudgetLines() {
        let s = """
        budget 基本支出 1343.25万元 {
          spent 车辆运行维护 15.95万元
          spent 基本公用 42.91万元
        }
        成本 {
          indicator 运转保障成本经费 target 213.42万元 actual 车辆运行维护 + 基本公用
        }
        """
        #expect(value(s, "运转保障成本经费.实际") == "58.86万元")
        #expect(value(s, "运转保障成本经费.完成率") == "27.58%")
        #expect(value(s, "运转保障成本经费.类型") == "cost")
    }

    @Test func budgetsCountSpendingNotAllocations() {
        let s = """
        budget 村 160万元 {
          allocated 拨付乡镇 160万元
          spent 乡镇实际支付 42.6万元
        }
        """
        #expect(value(s, "村.执行数") == "42.6万元")
        #expect(value(s, "村.execution") == "26.63%")
    }

    @Test func assertionsCompareAtTheWrittenPrecision() {
        let s = "indicator x target 450亩 actual 30亩\n"
        let ws = workspace(s + "assert x.完成率 == 6.67%\nassert x.完成率 == 7%\nassert x.完成率 == 6.6%")
        let results = AssertRunner(evaluator: ws.evaluator).run()
        let passed = results.map { $0.passed }
        #expect(passed == [true, true, false])
        #expect(results[2].diagnostic.message.contains("expected 6.6%"))
    }

    /// A failure shows the actual figure at the precision it was compared at: 6.667%, not
    /// a 6.67% that looks like the expected 6.670%.
    @Test func aFailedAssertionShowsTheActualAsCompared() {
        let s = "indicator x target 450亩 actual 30亩\nlet 面积 = 1.23456789亩\n"
        let ws = workspace(s + "assert x.完成率 == 6.670%\nassert x.完成率 == 6.6%\nassert 面积 == 1.2345678亩\nassert x.完成率 == 6.667%")
        let results = AssertRunner(evaluator: ws.evaluator).run()
        #expect(results.map(\.passed) == [false, false, false, true])
        #expect(results[0].diagnostic.message == "assertion failed: expected 6.670%, found 6.667%")
        #expect(results[0].diagnostic.label == "is 6.667%")
        #expect(results[1].diagnostic.message == "assertion failed: expected 6.6%, found 6.67%")
        #expect(results[2].diagnostic.message == "assertion failed: expected 1.2345678亩, found 1.2345679亩")
        #expect(results[3].actual == "6.667%")
    }

    @Test func toleranceAssertions() {
        let ws = workspace("indicator x target 450亩 actual 30亩\nassert x.完成率 == 6.5% ± 0.2%\nassert x.完成率 == 6% ± 0.5%")
        let passed = AssertRunner(evaluator: ws.evaluator).run().map { $0.passed }
        #expect(passed == [true, false])
    }

    @Test func statedFiguresAreChecked() {
        let ws = workspace("indicator x target 15个 actual 7个 stated 47%\nindicator y target 15个 actual 7个 stated 46%")
        let ds = ws.diagnostics().filter { $0.code == "W-stated-mismatch" }
        #expect(ds.count == 1)
        #expect(ds.first?.message.contains("46.67%") == true)
    }

    @Test func unknownNamesSuggestTheClosest() {
        let ws = workspace("indicator 新增建设用地报批 target 450亩 actual 30亩\nassert 新增建设用地报批.完成律 == 7%")
        let d = ws.diagnostics().first { $0.code == "E-unknown-name" }
        #expect(d?.hint == "did you mean 完成率?")
    }

    @Test func cyclesAreReportedNotLooped() {
        #expect(codes("let a = b + 1个\nlet b = a + 1个").contains("E-cycle"))
    }

    @Test func hugeNumbersDoNotTrap() {
        let ws = workspace("indicator x target 99999999999999999999999999999999亿元 actual 99999999999999999999999999999999亿元\nlet y = 99999999999999999999999999999999亿元 * 99999999999999999999999999999999")
        let cs = ws.diagnostics().map(\.code)
        #expect(cs.contains("E-overflow"))
    }

    /// The fields a rule can read of each kind of entity: the lists (for messages and
    /// completion) and the quick tests used per entity say the same.
    @Test func memberKindsAgreeWithTheirLists() {
        #expect(Set(Member.allCases.filter(\.isBudgetMember)) == Set(Evaluator.budgetMembers))
        #expect(Set(Member.allCases.filter(\.isIndicatorMember)) == Set(Evaluator.indicatorMembers))
        for m in Member.allCases {
            for s in m.spellings { #expect(Member.named(s) == m) }
        }
        #expect(Member.named("完成") == nil)
    }
}
