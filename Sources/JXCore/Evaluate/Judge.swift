/// The rules and the scoring, as the evaluator sees them. The evaluator stores verdicts
/// as cells and asks the judge to compute one when its cell is read; the fields that only
/// rules and scoring give (a light, a score, a weight, 总分, 评级) are the judge's to answer.
/// Rules/ provides the judge (`RuleEngine`); this layer does not know how lights and scores
/// are decided, and so does not depend on the layer above it.
public protocol Judge: AnyObject {
    /// The verdict of a budget or an indicator.
    func judge(_ ref: EntityRef, in ev: Evaluator) -> Verdict

    /// A field of `ref` that rules or scoring give: `.light`, `.score`, `.weight`.
    func member(_ ref: EntityRef, _ m: Member, _ id: Ident, in ev: Evaluator) throws(Evaluator.Failure) -> Value

    /// A name of the judge's own (`总分`, `评级`) — of a project (`项目.总分`, or the name
    /// written inside it), or of the department's own part —, nil when `name` is not one.
    func value(ofName name: String, project: Int?, at span: Span, in ev: Evaluator) throws(Evaluator.Failure) -> Value?

    /// The names `value(ofName:)` answers, for "did you mean".
    var names: [String] { get }

    /// What the rules found over every entity, and what is wrong with the rules themselves.
    func findings(in ev: Evaluator) -> [Diagnostic]

    /// Forgets the errors rules raised on `name`, which now exists; whether there were any
    /// (every verdict is then judged again).
    func forgetErrors(naming name: String) -> Bool

    /// The model changed: what the editor touched (a rule, a unit, a name may move what
    /// the judge worked out from the model).
    func modelChanged(_ touched: [ModelTouch])

    /// An independent copy, for a copy of the evaluator (a scenario).
    func copy() -> any Judge

    /// Whether the verdict of `ref`, as last judged, read the constant `c` only in
    /// comparisons it kept (`red when 完成率 < 时间进度 * 红灯线`, with
    /// `Evaluator.recordsComparisons`): then a change of `c` moves the verdict only if
    /// `stillHold` says no, and the evaluator asks that instead of judging it again.
    func comparedOnly(_ ref: EntityRef, constant c: Int) -> Bool

    /// For each verdict, whether every comparison kept with it comes out, with the model's
    /// values now, as it came out when it was judged; and if so, whether it has a light's
    /// message (to be written again). Asked of all the verdicts a change reached at once:
    /// the answers read thresholds, not other verdicts.
    func stillHold(_ refs: [EntityRef], in ev: Evaluator) -> [HeldVerdict]

    /// The message of the clause that gave `ref` its light, written with the values now;
    /// nil when there is none.
    func lightMessage(of ref: EntityRef, by clause: ClauseSource, in ev: Evaluator) -> String?
}

/// What `Judge.stillHold` says of a verdict a change of a constant reached.
public enum HeldVerdict {
    /// A comparison comes out otherwise (or cannot be made again): judge it again.
    case judgeAgain
    /// The same verdict.
    case same
    /// The same verdict; its light's message may show a changed constant, and is written
    /// again when next asked for (no cell reads it: most are never asked for).
    case sameButMessage
}
