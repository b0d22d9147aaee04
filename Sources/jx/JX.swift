#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import JXCore

@main
struct JX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jx",
        abstract: helpText(.jxAbstract),
        discussion: helpText(.jxDiscussion),
        version: "0.1.0",
        subcommands: [Check.self, Report.self, Import.self, Eval.self, Test.self, Repl.self, Fmt.self, Policy.self, LSP.self, BenchWhatIf.self, BenchPhases.self]
    )

    /// Usage errors exit with 2 (the contract), not ArgumentParser's 64.
    static func main() {
        let choice = LanguageChoice.take(Array(CommandLine.arguments.dropFirst()), environment: LanguageChoice.environment)
        if let e = choice.error {
            // The language is what is wrong here: the message is in both.
            Terminal.err("错误 error: \(e)\n")
            Terminal.exit(2)
        }
        Terminal.language = choice.language
        // The worker (`jx-office`) hears the same choice.
        setenv("JX_LANG", choice.language.rawValue, 1)
        do {
            var command = try parseAsRoot(choice.arguments)
            try command.run()
        } catch let code as ExitCode {
            Terminal.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            // The parser's own words (USAGE, its usage errors) in the language chosen too.
            let message = HelpWrap.rewrapped(HelpText.localized(fullMessage(for: error, columns: HelpWrap.unwrapped), Terminal.language), width: HelpWrap.terminalWidth())
            if code == .success {
                if !message.isEmpty { Terminal.out(message + "\n") }
                Terminal.exit(0)
            }
            Terminal.err(message + "\n")
            Terminal.exit(2)
        }
    }
}
