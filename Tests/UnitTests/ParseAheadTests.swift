import Testing
@testable import JXCore

/// Files parsed ahead on every core (`ParseAhead`) give exactly the workspace of the
/// sequential walk, also where the import lines foresee it wrongly.
@Suite struct ParseAheadTests {
    @Test func importLinesAreFoundByBytes() {
        let text = """
        # import "comment.jx"
        import "a.jx"
          导入 "部门/乙.jx"  # 注释
        import policy 预警
        导入 政策 "自评评分"
        importer "no.jx"
        import "esc\\"aped.jx"
        indicator 甲 target 1个 actual 1个
        """
        #expect(ImportLines.of(Array(text.utf8)) == [.file("a.jx"), .file("部门/乙.jx"), .policy("预警"), .policy("自评评分")])
    }

    /// A province of counties of departments, with what the lines cannot foresee: a path
    /// written with an escape, a file imported twice, a missing file, an error and a cycle.
    static func province() -> [String: String] {
        var files: [String: String] = [:]
        var main = "import policy 预警\n"
        for c in 0..<3 {
            var county = ""
            for d in 0..<4 {
                var dept = "import policy 预警\nreport 县\(c)局\(d) {\n  year 2021\n  node 2021-06-30\n}\n"
                dept += "budget 县\(c)局\(d)预算 100万元 {\n  spent 工资福利\(c)\(d) 30万元\n}\n"
                for k in 0..<40 { dept += "indicator 县\(c)局\(d)指标\(k) target \(k + 10)亩 actual \(k)亩\n" }
                if c == 1 && d == 2 { dept += "indicator 坏 target 10亩 actual 3公斤\n" }
                files["县\(c)/局\(d).jx"] = dept
                county += "import \"局\(d).jx\"\n"
            }
            county += "import \"局0.jx\"\nimport \"无此文件.jx\"\n"
            files["县\(c)/汇总.jx"] = county
            main += c == 1 ? "import \"县\\u{31}/汇总.jx\"\n" : "import \"县\(c)/汇总.jx\"\n"
        }
        files["县2/局3.jx"]! += "import \"../省.jx\"\n"
        files["省.jx"] = main
        return files
    }

    func workspace(_ files: [String: String], aheadFrom: Int) -> Workspace {
        Workspace(path: "省.jx", read: { p in files[p].map { .success(Array($0.utf8)) } ?? .failure(.init("no such file")) },
                  parsingAheadFrom: aheadFrom)
    }

    @Test func aheadGivesTheSequentialWorkspace() {
        let files = ParseAheadTests.province()
        let ahead = workspace(files, aheadFrom: 0), sequential = workspace(files, aheadFrom: Int.max)
        #expect(ahead.sources.files.map(\.path) == sequential.sources.files.map(\.path))
        #expect(ahead.sources.files.count == 1 + 1 + 3 + 12)
        let diagnostics = { (ws: Workspace) in ws.diagnostics().map { "\($0.code) \($0.span?.file ?? -1):\($0.span?.start ?? -1) \($0.message)" } }
        #expect(diagnostics(ahead) == diagnostics(sequential))
        #expect(diagnostics(ahead).contains { $0.contains("无此文件.jx") })
        #expect(ahead.model.indicators.count == 12 * 40 + 1)
        let json = { (ws: Workspace) in ReportFormat.json.render(ReportData(workspace: ws)) }
        #expect(json(ahead) == json(sequential))
    }
}
