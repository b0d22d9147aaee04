/// Every name the model's declarations write (`Occurrence`), kept two ways: by place, for
/// "what stands here", and by entity, for "where is this named". Built once, in time linear
/// in the number of names (one walk, a sort that meets a few runs already in order, and a
/// counting sort by entity); then each question is a binary search or a slice.
struct ReferenceIndex {
    /// Sorted by file, then by start.
    let occurrences: [Occurrence]
    let candidateLists: [[EntityRef]]
    /// The occurrences of file `f` are `fileStarts[f] ..< fileStarts[f + 1]`.
    private let fileStarts: [Int]
    /// Entity keys (`key(of:)`) start at these offsets, in `EntityRef` order: budgets,
    /// spending lines, indicators, groups, constants.
    private let bases: [Int]
    /// The occurrences naming entity `k` (or a field of it), in place order:
    /// `byEntity[entityStarts[k] ..< entityStarts[k + 1]]`.
    private let entityStarts: [Int32]
    private let byEntity: [Int32]

    init(model: Model, sources: SourceMap) {
        var collector = ReferenceCollector(model: model, sources: sources)
        collector.collect()
        let files = sources.files.count
        // Only places in the workspace's files can be asked about.
        var all = collector.occurrences.filter { $0.span.file >= 0 && $0.span.file < files }
        // The walk goes kind by kind: each kind's names come in source order, so the sort
        // merges a handful of runs.
        all.sort { a, b in a.span.file != b.span.file ? a.span.file < b.span.file : a.span.start < b.span.start }
        // One place, one name (a declaration met twice would be counted twice).
        var unique: [Occurrence] = []
        unique.reserveCapacity(all.count)
        for o in all where unique.last.map({ $0.span != o.span }) ?? true { unique.append(o) }
        occurrences = unique
        candidateLists = collector.candidateLists

        var starts = Array(repeating: unique.count, count: files + 1)
        for (k, o) in unique.enumerated().reversed() { starts[o.span.file] = k }
        for f in stride(from: files - 1, through: 0, by: -1) where starts[f] > starts[f + 1] { starts[f] = starts[f + 1] }
        fileStarts = starts

        let counts = [model.budgets.count, model.spends.count, model.indicators.count, model.groups.count, model.constants.count]
        var b = [0]
        for c in counts { b.append(b.last! + c) }
        bases = b
        let keys = b.last!
        var es = Array(repeating: Int32(0), count: keys + 1)
        for o in unique { if let k = ReferenceIndex.key(o.entity, b) { es[k + 1] += 1 } }
        for k in 0..<keys { es[k + 1] += es[k] }
        var next = es
        var order = Array(repeating: Int32(0), count: Int(es[keys]))
        for (i, o) in unique.enumerated() {
            guard let k = ReferenceIndex.key(o.entity, b) else { continue }
            order[Int(next[k])] = Int32(i)
            next[k] += 1
        }
        entityStarts = es
        byEntity = order
    }

    /// The occurrence at byte `offset` of `file`: the one whose span holds it.
    func occurrence(file: Int, offset: Int) -> Occurrence? {
        guard file >= 0, file + 1 < fileStarts.count else { return nil }
        var lo = fileStarts[file], hi = fileStarts[file + 1]
        // The last occurrence starting at or before the offset.
        while lo < hi {
            let mid = (lo + hi) / 2
            if occurrences[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > fileStarts[file] else { return nil }
        let o = occurrences[lo - 1]
        return offset < o.span.end ? o : nil
    }

    /// The occurrences that name `ref` or a field of it, in place order.
    func occurrences(of ref: EntityRef) -> [Occurrence] {
        guard let k = ReferenceIndex.key(ref, bases) else { return [] }
        return byEntity[Int(entityStarts[k])..<Int(entityStarts[k + 1])].map { occurrences[Int($0)] }
    }

    func candidates(of o: Occurrence) -> [EntityRef] {
        if let e = o.entity { return [e] }
        guard o.candidates >= 0, Int(o.candidates) < candidateLists.count else { return [] }
        return candidateLists[Int(o.candidates)]
    }

    /// An entity's place among the keys; nil for one the model does not hold.
    private static func key(_ ref: EntityRef?, _ bases: [Int]) -> Int? {
        guard let ref else { return nil }
        let (kind, i): (Int, Int)
        switch ref {
        case .budget(let x): (kind, i) = (0, x)
        case .spend(let x): (kind, i) = (1, x)
        case .indicator(let x): (kind, i) = (2, x)
        case .group(let x): (kind, i) = (3, x)
        case .constant(let x): (kind, i) = (4, x)
        }
        guard i >= 0, bases[kind] + i < bases[kind + 1] else { return nil }
        return bases[kind] + i
    }
}
