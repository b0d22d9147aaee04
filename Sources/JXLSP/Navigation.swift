import JXCore

/// Go to definition, find references and rename. A name declared in an imported file is
/// named in the files that import it: references and rename ask every open document's
/// analysis that reads the file, not only the document's own.
extension LanguageServer {
    func definition(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, _, o) = try place(params)
        guard let hit = a.symbol(at: o) else { return .null }
        return .array(hit.definitions.compactMap { Navigation.location($0, in: a) })
    }

    func references(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, _, o) = try place(params)
        let withDeclaration = params["context"]?["includeDeclaration"]?.bool ?? true
        var out: [JSONValue] = []
        for (uri, file, range, isDeclaration) in spans(at: o, of: a) where withDeclaration || !isDeclaration {
            out.append(.object(["uri": .string(uri), "range": LSPPosition.range(range, in: file)]))
        }
        return .array(out)
    }

    func prepareRename(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, f, o) = try place(params)
        guard let hit = a.symbol(at: o), hit.entity != nil, hit.role == .declaration || hit.role == .reference,
              let r = a.inDocument(hit.span) else { return .null }
        if let e = hit.entity, a.source(of: a.model.span(of: e))?.path.hasPrefix("<policy ") == true { return .null }
        return .object(["range": LSPPosition.range(r, in: f), "placeholder": .string(hit.name)])
    }

    func rename(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, _, o) = try place(params)
        guard let newName = params["newName"]?.string, let written = Navigation.written(newName) else {
            throw .invalidParams("a name cannot be empty or hold both kinds of quotes")
        }
        guard let hit = a.symbol(at: o), hit.entity != nil, hit.role == .declaration || hit.role == .reference else {
            throw .invalidParams("there is no budget, indicator, group or constant here to rename")
        }
        if let e = hit.entity, a.source(of: a.model.span(of: e))?.path.hasPrefix("<policy ") == true {
            throw .invalidParams("\(hit.name) is a shipped policy's; override it with your own let instead")
        }
        var changes: [String: [JSONValue]] = [:]
        for (uri, file, range, _) in spans(at: o, of: a) {
            changes[uri, default: []].append(.object(["range": LSPPosition.range(range, in: file), "newText": .string(written)]))
        }
        return .object(["changes": .object(changes.mapValues { .array($0) })])
    }

    /// Every place the entity at `offset` of `a`'s main file is named, in `a` and in every
    /// other open document's analysis that reads that file; each place once.
    func spans(at offset: Int, of a: Analysis) -> [(uri: String, file: SourceFile, range: Range<Int>, isDeclaration: Bool)] {
        var out: [(String, SourceFile, Range<Int>, Bool)] = []
        var seen = Set<String>()
        var all = [a]
        for uri in analyses.keys.sorted() where uri != a.uri {
            if let b = analyses[uri], b.reads(a.path) { all.append(b) }
        }
        for b in all {
            // In another document's analysis the file is an import, read as the editor holds it.
            let found = b === a ? a.symbol(at: offset) : b.query.file(path: a.path).flatMap { b.query.symbol(file: $0, offset: offset) }
            guard let hit = found, let e = hit.entity else { continue }
            let declaration = b.model.span(of: e)
            for s in b.query.references(of: hit) {
                guard let (uri, f, r) = b.located(s) else { continue }
                guard seen.insert("\(uri)\u{0}\(r.lowerBound)").inserted else { continue }
                out.append((uri, f, r, s == declaration))
            }
        }
        return out
    }
}

enum Navigation {
    static func location(_ s: Span, in a: Analysis) -> JSONValue? {
        guard let (uri, f, r) = a.located(s) else { return nil }
        return .object(["uri": .string(uri), "range": LSPPosition.range(r, in: f)])
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
