import JXCore

/// Quick fixes: for every diagnostic whose hint proposes a replacement ("did you mean
/// 公顷?"), the replacement; for an unknown name that may be meant as text, quoting it.
/// The diagnostics are the server's own (the client's copies may be stale or trimmed).
extension LanguageServer {
    func codeActions(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, f) = try analysis(params)
        guard let r = params["range"], let lo = LSPPosition.offset(r["start"], in: f), let hi = LSPPosition.offset(r["end"], in: f) else {
            throw .invalidParams("no range")
        }
        var out: [JSONValue] = []
        for d in a.diagnostics {
            guard let span = d.span, let s = a.inDocument(span), s.lowerBound <= hi, s.upperBound >= lo, s.upperBound <= f.bytes.count else { continue }
            let diagnostic = LSPDiagnostics.json(d, range: LSPPosition.range(s, in: f), in: a, host.language)
            func action(_ title: String, _ text: String, preferred: Bool) {
                let edit: JSONValue = .object(["changes": .object([a.uri: .array([.object(["range": LSPPosition.range(s, in: f), "newText": .string(text)])])])])
                out.append(.object(["title": .string(title), "kind": "quickfix", "diagnostics": .array([diagnostic]),
                                    "isPreferred": .bool(preferred), "edit": edit]))
            }
            let written = f.text(s)
            if let rep = d.replacement, rep != written {
                action("改为 \(rep)（replace with \(rep)）", rep, preferred: true)
            }
            if d.code == "E-unknown-name", d.message.hasPrefix("unknown name "), !written.hasPrefix("\""), !written.hasPrefix("“"), !written.contains("\"") {
                action("加引号作为文本 \"\(written)\"（quote as text）", "\"\(written)\"", preferred: d.replacement == nil)
            }
        }
        return .array(out)
    }
}
