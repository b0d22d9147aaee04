/// The plain lines (`PlainLine`) one parse read from one file, in one block of memory, with
/// the unit pairs they use and the file's bytes their names are read from.
///
/// Filled by one parser, then only read, from any thread: the lines sit behind a raw
/// pointer so that reading one counts no reference (two cores reading through a shared
/// array's reference count would bounce its cache line between them).
final class PlainLines: @unchecked Sendable {
    /// A target's and an actual's unit, as written.
    struct Units: Hashable, Sendable {
        let target: String
        let actual: String
    }

    let bytes: [UInt8]
    let file: Int
    private var base: UnsafeMutablePointer<PlainLine>?
    private(set) var count = 0
    private var capacity = 0
    private(set) var units: [Units] = []
    private var unitIndex: [Units: UInt16] = [:]

    init(bytes: [UInt8], file: Int) {
        self.bytes = bytes
        self.file = file
    }

    deinit { base?.deallocate() }

    static let placeholder = PlainLines(bytes: [], file: -1)

    /// Room for `n` lines in all (a parser that knows how many lines are left asks once,
    /// so a large file's lines are not copied as the block grows).
    func reserve(_ n: Int) {
        guard n > capacity else { return }
        let grown = UnsafeMutablePointer<PlainLine>.allocate(capacity: n)
        if let old = base {
            grown.moveInitialize(from: old, count: count)
            old.deallocate()
        }
        base = grown
        capacity = n
    }

    /// Gives back the room reserved and not used, when that is much.
    func trim() {
        guard count < capacity - capacity / 4, let old = base else { return }
        let exact = UnsafeMutablePointer<PlainLine>.allocate(capacity: Swift.max(1, count))
        exact.moveInitialize(from: old, count: count)
        old.deallocate()
        base = exact
        capacity = Swift.max(1, count)
    }

    /// Adds a line; returns its index (nil past 2^31 lines).
    func append(_ line: PlainLine) -> Int32? {
        guard let index = Int32(exactly: count) else { return nil }
        if count == capacity { reserve(Swift.max(16, capacity * 2)) }
        (base! + count).initialize(to: line)
        count += 1
        return index
    }

    /// Line `i` (an index `append` returned).
    @inline(__always)
    subscript(_ i: Int32) -> PlainLine {
        precondition(i >= 0 && Int(i) < count, "plain line index out of range")
        return base.unsafelyUnwrapped[Int(i)]
    }

    /// The index of a unit pair, entered if new; nil past 65,536 pairs.
    func unitsIndex(target: String, actual: String) -> UInt16? {
        let pair = Units(target: target, actual: actual)
        if let k = unitIndex[pair] { return k }
        guard let k = UInt16(exactly: units.count) else { return nil }
        units.append(pair)
        unitIndex[pair] = k
        return k
    }

    /// Whether `name` reads back from its span in the source: false when it is the bytes
    /// there, true when it is the bytes between quotes, nil when neither (an escape).
    func nameIsWritten(_ name: Ident) -> Bool? {
        let lo = name.span.start, hi = name.span.end
        guard lo >= 0, lo <= hi, hi <= bytes.count else { return nil }
        var text = name.text
        return text.withUTF8 { t in
            bytes.withUnsafeBufferPointer { b in
                func same(_ from: Int) -> Bool {
                    for k in 0..<t.count where t[k] != b[from + k] { return false }
                    return true
                }
                if t.count == hi - lo, same(lo) { return false }
                if hi - lo >= 2, b[lo] == 0x22, b[hi - 1] == 0x22, t.count == hi - lo - 2, same(lo + 1) { return true }
                return nil
            }
        }
    }

    // MARK: the syntax, rebuilt

    private func span(_ l: PlainLine, _ lo: UInt16, _ hi: UInt16) -> Span {
        Span(file: file, start: Int(l.start) + Int(lo), end: Int(l.start) + Int(hi))
    }

    func name(_ i: Int32) -> Ident {
        let l = self[i]
        let s = span(l, l.nameLo, l.nameHi)
        let q = l.nameQuoted ? 1 : 0
        // Through a buffer: decoding an array slice takes a slower, generic way.
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[(s.start + q)..<(s.end - q)]), as: UTF8.self) }
        return Ident(text, s)
    }

    func span(_ i: Int32) -> Span { let l = self[i]; return span(l, 0, l.end) }
    func targetSpan(_ i: Int32) -> Span { let l = self[i]; return span(l, l.targetLo, l.targetHi) }

    func target(_ i: Int32) -> TargetSpec {
        let l = self[i]
        let unit = units[Int(l.units)].target
        return .value(l.comparator, .number(NumberLiteral(
            value: PlainLine.value(l.targetDigits, decimals: Int(l.targetDecimals)), unit: unit,
            unitSpan: unit.isEmpty ? nil : span(l, l.targetUnitLo, l.targetHi),
            decimals: Int(l.targetDecimals), span: span(l, l.targetNumberLo, l.targetHi))))
    }

    func actual(_ i: Int32) -> ActualSpec {
        let l = self[i]
        let unit = units[Int(l.units)].actual
        return .value(.number(NumberLiteral(
            value: PlainLine.value(l.actualDigits, decimals: Int(l.actualDecimals)), unit: unit,
            unitSpan: unit.isEmpty ? nil : span(l, l.actualUnitLo, l.actualHi),
            decimals: Int(l.actualDecimals), span: span(l, l.actualLo, l.actualHi))))
    }
}
