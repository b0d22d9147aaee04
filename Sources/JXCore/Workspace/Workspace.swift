/// A loaded script with everything it imports: sources, syntax, model and evaluator.
/// The core does no I/O: the caller passes a function that reads a file.
public final class Workspace {
    public typealias FileReader = (String) -> Result<[UInt8], FileError>
    /// Asked before a script is read (the main script and each import), with its path and
    /// the main script's: the file's identity (its real path, so that a file reached by two
    /// paths is read once), or why it may not be read. The host decides which folders a
    /// script may read from, as it alone can resolve symbolic links; the core only asks.
    public typealias Admission = (_ path: String, _ mainScript: String) -> Result<String, FileError>

    public struct FileError: Error, Sendable, Equatable {
        /// Why a file cannot be read or written, without the path (the caller names it).
        public var message: String
        /// What to do instead, when the host knows.
        public var hint: String?
        public var kind: Kind
        public init(_ message: String, hint: String? = nil, kind: Kind = .other) {
            self.message = message
            self.hint = hint
            self.kind = kind
        }

        /// The refusals a caller words in its own terms (`--force`, `:save!`).
        public enum Kind: Sendable, Equatable {
            case other
            /// The file exists and replacing it was not asked for.
            case exists
            /// The file is one the run reads (the script or an import).
            case input
        }
    }

    public private(set) var sources = SourceMap()
    public private(set) var syntaxDiagnostics: [Diagnostic] = []
    public private(set) var buildDiagnostics: [Diagnostic] = []
    public private(set) var evaluator: Evaluator
    public let mainPath: String
    /// The file could not be read at all (exit code 2 territory).
    public private(set) var unreadable: FileError?
    /// Whether the script (or a file it imports) imports a shipped policy.
    public private(set) var importsPolicy = false

    public var model: Model { evaluator.model }

    /// Spans hold 32-bit offsets: a file must stay below 2 GiB.
    public static let maxFileSize = Int(Int32.max)

    /// Loads `path` and its imports. `policies` are the shipped policies, by name. Files are
    /// parsed ahead on every core once they hold `parsingAheadFrom` bytes in all (public for
    /// the tests, which compare both ways).
    public init(path: String, read: FileReader, admit: Admission? = nil, policies: [String: String] = Policies.builtIn,
                parsingAheadFrom: Int = 256 << 10) {
        mainPath = path
        let mainScript = path
        var builder = ModelBuilder()
        var loading = Set<String>()
        var loaded = Set<String>()
        var pending: [(Script, String)] = []
        // Which file imports which (file IDs), for checks that belong to one file and what
        // it imports: the indicator counts a department's report declares.
        var fileOf: [String: Int] = [:]
        var keyOf: [String: String] = [:]
        var imports: [Int: [Int]] = [:]
        var sources = SourceMap()
        var syntaxDiagnostics: [Diagnostic] = []
        var unreadable: FileError?
        var importsPolicy = false

        // The files the script will load, read and parsed on every core ahead of the walk.
        let ahead = ParseAhead(mainPath: path, read: read, admit: admit, policies: policies, minimumSize: parsingAheadFrom)

        func parse(path: String, bytes: [UInt8]) -> Script {
            if let hit = ahead.parsed(sources.files.count, path: path, bytes: bytes) {
                _ = sources.add(hit.file)
                syntaxDiagnostics.append(contentsOf: hit.diagnostics)
                return hit.script
            }
            let file = SourceFile(path: path, bytes: bytes)
            let id = sources.add(file)
            // A large file is parsed on every core (with the result of one sequential parse).
            let (s, ds) = ParallelParse.parse(file, fileID: id)
            syntaxDiagnostics.append(contentsOf: ds)
            return s
        }

        // Depth-first: an import's statements come before the importer's, once per file.
        func load(_ path: String, from importer: Span?) -> Script? {
            var key = Workspace.normalize(path)
            if let admit {
                switch admit(path, mainScript) {
                case .success(let identity): key = identity
                case .failure(let e):
                    if let importer {
                        // The host's reason and hint are in the reader's language already.
                        syntaxDiagnostics.append(Diagnostic(.error, .import, .workspace(.cannotImport(path: path, reason: e.message)),
                                                            at: importer, hint: e.hint.map { .workspace(.hostSays($0)) }))
                    } else {
                        unreadable = e
                    }
                    return nil
                }
            }
            keyOf[path] = key
            if loaded.contains(key) { return nil }
            if loading.contains(key) {
                syntaxDiagnostics.append(Diagnostic(.error, .importCycle, .workspace(.importsItself(path)), at: importer, hint: .workspace(.removeAnImport)))
                return nil
            }
            loading.insert(key)
            defer { loading.remove(key); loaded.insert(key) }
            switch ahead.bytes[path].map({ .success($0) }) ?? read(path) {
            case .failure(let e):
                if let importer {
                    syntaxDiagnostics.append(Diagnostic(.error, .import, .workspace(.cannotRead(path: path, reason: .host(e.message))), at: importer, hint: .workspace(.relativePaths)))
                } else {
                    unreadable = e
                }
                return nil
            case .success(let bytes) where bytes.count >= Workspace.maxFileSize:
                let tooLarge = WorkspaceMessage.Reason.tooLarge(mib: bytes.count / 1_048_576)
                if let importer {
                    syntaxDiagnostics.append(Diagnostic(.error, .import, .workspace(.cannotRead(path: path, reason: tooLarge)), at: importer))
                } else {
                    // The host words the main script's reasons; this one it never sees
                    // (jx reads at most 128 MiB), and it stays in English.
                    unreadable = FileError(tooLarge.text.en)
                }
                return nil
            case .success(let bytes):
                let script = parse(path: path, bytes: bytes)
                fileOf[key] = script.fileID
                imports[script.fileID] = []
                loadImports(of: script, at: path)
                return script
            }
        }

        func loadImports(of script: Script, at path: String) {
            for s in script.statements {
                guard case .importDecl(let imp) = s else { continue }
                if imp.isPolicy {
                    let key = "policy:" + imp.path
                    if loaded.contains(key) { continue }
                    loaded.insert(key)
                    importsPolicy = true
                    guard let text = policies[imp.path] else {
                        let names = policies.keys.sorted()
                        let hint = Suggest.closest(imp.path, among: names).map { Message.common(.didYouMean($0)) } ?? .workspace(.shippedPolicies(names))
                        syntaxDiagnostics.append(Diagnostic(.error, .import, .workspace(.noPolicy(imp.path)), at: imp.span, hint: hint))
                        continue
                    }
                    let ps = parse(path: "<policy \(imp.path)>", bytes: Array(text.utf8))
                    builder.markPolicy(fileID: ps.fileID, name: imp.path)
                    pending.append((ps, key))
                } else {
                    // Only scripts are imported: any other file would be parsed, and its
                    // lines shown in the errors (`import "/etc/passwd"`).
                    guard Workspace.isScriptName(imp.path) else {
                        syntaxDiagnostics.append(Diagnostic(.error, .import, .workspace(.onlyScripts(imp.path)), at: imp.span, hint: .workspace(.onlyScriptsHint)))
                        continue
                    }
                    let resolved = Workspace.resolve(imp.path, relativeTo: path)
                    if let s = load(resolved, from: imp.span) { pending.append((s, imp.path)) }
                    if let id = keyOf[resolved].flatMap({ fileOf[$0] }) { imports[script.fileID, default: []].append(id) }
                }
            }
        }

        if let main = load(path, from: nil) {
            builder.markMain(fileID: main.fileID)
            pending.append((main, path))
        }
        builder.reserve(for: pending.map(\.0))
        for (s, _) in pending { builder.add(s) }
        builder.finish()
        self.sources = sources
        // The syntax trees go here: the model holds every declaration it needs.
        pending.removeAll()
        self.syntaxDiagnostics = syntaxDiagnostics
        self.buildDiagnostics = builder.diagnostics
        self.unreadable = unreadable
        self.importsPolicy = importsPolicy
        var model = builder.model
        model.imports = imports
        self.evaluator = Evaluator(model: model, judge: RuleEngine())
        self.evaluator.sourceMap = sources
    }

    /// Everything that is wrong or noteworthy, in one list: syntax, structure, values,
    /// consistency with the report's own figures, rules and assertions.
    /// `keepingResults: false` (for a check that wants only the findings) lets the results
    /// of written-number indicators go once their diagnostics are known, unless rules will
    /// read them all again; anything that reads one later computes it afresh.
    public func diagnostics(includeAsserts: Bool = true, keepingResults: Bool = true) -> [Diagnostic] {
        diagnosticsAndAsserts(includeAsserts: includeAsserts, keepingResults: keepingResults).findings
    }

    /// `diagnostics`, with the script's assertions as they ran, for a report that counts
    /// them (running them again for the count was a fifth of a report's own work).
    public func diagnosticsAndAsserts(includeAsserts: Bool = true, keepingResults: Bool = true) -> (findings: [Diagnostic], asserts: [AssertResult]) {
        if !keepingResults, model.rules.isEmpty { evaluator.keepsWrittenResults = false }
        return findingsAndAsserts(of: evaluator, asserts: includeAsserts ? nil : [])
    }

    /// The findings of one model: the base, or a scenario's (`asserts` then are the
    /// scenario's own; nil means the script's).
    public func findings(of ev: Evaluator, asserts: [AssertDecl]? = nil, extra: [Diagnostic] = []) -> [Diagnostic] {
        findingsAndAsserts(of: ev, asserts: asserts, extra: extra).findings
    }

    /// `findings`, with the assertions as they ran.
    public func findingsAndAsserts(of ev: Evaluator, asserts: [AssertDecl]? = nil, extra: [Diagnostic] = []) -> (findings: [Diagnostic], asserts: [AssertResult]) {
        ev.evaluateAll()
        var all = syntaxDiagnostics + buildDiagnostics + extra
        if let n = noPolicyNote(ev.model) { all.append(n) }
        all.append(contentsOf: ev.consistencyFindings())
        all.append(contentsOf: Judgement(ev).scoreFindings())
        let judgement = Judgement(memoizing: ev)
        all.append(contentsOf: judgement.weightFindings())
        all.append(contentsOf: judgement.auditFindings())
        all.append(contentsOf: ev.judge.findings(in: ev))
        let results = AssertRunner(evaluator: ev).run(asserts)
        for r in results where !r.passed { all.append(r.diagnostic) }
        // Last: evaluating rules and assertions may have raised errors of their own.
        all.append(contentsOf: ev.diagnostics)
        return (Workspace.sorted(Workspace.deduplicated(all)), results)
    }

    /// A monitoring script (a node, something to light) that neither imports a policy nor
    /// has a rule of its own that gives lights: its indicators and budgets will show no
    /// light, which a newcomer takes for a fault. Said once, at the node.
    func noPolicyNote(_ m: Model) -> Diagnostic? {
        guard !importsPolicy, let node = m.report.node, !m.indicators.isEmpty || !m.budgets.isEmpty,
              !m.rules.contains(where: { $0.clauses.contains { $0.level.isLight } }) else { return nil }
        return Diagnostic(.info, .noPolicy, .workspace(.noPolicyImported), at: node.span, hint: .workspace(.noPolicyImportedHint))
    }

    /// What is wrong with the scenarios: changes that cannot be applied, and their own
    /// assertions that fail.
    public func scenarioDiagnostics() -> [Diagnostic] {
        var out: [Diagnostic] = []
        eachScenarioApplied { sc, ev, asserts, diagnostics in
            out.append(contentsOf: diagnostics)
            for r in AssertRunner(evaluator: ev).run(asserts, scenario: sc.name.text) where !r.passed { out.append(r.diagnostic) }
        }
        return out
    }

    /// The diagnostics without repeats, in order. Two diagnostics can only be equal where
    /// their place, code and message are: those are hashed (the message by `NameHash`,
    /// which agrees with `String` equality and reads plain text as bytes), and only
    /// diagnostics that share them are compared whole. Hashing every message and hint the
    /// way `String` does (normalizing it first) took most of a check with a million findings.
    static func deduplicated(_ ds: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            let file: Int, start: Int, end: Int
            let severity: Severity
            let code: Int, message: Int
        }
        var seen: [Key: [Int]] = [:]
        seen.reserveCapacity(ds.count)
        var out: [Diagnostic] = []
        out.reserveCapacity(ds.count)
        for d in ds {
            let k = Key(file: d.span?.file ?? -1, start: d.span?.start ?? -1, end: d.span?.end ?? -1,
                        severity: d.severity, code: d.code.utf8.count, message: NameHash.of(d.message))
            if let same = seen[k] {
                if same.contains(where: { out[$0] == d }) { continue }
                seen[k]!.append(out.count)
            } else {
                seen[k] = [out.count]
            }
            out.append(d)
        }
        return out
    }

    static func sorted(_ ds: [Diagnostic]) -> [Diagnostic] {
        // A statement that could not be evaluated ("see the error above") comes after the
        // errors inside it, which say why: it sorts by where it ends.
        let why = Message.workspace(.seeErrorAbove)
        func key(_ d: Diagnostic) -> (Int, Int) {
            (d.span?.file ?? -1, (d.hintID == why ? d.span?.end : d.span?.start) ?? 0)
        }
        let keys = ds.map(key)
        return ds.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }.map { ds[$0] }
    }

    // MARK: paths (no Foundation: plain string work)

    /// A script's file name: `NAME.jx`.
    public static func isScriptName(_ path: String) -> Bool {
        path.hasSuffix(".jx") && path != ".jx" && !path.hasSuffix("/.jx")
    }

    static func normalize(_ path: String) -> String {
        if isNormal(path) { return path }
        var parts: [Substring] = []
        for p in path.split(separator: "/", omittingEmptySubsequences: true) {
            if p == "." { continue }
            if p == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(p)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// A plain path (ASCII and ideographs: each `/` a character of its own) with no empty,
    /// `.` or `..` part and no `/` at the end is its own normal form; found by bytes, as
    /// every file of a roll-up is normalized twice.
    static func isNormal(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { p in
            guard ByteText.isPlain(p, 0, p.count) else { return false }
            var start = p.first == UInt8(ascii: "/") ? 1 : 0
            while true {
                var end = start
                while end < p.count, p[end] != UInt8(ascii: "/") { end += 1 }
                let n = end - start
                let dot = UInt8(ascii: ".")
                if n == 0 || (p[start] == dot && (n == 1 || (n == 2 && p[start + 1] == dot))) { return false }
                if end == p.count { return true }
                start = end + 1
            }
        }
    }

    public static func resolve(_ path: String, relativeTo importer: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let slash = importer.lastIndex(of: "/") else { return path }
        return normalize(String(importer[..<slash]) + "/" + path)
    }
}
