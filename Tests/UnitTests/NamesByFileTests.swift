import Testing
@testable import JXCore
import JXTestSupport

/// A name declared in more files than `NamesByFile.threshold` is found by file: it must mean
/// what `Model.lookup(_:at:)` says, before and after a change to the model.
@Suite struct NamesByFileTests {
    static let count = NamesByFile.threshold + 8

    static var files: [String: String] {
        var files: [String: String] = [:]
        for k in 0..<count {
            files["d/\(k).jx"] = """
            budget 部门\(k)预算 100万元 {
              budget 基本支出 100万元 {
                spent 工资福利 \(k + 1)万元
              }
            }
            indicator 部门\(k)人员经费 target 100万元 actual 工资福利
            assert 基本支出.执行数 == \(k + 1)万元
            """
        }
        return files
    }

    static var county: String { (0..<count).map { "import \"d/\($0).jx\"" }.joined(separator: "\n") + "\n" }

    @Test func eachFileMeansItsOwn() {
        let ws = workspace(Self.county, files: Self.files)
        #expect(!ws.diagnostics().contains { $0.severity == .error }, "\(ws.diagnostics().prefix(3).map(\.message))")
        #expect(ws.model.lookup("工资福利").count == Self.count)
        for k in [0, 17, Self.count - 1] {
            #expect(Evaluation.evaluate("部门\(k)人员经费.完成率", in: ws.evaluator).shown == "\(k + 1).00%")
        }
        #expect(AssertRunner(evaluator: ws.evaluator).run().allSatisfy { $0.passed })
        // From the county, which declares none, the name stays ambiguous.
        guard case .failure(let ds, _) = Evaluation.evaluate("工资福利", in: ws.evaluator) else { Issue.record("not ambiguous"); return }
        #expect(ds.first?.code == "E-ambiguous")
    }

    @Test func aChangeToTheModelIsSeen() {
        let ws = workspace(Self.county, files: Self.files)
        let ev = ws.evaluator.copy()
        #expect(Evaluation.evaluate("部门3人员经费.完成率", in: ev).shown == "4.00%")
        var p = Parser(source: SourceFile(path: "<t>", bytes: Array("部门3预算.基本支出.工资福利 = 50万元".utf8)), fileID: 99)
        guard case .changed = ev.apply(p.parseScript().statements[0]) else { Issue.record("not applied"); return }
        #expect(Evaluation.evaluate("部门3人员经费.完成率", in: ev).shown == "50.00%")
    }

    /// Many projects of one file, each with its own 项目资金 and 完成数: inside a project a
    /// name means the project's own; outside every project it is ambiguous.
    @Test func eachProjectMeansItsOwn() {
        // A first line outside every project: an expression evaluated below has its spans
        // in a file of the same number, and must not fall inside a project's block.
        var script = "# 每个项目都有项目资金和完成数\n"
        for k in 0..<Self.count {
            script += """
            project 项目\(k) {
              budget 项目资金 \(k + 1)万元 {
                spent 支出 1万元
              }
              indicator 完成数 target 10个 actual \(k)个
              assert 项目资金.预算数 == \(k + 1)万元
              assert 完成数.完成率 == \(k * 10)%
            }

            """
        }
        let ws = workspace(script, files: [:])
        #expect(!ws.diagnostics().contains { $0.severity == .error }, "\(ws.diagnostics().prefix(3).map(\.message))")
        let results = AssertRunner(evaluator: ws.evaluator).run()
        #expect(results.count == 2 * Self.count && results.allSatisfy { $0.passed })
        #expect(Evaluation.evaluate("项目7.项目资金.预算数", in: ws.evaluator).shown == "8万元")
        guard case .failure(let ds, _) = Evaluation.evaluate("项目资金", in: ws.evaluator) else { Issue.record("not ambiguous"); return }
        #expect(ds.first?.code == "E-ambiguous")
    }
}
