import ArgumentParser
import JXCore

/// `jx bench-whatif FILE NAME VALUE [VALUE2]`: the what-if latency the REPL sees, without a
/// terminal. Loads and checks the script, then times one change at a time: parse
/// `NAME.actual = VALUE`, apply it (the model edit and the invalidation), and read back every
/// cell it invalidated (the recomputation of what moved). Values alternate so that each
/// change really moves something. Hidden: it is for `Scripts/bench/run.sh`.
struct BenchWhatIf: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-whatif",
        abstract: "Time what-if changes on a loaded script (for Scripts/bench).",
        shouldDisplay: false)

    @Argument(help: "The .jx script.") var file: String
    @Argument(help: "An indicator's name.") var name: String
    @Argument(help: "A new actual, e.g. 300亩.") var value: String
    @Argument(help: "A second actual to alternate with (default: the first with a 1 added).") var value2: String?
    @Option(help: "How many changes to time.") var repeats: Int = 1000

    func run() throws {
        let clock = ContinuousClock()
        var ws: Workspace!
        let load = clock.measure { ws = Loading.load(file, ScriptAccess(importPaths: [])) }
        guard let ws else { throw ExitCode(2) }
        var count = 0
        let check = clock.measure { count = ws.diagnostics().count }
        let ev = ws.evaluator
        let lines = [value, value2 ?? ("1" + value)].map { "\(name).actual = \($0)" }
        var times: [Duration] = []
        times.reserveCapacity(repeats)
        var moved = 0
        for k in 0..<max(1, repeats) {
            let line = lines[k % 2]
            var failure: String?
            let t = clock.measure {
                let source = SourceFile(path: "<bench>", bytes: Array(line.utf8))
                var p = Parser(source: source, fileID: 1_000_000)
                let script = p.parseScript()
                guard p.diagnostics.isEmpty, let s = script.statements.first else { failure = CommandLineMessage.cannotParse(line).text(Terminal.language); return }
                switch ev.apply(s) {
                case .failed(let d): failure = d.localized(Terminal.language).message
                case .changed(let cells, _):
                    moved = cells.count
                    for c in cells { BenchWhatIf.read(c, ev) }
                }
            }
            if let failure {
                Terminal.err(CommandLineMessage.error(failure).text(Terminal.language) + "\n")
                throw ExitCode(1)
            }
            times.append(t)
        }
        let first = times[0]
        times.sort()
        func us(_ d: Duration) -> String {
            let (s, a) = d.components
            let micros = Double(s) * 1e6 + Double(a) / 1e12
            return String(Int(micros * 10) / 10) + "." + String(Int(micros * 10) % 10)
        }
        Terminal.out("load \(load), check \(count) diagnostics \(check); change: first \(us(first)) µs, median \(us(times[times.count / 2])) µs, p99 \(us(times[times.count * 99 / 100])) µs, max \(us(times[times.count - 1])) µs; cells per change \(moved)\n")
    }

    static func read(_ c: Evaluator.Cell, _ ev: Evaluator) {
        let i = Int(c.index)
        switch c.kind {
        case .constant: _ = ev.constant(i)
        case .spend: _ = ev.spend(i)
        case .budget: _ = ev.budget(i)
        case .indicator: _ = ev.indicator(i)
        case .timeProgress: _ = ev.timeProgress()
        case .budgetVerdict: _ = ev.verdict(.budget(i))
        case .indicatorVerdict: _ = ev.verdict(.indicator(i))
        }
    }
}

/// `jx bench-phases FILE`: wall-clock time of each stage of `jx check` on one file (no
/// imports), to see where the time goes. Hidden: for profiling.
struct BenchPhases: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-phases",
        abstract: "Time each stage of checking one file (for Scripts/bench).",
        shouldDisplay: false)

    @Argument(help: "The .jx script.") var file: String

    func run() throws {
        let clock = ContinuousClock()
        var t0 = clock.now
        func lap(_ what: String) {
            let t = clock.now
            Terminal.out("\(what): \(t - t0)\n")
            t0 = t
        }
        guard case .success(let bytes) = Files.read(file) else { throw ExitCode(2) }
        lap("read")
        let source = SourceFile(path: file, bytes: bytes)
        lap("line index")
        _ = ParallelParse.parse(source, fileID: 0, parts: 1)
        lap("parse on one core")
        let (script, _) = ParallelParse.parse(source, fileID: 0)
        lap("parse (\(script.statements.count) statements)")
        var b = ModelBuilder()
        b.markMain(fileID: 0)
        b.reserve(for: [script])
        b.add(script)
        lap("model")
        let ev = Evaluator(model: b.model, judge: RuleEngine())
        var sources = SourceMap()
        _ = sources.add(source)
        ev.sourceMap = sources
        // As `jx check` does (`Workspace.diagnostics(keepingResults: false)`).
        ev.keepsWrittenResults = !b.model.rules.isEmpty
        lap("evaluator")
        ev.evaluateAll()
        lap("evaluate")
        let c = ev.consistencyFindings() + Judgement(ev).scoreFindings() + Judgement(ev).weightFindings()
        lap("consistency (\(c.count))")
        let r = ev.judge.findings(in: ev)
        lap("rules (\(r.count))")
        let d = ev.diagnostics
        lap("evaluator diagnostics (\(d.count))")
        Loading.keepUntilExit(ev)
        withExtendedLifetime((script, b)) {}
    }
}
