/// A name declared in many files (every department's 基本支出 and 工资福利, imported into one
/// province) means, where it is written, the one its own file declares (`Model.lookup(_:at:)`).
/// Filtering all its declarations for each reference grew with departments × references: a
/// quarter of `jx check` of a province of 4,000 departments. The declarations of such a name
/// are sorted by file once; the evaluator forgets them whenever its model changes.
struct NamesByFile {
    /// Below this many declarations, filtering them is as quick.
    static let threshold = 32

    /// By name, its declarations with their files, sorted by file (in the model's order
    /// within one file): one array a name, so that forgetting them all is quick too.
    private var byName: [NameKey: [(file: Int, ref: EntityRef)]] = [:]

    /// The declarations of `name` in `file`, in the model's order, once they are sorted.
    func declarations(of name: String, in file: Int) -> [EntityRef]? {
        guard let sorted = byName[NameKey(name)] else { return nil }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].file < file { lo = mid + 1 } else { hi = mid }
        }
        var out: [EntityRef] = []
        while lo < sorted.count, sorted[lo].file == file {
            out.append(sorted[lo].ref)
            lo += 1
        }
        return out
    }

    mutating func keep(_ name: String, _ refs: [EntityRef], files: [Int]) {
        let order = refs.indices.sorted { (files[$0], $0) < (files[$1], $1) }
        byName[NameKey(name)] = order.map { (files[$0], refs[$0]) }
    }
}

extension Evaluator {
    /// `model.lookup(id.text, at: id.span)`, with the names of many declarations found by file.
    func lookup(_ id: Ident) -> [EntityRef] {
        // A name already sorted by file: the symbol table makes a new list on each lookup
        // (40,000 declarations copied for each reference at 10^6), so ask it only when the
        // file does not declare exactly one.
        if let local = namesByFile.declarations(of: id.text, in: id.span.file) {
            return local.count == 1 ? local : model.symbols[id.text] ?? []
        }
        // Fields read one by one: a method of the model called here copies the whole model.
        let refs = model.symbols[id.text] ?? []
        guard refs.count > 1 else { return refs }
        guard refs.count > NamesByFile.threshold, model.projects.isEmpty else { return model.disambiguate(refs, at: id.span) }
        namesByFile.keep(id.text, refs, files: refs.map { file(of: $0) })
        let local = namesByFile.declarations(of: id.text, in: id.span.file) ?? []
        return local.count == 1 ? local : refs
    }

    /// `model.span(of: r).file`, reading only the array that holds `r`.
    private func file(of r: EntityRef) -> Int {
        switch r {
        case .budget(let i): model.budgets[i].name.span.file
        case .spend(let i): model.spends[i].name.span.file
        case .indicator(let i): model.indicators[i].decl.name.span.file
        case .group(let i): model.groups[i].name.span.file
        case .constant(let i): model.constants[i].name.span.file
        }
    }
}
