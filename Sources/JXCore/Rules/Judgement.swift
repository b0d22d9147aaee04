/// What the rules decided, read back for a model's evaluation: the lights of groups, the
/// weights and scores of every row and the total, and the checks of stated scores. It
/// holds nothing of its own: each answer is read from the evaluator's verdicts and values.
public struct Judgement {
    public let ev: Evaluator
    /// Weights and scores already computed, when one question asks for every row's (the
    /// audit's checks): nil for a single answer, which reads the verdicts afresh.
    let memo: ScoringMemo?

    public init(_ ev: Evaluator) {
        self.ev = ev
        memo = nil
    }

    /// A judgement that computes each weight and score once, for questions about every row
    /// of an evaluation that does not change while they are asked.
    public init(memoizing ev: Evaluator) {
        self.ev = ev
        memo = ScoringMemo(groups: ev.model.groups.count, indicators: ev.model.indicators.count)
    }

    /// The most severe light of a group's indicators and subgroups, in the order red,
    /// yellow, green, blue (`Light`'s order): a goal with a green and a blue (over-run)
    /// indicator is green; an over-run alone makes it blue.
    public func groupLight(_ g: Int) -> Light? {
        if let memo, g >= 0, g < memo.groupLight.count, let known = memo.groupLight[g] { return known }
        let own = Light.mostSevere(ev.model.groups[g].indicators.lazy.map { ev.light(of: .indicator($0)) })
        let light = Light.mostSevere([own] + ev.model.groups[g].children.map { groupLight($0) })
        if let memo, g >= 0, g < memo.groupLight.count { memo.groupLight[g] = .some(light) }
        return light
    }

    /// A project's light: the most severe of its indicators' and of its budgets'.
    public func projectLight(_ p: Int) -> Light? {
        let budgets = ev.tables.budgets(of: p).map { ev.verdict(.budget($0)).light }
        return Light.mostSevere([groupLight(p)] + Array(budgets))
    }
}
