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
        private var heads: [[Int32]] = Array(repeating: [], count: 7)
        private var readers: [Cell] = []
        private var next: [Int32] = []
        private var free: Int32 = -1
        /// Cells outside the arrays (a negative index).
        private var other: [Cell: [Cell]] = [:]

        init() {}

        @inline(__always)
        private func head(_ c: Cell) -> Int32 {
            let i = Int(c.index), k = Int(c.kind.rawValue)
            return i < heads[k].count ? heads[k][i] : -1
        }

        /// Records that `reader` read `c`, unless it was the last reader recorded.
        @inline(__always)
        mutating func add(_ c: Cell, reader: Cell) {
            let i = Int(c.index), k = Int(c.kind.rawValue)
            guard i >= 0 else {
                if other[c]?.last != reader { other[c, default: []].append(reader) }
                return
            }
            let h = i < heads[k].count ? heads[k][i] : -1
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
            if i >= heads[k].count { heads[k].append(contentsOf: repeatElement(-1, count: i + 1 - heads[k].count)) }
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
            set {
                switch ref {
                case .budget(let i) where i >= 0: VerdictCache.put(&budgets, i, newValue)
                case .indicator(let i) where i >= 0: VerdictCache.put(&indicators, i, newValue)
                default: other[ref] = newValue
                }
            }
        }

        private static func put(_ a: inout [Verdict?], _ i: Int, _ v: Verdict?) {
            if i >= a.count {
                if v == nil { return }
                a.append(contentsOf: repeatElement(nil, count: i + 1 - a.count))
            }
            a[i] = v
        }
    }
}
