/// What the rules decided, read back for a model's evaluation: the lights of groups, the
/// weights and scores of every row and the total, and the checks of stated scores. It
/// holds nothing of its own: each answer is read from the evaluator's verdicts and values.
public struct Judgement {
    public let ev: Evaluator

    public init(_ ev: Evaluator) { self.ev = ev }

    /// The worst light of a group's indicators (a goal takes the worst light of its parts).
    public func groupLight(_ g: Int) -> Light? {
        var worst: Light?
        for i in ev.model.groups[g].indicators {
            if let l = ev.verdict(.indicator(i)).light, worst == nil || l > worst! { worst = l }
        }
        for c in ev.model.groups[g].children {
            if let l = groupLight(c), worst == nil || l > worst! { worst = l }
        }
        return worst
    }

    /// A project's light: the worst of its indicators' and of its budgets'.
    public func projectLight(_ p: Int) -> Light? {
        var worst = groupLight(p)
        for b in ev.model.budgets.indices where ev.model.budgets[b].project == p {
            if let l = ev.verdict(.budget(b)).light, worst == nil || l > worst! { worst = l }
        }
        return worst
    }
}
