/// A name declared in many files (every department's 基本支出 and 工资福利, imported into one
/// province) or many projects (every project's 项目资金 and 服务对象满意度) means, where it
/// is written, the one of its own project, else of its own file (`Model.lookup(_:at:)`).
/// Filtering all its declarations for each reference grew with departments × references: a
/// quarter of `jx check` of a province of 4,000 departments. The declarations of such a name
/// are sorted by project and by file once; the evaluator forgets them whenever its model
/// changes.
struct NamesByFile {
    /// Below this many declarations, filtering them is as quick.
    static let threshold = 32

    /// A name's declarations sorted by file, and by project then file (the department's
    /// own part as project -1), each in the model's order within.
    private struct Sorted {
        var byFile: [(file: Int, ref: EntityRef)]
        /// Empty when no declaration is in a project.
        var byProject: [(project: Int, file: Int, order: Int, ref: EntityRef)]
    }

    /// What a name written in a file and project means, as `Model.disambiguate` decides.
    enum Meaning {
        case one(EntityRef)
        /// Several of its project's, none of which its file declares alone.
        case several([EntityRef])
        /// Every declaration of the name: it is ambiguous there.
        case all
    }

    /// By name: one entry a name, so that forgetting them all is quick too.
    private var byName: [NameKey: Sorted] = [:]

    /// What `name` means written in `file` inside `project` (nil: outside every project),
    /// once its declarations are sorted.
    func meaning(of name: String, in file: Int, project: Int?) -> Meaning? {
        guard let sorted = byName[NameKey(name)] else { return nil }
        let p = project ?? -1
        // No declaration in a project (no byProject): each is of the one table, as is the reference.
        let scoped = sorted.byProject.isEmpty ? 0..<0 : NamesByFile.range(sorted.byProject) { $0.project < p ? -1 : $0.project == p ? 0 : 1 }
        if scoped.count == 1 { return .one(sorted.byProject[scoped.lowerBound].ref) }
        if scoped.count > 1 {
            let local = NamesByFile.range(sorted.byProject) { ($0.project, $0.file) < (p, file) ? -1 : ($0.project, $0.file) == (p, file) ? 0 : 1 }
            if local.count == 1 { return .one(sorted.byProject[local.lowerBound].ref) }
            if scoped.count == sorted.byProject.count { return .all }
            // In the model's order, as `Model.disambiguate` lists them.
            return .several(sorted.byProject[scoped].sorted { $0.order < $1.order }.map(\.ref))
        }
        let local = NamesByFile.range(sorted.byFile) { $0.file < file ? -1 : $0.file == file ? 0 : 1 }
        return local.count == 1 ? .one(sorted.byFile[local.lowerBound].ref) : .all
    }

    /// The range of a sorted array whose entries `order` says are equal (0) to what is sought
    /// (-1 before it, 1 after).
    private static func range<T>(_ a: [T], _ order: (T) -> Int) -> Range<Int> {
        // Two binary searches: a name of 40,000 declarations is not walked for each reference.
        func first(_ after: Int) -> Int {
            var lo = 0, hi = a.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if order(a[mid]) < after { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return first(0)..<first(1)
    }

    mutating func keep(_ name: String, _ refs: [EntityRef], files: [Int], projects: [Int?]) {
        let byFile = refs.indices.sorted { (files[$0], $0) < (files[$1], $1) }
        let byProject = projects.contains { $0 != nil } ? refs.indices.sorted { (projects[$0] ?? -1, files[$0], $0) < (projects[$1] ?? -1, files[$1], $1) } : []
        byName[NameKey(name)] = Sorted(byFile: byFile.map { (files[$0], refs[$0]) },
                                       byProject: byProject.map { (projects[$0] ?? -1, files[$0], $0, refs[$0]) })
    }
}

extension Evaluator {
    /// `model.lookup(id.text, at: id.span)`, with the names of many declarations found by
    /// project and file.
    func lookup(_ id: Ident) -> [EntityRef] {
        // A name already sorted: the symbol table makes a new list on each lookup (40,000
        // declarations copied for each reference at 10^6), so ask it only when the name is
        // ambiguous where it is written.
        let here = model.projects.isEmpty ? nil : tables.project(at: id.span)
        if let known = namesByFile.meaning(of: id.text, in: id.span.file, project: here) {
            switch known {
            case .one(let r): return [r]
            case .several(let refs): return refs
            case .all: return model.symbols[id.text] ?? []
            }
        }
        // Fields read one by one: a method of the model called here copies the whole model.
        let refs = model.symbols[id.text] ?? []
        guard refs.count > 1 else { return refs }
        guard refs.count > NamesByFile.threshold else { return model.disambiguate(refs, at: id.span) }
        namesByFile.keep(id.text, refs, files: refs.map { file(of: $0) }, projects: model.projects.isEmpty ? refs.map { _ in nil } : refs.map { model.project(of: $0) })
        return lookup(id)
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
