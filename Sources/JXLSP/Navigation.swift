import JXCore

/// Go to definition, find references and rename. A name declared in an imported file is
/// named in the files that import it: references and rename ask every open document's
/// analysis that reads the file, not only the document's own.
extension LanguageServer {
    func definition(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, _, o) = try place(params)
        guard let hit = a.query.symbol(file: a.mainFile, offset: o) else { return .null }
        return .array(hit.definitions.compactMap { Navigation.location($0, in: a) })
    }

    func references(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, _, o) = try place(params)
        let withDeclaration = params["context"]?["includeDeclaration"]?.bool ?? true
        var out: [JSONValue] = []
        for (uri, file, span, isDeclaration) in spans(at: o, of: a) where withDeclaration || !isDeclaration {
            out.append(.object(["uri": .string(uri), "range": LSPPosition.range(span, in: file)]))
        }
        return .array(out)
    }

    func prepareRename(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, f, o) = try place(params)
        guard let hit = a.query.symbol(file: a.mainFile, offset: o), hit.entity != nil,
              hit.role == .declaration || hit.role == .reference else { return .null }
        if let e = hit.entity, a.source(of: a.model.span(of: e))?.path.hasPrefix("<policy ") == true { return .null }
        return .object(["range": LSPPosition.range(hit.span, in: f), "placeholder": .string(hit.name)])
    }

    func rename(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, _, o) = try place(params)
        guard let newName = params["newName"]?.string, let written = Navigation.written(newName) else {
            throw .invalidParams("a name cannot be empty or hold both kinds of quotes")
        }
        guard let hit = a.query.symbol(file: a.mainFile, offset: o), hit.entity != nil,
              hit.role == .declaration || hit.role == .reference else {
            throw .invalidParams("there is no budget, indicator, group or constant here to rename")
        }
        if let e = hit.entity, a.source(of: a.model.span(of: e))?.path.hasPrefix("<policy ") == true {
            throw .invalidParams("\(hit.name) is a shipped policy's; override it with your own let instead")
        }
        var changes: [String: [JSONValue]] = [:]
        for (uri, file, span, _) in spans(at: o, of: a) {
            changes[uri, default: []].append(.object(["range": LSPPosition.range(span, in: file), "newText": .string(written)]))
        }
        return .object(["changes": .object(changes.mapValues { .array($0) })])
    }

    /// Every place the entity at `offset` of `a`'s main file is named, in `a` and in every
    /// other open document's analysis that reads that file; each place once.
    func spans(at offset: Int, of a: Analysis) -> [(uri: String, file: SourceFile, span: Span, isDeclaration: Bool)] {
        var out: [(String, SourceFile, Span, Bool)] = []
        var seen = Set<String>()
        var all = [a]
        for uri in analyses.keys.sorted() where uri != a.uri {
            if let b = analyses[uri], b.reads(a.path) { all.append(b) }
        }
        for b in all {
            guard let file = b.query.file(path: a.path), let hit = b.query.symbol(file: file, offset: offset), let e = hit.entity else { continue }
            let declaration = b.model.span(of: e)
            for s in b.query.references(of: hit) {
                guard let f = b.source(of: s), !f.path.hasPrefix("<"), let uri = Navigation.uri(s, in: b) else { continue }
                guard seen.insert("\(f.path)\u{0}\(s.start)").inserted else { continue }
                out.append((uri, f, s, s == declaration))
            }
        }
        return out
    }
}

enum Navigation {
    /// The document URI of a span's file: the analysis's own for its main file.
    static func uri(_ s: Span, in a: Analysis) -> String? {
        if s.file == a.mainFile { return a.uri }
        guard let f = a.source(of: s), !f.path.hasPrefix("<") else { return nil }
        return DocumentURI.uri(of: f.path)
    }

    static func location(_ s: Span, in a: Analysis) -> JSONValue? {
        guard let uri = uri(s, in: a), let f = a.source(of: s) else { return nil }
        return .object(["uri": .string(uri), "range": LSPPosition.range(s, in: f)])
    }

    /// A new name as it must be written: bare when the lexer reads it back as one name,
    /// else quoted (`"2021年 林业资金"`).
    static func written(_ name: String) -> String? {
        guard !name.isEmpty, !name.contains("\n") else { return nil }
        if isBareName(name) { return name }
        if !name.contains("\"") { return "\"\(name)\"" }
        if !name.contains("”") { return "“\(name)”" }
        return nil
    }

    static func isBareName(_ name: String) -> Bool {
        var lexer = Lexer(source: SourceFile(path: "<name>", text: name), fileID: 0)
        let t = lexer.next()
        guard t.kind == .identifier, t.start == 0, t.end == name.utf8.count, t.keyword == nil else { return false }
        return lexer.next().kind == .eof
    }
}
