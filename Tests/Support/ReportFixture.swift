import Foundation
import JXCore

/// The scripts the report tests render: the example of the seed report, a small scored
/// project whose names an HTML, Markdown or CSV writer must escape, and a monitoring table
/// with every figure such tables print (年初预算数, 全年预计执行数, 其中 rows). Loaded under paths
/// relative to the package, so file names in the outputs do not depend on the machine.
public enum ReportFixture {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let golden = "Tests/GoldenTests/Report/Golden"

    /// Script name → its path relative to the package.
    public static let scripts: [String: String] = [
        "qiemo-2021": "Scripts/examples/qiemo-2021.jx",
        "scored": golden + "/scored.jx",
        "projects": golden + "/projects.jx",
        "figures": golden + "/figures.jx",
        "blanks": golden + "/blanks.jx",
        "year-end": golden + "/year-end.jx",
    ]

    public static func data(_ name: String, scenario: String? = nil) -> ReportData {
        let ws = Workspace(path: scripts[name]!, read: { p in
            guard let d = FileManager.default.contents(atPath: root.appendingPathComponent(p).path) else { return .failure(.init("missing \(p)")) }
            return .success(Array(d))
        })
        guard let scenario else { return ReportData(workspace: ws) }
        let sc = ws.scenario(named: scenario)!
        return ReportData(workspace: ws, evaluator: sc.evaluator, scenario: scenario)
    }

    public static func file(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}
