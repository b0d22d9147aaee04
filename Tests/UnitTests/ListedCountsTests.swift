import Testing
@testable import JXCore
import JXTestSupport

/// `declared` counts are compared with the indicators of the files each report covers; the
/// index that counts them all in one pass must count what the definition does, count by count.
@Suite struct ListedCountsTests {
    func workspace(_ files: [String: String], main: String) -> Workspace {
        Workspace(path: main, read: { p in
            guard let t = files[p] else { return .failure(.init("no such file")) }
            return .success(Array(t.utf8))
        })
    }

    func department(_ name: String, _ n: Int, project: Bool) -> String {
        var s = "report \(name)报告 {\n  year 2021\n  node 2021-06-30\n}\ndeclared 一级 2 二级 2 三级 \(n)\n"
        s += "\(name) {\n  产出 {\n    数量 {\n"
        for k in 0..<n { s += "      indicator \(name)指标\(k) target 10个 actual \(k)个\n" }
        s += "    }\n  }\n  效益 {\n    社会效益 {\n      indicator \(name)效果 target \"明显\" actual \"有所\" rate 50%\n    }\n  }\n}\n"
        if project {
            s += "project \(name)项目 {\n  declared 一级 1 三级 1\n  产出 {\n    数量 {\n      indicator \(name)项目指标 target 5个 actual 5个\n    }\n  }\n}\n"
        }
        return s
    }

    func expectSameCounts(_ ws: Workspace) {
        let ev = ws.evaluator
        let declared = ev.model.declared
        #expect(!declared.isEmpty)
        let fast = ev.listedCounts(of: declared)
        for (d, f) in zip(declared, fast) {
            let slow = ev.listedCounts(reportedBy: d.span.file, project: d.project)
            #expect(f == slow, "\(d)")
        }
        #expect(ListedCountIndex(ev.model).counts(reportedBy: nil, project: nil) == ev.listedCounts())
    }

    @Test func aCountyOfDepartmentsAndTheirProjects() {
        let files = [
            "d/a.jx": department("甲局", 3, project: true),
            "d/b.jx": department("乙局", 2, project: false),
            "d/c.jx": "import \"b.jx\"\n" + department("丙局", 1, project: true),
            "county.jx": "import \"d/a.jx\"\nimport \"d/c.jx\"\ndeclared 三级 9\nindicator 县级指标 target 1个 actual 1个\n",
        ]
        let ws = workspace(files, main: "county.jx")
        expectSameCounts(ws)
        // 丙局 imports 乙局: its count covers both files (2 + 3), the county's all four (4 + 3 + 2 + 1).
        #expect(ReportData(workspace: ws).declared.map(\.listed) == [2, 2, 4, 2, 2, 3, 2, 2, 5, 10])
    }

    @Test func oneFileAndTheLinesTypedAtThePrompt() {
        let ws = workspace(["one.jx": department("单局", 4, project: true)], main: "one.jx")
        expectSameCounts(ws)
        var p = Parser(source: SourceFile(path: "<t>", bytes: Array("indicator 新指标 target 1个 actual 1个".utf8)), fileID: 99)
        let s = p.parseScript().statements[0]
        guard case .changed = ws.evaluator.apply(s) else { Issue.record("not applied"); return }
        expectSameCounts(ws)
        #expect(ws.evaluator.listedCounts(of: ws.evaluator.model.declared).first?.level3 == 6)
    }

    @Test func levelNumbersUnionAsSetsDo() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<200 {
            var a = SortedNumbers(), b = SortedNumbers()
            var x: Set<Int> = [], y: Set<Int> = []
            for _ in 0..<Int(rng.next() % 12) { let n = Int(rng.next() % 20); a.insert(n); x.insert(n) }
            for _ in 0..<Int(rng.next() % 12) { let n = Int(rng.next() % 20); b.insert(n); y.insert(n) }
            #expect(a.items == x.sorted())
            a.formUnion(b)
            #expect(a.items == x.union(y).sorted())
            #expect(a.count == x.union(y).count)
        }
    }
}

