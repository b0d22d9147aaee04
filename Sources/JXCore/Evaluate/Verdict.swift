/// What the rules decided about a budget or an indicator: a light (red, yellow, green,
/// blue) with the rule and message behind it, a score, and findings. The evaluator keeps
/// verdicts as cells, like values, so that a change recomputes only those it moves.
public struct Verdict: Sendable, Equatable {
    public var light: Light?
    /// The rule and message behind the light.
    public var lightRule: String?
    public var lightMessage: String?
    /// From the first `score` clause that holds.
    public var score: Exact?
    /// That clause, so that a score can say how it was made (a stated score that differs
    /// names the formula of the rule that scored it, not a formula it did not use).
    public var scoredBy: ScoreSource?
    public var findings: [Diagnostic] = []

    public init() {}
}

/// The `score` clause that gave a score: the rule's index in the model, the clause's in it.
public struct ScoreSource: Sendable, Equatable {
    public var rule: Int
    public var clause: Int
}
