import JXCore

/// The core's diagnostics as the protocol's: a range in UTF-16 units, a severity, the
/// stable code, the message with its hint, the other places it names, and (in `data`)
/// the replacement a "did you mean" proposes, for the code action that applies it.
enum LSPDiagnostics {
    static func severity(_ s: Severity) -> Int {
        switch s {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    static func message(_ d: Diagnostic, _ language: Language) -> String {
        let d = d.localized(language)
        var m = d.message
        if let l = d.label, !l.isEmpty { m += " (\(l))" }
        if let h = d.hint, !h.isEmpty { m += (language == .zh ? "\n提示：" : "\nhint: ") + h }
        return m
    }

    /// The diagnostics of the main file of `a`: those placed in it, and those placed nowhere
    /// (at its first line), in order.
    static func published(_ a: Analysis, _ language: Language) -> [JSONValue] {
        guard let file = a.mainSource else { return [] }
        var out: [JSONValue] = []
        for d in a.diagnostics {
            let range: JSONValue
            if let s = d.span {
                guard let r = a.inDocument(s) else { continue }
                range = LSPPosition.range(r, in: file)
            } else {
                range = LSPPosition.range(0..<0, in: file)
            }
            out.append(json(d, range: range, in: a, language))
        }
        return out
    }

    /// The diagnostics placed in the scripts the main file imports, by their URIs (every
    /// imported script listed, with none when it has none, so that old ones are cleared).
    static func imported(_ a: Analysis, _ language: Language) -> [(String, [JSONValue])] {
        var byFile: [Int: [JSONValue]] = [:]
        for f in 1..<max(1, a.workspace.sources.files.count) where !(a.workspace.sources[f]?.path.hasPrefix("<") ?? true) { byFile[f] = [] }
        for d in a.diagnostics {
            guard let s = d.span, s.file != a.mainFile, byFile[s.file] != nil, let f = a.workspace.sources[s.file] else { continue }
            byFile[s.file]!.append(json(d, range: LSPPosition.range(s, in: f), in: a, language))
        }
        return byFile.keys.sorted().compactMap { k in a.workspace.sources[k].map { (DocumentURI.uri(of: $0.path), byFile[k]!) } }
    }

    static func json(_ d: Diagnostic, range: JSONValue, in a: Analysis, _ language: Language) -> JSONValue {
        var o: [String: JSONValue] = [
            "range": range, "severity": .int(severity(d.severity)), "code": .string(d.code),
            "source": .string("jx"), "message": .string(message(d, language)),
        ]
        var related: [JSONValue] = []
        for n in d.notes {
            guard let s = n.span, let (uri, f, r) = a.located(s) else { continue }
            related.append(.object(["location": .object(["uri": .string(uri), "range": LSPPosition.range(r, in: f)]), "message": .string(n.message)]))
        }
        if !related.isEmpty { o["relatedInformation"] = .array(related) }
        if let r = d.replacement { o["data"] = .object(["replacement": .string(r)]) }
        return .object(o)
    }
}
