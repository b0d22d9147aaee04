// What the fuzzer does with each input (Scripts/fuzz/build.sh compiles this file into the
// fuzz target with -D JX_FUZZ); FuzzRegressionTests runs every kept finding through it.
#if !JX_FUZZ
import JXCore
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Every input goes through what a user can make jx do with a file: lexer, parser (whole
/// and in parts, which must agree), workspace diagnostics (model, evaluation, checks,
/// rules, assertions), each scenario, the rendered diagnostics, every report format, a few
/// expressions, and the formatter (whose output must parse again). A crash, a hang or a
/// broken `precondition` is a finding.
public enum FuzzSteps {
    public static func run(_ bytes: [UInt8]) {
        let source = SourceFile(path: "fuzz.jx", bytes: bytes)

        // Lexer on its own, to the end.
        var lexer = Lexer(source: source, fileID: 0)
        var tokens = 0
        while lexer.next().kind != .eof { tokens += 1; precondition(tokens <= bytes.count + 1, "the lexer does not advance") }

        // A parse in parts is the sequential parse.
        var p = Parser(source: source, fileID: 0)
        let whole = p.parseScript()
        for parts in [2, 3] {
            let (s, ds, _) = ParallelParse.parseCounting(source, fileID: 0, parts: parts, minimumSize: 0)
            precondition(s.statements.count == whole.statements.count, "parts \(parts): statements differ")
            precondition(ds == p.diagnostics, "parts \(parts): diagnostics differ")
        }

        // The short way for plain lines (`parsePlainLine`, compact declarations) reads every
        // indicator as the ordinary parse does (a parser that keeps the layout takes only the
        // ordinary way), with the same diagnostics.
        var full = Parser(source: source, fileID: 0, keepComments: true)
        let ordinary = full.parseScript()
        precondition(full.diagnostics == p.diagnostics, "the short way changes the diagnostics")
        precondition(ordinary.statements.count == whole.statements.count, "the short way changes the statements")
        let (short, long) = (FuzzSteps.indicators(whole.statements), FuzzSteps.indicators(ordinary.statements))
        precondition(short.count == long.count, "the short way changes the indicators")
        for (x, y) in zip(short, long) {
            precondition(FuzzSteps.describe(x) == FuzzSteps.describe(y), "a compact indicator reads differently: \(FuzzSteps.describe(x)) vs \(FuzzSteps.describe(y))")
        }

        // The whole workspace, as `jx check` and `jx report` run it. An import reads the input again.
        let ws = Workspace(path: "fuzz.jx", read: { path in
            path == "fuzz.jx" ? .success(bytes) : (path.hasSuffix("other.jx") ? .success(Array("indicator 外 target 1个 actual 1个\n".utf8)) : .failure(.init("no such file")))
        })
        let ds = ws.diagnostics()
        let renderer = DiagnosticRenderer(color: true)
        for d in ds.prefix(200) { _ = renderer.render(d, sources: ws.sources) }
        guard FuzzSteps.reports else { return FuzzSteps.format(source) }
        let data = ReportData(workspace: ws, findings: ds)
        // Every format of the registry, with each table it can be asked for; what a format
        // streams (JSON in pieces) is what it renders whole. The others write what they render,
        // so they are rendered once: the Office formats' archives are most of an input's time.
        for format in ReportFormat.allCases {
            for table in [nil] + (format.choosesTable ? ReportTables.Kind.allCases : []) {
                let renderer = format.renderer(ReportOptions(color: true, decimals: 2, table: table))
                let whole = renderer.render(data)
                guard format == .json || format == .jsonl else { continue }
                var streamed: [UInt8] = []
                renderer.write(data) { streamed += $0 }
                precondition(streamed.elementsEqual(whole.utf8), "\(format.name): the streamed report differs from the whole")
            }
        }
        for sc in ws.model.scenarios.prefix(4) {
            if let s = ws.scenario(named: sc.name.text) {
                _ = AssertRunner(evaluator: s.evaluator).run(s.asserts, scenario: sc.name.text)
                _ = ReportFormat.json.render(ReportData(workspace: ws, evaluator: s.evaluator, scenario: sc.name.text, findings: s.diagnostics))
            }
        }
        for ind in ws.model.indicators.prefix(4) {
            _ = Evaluation.evaluate(ind.decl.name.text + ".完成率", in: ws.evaluator)
        }
        for b in ws.model.budgets.prefix(2) {
            _ = Evaluation.evaluate(b.name.text + ".执行率 * 2", in: ws.evaluator)
        }

        FuzzSteps.format(source)
    }

    /// The formatter: its output is a fixed point, and means what the input meant.
    static func format(_ source: SourceFile) {
        if case .formatted(let once) = Formatter.format(source) {
            guard case .formatted(let twice) = Formatter.format(SourceFile(path: "fuzz.jx", text: once)) else {
                preconditionFailure("formatted output no longer parses")
            }
            if FuzzSteps.strictFormatter { precondition(once == twice, "formatting is not idempotent") }
        }
    }

    /// Every indicator declared, in groups and scenarios too, in order.
    public static func indicators(_ ss: [Statement]) -> [IndicatorDecl] {
        var out: [IndicatorDecl] = []
        for s in ss {
            switch s {
            case .indicator(let d): out.append(d)
            case .group(let g): out += indicators(g.body)
            case .scenario(let sc): out += indicators(sc.body)
            default: break
            }
        }
        return out
    }

    public static func describe(_ d: IndicatorDecl) -> String {
        "\(d.name) \(String(describing: d.target)) \(String(describing: d.targetSpan)) \(String(describing: d.actual)) \(d.span) \(d.stated.count)"
    }

    /// JX_FUZZ_REPORTS=0 leaves out the reports, scenarios and expressions (most of an
    /// input's time), for the long runs that count executions of the rest.
    public static let reports: Bool = {
        if let v = getenv("JX_FUZZ_REPORTS") { return v.pointee != 0x30 }
        return true
    }()

    /// JX_FUZZ_FMT_STRICT=1 also requires `fmt(fmt(x)) == fmt(x)`.
    public static let strictFormatter: Bool = {
        if let v = getenv("JX_FUZZ_FMT_STRICT") { return v.pointee == 0x31 }
        return false
    }()
}

