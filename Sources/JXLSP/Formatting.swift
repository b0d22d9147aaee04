import JXCore

/// Formatting: the `jx fmt` layout, as one edit of the whole document (none when it is
/// already laid out). A document with syntax errors is left as it is: its diagnostics say why.
extension LanguageServer {
    func formatting(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        guard let uri = params["textDocument"]?["uri"]?.string, let doc = documents[uri] else { throw .invalidParams("the document is not open") }
        guard case .formatted(let text) = Formatter.format(doc.file), Array(text.utf8) != doc.file.bytes else { return .array([]) }
        return .array([.object(["range": LSPPosition.range(0..<doc.file.bytes.count, in: doc.file), "newText": .string(text)])])
    }
}
