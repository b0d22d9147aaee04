/// Growing a list of optional results, one a budget or indicator, as results are stored:
/// by doubling, as `append` does, but never past the model's count. At a million
/// indicators the doubling's slack was a third of the results' memory.
enum CappedGrowth {
    static func grow<T>(_ a: inout [T?], toHold i: Int, limit: Int) {
        guard i >= a.count else { return }
        if i >= a.capacity {
            let doubled = a.capacity > Int.max / 2 ? Int.max : 2 * a.capacity
            a.reserveCapacity(Swift.max(i + 1, Swift.min(doubled, limit)))
        }
        a.append(contentsOf: repeatElement(nil, count: i + 1 - a.count))
    }
}
