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
    public var findings: [Diagnostic] = []

    public init() {}
}
