/// `:report [FORMAT]`: the report of the model as it stands in the session, with every
/// finding (the script's assertions included: a what-if may break them, and should say so).
extension ReplSession {
    public static let reportFormats = ["text", "zh", "json", "markdown", "csv"]

    func report(format: String) -> Reply {
        let findings = workspace.diagnostics()
        let label = undoStack.isEmpty ? nil : "会话改动 \(undoStack.count) 处"
        var data = ReportData(workspace: workspace, evaluator: evaluator, scenario: label, findings: findings)
        data.sources = sources
        switch format {
        case "text": return Reply(output: TextReport(color: color).render(data))
        case "zh": return Reply(output: ChineseReport().render(data))
        case "json": return Reply(output: JSONReport.render(data) + "\n")
        case "markdown": return Reply(output: MarkdownReport().render(data))
        case "csv": return Reply(output: CSVReport.render(data))
        default:
            return Reply(errors: "error: unknown report format \(format); the formats are \(ReplSession.reportFormats.joined(separator: ", "))\n")
        }
    }
}
