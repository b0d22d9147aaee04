import Testing
import Foundation
import JXCore

/// `jx report -f` and the REPL's `:report` offer the same formats, the registry's, and report
/// the same script the same way: each host is asked as a user would ask it.
@Suite struct ReportFormatsCLITests {
    /// The formats `jx report` accepts, as its error for a wrong one lists them.
    static func cliFormats() throws -> [String] {
        let r = try CLI.run(["report", CLI.seed, "-f", "rtf"])
        #expect(r.status == 2)
        return r.stderr.split(separator: "\n").compactMap { $0.hasPrefix("  - ") ? String($0.dropFirst(4)) : nil }
    }

    /// The formats `:report` accepts, as its error for a wrong one lists them.
    static func replFormats() throws -> [String] {
        let r = try CLI.run(["repl", "--lang", "en", CLI.seed], stdin: ":report rtf\n")
        let line = r.stderr.split(separator: "\n").first { $0.contains("the formats are ") } ?? ""
        return line.components(separatedBy: "the formats are ").last?.components(separatedBy: ", ") ?? []
    }

    @Test func theCLIAndTheREPLAgreeOnTheFormats() throws {
        let cli = try ReportFormatsCLITests.cliFormats()
        #expect(!cli.isEmpty)
        #expect(cli == (try ReportFormatsCLITests.replFormats()))
        #expect(cli == ReportFormat.names)
    }

    @Test func bothHelpsNameEveryFormat() throws {
        let help = try CLI.run(["report", "--help"]).stdout
        let english = try CLI.run(["report", "--help", "--lang", "en"]).stdout
        for f in ReportFormat.allCases {
            let pad = String(repeating: " ", count: ReportFormat.names.map(\.count).max()! + 2 - f.name.count)
            #expect(help.contains("  \(f.name)\(pad)\(CommandHelpMessage.formatSummary(f.name).text.zh)"), "jx report --help leaves out \(f.name)")
            #expect(english.contains("  \(f.name)\(pad)\(f.summary)"), "jx report --help --lang en leaves out \(f.name)")
        }
        let replHelp = try CLI.run(["repl", "--lang", "en"], stdin: ":help\n").stdout
        #expect(replHelp.contains(ReportFormat.spoken()), "\(replHelp)")
    }

    /// What `:report FORMAT` prints after the line that says the script was loaded.
    static func replReport(_ args: String) throws -> CLI.Run {
        var r = try CLI.run(["repl", CLI.seed], stdin: ":report \(args)\n")
        r.stdout = r.stdout.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
        return r
    }

    @Test(arguments: ReportFormat.allCases)
    func theREPLReportsWhatJxReportReports(_ format: ReportFormat) throws {
        let cli = try CLI.run(["report", CLI.seed, "-f", format.name])
        let repl = try ReportFormatsCLITests.replReport(format.name)
        if format.conversion != nil {
            // Made by LibreOffice, written to a file only, by either host.
            #expect(cli.status == 2 && cli.stderr.contains("-o"), "\(cli.stderr)")
            #expect(repl.stderr.contains(":report \(format.name) "), "\(repl.stderr)")
        } else {
            #expect(cli.status == 0, "\(cli.stderr)")
            #expect(repl.stderr.isEmpty, "\(repl.stderr)")
            // The REPL prints a blank line after the JSON document.
            #expect(repl.stdout == cli.stdout + (format == .json ? "\n" : ""))
        }

        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fromCLI = dir.appendingPathComponent("cli.\(format.name)").path, fromREPL = dir.appendingPathComponent("repl.\(format.name)").path
        #expect(try CLI.run(["report", CLI.seed, "-f", format.name, "-o", fromCLI]).status == 0)
        let wrote = try ReportFormatsCLITests.replReport("\(format.name) \(fromREPL)")
        #expect(wrote.stdout == SessionMessage.report(.wrote(format: format.name, path: fromREPL)).text.zh + "\n", "\(wrote.stderr)")
        if format.conversion != nil {
            // A PDF carries the time it was made: the same kind of file, not the same bytes.
            #expect(FileManager.default.contents(atPath: fromREPL)?.starts(with: Array("%PDF".utf8)) == true)
        } else {
            #expect(FileManager.default.contents(atPath: fromREPL) == FileManager.default.contents(atPath: fromCLI))
        }
    }
}
