/// The indicators a `declared` count is compared with, sorted once by the file that declares
/// them and their project, so that each count adds up only the files its report covers. A
/// province of 40,000 department files declares 120,000 counts: one pass over every
/// indicator per count took 85% of `jx check` at 2,000 indicators and grew with the square.
struct ListedCountIndex {
    struct Key: Hashable { var file: Int; var project: Int? }
    /// Levels by number (`LevelNames`): a count unions the parts of every file it covers, and
    /// hashing the names' text for each union was most of the counts at 10^4 indicators.
    struct Part {
        var level1 = SortedNumbers()
        var level2 = SortedNumbers()
        var level3 = 0
        mutating func add(level1 a: Int?, level2 b: Int?) {
            level3 += 1
            if let a { level1.insert(a) }
            if let b { level2.insert(b) }
        }
        mutating func add(_ other: Part) {
            level1.formUnion(other.level1)
            level2.formUnion(other.level2)
            level3 += other.level3
        }
    }

    private let imports: [Int: [Int]]
    private let byProjects: Bool
    /// Indicators of files the workspace loaded, by file and project.
    private var parts: [Key: Part] = [:]
    /// Indicators every report covers (a line typed at the prompt, or no imports at all), by project.
    private var everywhere: [Int?: Part] = [:]

    init(_ model: Model) {
        imports = model.imports
        byProjects = !model.projects.isEmpty
        // Indicators of one group follow each other: one of the same file, project and levels
        // as the one before adds only to the count (hashing the levels' names for each was
        // most of this).
        var last: (key: Key, level1: String?, level2: String?)?
        var names = LevelNames()
        for (i, ind) in model.indicators.enumerated() {
            let a = ind.level1, b = ind.level2
            let project = byProjects ? model.project(of: .indicator(i)) : nil
            let file = ind.decl.span.file
            let key = Key(file: imports.isEmpty || imports[file] == nil ? -1 : file, project: project)
            if let l = last, l.key == key, l.level1 == a, l.level2 == b {
                if key.file == -1 { everywhere[project, default: Part()].level3 += 1 } else { parts[key, default: Part()].level3 += 1 }
                continue
            }
            last = (key, a, b)
            // A level 2 is counted under its level 1: 数量 of 产出 and 数量 of 效益 are two.
            let n1 = a.map { names.number(of: $0) }, n2 = b.map { names.number(of: (a ?? "") + "/" + $0) }
            if key.file == -1 {
                everywhere[project, default: Part()].add(level1: n1, level2: n2)
            } else {
                parts[key, default: Part()].add(level1: n1, level2: n2)
            }
        }
    }

    /// What `Model.file(_:isReportedBy:)` admits: `owner` and the files it imports, directly
    /// or not, and the files every report covers.
    func counts(reportedBy owner: Int?, project: Int?) -> (level1: Int, level2: Int, level3: Int) {
        let p = byProjects ? project : nil
        guard let owner else {
            var a = everywhere[p] ?? Part()
            for (k, part) in parts where k.project == p { a.add(part) }
            return (a.level1.count, a.level2.count, a.level3)
        }
        var total = everywhere[p] ?? Part()
        var seen: Set<Int> = [owner]
        var todo = [owner]
        while let f = todo.popLast() {
            if let part = parts[Key(file: f, project: p)] { total.add(part) }
            for g in imports[f] ?? [] where seen.insert(g).inserted { todo.append(g) }
        }
        return (total.level1.count, total.level2.count, total.level3)
    }
}

/// A set of level numbers as a sorted list: a part holds a few, and a count merges the
/// parts of every file it covers (hashed sets were 30 M instructions of `check` at 10^4).
struct SortedNumbers {
    private(set) var items: [Int] = []
    var count: Int { items.count }

    mutating func insert(_ n: Int) {
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid] < n { lo = mid + 1 } else { hi = mid }
        }
        if lo < items.count, items[lo] == n { return }
        items.insert(n, at: lo)
    }

    mutating func formUnion(_ other: SortedNumbers) {
        if other.items.isEmpty { return }
        if items.isEmpty { items = other.items; return }
        if let last = items.last, let first = other.items.first, last < first { items += other.items; return }
        var merged: [Int] = []
        merged.reserveCapacity(items.count + other.items.count)
        var i = 0, j = 0
        let a = items, b = other.items
        while i < a.count, j < b.count {
            if a[i] < b[j] { merged.append(a[i]); i += 1 }
            else if b[j] < a[i] { merged.append(b[j]); j += 1 }
            else { merged.append(a[i]); i += 1; j += 1 }
        }
        if i < a.count { merged += a[i...] }
        if j < b.count { merged += b[j...] }
        items = merged
    }
}

/// A number for each level name, in the order first seen.
private struct LevelNames {
    private var numbers: [NameKey: Int] = [:]
    mutating func number(of name: String) -> Int {
        if let n = numbers[NameKey(name)] { return n }
        let n = numbers.count
        numbers[NameKey(name)] = n
        return n
    }
}

extension Evaluator {
    /// The listed counts of the model's own `declared` counts, worked out once a model.
    public func declaredListedCounts() -> [(level1: Int, level2: Int, level3: Int)] {
        if let m = declaredCountsMemo { return m }
        let counts = listedCounts(of: model.declared)
        declaredCountsMemo = counts
        return counts
    }

    /// The listed counts of each of `declared`, with one pass over the indicators for all.
    public func listedCounts(of declared: [DeclaredCount]) -> [(level1: Int, level2: Int, level3: Int)] {
        guard !declared.isEmpty else { return [] }
        let index = ListedCountIndex(model)
        return declared.map { index.counts(reportedBy: $0.span.file, project: $0.project) }
    }
}
