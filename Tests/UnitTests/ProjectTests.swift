import Testing
@testable import JXCore
import JXTestSupport

/// A department's script with several projects: names, totals, lights and reports per
/// project, and what a project cannot be.
@Suite struct ProjectTests {
    static let department = """
    import policy 预警
    import policy 自评评分
    report 部门自评 {
      department 某局
      year 2021
      node 2021-12-31
    }
    budget 部门预算 100万元 {
      spent 工资 90万元
    }
    产出 {
      数量 {
        indicator 培训 target 10次 actual 10次 weight 50
      }
    }
    project 农田 {
      budget 资金 200万元 {
        spent 工程 100万元
      }
      产出 {
        数量 {
          indicator 面积 target 2万亩 actual 1万亩 weight 50
        }
      }
      stated 总分 30
    }
    项目 饮水 {
      budget 资金 100万元 {
        spent 管网 100万元
      }
      产出 {
        数量 {
          indicator 面积 target 10公里 actual 10公里 weight 50
        }
      }
    }

    """

    func workspace(_ text: String) -> Workspace { Fixtures.workspace(text, path: "/virtual/部门.jx") }

    func value(_ ws: Workspace, _ expr: String) -> String {
        switch Evaluation.evaluate(expr, in: ws.evaluator) {
        case .success(let s): return s
        case .failure(let ds, _): return "error: " + (ds.first?.message ?? "")
        }
    }

    /// A line as the prompt reads it (a file of its own, outside every project).
    func statement(_ text: String) -> Statement {
        var p = Parser(source: SourceFile(path: "<t>", bytes: Array(text.utf8)), fileID: 99)
        return p.parseScript().statements[0]
    }

    @Test func eachProjectHasItsOwnTotalAndTheDepartmentsExcludesThem() {
        let ws = workspace(Self.department)
        #expect(ws.diagnostics().filter { $0.severity == .error }.isEmpty, "\(ws.diagnostics().map(\.message))")
        // 农田: 面积 25 of 50, plus 10 × 50% for its own budget.
        #expect(value(ws, "农田.总分") == "30")
        #expect(value(ws, "饮水.总分") == "60")
        // The department: 培训 50 plus 10 × 90%, without either project.
        #expect(value(ws, "总分") == "59")
        #expect(value(ws, "饮水.评级") == "中")
    }

    @Test func aNameInsideMeansTheProjectsOwnAndOutsideItMustBeQualified() {
        let ws = workspace(Self.department + """
        project 核对 {
          budget 自有 10万元 {
            spent 其他 5万元
          }
          assert 自有.执行率 == 50%
        }
        assert 农田.资金.执行率 == 50%
        assert 饮水.资金.执行率 == 100%
        assert 农田.面积.完成率 == 50%
        assert 饮水.产出.数量.面积.完成率 == 100%
        """)
        let results = AssertRunner(evaluator: ws.evaluator).run(scenario: nil)
        #expect(results.count == 5 && results.allSatisfy { $0.passed })
        // At the top level two projects' 资金 are two budgets: say so, and how to write it.
        #expect(value(ws, "资金.执行率").contains("ambiguous"))
    }

    @Test func statedTotalsAreCheckedPerProject() {
        let ws = workspace(Self.department.replacingOccurrences(of: "stated 总分 30", with: "stated 总分 35"))
        let mismatch = ws.diagnostics().filter { $0.code == "W-stated-mismatch" }
        #expect(mismatch.count == 1)
        #expect(mismatch.first?.message.contains("农田") == true)
    }

    @Test func reportsKeepTheProjectsApart() {
        let ws = workspace(Self.department)
        let data = ReportData(workspace: ws)
        #expect(data.projects.map(\.name) == ["农田", "饮水"])
        #expect(data.parts.map(\.project) == [nil, "农田", "饮水"])
        #expect(data.indicators.map { $0.project ?? "-" } == ["-", "农田", "饮水"])
        // The path starts below the project, which is a field of its own.
        #expect(data.indicators[1].path == ["产出", "数量"])
        let text = TextReport().render(data)
        #expect(text.contains("【项目：农田】") && text.contains("【项目：饮水】") && text.contains("【部门整体】"))
        let json = JSONReport().render(data)
        #expect(json.contains("\"project\": \"饮水\""))
        let csv = CSVReport(table: .budgets).render(data)
        #expect(csv.split(separator: "\r\n").first?.hasSuffix(",项目") == true)
        #expect(csv.contains(",农田\r\n"))
        // A project's light is the worst of its indicators' and budgets': 资金 at 50% of a year is red.
        #expect(data.projects[0].light == .red)
    }

    @Test func aProjectStandsAtTheTopLevel() {
        let ws = workspace("""
        report 甲 {
          year 2021
        }
        产出 {
          project 乙 {
            indicator 丙 target 1个 actual 1个
          }
        }
        """)
        #expect(ws.diagnostics().contains { $0.code == "E-project-nested" })
    }

    @Test func theWordAloneIsStillAGroupName() {
        let ws = workspace("""
        项目 {
          indicator 丙 target 1个 actual 1个
        }
        """)
        #expect(ws.model.projects.isEmpty)
        #expect(ws.model.groups.map(\.name.text) == ["项目"])
    }

    @Test func aFigureInAProjectIsChangedByItsFullName() {
        let ws = workspace(Self.department)
        let ev = ws.evaluator
        guard case .changed = ev.apply(statement("农田.面积.actual = 2万亩")) else { Issue.record("refused"); return }
        #expect(value(ws, "农田.总分") == "55")
        guard case .changed = ev.apply(statement("饮水.产出.数量.面积.actual = 5公里")) else { Issue.record("refused"); return }
        #expect(value(ws, "饮水.面积.完成率") == "50.00%")
        guard case .failed(let d) = ev.apply(statement("面积.actual = 1万亩")) else { Issue.record("accepted"); return }
        #expect(d.hint?.contains("农田.面积") == true || d.hint?.contains("饮水.面积") == true)
    }
}

extension ProjectTests {
    @Test func aProjectsLightIsTheWorstOfItsIndicatorsAndBudgets() {
        let ws = workspace(Self.department.replacingOccurrences(of: "node 2021-12-31", with: "node 2021-06-30"))
        // 饮水's indicator is complete (blue at half a year) and its budget spent in full: its budget
        // is green; 农田's budget at 50% of 50% is green too, its 面积 at 50% green.
        #expect(value(ws, "饮水.灯") == ReportData(workspace: ws).projects[1].light.map { $0.rawValue } ?? "")
    }
}

extension ProjectTests {
    /// A county imports two departments that each have a project 农田: each file's names are
    /// its own, and the report keeps the two projects apart, named with their files.
    @Test func aCountyOfDepartmentsWithProjectsOfOneName() {
        func department(_ name: String, _ spent: String) -> String {
            """
            report \(name) {
              year 2021
              node 2021-06-30
            }
            budget \(name)预算 100万元 {
              spent 工资 50万元
            }
            project 农田 {
              budget 资金 100万元 {
                spent 工程 \(spent)
              }
              assert 资金.执行数 == \(spent)
            }
            """
        }
        let files = ["c/甲局.jx": department("甲局", "40万元"), "c/乙局.jx": department("乙局", "70万元"),
                     "c/县.jx": "import \"甲局.jx\"\nimport \"乙局.jx\"\nreport 县 {\n  year 2021\n}\n"]
        let ws = Workspace(path: "c/县.jx", read: { p in files[p].map { .success(Array($0.utf8)) } ?? .failure(.init("no such file")) })
        #expect(ws.diagnostics().filter { $0.severity == .error }.isEmpty, "\(ws.diagnostics().map(\.message))")
        #expect(AssertRunner(evaluator: ws.evaluator).run(scenario: nil).allSatisfy { $0.passed })
        let data = ReportData(workspace: ws)
        #expect(data.parts.map { ReportData.heading(of: $0) } == ["部门整体", "项目：农田（甲局.jx）", "项目：农田（乙局.jx）"])
        #expect(data.parts[1].budgets.map { $0.executed?.text() } == ["40万元"])
    }
}
