import Testing
@testable import JXCore
import JXTestSupport

extension Evaluation.Outcome {
    var text: String? { if case .success(let t) = self { t } else { nil } }
}

/// Goal seek, saving, scenarios and comparison in the REPL's session model.
@Suite struct ReplSolveSaveTests {
    @Test func solveIsExactWhereLinearAndLeavesTheModelAlone() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%")
        #expect(r.output.hasPrefix("新增建设用地报批.actual = 450亩\n"), "\(r.output)\(r.errors)")
        #expect(r.output == SessionMessage.solve(.exact(input: "新增建设用地报批.actual", value: "450亩", goal: "新增建设用地报批.完成率", wanted: "100.00%")).text.zh + "\n", "\(r.output)")
        #expect(s.handle("新增建设用地报批.完成率").output == "6.67%\n")
        #expect(s.handle("新增建设用地报批.light").output == "red\n")
        #expect(s.handle(":diff").output == SessionMessage.noChangesSinceLoading.text.zh + "\n")
        // A later change still reports from the values as they were.
        #expect(s.handle("新增建设用地报批.actual = 300亩").output.contains("完成率 6.67% → 66.67%"))
    }

    @Test func solveThroughSumsAndForAPendingActual() {
        let (s, _) = ReplFixtures.seed()
        #expect(s.handle("solve 工资福利 for 年初预算.执行率 = 50%").output.hasPrefix("工资福利 = 687.765万元\n"))
        #expect(s.handle("solve 年初预算.arrived for 年初预算.到位率 = 50%").output.hasPrefix("年初预算.arrived = 746.625万元\n"))
        #expect(s.handle("solve 挂牌出让土地.actual for 挂牌出让土地.完成率 = 100%").output.hasPrefix("挂牌出让土地.actual = 20公顷\n"))
        #expect(s.handle("挂牌出让土地.状态").output == "pending\n")
        #expect(s.handle("年初预算.执行率").output == "25.70%\n")
    }

    @Test func solveForALightFindsItsBoundary() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle("solve 新增建设用地报批.actual for 新增建设用地报批.light = green")
        #expect(r.output.hasPrefix("新增建设用地报批.actual 不低于约 180亩 时，新增建设用地报批.light 为 green"), "\(r.output)")
        #expect(s.handle("新增建设用地报批.light").output == "red\n")
    }

    @Test func solveSaysWhenNoValueReachesTheGoal() {
        let (s, _) = ReplFixtures.seed()
        let a = s.handle("solve 新增建设用地报批.actual for 年初预算.执行率 = 50%")
        #expect(a.output.contains("不随 新增建设用地报批.actual 变化"), "\(a.output)")
        let b = s.handle("solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = -10%")
        #expect(b.output.contains("它最小只到 0.00%"), "\(b.output)")
        let c = s.handle("solve 新增建设用地报批.完成率 for 新增建设用地报批.完成率 = 10%")
        #expect(c.errors.contains("指标可以设置的字段有"), "\(c.errors)")
    }

    @Test func solveOnAScoreThatIsCapped() {
        let (s, _) = ReplFixtures.session(ReplFixtures.scored)
        let before = s.handle("A.得分").output
        let r = s.handle("solve A.actual for A.得分 = 20")
        #expect(r.output.contains("它最大只到"), "\(r.output)\(r.errors)")
        let w = s.handle("A.权重").output
        let ok = s.handle("solve A.actual for A.得分 = 5")
        #expect(ok.output.hasPrefix("A.actual = "), "\(ok.output)\(ok.errors) weight \(w)")
        #expect(s.handle("A.得分").output == before)
    }

    @Test func saveAsScenarioRunsWithReportScenario() {
        let (s, disk) = ReplFixtures.seed()
        _ = s.handle("indicator 新增建设用地报批 target 450亩 actual 300亩")
        _ = s.handle("年初预算.arrived = 1000万元")
        let r = s.handle(":save out/加速.jx")
        #expect(r.errors.isEmpty, "\(r.errors)")
        // It imports ../qiemo.jx, outside its folder: jx reads that only from a named folder.
        #expect(r.output.contains("jx report --import-path /work --scenario 加速 out/加速.jx"), "\(r.output)")
        #expect(s.handle(":save 同夹.jx").output.contains("运行它：jx report --scenario 同夹 同夹.jx"))
        let text = disk.files["/work/out/加速.jx"] ?? ""
        #expect(text.contains("import \"../qiemo.jx\""), "\(text)")
        #expect(text.contains("scenario 加速 {\n  indicator 新增建设用地报批 target 450亩 actual 300亩\n  年初预算.arrived = 1000万元\n}"), "\(text)")
        // What `jx report --scenario 加速 out/加速.jx` does.
        let ws = Workspace(path: "out/加速.jx", read: disk.access.read)
        let errors = ws.diagnostics(includeAsserts: false).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        guard let sc = ws.scenario(named: "加速") else { Issue.record("no scenario"); return }
        #expect(sc.diagnostics.isEmpty)
        #expect(Evaluation.evaluate("新增建设用地报批.完成率", in: sc.evaluator).text == "66.67%")
        #expect(Evaluation.evaluate("年初预算.到位率", in: sc.evaluator).text == "66.97%")
    }

    /// A name given `let` twice at the prompt is a duplicate in a scenario: the second is
    /// saved as the change it was, and the saved scenario gives the session's value.
    @Test func aConstantDefinedTwiceAtThePromptIsSavedAsAChange() {
        let (s, disk) = ReplFixtures.seed()
        _ = s.handle("let 试算系数 = 50%")
        _ = s.handle("let 试算系数 = 60%")
        let r = s.handle(":save out/系数.jx")
        #expect(r.errors.isEmpty, "\(r.errors)")
        let text = disk.files["/work/out/系数.jx"] ?? ""
        #expect(text.contains("  let 试算系数 = 50%\n  试算系数 = 60%\n"), "\(text)")
        let ws = Workspace(path: "out/系数.jx", read: disk.access.read)
        guard let sc = ws.scenario(named: "系数") else { Issue.record("no scenario"); return }
        #expect(sc.diagnostics.isEmpty, "\(sc.diagnostics.map(\.message))")
        #expect(Evaluation.evaluate("试算系数", in: sc.evaluator).text == "60.00%")
    }

    @Test func theLoadedScriptIsNotOverwrittenUnlessAsked() {
        let (s, disk) = ReplFixtures.seed()
        _ = s.handle("新增建设用地报批.actual = 300亩")
        let r = s.handle(":save qiemo.jx")
        #expect(r.errors.contains("是已载入的脚本"))
        #expect(disk.files["/work/qiemo.jx"] == ReplFixtures.seedText)
        #expect(s.handle(":save /work/qiemo.jx 再加速").errors.contains("是已载入的脚本"))
        #expect(s.handle(":save 下半年加速.jx").errors == SessionMessage.save(.scenarioExists("下半年加速", path: "下半年加速.jx")).text.zh + "\n")
        let ok = s.handle(":save! qiemo.jx 再加速")
        #expect(ok.errors.isEmpty, "\(ok.errors)")
        let text = disk.files["/work/qiemo.jx"] ?? ""
        #expect(text.hasPrefix(ReplFixtures.seedText))
        #expect(text.hasSuffix("scenario 再加速 {\n  新增建设用地报批.actual = 300亩\n}\n"))
        #expect(s.handle(":save nothing.jx").errors.isEmpty)
    }

    /// Issue 19: `:save` replaced any file; a second `:save sc.jx` lost the first scenario;
    /// only the loaded script was protected, not what it imports.
    @Test func aFileThatExistsIsReplacedOnlyWithABangAndAnImportNever() {
        let disk = ReplDisk(["/work/main.jx": "import \"dept.jx\"\nindicator A target 10个 actual 1个\n",
                             "/work/dept.jx": "let 常数 = 1个\n", "/work/other.jx": "keep\n"])
        let s = ReplSession(files: disk.access)
        _ = s.load("main.jx")
        _ = s.handle("A.actual = 5个")
        #expect(s.handle(":save other.jx").errors == SessionMessage.save(.exists(path: "other.jx", command: ":save! other.jx")).text.zh + "\n")
        #expect(disk.files["/work/other.jx"] == "keep\n")
        #expect(s.handle(":save sc.jx").errors.isEmpty)
        _ = s.handle("A.actual = 6个")
        #expect(s.handle(":save sc.jx 再改").errors == SessionMessage.save(.exists(path: "sc.jx", command: ":save! sc.jx 再改")).text.zh + "\n")
        #expect(disk.files["/work/sc.jx"]?.contains("scenario sc {") == true)
        #expect(s.handle(":save! sc.jx 再改").errors.isEmpty)
        #expect(disk.files["/work/sc.jx"]?.contains("scenario 再改 {") == true)
        for line in [":save dept.jx", ":save! dept.jx", ":save! --script dept.jx", ":report json dept.jx", ":report! json dept.jx"] {
            #expect(s.handle(line).errors.contains("无法写入 dept.jx：it is a script read here"), "\(line)")
        }
        #expect(disk.files["/work/dept.jx"] == "let 常数 = 1个\n")
        #expect(s.handle(":report json out.json").errors.isEmpty)
        #expect(s.handle(":report json out.json").errors == SessionMessage.save(.exists(path: "out.json", command: ":report! json out.json")).text.zh + "\n")
        #expect(s.handle(":report! json out.json").errors.isEmpty)
        // The loaded script itself: only with the bang, as before.
        #expect(s.handle(":save! main.jx").errors.isEmpty)
        #expect(disk.files["/work/main.jx"]?.contains("scenario 会话改动") == true)
    }

    @Test func saveTheWholeScriptWithTheChangesWrittenIn() {
        let (s, disk) = ReplFixtures.seed()
        _ = s.handle("新增建设用地报批.actual = 300亩")
        _ = s.handle("工资福利 = 700万元")
        _ = s.handle("红灯线 = 50%")
        _ = s.handle("indicator 新指标 target 10个 actual 3个")
        let r = s.handle(":save --script whole.jx")
        #expect(r.errors.isEmpty, "\(r.errors)")
        let text = disk.files["/work/whole.jx"] ?? ""
        #expect(text.contains("indicator 新增建设用地报批 target 450亩 actual 300亩 stated 7%"))
        // The amount changes in place; the line keeps its note (its spacing follows `jx fmt`).
        let line = text.split(separator: "\n").first { $0.contains("spent 工资福利") } ?? ""
        #expect(line.contains("700万元") && line.contains("\"支付职工工资、福利支出\""), "\(line)")
        #expect(text.contains("let 红灯线 = 50%"))
        #expect(text.contains("indicator 新指标 target 10个 actual 3个"))
        let ws = Workspace(path: "whole.jx", read: disk.access.read)
        #expect(ws.buildDiagnostics.isEmpty && ws.syntaxDiagnostics.isEmpty)
        let again = ReplSession(files: disk.access)
        _ = again.load("whole.jx")
        #expect(again.handle("新增建设用地报批.完成率").output == "66.67%\n")
        #expect(again.handle("人员保障成本经费.完成率").output == "61.96%\n")
        #expect(again.handle("新指标.完成率").output == "30.00%\n")
    }

    @Test func scenarioAndCompare() {
        let (s, _) = ReplFixtures.seed()
        let r = s.handle(":scenario 下半年加速")
        #expect(r.output.contains("完成率 6.67% → 66.67%"), "\(r.output)")
        #expect(r.output.contains(SessionMessage.assertions(hold: 1, fail: 0).text.zh))
        #expect(s.handle(":diff").output == "# :scenario 下半年加速\n新增建设用地报批.actual = 300亩\n")
        let c = s.handle(":compare base current")
        let row = c.output.split(separator: "\n").first { $0.hasPrefix("新增建设用地报批") } ?? ""
        #expect(row.contains("6.67%") && row.contains("66.67%") && row.hasSuffix("*"), "\(c.output)")
        #expect(c.output.contains(SessionMessage.compare(.rowsDiffer(2, of: 40, onlyThose: false)).text.zh))
        let d = s.handle(":compare base 下半年加速")
        #expect(d.output.contains("共 40 行，其中 2 行不同"), "\(d.output)")
        #expect(s.handle(":compare base 无此情景").errors.contains("没有名为 无此情景 的情景"))
        _ = s.handle(":undo")
        #expect(s.handle(":compare base current").output.contains("共 40 行，其中 0 行不同"))
    }

    @Test func reportOfTheSession() {
        let (s, _) = ReplFixtures.seed()
        _ = s.handle("新增建设用地报批.actual = 300亩")
        let t = s.handle(":report")
        #expect(t.output.contains("会话改动") && t.output.contains("66.67%"))
        #expect(s.handle(":report json").output.contains(#""completion": "66.67""#))
        #expect(s.handle(":report zh").errors.isEmpty)
        #expect(s.handle(":report rtf").errors.contains("没有 rtf 这种报告格式"))
    }

    @Test func reloadKeepsTheChanges() {
        let (s, disk) = ReplFixtures.seed()
        _ = s.handle("新增建设用地报批.actual = 300亩")
        disk.files["/work/qiemo.jx"] = ReplFixtures.seedText.replacingOccurrences(of: "target 450亩", with: "target 600亩")
        let r = s.handle(":reload")
        #expect(r.output.contains(SessionMessage.appliedAgain(done: 1, of: 1).text.zh), "\(r.output)\(r.errors)")
        #expect(s.handle("新增建设用地报批.完成率").output == "50.00%\n")
        _ = s.handle(":undo")
        #expect(s.handle("新增建设用地报批.完成率").output == "5.00%\n")
    }
}
