import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// The seed report, encoded in Scripts/examples/qiemo-2021.jx: every figure it states, and
/// the inconsistencies it contains, without anyone pointing them out.
@Suite struct SeedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = root.appendingPathComponent("Scripts/examples/qiemo-2021.jx").path

    func load() -> Workspace {
        Workspace(path: SeedTests.path, read: { p in
            guard let d = FileManager.default.contents(atPath: p) else { return .failure(.init("missing")) }
            return .success(Array(d))
        })
    }

    @Test func everyStatedRateComesOutAsStated() {
        let ws = load()
        let ds = ws.diagnostics()
        #expect(!ds.contains { $0.code == "W-stated-mismatch" }, "\(ds.map(\.message))")
        #expect(!ds.contains { $0.severity == .error }, "\(ds.map(\.message))")
        let failed = AssertRunner(evaluator: ws.evaluator).run().filter { !$0.passed }.map(\.diagnostic.message)
        #expect(failed.isEmpty, "\(failed)")
    }

    @Test func itsInconsistenciesAreFlagged() {
        let ds = load().diagnostics().filter { $0.severity == .warning }
        #expect(ds.contains { $0.code == "W-declared-count" && $0.message.contains("9 二级") && $0.message.contains("8 are listed") })
        #expect(ds.contains { $0.code == "W-declared-count" && $0.message.contains("23 三级") })
        #expect(ds.contains { $0.code == "W-breakdown" && $0.message.contains("追加资金") && $0.message.contains("1558.74万元") })
    }

    @Test func jsonCarriesTheFigures() {
        let ws = load()
        let json = ReportFormat.json.render(ReportData(workspace: ws))
        #expect(json.contains(#""timeProgress": "50.00""#))
        #expect(json.contains(#""execution": "25.70""#))
        #expect(json.contains(#""execution": "28.57""#))
        #expect(json.contains(#""completion": "6.67""#))
        #expect(json.contains(#""completion": "61.22""#))
        // 22 indicators, five of them pending.
        let data = ReportData(workspace: ws)
        #expect(data.indicators.count == 22)
        #expect(data.indicators.filter { $0.status == .pending }.count == 5)
        let unlit = data.indicators.filter { $0.status != .pending && $0.light == nil }.map(\.name)
        #expect(unlit.isEmpty)
        #expect(data.budgets.first?.light == .red)
    }

    @Test func zhTextStatesTheSeedsFigures() {
        let text = ReportFormat.zh.render(ReportData(workspace: load()))
        for line in [
            "我部门 2021 年预算 1493.25 万元，实际到位资金 383.74 万元，到位率 26%。截至 2021 年 6 月底资金执行数 383.74 万元，预算执行率 26%。",
            "指标 1：办理建设项目用地初审，预期指标值：15 个，实际完成值 7 个，指标完成率 47%",
            "指标 2：新增建设用地报批，预期指标值：450 亩，实际完成值 30 亩，指标完成率 7%",
            "指标 4：项目工程验收合格率，预期指标值：≥98%，实际完成值 60%，指标完成率 61%",
            "指标 3：运转保障成本经费，预期指标值：213.42 万元，实际完成值 58.86 万元，指标完成率 28%",
            "实际完成值有所提升，指标完成率 40%",
            "基本支出实际支出资金 383.74 万元，预算执行率 29%",
        ] {
            #expect(text.contains(line), "missing: \(line)")
        }
    }
}
