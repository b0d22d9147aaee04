import JXCore

/// `jx lsp`: the language server. Takes the client's messages one at a time (`handle`)
/// and answers through `send`; reads files only through the host's `read` and `admit`
/// (the command line's rules for what a script may read), so it is tested over bytes in
/// memory like any value. Open documents are read as the editor holds them.
///
/// Each open document is analysed as the main script of its own workspace (its imports
/// with it); a change re-analyses it and every open document that reads it, and
/// publishes their diagnostics.
public final class LanguageServer {
    public struct Host {
        public var read: Workspace.FileReader
        public var admit: Workspace.Admission?
        /// The language of the messages the editor shows (`--lang`, `JX_LANG`; Chinese first).
        public var language: Language
        public init(read: @escaping Workspace.FileReader, admit: Workspace.Admission? = nil, language: Language = .zh) {
            self.read = read
            self.admit = admit
            self.language = language
        }
    }

    public struct ResponseError: Error {
        public var code: Int
        public var message: String
        static func invalidParams(_ m: String) -> ResponseError { ResponseError(code: -32602, message: m) }
    }

    let host: Host
    let send: (JSONValue) -> Void
    var documents: [String: OpenDocument] = [:]
    var analyses: [String: Analysis] = [:]
    var initialized = false
    /// How many documents were analysed anew (not in place): for tests and timing.
    var fullAnalyses = 0
    var shutdownRequested = false
    /// Set by `exit`: 0 after a shutdown, 1 without (the protocol's rule).
    public private(set) var exitCode: Int32?

    public init(host: Host, send: @escaping (JSONValue) -> Void) {
        self.host = host
        self.send = send
    }

    // MARK: the loop

    /// Reads and handles messages until `exit` or the end of the input; the exit code.
    public static func run(reader: inout MessageReader, host: Host, write: @escaping ([UInt8]) -> Void) -> Int32 {
        let server = LanguageServer(host: host) { write(MessageWriter.frame($0)) }
        while server.exitCode == nil {
            switch reader.next() {
            case .success(let body): server.handle(body)
            case .failure(.endOfInput): return server.shutdownRequested ? 0 : 1
            case .failure(.badHeader):
                // The stream cannot be resynchronised after a header that is not one.
                return 1
            }
        }
        return server.exitCode ?? 0
    }

    public func handle(_ body: [UInt8]) {
        do {
            handle(try JSONValue.parse(body))
        } catch {
            send(.object(["jsonrpc": "2.0", "id": .null, "error": .object(["code": .int(-32700), "message": .string("parse error: \(error.message) at byte \(error.offset)")])]))
        }
    }

    public func handle(_ message: JSONValue) {
        guard let method = message["method"]?.string else { return }  // a response to us: none are asked
        let params = message["params"] ?? .null
        guard let id = message["id"] else {
            notification(method, params)
            return
        }
        do {
            let result = try request(method, params)
            send(.object(["jsonrpc": "2.0", "id": id, "result": result]))
        } catch {
            send(.object(["jsonrpc": "2.0", "id": id, "error": .object(["code": .int(error.code), "message": .string(error.message)])]))
        }
    }

    func request(_ method: String, _ params: JSONValue) throws(ResponseError) -> JSONValue {
        if method == "initialize" {
            initialized = true
            return LanguageServer.capabilities
        }
        guard initialized else { throw ResponseError(code: -32002, message: "the server is not initialized") }
        guard !shutdownRequested else { throw ResponseError(code: -32600, message: "the server is shutting down") }
        switch method {
        case "shutdown":
            shutdownRequested = true
            return .null
        case "textDocument/hover": return try hover(params)
        case "textDocument/inlayHint": return try inlayHints(params)
        case "textDocument/completion": return try completion(params)
        case "textDocument/definition": return try definition(params)
        case "textDocument/references": return try references(params)
        case "textDocument/prepareRename": return try prepareRename(params)
        case "textDocument/rename": return try rename(params)
        case "textDocument/documentSymbol": return try documentSymbols(params)
        case "textDocument/formatting": return try formatting(params)
        case "textDocument/codeAction": return try codeActions(params)
        default: throw ResponseError(code: -32601, message: "no method \(method)")
        }
    }

    func notification(_ method: String, _ params: JSONValue) {
        switch method {
        case "exit": exitCode = shutdownRequested ? 0 : 1
        case "textDocument/didOpen":
            guard let d = params["textDocument"], let uri = d["uri"]?.string else { return }
            documents[uri] = OpenDocument(uri: uri, version: d["version"]?.int ?? 0, text: d["text"]?.string ?? "")
            changed(uri)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.string, var doc = documents[uri] else { return }
            let before = doc.file
            var edits: [(old: Range<Int>, new: Int)?] = []
            for c in params["contentChanges"]?.array ?? [] { edits.append(doc.apply(c)) }
            doc.version = params["textDocument"]?["version"]?.int ?? doc.version + 1
            documents[uri] = doc
            // A figure typed into one indicator's line: recomputed in place, as the REPL does.
            if edits.count == 1, let e = edits[0], let a = analyses[uri],
               a.takeLayoutInPlace(old: e.old, new: e.new, before: before, after: doc.file) || a.takeInPlace(old: e.old, new: e.new, before: before, after: doc.file) {
                publish(uri: uri, version: doc.version, LSPDiagnostics.published(a, host.language))
                reanalyse(readers: doc.path, except: uri)
            } else {
                changed(uri)
            }
        case "textDocument/didSave":
            guard let uri = params["textDocument"]?["uri"]?.string else { return }
            if let text = params["text"]?.string, var doc = documents[uri] {
                doc.file = SourceFile(path: doc.path, text: text)
                documents[uri] = doc
            }
            changed(uri)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.string else { return }
            let path = documents[uri]?.path
            documents[uri] = nil
            analyses[uri] = nil
            // Its diagnostics go with it; those that import it now read it from disk.
            publish(uri: uri, version: nil, [])
            if let path { reanalyse(readers: path, except: uri) }
        case "workspace/didChangeWatchedFiles":
            // A file changed on disk (an import nobody has open): what reads it is analysed again.
            for change in params["changes"]?.array ?? [] {
                guard let uri = change["uri"]?.string else { continue }
                let path = DocumentURI.path(of: uri)
                if documents[uri] == nil { reanalyse(readers: path, except: uri) }
            }
        default: break  // initialized, $/cancelRequest, $/setTrace, settings: nothing to do
        }
    }

    // MARK: analysis

    /// A document changed (or opened, or saved): it and the open documents that read it
    /// are analysed again and their diagnostics published.
    func changed(_ uri: String) {
        guard let doc = documents[uri] else { return }
        analyse(uri)
        reanalyse(readers: doc.path, except: uri)
    }

    func reanalyse(readers path: String, except uri: String) {
        for other in documents.keys.sorted() where other != uri {
            if let a = analyses[other], a.reads(path) { analyse(other) }
        }
    }

    func analyse(_ uri: String) {
        guard let doc = documents[uri] else { return }
        let a = Analysis(uri: uri, path: doc.path, workspace: workspace(for: doc))
        fullAnalyses += 1
        analyses[uri] = a
        publish(uri: uri, version: doc.version, LSPDiagnostics.published(a, host.language))
        // What it found in the files it imports that the editor does not have open: there
        // is no other analysis to say it.
        let open = Set(documents.values.map(\.path))
        for (importURI, ds) in LSPDiagnostics.imported(a, host.language) where !open.contains(DocumentURI.path(of: importURI)) {
            publish(uri: importURI, version: nil, ds)
        }
    }

    func workspace(for doc: OpenDocument) -> Workspace {
        let open = Dictionary(documents.values.map { ($0.path, $0.file.bytes) }, uniquingKeysWith: { a, _ in a })
        let read = host.read, admit = host.admit
        return Workspace(path: doc.path, read: { p in open[p].map { .success($0) } ?? read(p) }, admit: { p, main in
            // The document itself is always the editor's to check, saved or not.
            if p == main, open[p] != nil, let admit, case .failure = admit(p, main) { return .success(p) }
            return admit?(p, main) ?? .success(p)
        })
    }

    func publish(uri: String, version: Int?, _ diagnostics: [JSONValue]) {
        var p: [String: JSONValue] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
        if let version { p["version"] = .int(version) }
        send(.object(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": .object(p)]))
    }

    /// The analysis of the document a request names, and its main file.
    func analysis(_ params: JSONValue) throws(ResponseError) -> (Analysis, SourceFile) {
        guard let uri = params["textDocument"]?["uri"]?.string else { throw .invalidParams("no textDocument.uri") }
        guard let a = analyses[uri], let f = a.mainSource else { throw .invalidParams("\(uri) is not open") }
        return (a, f)
    }

    /// The analysis and the byte offset of a request's `position`.
    func place(_ params: JSONValue) throws(ResponseError) -> (Analysis, SourceFile, Int) {
        let (a, f) = try analysis(params)
        guard let o = LSPPosition.offset(params["position"], in: f) else { throw .invalidParams("no such position") }
        return (a, f, o)
    }

    static var capabilities: JSONValue {
        .object([
            "capabilities": .object([
                "positionEncoding": "utf-16",
                "textDocumentSync": .object(["openClose": true, "change": .int(2), "save": .object(["includeText": false])]),
                "hoverProvider": true,
                "inlayHintProvider": true,
                "completionProvider": .object(["triggerCharacters": .array([".", "．"])]),
                "definitionProvider": true,
                "referencesProvider": true,
                "renameProvider": .object(["prepareProvider": true]),
                "documentSymbolProvider": true,
                "documentFormattingProvider": true,
                "codeActionProvider": .object(["codeActionKinds": .array(["quickfix"])]),
            ]),
            "serverInfo": .object(["name": "jx"]),
        ])
    }
}
