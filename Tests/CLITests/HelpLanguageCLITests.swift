import Testing
import Foundation
import JXTestSupport
import JXCore

/// `--help` reads Chinese by default, the parser's own headings too, and English with
/// `--lang en` (issue 15).
@Suite struct HelpLanguageCLITests {
    /// Lines with an English sentence: three lowercase English words in a row, outside the
    /// lines that show a command as typed and the values one types (`--font` parts, packages).
    static let typed: Set<String> = ["apt", "get", "install", "libreoffice", "writer", "nogui", "fonts", "noto", "cjk",
                                     "title", "heading", "subheading", "body", "table", "page",
                                     "text", "json", "jsonl", "markdown", "csv", "html", "docx", "xlsx", "pdf", "indicators", "budgets", "groups"]

    static func englishLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            if line.contains("jx ") || line.contains("--") || line.contains("<") { return false }
            var words = 0
            for token in line.split(whereSeparator: { !$0.isLetter }) {
                let word = token.allSatisfy { $0.isASCII && $0.isLowercase } && token.count > 1 && !typed.contains(String(token))
                words = word ? words + 1 : 0
                if words >= 3 { return true }
            }
            return false
        }
    }

    @Test(arguments: [["--help"], ["report", "--help"], ["check", "--help"], ["test", "--help"], ["repl", "--help"],
                      ["fmt", "--help"], ["import", "--help"], ["help", "eval"], ["policy", "--help"], ["lsp", "--help"]])
    func helpIsChineseByDefault(_ args: [String]) throws {
        let r = try CLI.run(args)
        #expect(r.status == 0)
        #expect(r.stdout.contains("用法：") && r.stdout.contains("选项："), "\(r.stdout)")
        #expect(!r.stdout.contains("USAGE:") && !r.stdout.contains("OPTIONS:"))
        // The line that tells an English reader how to switch is English on purpose.
        let english = Self.englishLines(r.stdout).filter { !$0.hasPrefix("For English") }
        #expect(english.isEmpty, "\(args): \(english)")
    }

    /// A Chinese character takes two columns: every line of the help fits the terminal's
    /// width as the terminal shows it (the usage line aside, which the parser never wraps).
    @Test(arguments: [["--help"], ["report", "--help"], ["test", "--help"], ["import", "--help"], ["lsp", "--help"]],
          ["zh", "en"])
    func helpFitsTheTerminalsWidth(_ args: [String], _ language: String) throws {
        for columns in [60, 80] {
            let r = try CLI.run(args, env: ["COLUMNS": String(columns), "JX_LANG": language])
            #expect(r.status == 0)
            let wide = r.stdout.split(separator: "\n").filter { line in
                !line.hasPrefix("用法：") && !line.hasPrefix("USAGE:") && DisplayWidth.of(String(line)) > columns
            }
            #expect(wide.isEmpty, "\(args) \(language) at \(columns): \(wide)")
        }
    }

    @Test func helpInEnglishOnRequest() throws {
        let r = try CLI.run(["report", "--help", "--lang", "en"])
        #expect(r.stdout.contains("OVERVIEW: Render the monitoring report of a script."))
        #expect(r.stdout.contains("USAGE: jx report <file>") && r.stdout.contains("Apply a scenario of the script first."))
        #expect(!Self.englishLines(r.stdout).isEmpty, "the check finds English where there is")
        let root = try CLI.run(["--help"], env: ["JX_LANG": "en"])
        #expect(root.stdout.contains("SUBCOMMANDS:") && root.stdout.contains("Render the monitoring report of a script."))
    }

    @Test func usageErrorsAreChineseToo() throws {
        let r = try CLI.run(["check"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("错误：缺少参数 '<files> ...'"), "\(r.stderr)")
        #expect(r.stderr.contains("用 'jx check --help' 查看详细说明。"), "\(r.stderr)")
        let bad = try CLI.run(["report", CLI.seed, "--bom", "-f", "json"])
        #expect(bad.stderr.contains("--bom 不能和 --format json 一起用"), "\(bad.stderr)")
    }
}
