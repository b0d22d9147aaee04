/// Questions about a loaded workspace asked from a place in one of its files, as an editor
/// asks them: what stands here (hover), where it is declared (go to definition), and where
/// else it is named (find references, rename). The ground for a language server; it does
/// no I/O and answers for the model as it was when the query was made (after a change,
/// make a new one).
///
/// Every name the model's declarations write is indexed once, when the query is made;
/// each question after that is a binary search or a slice of the index. Places come from
/// an editor and may be anywhere: a place outside a file, between names, in a comment or
/// inside a character gets no answer, never a trap.
public final class SourceQuery {
    public let workspace: Workspace
    /// The files places are asked in: the workspace's, and any a live model has added since
    /// (a declaration changed in place, read from a text of its own).
    public let sources: SourceMap
    private let index: ReferenceIndex

    public convenience init(_ workspace: Workspace) {
        self.init(workspace, sources: workspace.sources)
    }

    /// A query over the workspace's model as it is now, with `sources` holding every file
    /// its spans name (the evaluator's map, after changes made in place).
    public init(_ workspace: Workspace, sources: SourceMap) {
        self.workspace = workspace
        self.sources = sources
        index = ReferenceIndex(model: workspace.model, sources: sources)
    }

    private var model: Model { workspace.model }

    // MARK: places

    /// The file ID of a loaded file, by the path it was loaded as (`.`s and `..`s aside).
    public func file(path: String) -> Int? {
        let key = Workspace.normalize(path)
        return sources.files.firstIndex { Workspace.normalize($0.path) == key }
    }

    /// The byte offset of an editor's position (line and character from 0) in a file.
    public func offset(file: Int, at p: SourcePosition, encoding: PositionEncoding = .utf16) -> Int? {
        sources[file].flatMap { encoding.offset(of: p, in: $0) }
    }

    /// The editor's position of a byte offset: to send spans back to the editor.
    public func position(file: Int, offset: Int, encoding: PositionEncoding = .utf16) -> SourcePosition? {
        sources[file].flatMap { encoding.position(of: offset, in: $0) }
    }

    // MARK: what stands here

    /// The name at byte `offset` of file `file`: the one whose span holds the byte there.
    public func symbol(file: Int, offset: Int) -> SymbolHit? {
        guard let source = sources[file], offset >= 0, offset < source.bytes.count,
              !PositionEncoding.continues(source.bytes[offset]),
              let o = index.occurrence(file: file, offset: offset) else { return nil }
        let entities = index.candidates(of: o).filter(isHeld)
        return SymbolHit(name: SourceQuery.written(source, o.span), span: o.span, role: o.role,
                         entities: entities, definitions: entities.map(model.span(of:)))
    }

    public func symbol(path: String, offset: Int) -> SymbolHit? {
        file(path: path).flatMap { symbol(file: $0, offset: offset) }
    }

    /// The name at an editor's position.
    public func symbol(file: Int, at p: SourcePosition, encoding: PositionEncoding = .utf16) -> SymbolHit? {
        offset(file: file, at: p, encoding: encoding).flatMap { symbol(file: file, offset: $0) }
    }

    /// What the name stands for, as a user reads it: an entity's row and figures, a field's
    /// value, the value of `时间进度` or `总分`. Nil for an ambiguous name, a field of each
    /// subject of a rule, or a name without a value. Values are computed as they are read
    /// (once; the evaluator keeps them).
    public func value(of hit: SymbolHit) -> ShownValue? {
        let ev = workspace.evaluator
        switch hit.role {
        case .declaration, .reference:
            return hit.entity.map { ShownValue.of($0, in: ev) }
        case .field(let m):
            guard let owner = hit.entity else { return nil }
            return ShownValue.field(m, written: Ident(hit.name, hit.span), of: owner, in: ev)
        case .unresolved:
            return ShownValue.builtIn(Ident(hit.name, hit.span), in: ev)
        case .subjectField:
            return nil
        }
    }

    // MARK: references

    /// Where the hit's entity is named in any file of the workspace, its declaration
    /// included, in file and place order (for rename: every span to rewrite). For a field,
    /// where that field of that entity is read. Nothing for an ambiguous name (the script
    /// must qualify it first) or a name of no entity.
    public func references(of hit: SymbolHit) -> [Span] {
        guard let e = hit.entity else { return [] }
        if case .field(let m) = hit.role {
            return index.occurrences(of: e).filter { $0.role == .field(m) }.map(\.span)
        }
        guard hit.role == .declaration || hit.role == .reference else { return [] }
        return references(to: e)
    }

    /// Where an entity is named: its declaration and every reference that resolves to it.
    public func references(to e: EntityRef) -> [Span] {
        index.occurrences(of: e).filter { $0.role == .declaration || $0.role == .reference }.map(\.span)
    }

    /// Where an entity is declared (its name there).
    public func definition(of e: EntityRef) -> Span? { isHeld(e) ? model.span(of: e) : nil }

    // MARK: helpers

    /// Whether the model holds this entity (it may have changed since the index was made).
    private func isHeld(_ e: EntityRef) -> Bool {
        let m = model
        switch e {
        case .budget(let i): return i >= 0 && i < m.budgets.count
        case .spend(let i): return i >= 0 && i < m.spends.count
        case .indicator(let i): return i >= 0 && i < m.indicators.count
        case .group(let i): return i >= 0 && i < m.groups.count
        case .constant(let i): return i >= 0 && i < m.constants.count
        }
    }

    /// A name as written, its quotes taken off (`"2021年林业资金"`).
    static func written(_ file: SourceFile, _ span: Span) -> String {
        let text = file.text(span.start..<span.end)
        for (open, close) in [("\"", "\""), ("“", "”")] where text.count >= 2 && text.hasPrefix(open) && text.hasSuffix(close) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
