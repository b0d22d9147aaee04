import ArgumentParser
import JXCore

struct Policy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.policyAbstract))

    @Argument(help: helpFor(.policyName)) var name: String?

    func run() throws {
        guard let name else {
            // A line each: the name, then what it holds.
            let names = Policies.builtIn.keys.sorted()
            let width = names.map { DisplayWidth.of($0) }.max() ?? 0
            Terminal.out(names.map { n in
                n + String(repeating: " ", count: width - DisplayWidth.of(n) + 2) + (Policies.summary(n) ?? "")
            }.joined(separator: "\n") + "\n")
            return
        }
        guard let text = Policies.builtIn[name] else {
            Terminal.err(say(.noPolicy(name, policies: Policies.builtIn.keys.sorted())) + "\n")
            throw ExitCode(2)
        }
        Terminal.out(text)
    }
}
