/// The weights, scores and group lights of one evaluation, each computed once. A group's
/// weight depends on its parent's and on its siblings' and contents' weights, its score and its
/// light on its subtree's: asked for every row in turn, they would be computed again at every
/// level (a quarter of `jx check` of a province's roll-up went there; BENCHMARKS.md).
final class ScoringMemo {
    /// nil: not computed yet; .some(nil): computed, and there is none.
    var groupWeight: [Exact??]
    var ownWeight: [Exact??]
    var groupScore: [Exact??]
    var indicatorWeight: [Exact??]
    var groupLight: [Light??]
    /// Whether any rule scores: asked for every group's missing scores.
    var scoresAnything: Bool?

    init(groups: Int, indicators: Int) {
        groupWeight = Array(repeating: nil, count: groups)
        ownWeight = Array(repeating: nil, count: groups)
        groupScore = Array(repeating: nil, count: groups)
        indicatorWeight = Array(repeating: nil, count: indicators)
        groupLight = Array(repeating: nil, count: groups)
    }

    /// The value at `i` of `table`, computed by `make` the first time.
    static func remembered(_ table: ReferenceWritableKeyPath<ScoringMemo, [Exact??]>, _ i: Int, in memo: ScoringMemo?, _ make: () -> Exact?) -> Exact? {
        guard let memo, i >= 0, i < memo[keyPath: table].count else { return make() }
        if let known = memo[keyPath: table][i] { return known }
        let value = make()
        memo[keyPath: table][i] = .some(value)
        return value
    }
}
