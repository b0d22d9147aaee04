import Testing
@testable import JXCore
import JXTestSupport

/// A county script importing departments' scripts: one namespace, one report header.
@Suite struct ImportTests {
    func workspace(_ files: [String: String], main: String) -> Workspace {
        Workspace(path: main, read: { p in
            guard let t = files[p] else { return .failure(.init("no such file")) }
            return .success(Array(t.utf8))
        })
    }

    func value(_ ws: Workspace, _ expr: String) -> String {
        switch Evaluation.evaluate(expr, in: ws.evaluator) {
        case .success(let s): return s
        case .failure(let ds, _): return "error: " + (ds.first?.message ?? "")
        }
    }

    static let departments = [
        "d/a.jx": """
        report 甲局报告 {
          year 2021
          node 2021-06-30
        }
        budget 甲局预算 100万元 {
          budget 基本支出 100万元 {
            spent 工资福利 30万元
          }
        }
        indicator 人员经费 target 60万元 actual 工资福利
        assert 基本支出.执行率 == 30%
        """,
        "d/b.jx": """
        report 乙局报告 {
          year 2021
          node 2021-06-30
        }
        budget 乙局预算 200万元 {
          budget 基本支出 200万元 {
            spent 工资福利 50万元
          }
        }
        indicator 乙局人员经费 target 100万元 actual 工资福利
        assert 基本支出.执行率 == 25%
        """,
    ]

    @Test func aNameMeansTheOneDeclaredInTheSameFile() {
        var files = Self.departments
        files["county.jx"] = "import \"d/a.jx\"\nimport \"d/b.jx\"\n"
        let ws = workspace(files, main: "county.jx")
        #expect(!ws.diagnostics().contains { $0.severity == .error }, "\(ws.diagnostics().map(\.message))")
        // Each department's 工资福利 and 基本支出 are its own.
        #expect(value(ws, "人员经费.完成率") == "50.00%")
        #expect(value(ws, "乙局人员经费.完成率") == "50.00%")
        #expect(AssertRunner(evaluator: ws.evaluator).run().allSatisfy { $0.passed })
        // From the county, which declares neither, the name stays ambiguous.
        let ambiguous = value(ws, "基本支出.执行率")
        #expect(ambiguous.hasPrefix("error: 基本支出 is ambiguous"))
        #expect(value(ws, "乙局预算.基本支出.执行率") == "25.00%")
    }

    @Test func theImportingScriptsReportHeaderWins() {
        var files = Self.departments
        files["county.jx"] = "import \"d/a.jx\"\nimport \"d/b.jx\"\nreport 全县汇总 {\n  year 2021\n  node 2021-06-30\n}\n"
        let ws = workspace(files, main: "county.jx")
        #expect(ws.model.report.title == "全县汇总")
        #expect(!ws.diagnostics().contains { $0.code == "E-duplicate" || $0.code == "W-report-node" })
        // Without one of its own, the first imported header stays.
        files["county.jx"] = "import \"d/a.jx\"\nimport \"d/b.jx\"\n"
        #expect(workspace(files, main: "county.jx").model.report.title == "甲局报告")
    }

    @Test func reportsAtDifferentNodesAreFlagged() {
        var files = Self.departments
        files["d/b.jx"] = files["d/b.jx"]!.replacingOccurrences(of: "2021-06-30", with: "2021-07-31")
        files["county.jx"] = "import \"d/a.jx\"\nimport \"d/b.jx\"\nreport 全县汇总 {\n  node 2021-06-30\n}\n"
        let w = workspace(files, main: "county.jx").diagnostics().filter { $0.code == "W-report-node" }
        #expect(w.map(\.message) == ["乙局报告 is monitored at 7月31日, but this report's node is 6月30日"])
    }

    @Test func declaredCountsCountTheDeclaringFilesIndicators() {
        var files = Self.departments
        files["d/a.jx"]! += "\ndeclared 三级 1\n"
        files["d/b.jx"]! += "\ndeclared 三级 2\n"  // wrong: 乙局 lists one
        files["county.jx"] = "import \"d/a.jx\"\nimport \"d/b.jx\"\nindicator 县级指标 target 1个 actual 1个\ndeclared 三级 3\n"
        let ws = workspace(files, main: "county.jx")
        let w = ws.diagnostics().filter { $0.code == "W-declared-count" }
        #expect(w.map(\.message) == ["the report declares 2 三级 indicators, but 1 are listed"])
        #expect(ReportData(workspace: ws).declared.map(\.listed) == [1, 1, 3])
    }

    @Test func twoHeadersInOneFileAreStillAnError() {
        let ws = workspace(["x.jx": "report a {\n}\nreport b {\n}\n"], main: "x.jx")
        #expect(ws.diagnostics().contains { $0.code == "E-duplicate" })
    }

    /// Issue 19: a file that is not a script is never read, so its lines can never appear
    /// in a snippet; the host's admission refuses what it must, and one file reached by two
    /// paths is read once.
    @Test func onlyScriptsAreImportedAndTheHostAdmitsThem() {
        var asked: [String] = []
        let files = ["main.jx": "import \"/etc/passwd\"\nimport \"notes.txt\"\nimport \"a.jx\"\nimport \"./b/../a.jx\"\nimport \"far.jx\"\n",
                     "a.jx": "let x = 1个\n", "far.jx": "let y = 1个\n", "notes.txt": "root:x:0:0\n"]
        let ws = Workspace(path: "main.jx", read: { p in
            asked.append(p)
            return files[p].map { .success(Array($0.utf8)) } ?? .failure(.init("no such file"))
        }, admit: { p, main in
            #expect(main == "main.jx")
            return p == "far.jx" ? .failure(.init("it is outside", hint: "--import-path")) : .success("/w/" + p.split(separator: "/").last!)
        })
        let imports = ws.diagnostics().filter { $0.code == "E-import" }
        #expect(imports.map(\.message) == ["cannot import /etc/passwd: only .jx scripts can be imported",
                                           "cannot import notes.txt: only .jx scripts can be imported",
                                           "cannot import far.jx: it is outside"])
        #expect(imports.last?.hint == "--import-path")
        #expect(asked == ["main.jx", "a.jx"])
        #expect(value(ws, "x") == "1个")
    }

    @Test func aRefusedMainScriptIsUnreadable() {
        let ws = Workspace(path: "x.txt", read: { _ in .success([]) }, admit: { _, _ in .failure(.init("jx reads only .jx scripts")) })
        #expect(ws.unreadable?.message == "jx reads only .jx scripts")
    }
}
