/// The terminal report: tables aligned by display width (Chinese is two columns wide),
/// lights in colour only when asked (a terminal without NO_COLOR), a summary line last.
public struct TextReport: ReportRenderer {
    public var color: Bool
    public init(color: Bool = false) { self.color = color }

    func paint(_ light: Light?) -> String {
        guard let light else { return "" }
        let text = light.chinese
        guard color else { return text }
        let code = switch light { case .red: "31"; case .yellow: "33"; case .green: "32"; case .blue: "34" }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    static func money(_ q: Quantity?) -> String { q?.text() ?? "—" }

    /// A script's names and texts are escaped before the columns are measured
    /// (`TerminalText`): a control character neither acts on the terminal nor shifts a column.
    func esc(_ s: String) -> String { TerminalText.escaped(s) }

    public func render(_ r: ReportData) -> String {
        if SelfEvaluation.applies(to: r) { return renderSelfEvaluation(r) }
        var out = esc(r.title)
        if let s = r.scenario { out += "（情景：\(esc(s))）" }
        out += "\n"
        var meta: [String] = []
        if let n = r.node { meta.append("监控节点 \(n)") }
        if let t = ReportData.percent(r.timeProgress) { meta.append("时间进度 \(t)%") }
        if !meta.isEmpty { out += meta.joined(separator: "   ") + "\n" }
        if r.projects.isEmpty {
            out += body(r)
        } else {
            for part in r.parts {
                out += "\n【\(esc(ReportData.heading(of: part)))】" + (part.light.map { "  " + paint($0) } ?? "") + "\n" + body(r.only(part))
            }
        }
        out += "\n" + summary(r) + "\n"
        return out
    }

    /// The tables of one part: budgets, indicators, the total score.
    func body(_ r: ReportData) -> String {
        var out = ""
        if !r.budgets.isEmpty {
            let t = BudgetColumns(r)
            var rows: [[String]] = [t.header + ["预警"]]
            for b in r.budgets {
                rows.append(t.cells(b, name: String(repeating: "  ", count: b.depth) + esc(b.name)) + [b.light == nil ? b.blank?.shown ?? "" : paint(b.light)])
                for s in b.sourceRows {
                    rows.append(t.cells(s, name: String(repeating: "  ", count: b.depth + 1) + "其中：" + esc(s.name)) + [s.blank?.shown ?? ""])
                }
            }
            out += "\n" + TextTable.render(rows, rightAligned: Set(1..<t.header.count))
        }
        if !r.indicators.isEmpty {
            var rows: [[String]] = [["指标", "目标", "实际", "完成率", "状态", "预警"]]
            let scored = r.indicators.contains { $0.score != nil }
            if scored { rows[0].append(contentsOf: ["权重", "得分"]) }
            var lastPath: [String]? = nil
            let groups = GroupsByPath(r)
            for i in r.indicators {
                if i.path != lastPath {
                    // A group's light is the most severe of its indicators' (red, yellow, green, blue).
                    let light = groups.group(at: i.path)?.light
                    rows.append([(i.path.isEmpty ? "（未分组）" : esc(i.path.joined(separator: " / "))) + (light.map { "  " + paint($0) } ?? "")])
                    lastPath = i.path
                }
                var row = ["  " + esc(i.name), esc(i.target), esc(i.actual),
                           i.status == .pending ? "—" : (ReportData.percent(i.completion).map { $0 + "%" } ?? "—"),
                           ReportData.status(i), paint(i.light)]
                if scored { row.append(contentsOf: [ReportData.weightText(i) ?? i.weight?.decimalString(maxDecimals: 2) ?? "", i.score?.decimalString(maxDecimals: 2) ?? (i.blank != nil ? "—" : "")]) }
                rows.append(row)
            }
            out += "\n" + TextTable.render(rows, rightAligned: [3, 6, 7])
        }
        if r.totalScore != nil || !r.totalMissing.isEmpty {
            out += "\n总分 " + ReportData.totalText(r.totalScore, rating: r.rating, missing: r.totalMissing) + "\n"
        }
        return out
    }

    public func summary(_ r: ReportData) -> String {
        let errors = r.findings.count(where: { $0.severity == .error })
        let warnings = r.findings.count(where: { $0.severity == .warning })
        let counts = RowCounts(r)
        let pending = counts.count(.pending), blank = counts.count(.blank)
        let lights = ReportData.lightCounts(counts.lights).map { "\($0.light.chinese) \($0.count)" }
        var parts = ["\(r.budgets.count) 项预算", "\(r.indicators.count) 个指标"]
        if pending > 0 { parts.append("\(pending) 个未达监控节点") }
        if blank > 0 { parts.append("\(blank) 个未填") }
        if !lights.isEmpty { parts.append(lights.joined(separator: " ")) }
        parts.append("\(errors) 个错误，\(warnings) 个警告")
        if r.assertsPassed + r.assertsFailed > 0 { parts.append("断言 \(r.assertsPassed) 通过，\(r.assertsFailed) 失败") }
        return parts.joined(separator: "；")
    }
}

/// Column layout by display width.
public enum TextTable {
    /// A row with one cell is a section heading spanning the table.
    public static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let cols = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: cols)
        // Each cell measured once, for its column's width and its padding.
        let cellWidths = rows.map { row in row.count > 1 ? row.map { DisplayWidth.of(stripANSI($0)) } : [] }
        for (row, ws) in zip(rows, cellWidths) where row.count > 1 {
            for (k, w) in ws.enumerated() { widths[k] = max(widths[k], w) }
        }
        var out = ""
        for (row, ws) in zip(rows, cellWidths) {
            if row.count == 1 { out += row[0] + "\n"; continue }
            var line = ""
            for (k, c) in row.enumerated() {
                let w = ws[k]
                let pad = String(repeating: " ", count: max(0, widths[k] - w))
                line += rightAligned.contains(k) ? pad + c : c + (k == row.count - 1 ? "" : pad)
                if k < row.count - 1 { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    static func stripANSI(_ s: String) -> String {
        // By bytes: an escape is always a character of its own, and searching by characters
        // was an eighth of the text report.
        guard ByteText.contains(s, 0x1B) else { return s }
        var out = ""
        var inEscape = false
        for u in s.unicodeScalars {
            if inEscape { if u == "m" { inEscape = false }; continue }
            if u == "\u{1B}" { inEscape = true; continue }
            out.unicodeScalars.append(u)
        }
        return out
    }
}
