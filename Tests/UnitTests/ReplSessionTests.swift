import Testing
@testable import JXCore
import JXTestSupport

/// The REPL's session model on the seed script, without a terminal: changes and what
/// moved, undo and redo, the list of changes, expressions and continuation lines.
@Suite struct ReplSessionTests {
    @Test func redeclaringAnIndicatorShowsWhatMoved() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle("新增建设用地报批.完成率").output == "6.67%\n")
        let r = s.handle("indicator 新增建设用地报批 target 450亩 actual 300亩")
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.output.contains("新增建设用地报批  完成率 6.67% → 66.67%"), "\(r.output)")
        #expect(r.output.contains("灯 红灯 → 蓝灯"), "\(r.output)")
        #expect(r.output.contains("产出/数量") && r.output.contains("灯 红灯 → 黄灯"), "\(r.output)")
        // Nothing that did not move is mentioned.
        #expect(!r.output.contains("年初预算"))
        #expect(!r.output.contains("办理建设项目用地初审"))
        #expect(s.handle("新增建设用地报批.完成率").output == "66.67%\n")
    }

    /// Projects of one table use the same names: what moved says which project's.
    @Test func aNameOfManyProjectsIsShownWithItsProject() {
        let script = (1...3).map { k in
            "project 项目\(k) {\n  budget 项目资金 \(k)0万元 {\n    spent 支出 1万元\n  }\n  indicator 完成数 target 10个 actual \(k)个\n}\n"
        }.joined() + "indicator 独有 target 10个 actual 1个\n"
        let disk = ReplDisk(["/work/p.jx": script])
        let s = ReplSession(files: disk.access)
        _ = s.load("p.jx")
        let r = s.handle("项目2.完成数.actual = 5个")
        #expect(r.output.contains("项目2.完成数  完成率 20.00% → 50.00%"), "\(r.output)")
        #expect(s.handle("项目3.项目资金.支出 = 3万元").output.contains("项目3.项目资金  执行率 3.33% → 10.00%"))
        #expect(s.handle("独有.actual = 2个").output.contains("独有  完成率 10.00% → 20.00%"))
    }

    @Test func inEnglishWhenAsked() {
        let disk = ReplDisk(["/work/qiemo.jx": ReplFixtures.seedText])
        let s = ReplSession(files: disk.access)
        s.language = .en
        #expect(s.load("qiemo.jx").output == "loaded qiemo.jx: 7 budgets, 22 indicators, scenarios: 下半年加速; 0 errors, 3 warnings\n")
        #expect(s.handle(":undo").output == "nothing to undo\n")
        #expect(s.handle("indicator 新指标 target 10个 actual 3个").output.contains("新指标  new: 完成率 30.00%"))
        #expect(s.handle(":nope").errors.hasPrefix("error: unknown command :nope"))
        #expect(s.handle(":help").output.hasPrefix("Type a statement to change the live model"))
        #expect(s.handle(":compare base 无此情景").errors.contains("there is no scenario named 无此情景"))
    }

    @Test func chineseByDefault() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle(":help").output.hasPrefix("输入一条语句即可修改会话中的模型"))
        #expect(s.handle(":nope").errors.hasPrefix("错误：没有 :nope 这个命令"))
        #expect(s.handle(":scenario").errors == "用法：:scenario 情景名\n脚本中的情景：下半年加速\n")
    }

    @Test func undoAndRedo() {
        let (s, _) = ReplFixtures.seed()
        _ = s.handle("indicator 新增建设用地报批 target 450亩 actual 300亩")
        let u = s.handle(":undo")
        #expect(u.output.contains("完成率 66.67% → 6.67%"), "\(u.output)")
        #expect(s.handle("新增建设用地报批.完成率").output == "6.67%\n")
        #expect(s.handle(":undo").output == SessionMessage.nothingToUndo.text.zh + "\n")
        let r = s.handle(":redo")
        #expect(r.output.contains("完成率 6.67% → 66.67%"), "\(r.output)")
        #expect(s.handle("新增建设用地报批.完成率").output == "66.67%\n")
        #expect(s.handle(":redo").output == SessionMessage.nothingToRedo.text.zh + "\n")
    }

    @Test func aFieldSetAloneAndTheFindingsItMoves() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("新增建设用地报批.actual = 300亩")
        #expect(r.output.contains("完成率 6.67% → 66.67%"))
        // The report's own figure (stated 7%) no longer matches: a finding appears.
        #expect(r.output.contains("+ 警告[W-stated-mismatch]"), "\(r.output)")
        let u = s.handle(":undo")
        #expect(u.output.contains("- 警告[W-stated-mismatch]"), "\(u.output)")
        // The severity's word follows the language, as the renderer's does.
        s.language = .en
        #expect(s.handle(":redo").output.contains("+ warning[W-stated-mismatch]"))
    }

    @Test func budgetFiguresMoveTheirParentsAndCostIndicators() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("工资福利 = 700万元")
        #expect(r.output.contains("基本支出") && r.output.contains("执行率 28.57% → 56.49%"), "\(r.output)")
        #expect(r.output.contains("年初预算") && r.output.contains("执行率 25.70% → 50.82%"), "\(r.output)")
        #expect(r.output.contains("人员保障成本经费") && r.output.contains("完成率 28.75% → 61.96%"), "\(r.output)")
        #expect(!r.output.contains("追加资金"))
    }

    @Test func aConstantEveryLightReads() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("红灯线 = 10%")
        #expect(r.output.contains("红灯线") && r.output.contains("60.00% → 10.00%"), "\(r.output)")
        #expect(r.output.contains("年初预算") && r.output.contains("灯 红灯 → 黄灯"))
        _ = s.handle(":undo")
        #expect(s.handle("年初预算.light").output == "red\n")
    }

    @Test func diffAndReset() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle(":diff").output == SessionMessage.noChangesSinceLoading.text.zh + "\n")
        _ = s.handle("新增建设用地报批.actual = 300亩")
        _ = s.handle("年初预算.arrived = 1000万元")
        #expect(s.handle(":diff").output == "新增建设用地报批.actual = 300亩\n年初预算.arrived = 1000万元\n")
        let r = s.handle(":reset")
        #expect(r.output.hasPrefix(SessionMessage.reset(count: 2).text.zh))
        #expect(r.output.contains("到位率 66.97% → 25.70%"))
        #expect(s.handle(":diff").output == SessionMessage.noChangesSinceLoading.text.zh + "\n")
        #expect(s.handle("新增建设用地报批.完成率").output == "6.67%\n")
        _ = s.handle(":redo")
        #expect(s.handle(":diff").output == "新增建设用地报批.actual = 300亩\n")
    }

    @Test func aNewIndicatorAndItsUndo() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("indicator 新指标 target 10个 actual 3个")
        #expect(r.output.contains("新指标  新增：完成率 30.00%"), "\(r.output)")
        #expect(s.handle("新指标.完成率").output == "30.00%\n")
        let u = s.handle(":undo")
        #expect(u.output.contains("新指标  已删除"), "\(u.output)")
        #expect(s.handle("新指标.完成率").errors.contains("没有名为「新指标」的指标、预算或常量"))
        #expect(s.evaluator.model.indicators.count == 22)
    }

    @Test func continuationLines() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle("indicator 测试 {").needsMore)
        #expect(s.isContinuing)
        #expect(s.handle("  target 10次").needsMore)
        #expect(s.handle("  actual 5次").needsMore)
        let r = s.handle("}")
        #expect(!r.needsMore && r.output.contains("测试  新增：完成率 50.00%"), "\(r)")
        #expect(s.handle("新增建设用地报批.完成率 +").needsMore)
        #expect(s.handle("1%").output == "7.67%\n")
        // Ctrl-C drops the unfinished input.
        #expect(s.handle("budget X 1万元 {").needsMore)
        s.cancelPending()
        #expect(!s.isContinuing)
        #expect(s.handle("新增建设用地报批.完成率").output == "6.67%\n")
    }

    @Test func anErrorTheChangeRaisesIsShown() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("新增建设用地报批.actual = 1/0")
        #expect(r.errors.contains("错误[E-division-by-zero]"), "\(r.errors)")
        #expect(r.errors.contains(SessionMessage.changeKept.text.zh))
        #expect(r.output.contains("状态 未完成 → 错误"))
        let u = s.handle(":undo")
        #expect(u.errors.isEmpty && u.output.contains("状态 错误 → 未完成"), "\(u)")
    }

    @Test func ruleFindingsThatComeAndGo() {
        let (s, _) = ReplFixtures.session("""
        indicator 甲 target 100个 actual 30个
        rule 提醒 for each indicator {
          warning when 完成率 < 50% "完成率 {完成率} 偏低"
        }
        """)
        let r = s.handle("甲.actual = 80个")
        #expect(r.output.contains("甲  - 警告[R-提醒] 「甲」：完成率 30.00% 偏低"), "\(r.output)")
        let u = s.handle(":undo")
        #expect(u.output.contains("甲  + 警告[R-提醒] 「甲」：完成率 30.00% 偏低"), "\(u.output)")
        // A rule typed at the prompt judges every indicator at once.
        let rule = s.handle("rule 红 for each indicator { red when 完成率 < 50% }")
        #expect(rule.output.contains("甲  灯 — → 红灯"), "\(rule.output)")
    }

    @Test func theMonitoringNodeMovesTimeProgressAndLights() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("report 且末县自然资源局整体支出绩效监控报告 { node 2021-09-30 }")
        #expect(r.output.contains("时间进度") && r.output.contains("50.00% → 75.00%"), "\(r.output)")
        #expect(r.output.contains("日常工作运转完成时间") && r.output.contains("完成率 50.00% → 75.00%"))
        #expect(s.handle("report 且末县自然资源局整体支出绩效监控报告").output == SessionMessage.nothingMoved.text.zh + "\n")
    }

    @Test func aCommandEndsAnUnfinishedInput() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle("indicator 半 {").needsMore)
        let r = s.handle(":diff")
        #expect(!s.isContinuing)
        #expect(r.errors == SessionMessage.unfinishedDropped(command: ":diff").text.zh + "\n" && r.output == SessionMessage.noChangesSinceLoading.text.zh + "\n")
    }

    @Test func expressionsAndRows() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle("年初预算.执行率").output == "25.70%\n")
        #expect(s.handle("时间进度").output == "50.00%\n")
        #expect(s.handle("新增建设用地报批.目标").output == "450亩\n")
        #expect(s.handle("新增建设用地报批").output.contains("目标 450亩  实际 30亩  完成率 6.67%  未完成  红灯"))
        #expect(s.handle("年初预算").output.contains("执行率 25.70%"))
        #expect(s.handle("assert 年初预算.执行率 == 26%").output == SessionMessage.holds(actual: "25.70%").text.zh + "\n")
        let bad = s.handle("assert 年初预算.执行率 == 27%")
        #expect(bad.errors.contains("错误[E-assert]: 断言不成立：应为 27%，实为 25.70%"), "\(bad.errors)")
        let e = s.handle("新增建设用地报批.完成率x")
        #expect(e.errors.contains("错误[E-unknown-name]") && e.errors.contains("<repl:"), "\(e.errors)")
    }

    @Test func commandsAndErrorsNeverCrash() {
        let (s, _) = ReplFixtures.seed()
        let inputs = ["", "   ", "}", ":", "::", ":nope", ":load", ":load /missing.jx", ":save", ":compare a", ":compare a b",
                      ":scenario", ":scenario 无", ":report nope", "solve", "solve x", "solve x for", "solve 新增建设用地报批.actual for 新增建设用地报批.完成率",
                      "1/0", "新增建设用地报批.actual = 1/0", "新增建设用地报批.actual = 1亿元", "新增建设用地报批 = 1", "年初预算.nope = 1万元",
                      String(repeating: "(", count: 500) + "1", "indicator", "budget", "rule", "import \"x.jx\"", "report", "\u{0}\u{7F}",
                      "let 新常数 = 3个", "新常数 = 5个", "unit 株", "set reverse deduct", "set nope 1", "declared 三级 22", "scenario 测 { 新增建设用地报批.actual = 1亩 }",
                      "99999999999999999999999999999999999999亩", "新增建设用地报批.actual = 99999999999999999999999999999亩"]
        for i in inputs { _ = s.handle(i); s.cancelPending() }
        for _ in 0..<20 { _ = s.handle(":undo") }
        #expect(s.handle("新增建设用地报批.完成率").output == "6.67%\n")
        for _ in 0..<20 { _ = s.handle(":redo") }
        for _ in 0..<20 { _ = s.handle(":undo") }
        #expect(s.handle(":diff").output == SessionMessage.noChangesSinceLoading.text.zh + "\n")
        #expect(s.handle(":quit").quit)
    }

    @Test func completion() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.completions(for: "新增").contains("新增建设用地报批"))
        #expect(s.completions(for: "新增建设用地报批.完").contains("完成率"))
        #expect(s.completions(for: "x = 年初预算.").contains("基本支出"))
        #expect(s.completions(for: "年初预算.执").contains("执行率"))
        #expect(s.completions(for: ":he").contains(":help"))
        #expect(s.completions(for: ":scenario ").contains("下半年加速"))
        #expect(s.completions(for: "indi").contains("indicator"))
        #expect(s.completions(for: "产出.").contains("数量"))
    }

    @Test func onlyDependentsAreRecomputed() {
        var text = "import policy 预警\nreport 大 {\n  node 2021-06-30\n}\n产出 {\n  数量 {\n"
        for i in 0..<3000 { text += "    indicator 指标\(i) target 100个 actual \(i % 100)个\n" }
        text += "  }\n}\n"
        let (s, _) = ReplFixtures.session(text)
        let r = s.handle("指标7.actual = 90个")
        #expect(r.output.contains("指标7  完成率 7.00% → 90.00%"), "\(r.output)")
        // The indicator and its light: nothing else is recomputed.
        #expect(s.lastRecomputed <= 3, "\(s.lastRecomputed)")
    }
}
