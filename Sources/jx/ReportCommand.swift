import ArgumentParser
import JXCore

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, zh, json, markdown, csv, html
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render the monitoring report of a script.")

    @Argument(help: "The .jx script.") var file: String
    @Option(name: .shortAndLong, help: "text, zh (the report text), json, markdown, csv or html.") var format: ReportFormat = .text
    @Option(help: "Apply a scenario of the script first.") var scenario: String?
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.") var output: String?
    @Option(help: "Decimals of rates in the zh text (the seed uses 0).") var decimals: Int = 0
    @Flag(help: "Start the CSV with a byte order mark, for Excel.") var bom = false

    func run() throws {
        guard let ws = Loading.load(file) else { throw ExitCode(2) }
        var findings = ws.diagnostics()
        var ev = ws.evaluator
        if let name = scenario {
            guard let sc = ws.scenario(named: name) else {
                let names = ws.model.scenarios.map(\.name.text)
                Terminal.err("error: \(file) has no scenario named \(name)" + (names.isEmpty ? "\n" : "; it has: \(names.joined(separator: ", "))\n"))
                throw ExitCode(2)
            }
            ev = sc.evaluator
            findings.append(contentsOf: sc.diagnostics)
            for r in AssertRunner(evaluator: ev).run(sc.asserts, scenario: name) where !r.passed { findings.append(r.diagnostic) }
        }
        let data = ReportData(workspace: ws, evaluator: ev, scenario: scenario, findings: findings)
        let color = output == nil && Terminal.colorEnabled(fd: 1)
        let text: String
        switch format {
        case .text: text = TextReport(color: color).render(data)
        case .zh: text = ChineseReport(decimals: max(0, min(6, decimals))).render(data)
        case .json: text = JSONReport.render(data)
        case .markdown, .csv, .html:
            Terminal.err("error: --format \(format.rawValue) is not available yet\n")
            throw ExitCode(2)
        }
        if let output {
            do { try Files.writeAtomically(output, text) } catch {
                Terminal.err("error: \(error.message)\n")
                throw ExitCode(2)
            }
        } else {
            Terminal.out(text)
        }
        // Errors go to stderr as with check, so the report stays clean on stdout.
        let problems = findings.filter { $0.severity == .error }
        if !problems.isEmpty {
            Loading.printDiagnostics(problems, ws.sources)
            throw ExitCode(1)
        }
    }
}
