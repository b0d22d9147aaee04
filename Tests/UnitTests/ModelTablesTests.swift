import Testing
@testable import JXCore
import JXTestSupport

/// What `ModelTables` and the project walk answer quickly must be what a scan of the whole
/// model answers, on a department of many projects that use the same names.
@Suite struct ModelTablesTests {
    static let projects = 40

    static var script: String {
        var s = "budget 部门经费 100万元 {\n  spent 办公 1万元\n}\n产出 {\n  indicator 部门指标 target 1个 actual 1个\n}\n"
        for k in 0..<projects {
            s += """
            project 项目\(k) {
              budget 项目资金 \(k + 10)万元 {
                budget 设备 \(k + 1)万元 {
                  spent 采购 1万元
                }
              }
              产出 {
                数量 {
                  indicator 完成数 target 10个 actual \(k % 11)个
                }
                indicator 质量 target "达标" actual "达标" rate 100%
              }
            }

            """
        }
        return s
    }

    @Test func tablesAreWhatAScanFinds() {
        let ws = workspace(Self.script)
        let m = ws.model, t = ws.evaluator.tables
        for p in [nil] + m.projects.map(Optional.some) {
            #expect(t.topBudgets(of: p) == m.budgets.indices.filter { m.budgets[$0].parent == nil && m.budgets[$0].project == p })
            #expect(t.budgets(of: p) == m.budgets.indices.filter { m.budgets[$0].project == p })
            #expect(t.topGroups(of: p) == m.groups.indices.filter { !m.groups[$0].isProject && m.groups[$0].parent == p })
        }
        for i in m.indicators.indices {
            let at = m.indicators[i].decl.name.span
            #expect(t.project(at: at) == m.project(at: at))
        }
        #expect(m.projects.count == Self.projects)
    }

    @Test func aProjectsPartsAreFoundByWalkingItAsByTheirDeclarations() {
        let ws = workspace(Self.script)
        let m = ws.model
        for p in m.projects {
            for name in ["项目资金", "设备", "采购", "产出", "数量", "完成数", "质量", "部门指标", "办公", "无此名"] {
                let walked = Set(m.parts(named: name, walking: p)), declared = Set(m.parts(named: name, declaredIn: p))
                #expect(walked == declared, "\(name) in \(m.groups[p].name.text)")
            }
        }
        #expect(Evaluation.evaluate("项目7.完成数.完成率", in: ws.evaluator).shown == "70.00%")
        #expect(Evaluation.evaluate("项目3.采购", in: ws.evaluator).shown == "1万元")
    }
}
