/// Markdown (GitHub-flavoured tables): the title and node, the budget table, the indicator
/// table with every computed column, the groups with their lights and scores, the findings
/// and the one-line summary. For pasting into
/// a wiki, an issue or a document that renders Markdown.
public struct MarkdownReport: ReportRenderer {
    /// nil: every table; otherwise only that one (`jx report --table`).
    public var only: ReportTables.Kind?
    public init(only: ReportTables.Kind? = nil) { self.only = only }

    /// `26（良）`, or `26（不完整：缺 …）`.
    static func total(_ t: Exact?, _ rating: String?, _ missing: [MissingScore]) -> String {
        let shown = t?.decimalString(maxDecimals: 2) ?? ShownText.none
        return shown + "（\(missing.isEmpty ? rating ?? "" : ReportData.incomplete(missing))）"
    }

    public func render(_ r: ReportData) -> String {
        if SelfEvaluation.applies(to: r) { return renderSelfEvaluation(r) }
        var out = "# \(MarkdownReport.escape(r.title))\n\n"
        var meta: [String] = []
        if let d = r.department { meta.append("单位：\(MarkdownReport.escape(d))") }
        if let n = r.node { meta.append("监控节点：\(n)") }
        if let t = ReportData.percent(r.timeProgress) { meta.append("时间进度：\(t)%") }
        if let s = r.scenario { meta.append("情景：\(MarkdownReport.escape(s))") }
        if r.projects.isEmpty, r.totalScore != nil || !r.totalMissing.isEmpty { meta.append("总分：" + MarkdownReport.escape(MarkdownReport.total(r.totalScore, r.rating, r.totalMissing))) }
        if !meta.isEmpty { out += meta.joined(separator: " · ") + "\n\n" }
        if r.projects.isEmpty {
            out += tables(r, level: "##")
        } else {
            // A section per part: the department's own, then each project with its total.
            for part in r.parts {
                out += "## \(MarkdownReport.escape(ReportData.heading(of: part)))\n\n"
                var facts: [String] = []
                if let l = part.light { facts.append("预警：\(l.chinese)") }
                if part.totalScore != nil || !part.missing.isEmpty { facts.append("总分：" + MarkdownReport.escape(MarkdownReport.total(part.totalScore, part.rating, part.missing))) }
                if !facts.isEmpty { out += facts.joined(separator: " · ") + "\n\n" }
                out += tables(r.only(part), level: "###")
            }
        }
        if only == nil {
            out += findingList(r)
            out += TextReport().summary(r) + "\n"
        }
        return out
    }

    /// 数据核对: each finding with its severity, lead-in, code and place.
    func findingList(_ r: ReportData) -> String {
        let issues = r.findings.filter { $0.severity != .info }
        guard !issues.isEmpty else { return "" }
        var out = "## 数据核对\n\n"
        for d in issues {
            var t = "- **\(FindingText.severity(d.severity))** \(FindingText.leadIn(d.code))（`\(d.code)`）：\(MarkdownReport.escape(d.localized(.zh).message))"
            if let loc = FindingText.location(d, in: r) { t += "（\(MarkdownReport.escape(loc))）" }
            out += t + "\n"
        }
        return out + "\n"
    }

    /// The tables read the report alone: they are written at once, one a core, and put
    /// together in their order.
    func tables(_ r: ReportData, level: String) -> String {
        var wanted: [ReportTables.Kind] = []
        if (only == nil || only == .budgets) && !r.budgets.isEmpty { wanted.append(.budgets) }
        if (only == nil || only == .indicators) && !r.indicators.isEmpty { wanted.append(.indicators) }
        if (only == nil || only == .groups) && !r.groups.isEmpty { wanted.append(.groups) }
        let jobs = wanted
        return Parallel.map(jobs.count) { k -> String in
            switch jobs[k] {
            case .budgets:
                "\(level) 预算执行\n\n" + MarkdownReport.table(ReportTables.forReading(ReportTables.budgets(r)), rightAligned: [0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18]) + "\n"
            case .indicators:
                "\(level) 绩效指标\n\n" + MarkdownReport.table(ReportTables.forReading(ReportTables.indicators(r)), rightAligned: [0, 8, 12, 13, 15]) + "\n"
            case .groups:
                "\(level) 指标分组\n\n" + MarkdownReport.table(ReportTables.groups(r), rightAligned: [0, 4, 6, 7]) + "\n"
            }
        }.joined()
    }

    static func table(_ t: ReportTables.Table, rightAligned: Set<Int>) -> String {
        // Cell by cell into bytes: joining each row's cells first was a third of the report,
        // and appending each piece to a `String` most of the rest.
        var out = Markup()
        func row(_ cells: [String]) {
            out.add("|")
            for c in cells {
                out.add(" ")
                out.add(escape(c))
                out.add(" |")
            }
            if cells.isEmpty { out.add("  |") }
            out.add("\n")
        }
        row(t.header)
        out.add("|" + t.header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n")
        for r in t.rows { row(r) }
        return out.text
    }

    private static let markdownSpecials = ASCIISet("&<>\\`*_[]|#~")

    /// Text from a script as inert Markdown: the characters that start emphasis, links, code
    /// or a table cell are backslash-escaped, `<` `>` `&` become entities (so a name such as
    /// `<script>` cannot turn into HTML where Markdown allows it), and line breaks become
    /// spaces because a table row is one line.
    public static func escape(_ s: String) -> String {
        // Most text has none of these: it was most of the report's time, character by character.
        guard TerminalText.mayNeedEscaping(s, keepingLines: false, also: markdownSpecials) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": out += "\\" + String(c)
            case "\n", "\r", "\r\n": out += " "
            // `\\u{1B}`: the backslash escaped, so Markdown shows `\u{1B}` as it is.
            case _ where c.unicodeScalars.contains(where: TerminalText.isControl): out += TerminalText.escaped(String(c)).split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\\\")
            default: out.append(c)
            }
        }
        return out
    }
}
