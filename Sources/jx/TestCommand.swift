import ArgumentParser
import JXCore

/// `jx test`: every script under the paths is a regression test. Scripts run in parallel
/// on every core; output is in path order so that runs compare line by line.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.testAbstract),
        discussion: helpText(.testDiscussion))

    @Argument(help: helpFor(.testPaths)) var paths: [String] = []
    @Option(help: helpFor(.testFilter)) var filter: String?
    @Option(help: helpFor(.testJUnit)) var junit: String?
    @Flag(help: helpFor(.testForce)) var force = false
    @Flag(help: helpFor(.testTAP)) var tap = false
    @Flag(help: helpFor(.testUpdate)) var update = false
    @Flag(name: .shortAndLong, help: helpFor(.testVerbose)) var verbose = false
    @Option(name: .shortAndLong, help: helpFor(.testJobs)) var jobs: Int?
    @OptionGroup var imports: ImportOptions

    func run() throws {
        let roots = paths.isEmpty ? ["."] : paths
        var files: [String] = []
        var seen = Set<Files.FileID>()
        for r in roots {
            guard Files.exists(r) else {
                Terminal.err(CommandLineMessage.doesNotExist(r).text(Terminal.language) + "\n")
                throw ExitCode(2)
            }
            files.append(contentsOf: Files.scripts(under: r, &seen))
        }
        // Sorted bytewise, so that runs compare line by line.
        let scripts = Files.unique(files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        if let junit { try FileWrite.refuseEarly(junit, force: force, inputs: scripts) }
        let tester = ScriptTester(filter: filter, language: Terminal.language)
        let update = self.update
        // The folders named here are named for the run: a script in one may import from
        // anywhere in it (Scripts/scenarios importing Scripts/examples).
        let access = ScriptAccess(importPaths: imports.importPaths + roots.map { Files.isDirectory($0) ? $0 : ScriptAccess.folder(of: $0) })
        let results = Parallel.map(scripts.count, workers: max(1, jobs ?? Parallel.cores)) { i in
            ScriptTest.run(scripts[i], access, tester: tester, update: update)
        }.filter { !$0.cases.isEmpty || $0.updatedExpected || tester.selectsFile($0.path) }

        if let filter, results.isEmpty, !scripts.isEmpty {
            Terminal.err(ScriptTestMessage.nothingMatches(scripts: scripts.count, filter: filter).text(Terminal.language) + "\n")
        }
        let passed = results.reduce(0) { $0 + $1.passed }
        let failed = results.reduce(0) { $0 + $1.failed }
        if tap {
            Terminal.out(TAPOutput.render(results))
        } else {
            let out = TestOutput(color: Terminal.colorEnabled(fd: 1), verbose: verbose, language: Terminal.language)
            for r in results { Terminal.out(out.render(r), painted: out.color) }
            // CI reads this line: the same in every language.
            Terminal.out("\(passed) passed, \(failed) failed\n")
        }
        if let junit {
            // Every script found is an input, even one --filter left out.
            try FileWrite.output(junit, JUnitOutput.render(results), force: force, inputs: scripts + results.flatMap(\.inputs))
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// One script's test: load it, run its checks, compare (or write) its expected report.
enum ScriptTest {
    static func run(_ path: String, _ access: ScriptAccess, tester: ScriptTester, update: Bool) -> ScriptTestResult {
        let clock = ContinuousClock()
        let start = clock.now
        var result = ScriptTestResult(path: path)
        let ws = access.workspace(path)
        let say = { (m: ScriptTestMessage) in m.text(tester.language) }
        if let e = ws.unreadable {
            var c = TestCase(kind: .scriptErrors, name: say(.scriptReadable), file: path, passed: false)
            c.message = say(.cannotRead(path: path, reason: e.message, hint: e.hint))
            result.cases = [c]
            return result
        }
        result = tester.run(ws, path: path)
        let scripts = ws.sources.files.map(\.path).filter { !$0.hasPrefix("<") }
        if tester.selectsFile(path) { expectedReport(ws, path: path, update: update, inputs: scripts, language: tester.language, into: &result) }
        result.inputs = scripts + [expectedPath(path)]
        let d = clock.now - start
        result.seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return result
    }

    /// `NAME.expected` beside `NAME.jx`.
    static func expectedPath(_ path: String) -> String {
        (path.hasSuffix(".jx") ? String(path.dropLast(3)) : path) + ".expected"
    }

    static func expectedReport(_ ws: Workspace, path: String, update: Bool, inputs: [String], language: Language,
                               into result: inout ScriptTestResult) {
        let say = { (m: ScriptTestMessage) in m.text(language) }
        let file = expectedPath(path)
        let before: String? = Files.exists(file) ? (try? Files.read(file).get()).map { String(decoding: $0, as: UTF8.self) } : nil
        // Scripts without an expected report are not compared: no need to render one.
        guard update || before != nil else { return }
        let now = ExpectedListing.render(ws)
        if update {
            guard before != now else { return }
            var c = TestCase(kind: .expectedReport, name: say(.writeExpected(file)), file: path, passed: true)
            // --update asks for NAME.expected to be replaced; never a script it reads.
            do throws(Workspace.FileError) { try FileWrite.write(file, now, .init(replace: true, inputs: inputs)); result.updatedExpected = true } catch {
                c.passed = false
                c.message = say(.cannotWrite(path: file, reason: error.message))
                result.cases.append(c)
            }
            return
        }
        guard let before else { return }
        var c = TestCase(kind: .expectedReport, name: say(.reportMatches(file)), file: path, passed: before == now)
        if !c.passed {
            c.message = say(.reportDiffers(file))
            c.details = LineDiff.unified(before, now, from: file, to: say(.now(path)))
        }
        result.cases.append(c)
    }
}
