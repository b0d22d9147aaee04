import JXCore

/// One open document read as the main script of a workspace, with what it imports (open
/// documents as the editor holds them, other files from disk), evaluated, and its
/// findings. Questions (hover, references) go to a `SourceQuery` made when first asked.
///
/// An analysis stays live while the analyst types: an edit inside one indicator's line is
/// read as that line alone and put into the model in place (`LiveEdit`), and the evaluator
/// recomputes only what depends on it, as the REPL does for a changed figure. `map` says
/// where its spans are in the document now.
final class Analysis {
    let uri: String
    let path: String
    let workspace: Workspace
    /// The findings of the workspace: syntax, structure, values, rules, assertions, scenarios.
    internal(set) var diagnostics: [Diagnostic]
    /// The main file's text now.
    internal(set) var document: SourceFile
    internal(set) var map: SpanMap
    /// The indicators written in the main file as loaded, by the start of their declaration.
    let indicatorStarts: [(start: Int, index: Int)]
    private var madeQuery: SourceQuery?

    init(uri: String, path: String, workspace: Workspace) {
        self.uri = uri
        self.path = path
        self.workspace = workspace
        diagnostics = workspace.unreadable == nil ? workspace.diagnostics() + workspace.scenarioDiagnostics() : []
        document = workspace.sources[0] ?? SourceFile(path: path, bytes: [])
        map = SpanMap(mainFile: 0)
        let m = workspace.model
        var starts: [(Int, Int)] = []
        for i in m.indicators.indices where m.indicators[i].decl.span.file == 0 { starts.append((m.indicators[i].decl.span.start, i)) }
        starts.sort { $0.0 < $1.0 }
        indicatorStarts = starts
    }

    var evaluator: Evaluator { workspace.evaluator }
    var model: Model { workspace.model }
    /// Every file a span may name: the workspace's and the lines read in place.
    var sources: SourceMap { workspace.evaluator.sourceMap ?? workspace.sources }

    var query: SourceQuery {
        if let q = madeQuery { return q }
        let q = SourceQuery(workspace, sources: sources)
        madeQuery = q
        return q
    }

    func forgetQuery() { madeQuery = nil }

    /// The main script's file: the first the workspace loaded.
    var mainFile: Int { 0 }
    var mainSource: SourceFile? { document }

    /// Whether `path` is one of the files this analysis read (the main script or an import).
    func reads(_ path: String) -> Bool {
        // By the paths the files were loaded as (imports resolved against their importer),
        // without indexing every name for a query.
        workspace.sources.files.contains { $0.path == path } || (madeQuery?.file(path: path) != nil)
    }

    func source(of span: Span) -> SourceFile? { sources[span.file] }

    /// Where a span is in the document now, when it is in the document.
    func inDocument(_ s: Span) -> Range<Int>? {
        guard let a = map.now(s.start, file: s.file), let b = map.now(s.end, file: s.file, end: true) else { return nil }
        return a..<max(a, b)
    }

    /// Where a span is now: its URI, the file's text and the range in it; nil for a span in
    /// a shipped policy.
    func located(_ s: Span) -> (uri: String, file: SourceFile, range: Range<Int>)? {
        if let r = inDocument(s) { return (uri, document, r) }
        guard let f = sources[s.file], !f.path.hasPrefix("<") else { return nil }
        return (DocumentURI.uri(of: f.path), f, s.start..<s.end)
    }

    /// The name at a document offset (now).
    func symbol(at offset: Int) -> SymbolHit? {
        let (file, o) = map.then(offset)
        return query.symbol(file: file, offset: o)
    }
}
