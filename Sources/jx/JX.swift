import ArgumentParser
import JXCore

@main
struct JX: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jx",
        abstract: "Budget performance monitoring (预算绩效监控) scripts: exact rates, lights, scores and reports.",
        version: "0.1.0",
        subcommands: [Check.self, Report.self, Import.self, Eval.self, Test.self, Repl.self, Fmt.self, Policy.self, LSP.self, BenchWhatIf.self, BenchPhases.self]
    )

    /// Usage errors exit with 2 (the contract), not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Terminal.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Terminal.out(message + "\n") }
                Terminal.exit(0)
            }
            Terminal.err(message + "\n")
            Terminal.exit(2)
        }
    }
}
