import JXCore

/// One open document read as the main script of a workspace, with what it imports (open
/// documents as the editor holds them, other files from disk), evaluated, and its
/// findings. Questions (hover, references) go to a `SourceQuery` made once per analysis.
final class Analysis {
    let uri: String
    let path: String
    let workspace: Workspace
    /// The findings of the workspace: syntax, structure, values, rules, assertions, scenarios.
    let diagnostics: [Diagnostic]
    private var madeQuery: SourceQuery?

    init(uri: String, path: String, workspace: Workspace) {
        self.uri = uri
        self.path = path
        self.workspace = workspace
        diagnostics = workspace.unreadable == nil ? workspace.diagnostics() + workspace.scenarioDiagnostics() : []
    }

    var query: SourceQuery {
        if let q = madeQuery { return q }
        let q = SourceQuery(workspace)
        madeQuery = q
        return q
    }

    /// The main script's file: the first the workspace loaded.
    var mainFile: Int { 0 }
    var mainSource: SourceFile? { workspace.sources[mainFile] }

    /// Whether `path` is one of the files this analysis read (the main script or an import).
    func reads(_ path: String) -> Bool { query.file(path: path) != nil }

    var evaluator: Evaluator { workspace.evaluator }
    var model: Model { workspace.model }

    /// The file of a span, when it is a loaded script (not a shipped policy).
    func source(of span: Span) -> SourceFile? { workspace.sources[span.file] }
}
