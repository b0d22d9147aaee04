import ArgumentParser
import JXCore

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, zh, json, markdown, csv, html
}

extension ReportTables.Kind: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the monitoring report of a script.",
        discussion: """
        Formats:
          text      a terminal table; lights in colour on a terminal, not with NO_COLOR
          zh        the Chinese report text in the seed's layout, to paste into Word
          markdown  the budget and indicator tables, the findings, a summary line
          csv       RFC 4180 (UTF-8, CRLF). One table per file, as a spreadsheet
                    expects: the indicators (every computed column), or the
                    budgets with --table budgets. Add --bom for Excel. A cell
                    starting with = + - @ gets a leading ' so no formula runs.
          json      the JSON contract (schema 1)
          html      one self-contained page with charts, printable on A4

        Examples:
          jx report qiemo.jx -f html -o 报告.html
          jx report qiemo.jx -f csv --bom -o 指标.csv
          jx report qiemo.jx -f csv --table budgets --bom -o 预算.csv
        """
    )

    @Argument(help: "The .jx script.") var file: String
    @Option(name: .shortAndLong, help: "text, zh (the report text), json, markdown, csv or html.") var format: ReportFormat = .text
    @Option(help: "Apply a scenario of the script first.") var scenario: String?
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.") var output: String?
    @Option(help: "Decimals of rates in the zh text (the seed uses 0).") var decimals: Int = 0
    @Option(help: ArgumentHelp("Which table: indicators or budgets. CSV holds one table per file (default indicators); Markdown shows both unless one is named.", valueName: "table"))
    var table: ReportTables.Kind?
    @Flag(help: "Start the output with a UTF-8 byte order mark, so Excel reads a CSV as UTF-8 (not with json).") var bom = false

    func validate() throws {
        if bom && format == .json { throw ValidationError("--bom cannot be used with --format json: JSON must not start with a byte order mark") }
        if table != nil && format != .csv && format != .markdown { throw ValidationError("--table applies to --format csv and markdown") }
    }

    func run() throws {
        guard let ws = Loading.load(file) else { throw ExitCode(2) }
        var findings: [Diagnostic] = []
        var ev = ws.evaluator
        if scenario == nil { findings = ws.diagnostics() }
        if let name = scenario {
            guard let sc = ws.scenario(named: name) else {
                let names = ws.model.scenarios.map(\.name.text)
                Terminal.err("error: \(file) has no scenario named \(name)" + (names.isEmpty ? "\n" : "; it has: \(names.joined(separator: ", "))\n"))
                throw ExitCode(2)
            }
            ev = sc.evaluator
            // The scenario's own findings: its figures checked, its rules, its assertions.
            findings = ws.findings(of: ev, asserts: sc.asserts, extra: sc.diagnostics)
        }
        let data = ReportData(workspace: ws, evaluator: ev, scenario: scenario, findings: findings)
        let color = output == nil && Terminal.colorEnabled(fd: 1)
        if format == .json, output == nil, !bom {
            // Streamed: a report of a million indicators is never held whole.
            JSONReport.write(data) { Terminal.write(bytes: $0, to: 1) }
            try Report.failOnErrors(findings, ws)
            return
        }
        var text: String
        switch format {
        case .text: text = TextReport(color: color).render(data)
        case .zh: text = ChineseReport(decimals: max(0, min(6, decimals))).render(data)
        case .json: text = JSONReport.render(data)
        case .markdown: text = MarkdownReport(only: table).render(data)
        case .csv: text = CSVReport.render(data, table: table ?? .indicators)
        case .html: text = HTMLReport().render(data)
        }
        if bom { text = "\u{FEFF}" + text }
        if let output {
            do { try Files.writeAtomically(output, text) } catch {
                Terminal.err("error: \(error.message)\n")
                throw ExitCode(2)
            }
        } else {
            Terminal.out(text)
        }
        try Report.failOnErrors(findings, ws)
    }

    /// Errors go to stderr as with check, so the report stays clean on stdout.
    static func failOnErrors(_ findings: [Diagnostic], _ ws: Workspace) throws {
        let problems = findings.filter { $0.severity == .error }
        if !problems.isEmpty {
            Loading.printDiagnostics(problems, ws.sources)
            throw ExitCode(1)
        }
    }
}
