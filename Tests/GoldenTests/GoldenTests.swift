import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// Golden tests: each `Golden/NAME.jx` is run and its diagnostics and text report are
/// compared with `Golden/NAME.expected`. Re-record with `JX_RECORD=1 swift test`.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".jx") }.sorted()
    }

    static func render(_ name: String) -> String {
        let ws = Workspace(path: "Golden/" + name, read: { p in
            let file = folder.appendingPathComponent(String(p.dropFirst("Golden/".count)))
            guard let d = FileManager.default.contents(atPath: file.path) else { return .failure(.init("missing")) }
            return .success(Array(d))
        })
        let ds = ws.diagnostics()
        var out = "== diagnostics\n"
        out += DiagnosticRenderer(color: false).render(ds, sources: ws.sources)
        out += "\n== report\n"
        out += ReportFormat.text.render(ReportData(workspace: ws, findings: ds))
        return out
    }

    /// Without its folder (moved, or not checked out) the suite would pass with no case.
    @Test func theGoldenScriptsAreThere() {
        #expect(!GoldenTests.cases.isEmpty, "no golden scripts in \(GoldenTests.folder.path)")
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let actual = GoldenTests.render(name)
        let expectedURL = GoldenTests.folder.appendingPathComponent(name.replacingOccurrences(of: ".jx", with: ".expected"))
        if ProcessInfo.processInfo.environment["JX_RECORD"] == "1" {
            // A run that rewrites an expected file fails, so that recording is never taken
            // for passing: read the diff, then run again.
            if (try? String(contentsOf: expectedURL, encoding: .utf8)) != actual {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                Issue.record("re-recorded \(expectedURL.lastPathComponent): read the diff, then run the tests again")
            }
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its .expected; re-record with JX_RECORD=1 if the change is right")
    }
}
