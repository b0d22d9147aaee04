/// What the rules decided about a budget or an indicator: a light (red, yellow, green,
/// blue) with the rule and message behind it, a score, and findings. The evaluator keeps
/// verdicts as cells, like values, so that a change recomputes only those it moves.
public struct Verdict: Sendable, Equatable {
    public var light: Light?
    /// The rule behind the light.
    public var lightRule: String?
    /// The clause whose message says why (nil: it has none). The message is written when it
    /// is asked for (`Evaluator.lightMessage(of:)`), with the values then: `jx check`
    /// shows no light's message and writes none.
    public var lightBy: ClauseSource?
    /// The message once written; nil while it is not.
    var lightMessage: String?
    /// From the first `score` clause that holds.
    public var score: Exact?
    /// That clause, so that a score can say how it was made (a stated score that differs
    /// names the formula of the rule that scored it, not a formula it did not use).
    public var scoredBy: ClauseSource?
    public var findings: [Diagnostic] = []

    public init() {}

    /// Two verdicts are the same decision whether or not the message has been written yet
    /// (it is written from `lightBy` and the values, when asked for).
    public static func == (a: Verdict, b: Verdict) -> Bool {
        a.light == b.light && a.lightRule == b.lightRule && a.lightBy == b.lightBy && a.score == b.score
            && a.scoredBy == b.scoredBy && a.findings == b.findings
    }
}

/// A clause of a rule that decided something (a score, a light): the rule's index in the
/// model, the clause's in it.
public struct ClauseSource: Sendable, Equatable {
    public var rule: Int
    public var clause: Int
}
