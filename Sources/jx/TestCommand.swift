import ArgumentParser
import JXCore

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every assertion of every .jx script under the paths (and of each scenario).")

    @Argument(help: "Files or folders (default: the current folder).") var paths: [String] = []

    func run() throws {
        let roots = paths.isEmpty ? ["."] : paths
        var files: [String] = []
        for r in roots {
            if !Files.exists(r) {
                Terminal.err("error: \(r) does not exist\n")
                throw ExitCode(2)
            }
            files.append(contentsOf: Files.scripts(under: r))
        }
        var passed = 0, failed = 0
        for f in files {
            let outcome = ScriptTest.run(f)
            passed += outcome.passed
            failed += outcome.failed
            Terminal.out(outcome.report)
        }
        Terminal.out("\(passed) passed, \(failed) failed\n")
        if failed > 0 { throw ExitCode(1) }
    }
}

/// One script's test: its errors count as a failure, then each assertion, base and scenarios.
enum ScriptTest {
    struct Outcome { var passed = 0; var failed = 0; var report = "" }

    static func run(_ path: String) -> Outcome {
        var o = Outcome()
        guard let ws = Loading.load(path) else {
            o.failed = 1
            o.report = "FAIL \(path): cannot be read\n"
            return o
        }
        let renderer = DiagnosticRenderer(color: false)
        let errors = ws.diagnostics(includeAsserts: false).filter { $0.severity == .error }
        if !errors.isEmpty {
            o.failed += 1
            o.report += "FAIL \(path): \(errors.count) error(s)\n" + errors.map { renderer.render($0, sources: ws.sources) }.joined(separator: "\n") + "\n"
        }
        var results = AssertRunner(evaluator: ws.evaluator).run()
        for sc in ws.model.scenarios {
            guard let applied = ws.scenario(named: sc.name.text) else { continue }
            for d in applied.diagnostics {
                o.failed += 1
                o.report += "FAIL \(path) scenario \(sc.name.text)\n" + renderer.render(d, sources: ws.sources) + "\n"
            }
            results.append(contentsOf: AssertRunner(evaluator: applied.evaluator).run(applied.asserts, scenario: sc.name.text))
        }
        for r in results {
            if r.passed { o.passed += 1 } else {
                o.failed += 1
                o.report += "FAIL " + renderer.render(r.diagnostic, sources: ws.sources) + "\n"
            }
        }
        if errors.isEmpty && results.allSatisfy(\.passed) {
            o.report += "ok   \(path) (\(results.count) assertion\(results.count == 1 ? "" : "s"))\n"
        }
        return o
    }
}
