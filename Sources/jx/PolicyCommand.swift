import ArgumentParser
import JXCore

struct Policy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a policy shipped with jx, to copy and change (jx policy 预警 > 我的预警.jx).")

    @Argument(help: "The policy's name; without it, the list.") var name: String?

    func run() throws {
        guard let name else {
            Terminal.out(Policies.builtIn.keys.sorted().joined(separator: "\n") + "\n")
            return
        }
        guard let text = Policies.builtIn[name] else {
            Terminal.err("error: there is no policy named \(name); the policies are: \(Policies.builtIn.keys.sorted().joined(separator: ", "))\n")
            throw ExitCode(2)
        }
        Terminal.out(text)
    }
}
