import ArgumentParser
import JXCore

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one value in a script's context, e.g. 新增建设用地报批.完成率.")

    @Argument(help: "The .jx script.") var file: String
    @Argument(help: "The expression.") var expression: String
    @Option(help: "Apply a scenario of the script first.") var scenario: String?

    func run() throws {
        guard let ws = Loading.load(file) else { throw ExitCode(2) }
        let ds = ws.diagnostics(includeAsserts: false).filter { $0.severity == .error }
        var ev = ws.evaluator
        if let name = scenario {
            guard let sc = ws.scenario(named: name) else {
                Terminal.err("error: \(file) has no scenario named \(name)\n")
                throw ExitCode(2)
            }
            ev = sc.evaluator
        }
        switch Evaluation.evaluate(expression, in: ev) {
        case .success(let text):
            Terminal.out(text + "\n")
            if !ds.isEmpty {
                Loading.printDiagnostics(ds, ws.sources)
                throw ExitCode(1)
            }
        case .failure(let diags, let sources):
            Loading.printDiagnostics(ds, ws.sources)
            Loading.printDiagnostics(diags, sources)
            throw ExitCode(1)
        }
    }
}
