import ArgumentParser
import JXCore

/// The formats are the registry's (JXCore's `ReportFormat`); this only lets `-f` parse them.
extension ReportFormat: ExpressibleByArgument {}
extension ReportTables.Kind: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.reportAbstract),
        discussion: """
        \(helpText(.reportFormats))
        \(Report.formatList)

        \(helpText(.reportExamples))
          jx report qiemo.jx -f html -o 报告.html
          jx report qiemo.jx -f csv --bom -o 指标.csv
          jx report qiemo.jx -f csv --table budgets --bom -o 预算.csv
        """
    )

    @Argument(help: helpFor(.script)) var file: String
    @Option(name: .shortAndLong, help: helpFor(.reportFormat)) var format: ReportFormat = .text
    @Option(help: helpFor(.scenario)) var scenario: String?
    @Option(name: .shortAndLong, help: helpFor(.reportOutput)) var output: String?
    @Flag(help: helpFor(.reportForce)) var force = false
    @Option(help: helpFor(.reportDecimals)) var decimals: Int = 0
    @Option(help: helpFor(.reportTable, valueName: "table"))
    var table: ReportTables.Kind?
    @Option(name: .customLong("font"), help: helpFor(.reportFont, valueName: "part=font"))
    var fonts: [String] = []
    @Flag(help: helpFor(.reportBom)) var bom = false
    @OptionGroup var imports: ImportOptions

    /// The Word report's fonts with the user's `--font`s.
    var style: DOCXStyle {
        var s = DOCXStyle()
        for f in fonts { _ = s.set(f) }
        return s
    }

    func validate() throws {
        var probe = DOCXStyle()
        for f in fonts {
            guard probe.set(f) else {
                throw ValidationError(say(.fontPart(f, parts: DOCXStyle.Part.allCases.map(\.rawValue), english: DOCXStyle.Part.allCases.map(\.english))))
            }
        }
        if !fonts.isEmpty && !(format == .docx || format == .pdf) { throw ValidationError(say(.fontFormats)) }
        if bom && format.isPackage { throw ValidationError(say(.bomWith(format: format.name))) }
        if bom && format == .json { throw ValidationError(say(.bomWithJSON)) }
        if table != nil && !format.choosesTable {
            throw ValidationError(say(.tableFormats(ReportFormat.allCases.filter(\.choosesTable).map(\.rawValue))))
        }
    }

    func run() throws {
        guard let ws = Loading.load(file, imports.access) else { throw ExitCode(2) }
        var findings: [Diagnostic] = []
        var asserts: [AssertResult]?
        var ev = ws.evaluator
        if scenario == nil { (findings, asserts) = ws.diagnosticsAndAsserts() }
        if let name = scenario {
            guard let sc = ws.scenario(named: name) else {
                let names = ws.model.scenarios.map(\.name.text)
                Terminal.err(say(.noScenario(file: file, name: name, has: names)) + "\n")
                throw ExitCode(2)
            }
            ev = sc.evaluator
            // The scenario's own findings: its figures checked, its rules, its assertions.
            findings = ws.findings(of: ev, asserts: sc.asserts, extra: sc.diagnostics)
        }
        let data = ReportData(workspace: ws, evaluator: ev, scenario: scenario, findings: findings, asserts: asserts)
        // The process ends right after the report: freeing its model and rows only costs time.
        defer {
            Loading.keepUntilExit(ws)
            Loading.keepUntilExit(data)
        }
        let color = output == nil && Terminal.colorEnabled(fd: 1)
        let renderer = format.renderer(ReportOptions(color: color, decimals: decimals, table: table, style: style))
        if format.conversion != nil, output == nil {
            Terminal.err(say(.toFileOnly(format: format.name)) + "\n")
            throw ExitCode(2)
        }
        if format.isPackage, let output, let parts = renderer.parts(data) {
            if case .failure(let e) = Office.writePackage(output, parts, conversion: format.conversion,
                                                          FileWrite.Rules(replace: force, inputs: ws.sources.files.map(\.path))) {
                Terminal.err(say(.cannotWrite(path: output, reason: e.message, replaceWith: e.kind == .exists ? "--force" : nil)) + "\n")
                throw ExitCode(2)
            }
            try Report.failOnErrors(findings, ws)
            return
        }
        // JSON escapes every control character itself; the other data formats are bytes
        // as they are, except on a terminal; text formats are for people (`Terminal.out`).
        if output == nil, !bom, format == .json || (format.isData && !Terminal.isTerminal(1)) {
            // Streamed where the format can (JSON): a report of a million indicators is
            // never held whole.
            renderer.write(data) { Terminal.write(bytes: $0, to: 1) }
            try Report.failOnErrors(findings, ws)
            return
        }
        var text = renderer.render(data)
        if bom { text = "\u{FEFF}" + text }
        if let output {
            try FileWrite.output(output, text, force: force, inputs: ws.sources.files.map(\.path))
        } else if format.isData {
            Terminal.data(text)
        } else {
            Terminal.out(text, painted: color)
        }
        try Report.failOnErrors(findings, ws)
    }

    /// The registry's formats with their summaries, and under each what this command's
    /// options do to it (the options are the command line's, so their notes are kept here).
    static var formatList: String {
        let width = ReportFormat.names.map(\.count).max()! + 2
        var lines: [String] = []
        let stop = Terminal.language == .zh ? "。" : "."
        for f in ReportFormat.allCases {
            let notes = helpText(.formatNotes(f.name))
            let more = notes.isEmpty ? [] : notes.split(separator: "\n").map(String.init)
            let pad = String(repeating: " ", count: width - f.name.count)
            lines.append("  \(f.name)\(pad)\(helpText(.formatSummary(f.name)))\(more.isEmpty ? "" : stop)")
            for line in more { lines.append(String(repeating: " ", count: width + 2) + line) }
        }
        return lines.joined(separator: "\n")
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
