/// The evaluator's bookkeeping, kept in flat arrays indexed by cell rather than in hashed
/// sets and dictionaries: at a million indicators a `Set<Cell>` costs a hash per read and
/// a hundred bytes per cell, these cost one byte (state) and eight bytes per edge.
extension Evaluator {
    /// Per cell: computed, being computed, has diagnostics. Arrays grow on demand, so a
    /// model that grows (the REPL) needs no resizing here.
    struct CellStates {
        static let computed: UInt8 = 1
        static let inProgress: UInt8 = 2
        static let hasDiagnostics: UInt8 = 4
        static let queued: UInt8 = 8

        private var flags: [[UInt8]] = Array(repeating: [], count: 7)
        /// Cells outside the arrays (a negative index): rare, kept by hash.
        private var other: [Cell: UInt8] = [:]

        init() {}

        /// Room for `counts[k]` cells of each kind (by `Cell.Kind` raw value), all clear.
        init(counts: [Int]) {
            for (k, n) in counts.enumerated() where k < 7 { flags[k] = Array(repeating: 0, count: n) }
        }

        /// The flags of the first `count` cells of a kind (zero past those recorded).
        func flags(of kind: Cell.Kind, count: Int) -> [UInt8] {
            let f = flags[Int(kind.rawValue)]
            if f.count >= count { return f }
            return f + Array(repeating: 0, count: count - f.count)
        }

        @inline(__always)
        func get(_ c: Cell) -> UInt8 {
            let i = Int(c.index)
            let k = Int(c.kind.rawValue)
            if i >= 0 {
                return flags.withUnsafeBufferPointer { f in i < f[k].count ? f[k][i] : 0 }
            }
            return other[c] ?? 0
        }

        @inline(__always)
        mutating func set(_ c: Cell, _ v: UInt8) {
            let i = Int(c.index)
            let k = Int(c.kind.rawValue)
            guard i >= 0 else { other[c] = v == 0 ? nil : v; return }
            if i >= flags[k].count {
                if v == 0 { return }
                flags[k].append(contentsOf: repeatElement(0, count: i + 1 - flags[k].count))
            }
            flags[k][i] = v
        }
    }

    /// Cell → the cells that read it, as linked lists in one pool of edges.
    struct DependencyGraph {
        /// Per kind, per index: the first edge (-1: none).
        private var heads: [Heads] = Array(repeating: Heads(), count: 7)
        private var readers: [Cell] = []
        private var next: [Int32] = []
        private var free: Int32 = -1
        /// Cells outside the arrays (a negative index).
        private var other: [Cell: [Cell]] = [:]

        init() {}

        @inline(__always)
        private func head(_ c: Cell) -> Int32 {
            let i = Int(c.index), k = Int(c.kind.rawValue)
            return heads[k][i]
        }

        /// First edges by index, in pages of 4,096 made when first written: the first edge
        /// of cell 500,000 costs one page, not an array of half a million (a what-if change
        /// in a large file paid that once, a millisecond).
        struct Heads {
            private var pages: [[Int32]] = []
            private static let shift = 12, mask = (1 << 12) - 1

            subscript(_ i: Int) -> Int32 {
                get {
                    let p = i >> Heads.shift
                    guard p < pages.count, !pages[p].isEmpty else { return -1 }
                    return pages[p][i & Heads.mask]
                }
                set {
                    let p = i >> Heads.shift
                    if p >= pages.count { pages.append(contentsOf: repeatElement([], count: p + 1 - pages.count)) }
                    if pages[p].isEmpty { pages[p] = Array(repeating: -1, count: 1 << Heads.shift) }
                    pages[p][i & Heads.mask] = newValue
                }
            }
        }

        /// Records that `reader` read `c`, unless it was the last reader recorded.
        @inline(__always)
        mutating func add(_ c: Cell, reader: Cell) {
            let i = Int(c.index), k = Int(c.kind.rawValue)
            guard i >= 0 else {
                if other[c]?.last != reader { other[c, default: []].append(reader) }
                return
            }
            let h = heads[k][i]
            if h >= 0, readers[Int(h)] == reader { return }
            let e: Int32
            if free >= 0 {
                e = free
                free = next[Int(e)]
                readers[Int(e)] = reader
                next[Int(e)] = h
            } else {
                e = Int32(truncatingIfNeeded: readers.count)
                readers.append(reader)
                next.append(h)
            }
            heads[k][i] = e
        }

        /// Removes and returns the readers of `c`, in the order they were recorded.
        mutating func removeReaders(of c: Cell) -> [Cell] {
            let i = Int(c.index), k = Int(c.kind.rawValue)
            guard i >= 0 else { return other.removeValue(forKey: c) ?? [] }
            var e = head(c)
            guard e >= 0 else { return [] }
            heads[k][i] = -1
            var out: [Cell] = []
            while e >= 0 {
                out.append(readers[Int(e)])
                let n = next[Int(e)]
                next[Int(e)] = free
                free = e
                e = n
            }
            out.reverse()
            return out
        }

        /// The readers of `c` in the order recorded (for tests and tools).
        func readersOf(_ c: Cell) -> [Cell] {
            guard c.index >= 0 else { return other[c] ?? [] }
            var out: [Cell] = []
            var e = head(c)
            while e >= 0 { out.append(readers[Int(e)]); e = next[Int(e)] }
            return out.reversed()
        }
    }

    /// Verdicts of budgets and indicators by index (what `[EntityRef: Verdict]` was).
    struct VerdictCache {
        private var budgets: [Verdict?] = []
        private var indicators: [Verdict?] = []
        private var other: [EntityRef: Verdict] = [:]

        init() {}

        subscript(_ ref: EntityRef) -> Verdict? {
            get {
                switch ref {
                case .budget(let i) where i >= 0: return i < budgets.count ? budgets[i] : nil
                case .indicator(let i) where i >= 0: return i < indicators.count ? indicators[i] : nil
                default: return other[ref]
                }
            }
            set { store(newValue, for: ref, of: Int.max) }
        }

        /// The light alone, read in place (a copy of the verdict retains its texts).
        func light(of ref: EntityRef) -> Light? {
            switch ref {
            case .budget(let i) where i >= 0: return i < budgets.count ? budgets[i]?.light : nil
            case .indicator(let i) where i >= 0: return i < indicators.count ? indicators[i]?.light : nil
            default: return other[ref]?.light
            }
        }

        /// The clause whose message is still to be written, if the verdict has one.
        func pendingLightMessage(_ ref: EntityRef) -> ClauseSource? {
            switch ref {
            case .budget(let i) where i >= 0 && i < budgets.count: budgets[i].flatMap { $0.lightMessage == nil ? $0.lightBy : nil }
            case .indicator(let i) where i >= 0 && i < indicators.count: indicators[i].flatMap { $0.lightMessage == nil ? $0.lightBy : nil }
            default: other[ref].flatMap { $0.lightMessage == nil ? $0.lightBy : nil }
            }
        }

        /// The light's message written; nil: it cannot be, and the verdict has none.
        mutating func setLightMessage(_ m: String?, of ref: EntityRef) {
            func set(_ v: inout Verdict) {
                v.lightMessage = m
                if m == nil { v.lightBy = nil }
            }
            switch ref {
            case .budget(let i) where i >= 0 && i < budgets.count && budgets[i] != nil: set(&budgets[i]!)
            case .indicator(let i) where i >= 0 && i < indicators.count && indicators[i] != nil: set(&indicators[i]!)
            default: if other[ref] != nil { set(&other[ref]!) }
            }
        }

        /// A kept verdict's message, to be written again (`HeldVerdict.sameButMessage`).
        mutating func forgetLightMessage(_ ref: EntityRef) {
            switch ref {
            case .budget(let i) where i >= 0 && i < budgets.count && budgets[i] != nil: budgets[i]!.lightMessage = nil
            case .indicator(let i) where i >= 0 && i < indicators.count && indicators[i] != nil: indicators[i]!.lightMessage = nil
            default: if other[ref] != nil { other[ref]!.lightMessage = nil }
            }
        }

        /// Stores a verdict of one of `count` budgets or indicators (the list grows no further).
        mutating func store(_ v: Verdict?, for ref: EntityRef, of count: Int) {
            switch ref {
            case .budget(let i) where i >= 0: VerdictCache.put(&budgets, i, v, count)
            case .indicator(let i) where i >= 0: VerdictCache.put(&indicators, i, v, count)
            default: other[ref] = v
            }
        }

        /// An empty verdict (no rule applies, none holds) is kept as none: it reads the same
        /// (`Evaluator.verdict`), and a file without rules then holds no verdicts at all (one
        /// what-if change in a file of a million indicators used to grow this to a million).
        private static func put(_ a: inout [Verdict?], _ i: Int, _ given: Verdict?, _ count: Int) {
            let v = given == Verdict() ? nil : given
            if i >= a.count {
                if v == nil { return }
                CappedGrowth.grow(&a, toHold: i, limit: count)
            }
            a[i] = v
        }
    }
}
