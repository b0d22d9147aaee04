import JXCore
@testable import JXLSP

/// A language client in memory: it sends the server requests and notifications as an
/// editor would, and keeps what the server sends back. Files "on disk" are a dictionary.
final class Conversation {
    var disk: [String: String]
    private(set) var received: [JSONValue] = []
    private var nextID = 0
    private var server: LanguageServer!

    init(disk: [String: String] = [:], initialize: Bool = true) {
        self.disk = disk
        server = LanguageServer(host: LanguageServer.Host(read: { [unowned self] p in
            self.disk[p].map { .success(Array($0.utf8)) } ?? .failure(Workspace.FileError("no such file"))
        })) { [unowned self] in self.received.append($0) }
        if initialize {
            _ = request("initialize", ["processId": .null, "rootUri": .null, "capabilities": .object([:])])
            notify("initialized", .object([:]))
        }
    }

    /// The response to a request: its result, or its error.
    @discardableResult
    func request(_ method: String, _ params: JSONValue) -> JSONValue {
        nextID += 1
        let id = nextID
        server.handle(.object(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]))
        return received.last { $0["id"] == .int(id) } ?? .null
    }

    func result(_ method: String, _ params: JSONValue) -> JSONValue { request(method, params)["result"] ?? .null }

    func notify(_ method: String, _ params: JSONValue) {
        server.handle(.object(["jsonrpc": "2.0", "method": .string(method), "params": params]))
    }

    var exitCode: Int32? { server.exitCode }
    var fullAnalyses: Int { server.fullAnalyses }

    func open(_ path: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri(path)), "languageId": "jx", "version": .int(version), "text": .string(text)]])
    }

    func change(_ path: String, version: Int, _ changes: [JSONValue]) {
        notify("textDocument/didChange", ["textDocument": ["uri": .string(uri(path)), "version": .int(version)], "contentChanges": .array(changes)])
    }

    /// The diagnostics last published for a file, or nil if none were.
    func diagnostics(_ path: String) -> [JSONValue]? {
        published(path).last?["diagnostics"]?.array
    }

    /// Every publishDiagnostics of a file, in order.
    func published(_ path: String) -> [JSONValue] {
        received.filter { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri(path)) }.compactMap { $0["params"] }
    }

    func uri(_ path: String) -> String { "file://" + path }

    func doc(_ path: String) -> JSONValue { ["uri": .string(uri(path))] }

    func at(_ path: String, _ line: Int, _ character: Int) -> JSONValue {
        ["textDocument": doc(path), "position": position(line, character)]
    }

    func position(_ line: Int, _ character: Int) -> JSONValue { ["line": .int(line), "character": .int(character)] }
}

/// Where a word is written: its line (from 0) and its first character in UTF-16 units,
/// counted the way an editor counts them.
func place(of word: String, in text: String, occurrence: Int = 0) -> (line: Int, character: Int)? {
    var seen = 0
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var rest = Substring(line)
        while let r = rest.firstRange(of: word) {
            if seen == occurrence { return (n, line[..<r.lowerBound].utf16.count) }
            seen += 1
            rest = line[r.upperBound...]
        }
    }
    return nil
}
