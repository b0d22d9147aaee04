/// A name declared in many files (every department's 基本支出 and 工资福利, imported into one
/// province) means, where it is written, the one its own file declares (`Model.lookup(_:at:)`).
/// Filtering all its declarations for each reference grew with departments × references: a
/// quarter of `jx check` of a province of 4,000 departments. The declarations of such a name
/// are sorted by file once; the evaluator forgets them whenever its model changes.
struct NamesByFile {
    /// Below this many declarations, filtering them is as quick.
    static let threshold = 32

    private var byName: [String: [Int: [EntityRef]]] = [:]

    /// The declarations of `name` in `file`, in the model's order, once they are sorted.
    func declarations(of name: String, in file: Int) -> [EntityRef]? {
        byName[name].map { $0[file] ?? [] }
    }

    mutating func keep(_ name: String, _ byFile: [Int: [EntityRef]]) { byName[name] = byFile }
}

extension Evaluator {
    /// `model.lookup(id.text, at: id.span)`, with the names of many declarations found by file.
    func lookup(_ id: Ident) -> [EntityRef] {
        let refs = model.lookup(id.text)
        guard refs.count > 1 else { return refs }
        guard refs.count > NamesByFile.threshold, model.projects.isEmpty else { return model.disambiguate(refs, at: id.span) }
        let local: [EntityRef]
        if let known = namesByFile.declarations(of: id.text, in: id.span.file) {
            local = known
        } else {
            var byFile: [Int: [EntityRef]] = [:]
            for r in refs { byFile[model.span(of: r).file, default: []].append(r) }
            namesByFile.keep(id.text, byFile)
            local = byFile[id.span.file] ?? []
        }
        return local.count == 1 ? local : refs
    }
}
