/// Names to what they stand for: the model's symbol table. It reads like a
/// `[String: [EntityRef]]` (subscripts, `keys`, `count`), but a name that stands for one
/// thing, as nearly all do, costs no array: at a million indicators a dictionary of
/// arrays cost about a hundred bytes and an allocation per name, this about forty.
/// Names compare as `String`s do (canonical equivalence; see `NameHash`); keys come in
/// insertion order.
public struct SymbolTable: Sendable {
    private var names: [String] = []
    /// The low 32 bits of each name's hash (enough to skip nearly every wrong slot).
    private var hashes: [UInt32] = []
    /// Each name's first referent, packed (see `Packed`): 5 bytes instead of 16.
    private var firstKinds: [UInt8] = []
    private var firstIndices: [Int32] = []
    /// Per entry: index into `more` for a second and later referents, -1 for none, -2
    /// for a removed entry.
    private var extra: [Int32] = []
    private var more: [[EntityRef]] = []
    /// Open addressing over entry indices: -1 empty.
    private var slots: [Int32] = []
    public private(set) var count = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// The names, in the order they were first declared.
    public var keys: [String] {
        var out: [String] = []
        out.reserveCapacity(count)
        for (i, n) in names.enumerated() where extra[i] != -2 { out.append(n) }
        return out
    }

    private func find(_ name: String, _ h: Int) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var s = h & mask
        while true {
            let e = Int(slots[s])
            if e < 0 { return (s, nil) }
            if hashes[e] == UInt32(truncatingIfNeeded: h), extra[e] != -2, names[e] == name { return (s, e) }
            s = (s + 1) & mask
        }
    }

    private func entry(_ name: String) -> Int? {
        guard count > 0 else { return nil }
        return find(name, NameHash.of(name)).entry
    }

    /// The first thing `name` stands for, without building an array.
    public func first(_ name: String) -> EntityRef? {
        entry(name).map { first(at: $0) }
    }

    /// How many things `name` stands for.
    public func countOf(_ name: String) -> Int {
        guard let e = entry(name) else { return 0 }
        return extra[e] >= 0 ? 1 + more[Int(extra[e])].count : 1
    }

    /// The names that stand for several things, with all of them in declaration order:
    /// few in any model, found without building an array for the others.
    public func namesOfSeveral() -> [(name: String, refs: [EntityRef])] {
        var out: [(name: String, refs: [EntityRef])] = []
        for e in extra.indices where extra[e] >= 0 { out.append((names[e], [first(at: e)] + more[Int(extra[e])])) }
        return out
    }

    /// Calls `body` with every name, in declaration order, without collecting them.
    public func forEachName(_ body: (String) -> Void) {
        for e in names.indices where extra[e] != -2 { body(names[e]) }
    }

    public subscript(_ name: String) -> [EntityRef]? {
        get {
            guard let e = entry(name) else { return nil }
            return extra[e] >= 0 ? [first(at: e)] + more[Int(extra[e])] : [first(at: e)]
        }
        set { set(name, newValue ?? []) }
    }

    public subscript(_ name: String, default value: @autoclosure () -> [EntityRef]) -> [EntityRef] {
        get { self[name] ?? value() }
        set { set(name, newValue) }
    }

    /// Adds one more referent to `name` (what registering a declaration does).
    public mutating func append(_ name: String, _ ref: EntityRef) {
        let h = NameHash.of(name)
        if slots.isEmpty || (names.count + 1) * 2 > slots.count { grow() }
        let (s, found) = find(name, h)
        if let e = found {
            if extra[e] >= 0 { more[Int(extra[e])].append(ref) } else {
                extra[e] = Int32(more.count)
                more.append([ref])
            }
            return
        }
        slots[s] = Int32(names.count)
        names.append(name)
        hashes.append(UInt32(truncatingIfNeeded: h))
        let (k, i) = SymbolTable.pack(ref)
        firstKinds.append(k)
        firstIndices.append(i)
        extra.append(-1)
        count += 1
    }

    /// Below this many names, `appendIndicators` enters them one by one.
    static let bulkThreshold = 20_000

    /// Appends indicators `first ..< first + count`, their names given by `name(k)` for
    /// `k` in `0 ..< count`: the same table as appending them one by one, but the texts and
    /// hashes (most of the work) are made on every core, and only the slots are filled in
    /// order. A name met before gets this indicator as a further referent, and its entry
    /// here stays as a removed one.
    mutating func appendIndicators(first: Int, count n: Int, name: @Sendable (Int) -> String) {
        let cores = Parallel.cores
        guard n >= SymbolTable.bulkThreshold, cores > 1 else {
            for k in 0..<n { append(name(k), .indicator(first + k)) }
            return
        }
        let base = names.count
        // Slots first, for the names already entered (growing rehashes only those).
        if slots.count < (base + n) * 2 + 2 { growSlots(to: base + n) }
        names.append(contentsOf: repeatElement("", count: n))
        hashes.append(contentsOf: repeatElement(0, count: n))
        names.withUnsafeMutableBufferPointer { nb in
            hashes.withUnsafeMutableBufferPointer { hb in
                // Each index written by one thread.
                nonisolated(unsafe) let nb = nb, hb = hb
                let parts = cores * 4
                Parallel.forEach(parts, workers: parts) { part in
                    for k in stride(from: n * part / parts, to: n * (part + 1) / parts, by: 1) {
                        let text = name(k)
                        hb[base + k] = UInt32(truncatingIfNeeded: NameHash.of(text))
                        nb[base + k] = text
                    }
                }
            }
        }
        firstKinds.reserveCapacity(base + n)
        firstIndices.reserveCapacity(base + n)
        extra.reserveCapacity(base + n)
        let mask = slots.count - 1
        for e in base..<(base + n) {
            let h = hashes[e]
            var s = Int(h) & mask
            var found: Int?
            while true {
                let o = Int(slots[s])
                if o < 0 { break }
                if hashes[o] == h, extra[o] != -2, names[o] == names[e] { found = o; break }
                s = (s + 1) & mask
            }
            let ref = EntityRef.indicator(first + e - base)
            let (k, i) = SymbolTable.pack(ref)
            firstKinds.append(k)
            firstIndices.append(i)
            if let o = found {
                extra.append(-2)
                if extra[o] >= 0 { more[Int(extra[o])].append(ref) } else {
                    extra[o] = Int32(more.count)
                    more.append([ref])
                }
            } else {
                extra.append(-1)
                slots[s] = Int32(e)
                count += 1
            }
        }
    }

    private mutating func set(_ name: String, _ refs: [EntityRef]) {
        if let e = entry(name) {
            if refs.isEmpty {
                extra[e] = -2
                count -= 1
                return
            }
            (firstKinds[e], firstIndices[e]) = SymbolTable.pack(refs[0])
            if refs.count == 1 { extra[e] = -1 } else if extra[e] >= 0 { more[Int(extra[e])] = Array(refs.dropFirst()) } else {
                extra[e] = Int32(more.count)
                more.append(Array(refs.dropFirst()))
            }
            return
        }
        guard let first = refs.first else { return }
        append(name, first)
        for r in refs.dropFirst() { append(name, r) }
    }

    /// Room for `n` more names without regrowing (a model builder knows how many come).
    public mutating func reserveCapacity(_ n: Int) {
        let total = names.count + n
        names.reserveCapacity(total)
        hashes.reserveCapacity(total)
        firstKinds.reserveCapacity(total)
        firstIndices.reserveCapacity(total)
        extra.reserveCapacity(total)
        if slots.count < total * 2 { growSlots(to: total) }
    }

    /// Entity indices are array positions: they fit 32 bits in any model that fits memory.
    private static func pack(_ r: EntityRef) -> (UInt8, Int32) {
        switch r {
        case .budget(let i): (0, Int32(truncatingIfNeeded: i))
        case .spend(let i): (1, Int32(truncatingIfNeeded: i))
        case .indicator(let i): (2, Int32(truncatingIfNeeded: i))
        case .group(let i): (3, Int32(truncatingIfNeeded: i))
        case .constant(let i): (4, Int32(truncatingIfNeeded: i))
        }
    }

    private func first(at e: Int) -> EntityRef {
        let i = Int(firstIndices[e])
        switch firstKinds[e] {
        case 0: return .budget(i)
        case 1: return .spend(i)
        case 2: return .indicator(i)
        case 3: return .group(i)
        default: return .constant(i)
        }
    }

    private mutating func grow() { growSlots(to: names.count) }

    /// Rebuilds the slots for at least `n` names at most half full.
    private mutating func growSlots(to n: Int) {
        var size = Swift.max(16, slots.count * 2)
        while size < n * 2 + 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        let mask = size - 1
        for e in names.indices where extra[e] != -2 {
            var s = Int(hashes[e]) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(e)
        }
    }
}

extension SymbolTable: Sequence {
    /// (name, referents) pairs in declaration order, like iterating a dictionary.
    public func makeIterator() -> AnyIterator<(key: String, value: [EntityRef])> {
        var i = 0
        return AnyIterator {
            while i < names.count {
                defer { i += 1 }
                if extra[i] == -2 { continue }
                return (names[i], extra[i] >= 0 ? [first(at: i)] + more[Int(extra[i])] : [first(at: i)])
            }
            return nil
        }
    }
}
