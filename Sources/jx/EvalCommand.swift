import ArgumentParser
import JXCore

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.evalAbstract))

    @Argument(help: helpFor(.script)) var file: String
    @Argument(help: helpFor(.evalExpression)) var expression: String
    @Option(help: helpFor(.scenario)) var scenario: String?
    @OptionGroup var imports: ImportOptions

    func run() throws {
        guard let ws = Loading.load(file, imports.access) else { throw ExitCode(2) }
        // Exit as check does: errors and failed assertions of the model the value comes from.
        var ds = ws.diagnostics().filter { $0.severity == .error }
        var ev = ws.evaluator
        if let name = scenario {
            guard let sc = ws.scenario(named: name) else {
                Terminal.err(say(.noScenario(file: file, name: name, has: [])) + "\n")
                throw ExitCode(2)
            }
            ev = sc.evaluator
            ds = ws.findings(of: ev, asserts: sc.asserts, extra: sc.diagnostics).filter { $0.severity == .error }
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
