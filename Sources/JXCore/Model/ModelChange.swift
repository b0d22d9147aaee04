/// A part of the model a change touched. The evaluation above the model turns these into
/// the cells to recompute; the model knows nothing of cells.
public enum ModelTouch: Hashable, Sendable {
    case constant(Int)
    case spend(Int)
    /// A budget's own figures (and so its light).
    case budget(Int)
    /// An indicator's own figures (and so its light).
    case indicator(Int)
    /// The even shares of weight around an indicator: the other indicators under its
    /// top-level group.
    case shares(ofIndicator: Int)
    /// A name that now refers to something new: what failed on it may resolve.
    case name(String)
    /// 时间进度 (the report's node).
    case time
    /// Every indicator's figures (the year decides leap years; the reverse convention).
    case indicators
    /// Every light and score (a rule).
    case verdicts
    /// Every value (a unit: any quantity written in it may change size).
    case everything
}

/// What one statement did to a model: the parts it touched, and what it said about the
/// statement. A refused change (`applied` false) left the model as it was; its diagnostics
/// say why. A change may be applied and still carry errors (a budget's `arrived` given
/// twice: the last one is used, as in a script).
public struct ModelChange: Sendable {
    public var touched: [ModelTouch] = []
    public var diagnostics: [Diagnostic] = []
    public var applied = true
    /// Why the change was refused (the first refusal), when it was.
    public private(set) var refusal: Diagnostic?
    /// Reading a script there is no evaluation yet to tell: touches are not kept (a
    /// million indicators would make a million lists).
    let recordsTouches: Bool

    public init(recordingTouches: Bool = true) { recordsTouches = recordingTouches }

    mutating func touch(_ t: @autoclosure () -> ModelTouch) { if recordsTouches { touched.append(t()) } }

    mutating func say(_ d: Diagnostic) { diagnostics.append(d) }

    /// Says why the statement changed nothing.
    mutating func refuse(_ d: Diagnostic) {
        diagnostics.append(d)
        applied = false
        if refusal == nil { refusal = d }
    }

    /// A nested statement's change, as part of this one.
    mutating func merge(_ other: ModelChange) {
        touched += other.touched
        diagnostics += other.diagnostics
        if !other.applied { applied = false }
        if refusal == nil { refusal = other.refusal }
    }
}
