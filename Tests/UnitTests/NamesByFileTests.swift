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
}
