/// The report a script is expected to give, as `jx test --update` writes it beside the
/// script (`NAME.expected`): one line per budget, indicator and group with its computed
/// figures, then the score, the declared counts and the findings; then, per scenario, the
/// lines that the scenario changes. Chosen to diff well in review: one entity a line, no
/// alignment (a new long name does not touch other lines), no line numbers (an edit
/// above does not move every finding), figures as the reports show them.
public enum ExpectedListing {
    public static func render(_ ws: Workspace) -> String {
        let base = ReportData(workspace: ws, findings: ws.diagnostics(includeAsserts: false))
        var out = "# the report jx expects of this script; `jx test --update` rewrites it\n"
        out += header(base)
        let baseLines = entities(base)
        out += baseLines.map { $0.text + "\n" }.joined()
        out += summary(base)
        out += declared(base, ws)
        for d in base.findings where d.code != "E-assert" {
            out += "\(d.severity.rawValue) \(d.code): \(oneLine(d.message))\n"
        }
        let mainID = ws.sources.files.firstIndex { $0.path == ws.mainPath } ?? 0
        let before = Dictionary(baseLines.map { ($0.key, $0.text) }, uniquingKeysWith: { a, _ in a })
        for sc in ws.model.scenarios where sc.name.span.file == mainID {
            guard let applied = ws.scenario(named: sc.name.text) else { continue }
            let data = ReportData(workspace: ws, evaluator: applied.evaluator, scenario: sc.name.text, findings: applied.diagnostics)
            out += "\nscenario \(sc.name.text)\n"
            for e in entities(data) where before[e.key] != e.text { out += "  " + e.text + "\n" }
            let s = summary(data)
            if s != summary(base) { out += s.split(separator: "\n").map { "  " + $0 + "\n" }.joined() }
            for d in applied.diagnostics { out += "  \(d.severity.rawValue) \(d.code): \(oneLine(d.message))\n" }
        }
        return out
    }

    static func header(_ r: ReportData) -> String {
        var parts = ["report \(r.title)"]
        if let n = r.node { parts.append("node \(n)") }
        if let t = ReportData.percent(r.timeProgress) { parts.append("时间进度 \(t)%") }
        return parts.joined(separator: ", ") + "\n"
    }

    struct Entity { var key: String; var text: String }

    static func entities(_ r: ReportData) -> [Entity] {
        var out: [Entity] = []
        // A row's project, named with its file where two files have one of that name.
        let labels = Dictionary(r.projects.map { ($0.index, $0.name + ($0.file.map { "(\($0))" } ?? "")) }, uniquingKeysWith: { a, _ in a })
        func within(_ index: Int?) -> [String] { index.flatMap { labels[$0] }.map { [$0] } ?? [] }
        for b in r.budgets {
            var f: [String] = []
            add(&f, "年初预算数", b.initial?.text())
            add(&f, "预算数", b.amount?.text())
            add(&f, "到位资金", b.arrived?.text())
            add(&f, "执行数", b.executed?.text())
            add(&f, "全年预计执行数", b.expected?.text())
            add(&f, "拨付", b.allocated?.text())
            add(&f, "执行率", pct(b.execution))
            add(&f, "到位率", pct(b.arrival))
            add(&f, "预计执行率", pct(b.expectedExecution))
            add(&f, "灯", b.light?.rawValue)
            add(&f, "得分", b.score.map { $0.rounded(2) })
            if let blank = b.blank { f.append(blank.chinese) }
            let key = "budget " + (within(b.projectIndex) + b.path).joined(separator: "/")
            out.append(Entity(key: key, text: key + ": " + f.joined(separator: ", ")))
            // A 其中 row with figures of its own (a share alone is in the budget's line above it).
            for src in b.sourceRows where src.initial != nil || src.arrived != nil || src.executed != nil || src.expected != nil || src.blank != nil {
                var g: [String] = []
                add(&g, "年初预算数", src.initial?.text())
                add(&g, "预算数", src.amount?.text())
                add(&g, "到位资金", src.arrived?.text())
                add(&g, "执行数", src.executed?.text())
                add(&g, "全年预计执行数", src.expected?.text())
                add(&g, "执行率", pct(src.execution))
                add(&g, "到位率", pct(src.arrival))
                add(&g, "预计执行率", pct(src.expectedExecution))
                if let blank = src.blank { g.append(blank.chinese) }
                let k = "source " + (b.path + [src.name]).joined(separator: "/")
                out.append(Entity(key: k, text: k + ": " + g.joined(separator: ", ")))
            }
        }
        for g in r.groups {
            var f: [String] = []
            add(&f, "灯", g.light?.rawValue)
            add(&f, "权重", g.weight.map { $0.rounded(2) })
            add(&f, "得分", g.score.map { $0.rounded(2) })
            if !g.missing.isEmpty { f.append(ReportData.incomplete(g.missing)) }
            if f.isEmpty { continue }
            let key = "group " + (within(g.projectIndex) + g.path).joined(separator: "/")
            out.append(Entity(key: key, text: key + ": " + f.joined(separator: ", ")))
        }
        for i in r.indicators {
            var f: [String] = []
            add(&f, "类型", i.kind?.rawValue)
            add(&f, "目标", i.target)
            add(&f, "实际", i.actual)
            add(&f, "完成率", i.status == .pending ? nil : pct(i.completion))
            add(&f, "状态", i.status?.rawValue)
            add(&f, "灯", i.light?.rawValue)
            add(&f, "权重", i.weight.map { $0.rounded(2) })
            add(&f, "得分", i.score.map { $0.rounded(2) })
            add(&f, "预计", i.expected?.text())
            add(&f, "预计完成率", pct(i.expectedCompletion))
            add(&f, "可能性", i.likelihood)
            if let b = i.blank { f.append(b.chinese) }
            let key = "indicator " + (within(i.projectIndex) + i.path + [i.name]).joined(separator: "/")
            out.append(Entity(key: key, text: key + ": " + f.joined(separator: ", ")))
        }
        return out
    }

    static func summary(_ r: ReportData) -> String {
        var out = ""
        if let t = r.totalScore { out += "总分 \(t.rounded(2))" + (r.rating.map { " \($0)" } ?? "") + (r.totalMissing.isEmpty ? "" : " " + ReportData.incomplete(r.totalMissing)) + "\n" }
        for p in r.projects {
            var f: [String] = []
            add(&f, "灯", p.light?.rawValue)
            add(&f, "总分", p.totalScore.map { $0.rounded(2) + (p.rating.map { " \($0)" } ?? "") })
            if !p.missing.isEmpty { f.append(ReportData.incomplete(p.missing)) }
            out += "project \(p.name)" + (p.file.map { "(\($0))" } ?? "") + (f.isEmpty ? "" : ": " + f.joined(separator: ", ")) + "\n"
        }
        return out
    }

    /// The declared counts against those listed, a line per declaring file.
    static func declared(_ r: ReportData, _ ws: Workspace) -> String {
        let levels = ["", "一级", "二级", "三级"]
        let mainID = ws.sources.files.firstIndex { $0.path == ws.mainPath } ?? 0
        var files: [Int] = []
        var parts: [Int: [String]] = [:]
        for (d, c) in zip(r.declared, ws.model.declared.filter { $0.project == nil }) {
            if parts[c.span.file] == nil { files.append(c.span.file) }
            parts[c.span.file, default: []].append("\(levels[max(1, min(3, d.level))]) \(d.declared) (listed \(d.listed))")
        }
        var out = files.map { f in
            let whose = f == mainID ? "" : " in " + (ws.sources[f]?.path.split(separator: "/").last.map(String.init) ?? "?")
            return "declared\(whose): " + parts[f]!.joined(separator: ", ") + "\n"
        }.joined()
        for p in r.projects where !p.declared.isEmpty {
            out += "declared in project \(p.name): " + p.declared.map { "\(levels[max(1, min(3, $0.level))]) \($0.declared) (listed \($0.listed))" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    static func add(_ fields: inout [String], _ label: String, _ value: String?) {
        if let v = value, !v.isEmpty { fields.append("\(label) \(oneLine(v))") }
    }

    static func pct(_ e: Exact?) -> String? { ReportData.percent(e).map { $0 + "%" } }

    static func oneLine(_ s: String) -> String {
        s.contains("\n") ? s.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") : s
    }
}
