/// `indicator NAME target … actual …`: one indicator as written.
///
/// Two representations behind one interface. Most indicators of a large file are plain
/// lines (`indicator 指标123 target 450亩 actual 30亩`): those are kept as a `PlainLine`,
/// 48 bytes in its parse's `PlainLines` that rebuild the syntax on each read (numbers as
/// two 64-bit integers, spans as offsets from the line's start, the units as an index, the
/// name read from the source). Anything else, and any plain line once it is changed, is a
/// `Storage` with every field, a shared object copied on write: a declaration is held by
/// the syntax tree and the model (and by every scenario's copy), so copying one is a
/// reference count.
public struct IndicatorDecl: Sendable {
    final class Storage: @unchecked Sendable {
        var name: Ident
        var target: TargetSpec?
        var targetSpan: Span?
        var actual: ActualSpec?
        var span: Span
        /// The fields most indicators leave out, boxed: an indicator written as a plain
        /// line carries no storage for them.
        var more: Box<Extras>?

        init(name: Ident, target: TargetSpec?, targetSpan: Span?, actual: ActualSpec?, span: Span, more: Box<Extras>?) {
            self.name = name
            self.target = target
            self.targetSpan = targetSpan
            self.actual = actual
            self.span = span
            self.more = more
        }

        func copy() -> Storage { Storage(name: name, target: target, targetSpan: targetSpan, actual: actual, span: span, more: more) }
    }

    struct Extras: Sendable {
        var stated: [StatedClaim] = []
        var rate: Expr?
        var grade: Ident?
        var weight: Expr?
        var expected: ActualSpec?
        var cause: Ident?
        var likelihood: Ident?
        var note: String?
        var prorate: Bool?
        var actualText: String?
        var fieldStarts: [Int] = []
    }

    private enum Representation {
        case full(Storage)
        case plain(PlainLines, Int32)
    }

    private var rep: Representation

    public init(name: Ident, target: TargetSpec? = nil, targetSpan: Span? = nil, actual: ActualSpec? = nil, span: Span) {
        rep = .full(Storage(name: name, target: target, targetSpan: targetSpan, actual: actual, span: span, more: nil))
    }

    /// Line `index` of `lines` (read by `Parser.parsePlainLine`).
    init(plain lines: PlainLines, _ index: Int32) { rep = .plain(lines, index) }

    /// The storage, made unique (and full) first: what every setter goes through.
    private var w: Storage {
        mutating get {
            switch rep {
            case .plain(let p, let i):
                let s = Storage(name: p.name(i), target: p.target(i), targetSpan: p.targetSpan(i), actual: p.actual(i), span: p.span(i), more: nil)
                rep = .full(s)
                return s
            case .full(var s):
                rep = .plain(PlainLines.placeholder, 0) // drop this reference while checking uniqueness
                if !isKnownUniquelyReferenced(&s) { s = s.copy() }
                rep = .full(s)
                return s
            }
        }
    }

    private var more: Extras? {
        if case .full(let s) = rep { return s.more?.value }
        return nil
    }

    private mutating func change(_ f: (inout Extras) -> Void) {
        var e = more ?? Extras()
        f(&e)
        w.more = Box(e)
    }

    public var name: Ident {
        get { switch rep { case .full(let s): s.name; case .plain(let p, let i): p.name(i) } }
        set { w.name = newValue }
    }
    public var target: TargetSpec? {
        get { switch rep { case .full(let s): s.target; case .plain(let p, let i): p.target(i) } }
        set { w.target = newValue }
    }
    /// The target as written (`≥98%`, `20公顷以上`), for reports.
    public var targetSpan: Span? {
        get { switch rep { case .full(let s): s.targetSpan; case .plain(let p, let i): p.targetSpan(i) } }
        set { w.targetSpan = newValue }
    }
    public var actual: ActualSpec? {
        get { switch rep { case .full(let s): s.actual; case .plain(let p, let i): p.actual(i) } }
        set { w.actual = newValue }
    }
    public var span: Span {
        get { switch rep { case .full(let s): s.span; case .plain(let p, let i): p.span(i) } }
        set { w.span = newValue }
    }

    /// Figures the report states: `stated 47%`.
    public var stated: [StatedClaim] { get { more?.stated ?? [] } set { change { $0.stated = newValue } } }
    /// A judged completion rate (qualitative and deadline indicators).
    public var rate: Expr? { get { more?.rate } set { change { $0.rate = newValue } } }
    /// A grade: 达成 / 部分达成 / 未达成.
    public var grade: Ident? { get { more?.grade } set { change { $0.grade = newValue } } }
    public var weight: Expr? { get { more?.weight } set { change { $0.weight = newValue } } }
    /// The year-end expectation (全年预计完成), if given instead of extrapolated.
    public var expected: ActualSpec? { get { more?.expected } set { change { $0.expected = newValue } } }
    public var cause: Ident? { get { more?.cause } set { change { $0.cause = newValue } } }
    public var likelihood: Ident? { get { more?.likelihood } set { change { $0.likelihood = newValue } } }
    public var note: String? { get { more?.note } set { change { $0.note = newValue } } }
    /// Whether time progress pro-rates the target for warning lights (cumulative indicators).
    public var prorate: Bool? { get { more?.prorate } set { change { $0.prorate = newValue } } }
    /// Words the analyst wrote on the actual (`actual 30亩 "含已报未批"`).
    public var actualText: String? { get { more?.actualText } set { change { $0.actualText = newValue } } }
    /// Byte offsets of each field's keyword, in the order written (the formatter's columns).
    /// Recorded only by a parser that keeps the layout (`keepComments`, as `jx fmt` does).
    public var fieldStarts: [Int] { get { more?.fieldStarts ?? [] } set { change { $0.fieldStarts = newValue } } }

    /// Whether it states figures (`stated 47%`): a compact declaration never does, so the
    /// checks of stated figures pass over a million plain lines without rebuilding them.
    var hasStated: Bool {
        if case .full(let s) = rep, let more = s.more { return !more.value.stated.isEmpty }
        return false
    }

    /// Whether this declaration is held in the compact form (for tests and benchmarks).
    var isCompact: Bool { if case .plain = rep { true } else { false } }

    /// The same declaration in the compact form, added to `lines`, when it is a plain line
    /// that fits one (a written target and actual, nothing else; see `PlainLine.init`),
    /// else unchanged.
    func compacted(into lines: PlainLines) -> IndicatorDecl {
        guard case .full(let s) = rep, s.more == nil, let p = PlainLine(s, in: lines), let i = lines.append(p) else { return self }
        var d = self
        d.rep = .plain(lines, i)
        return d
    }

    /// The compact line and where it is held, for those that read it directly (`jx check`).
    var plainLine: (lines: PlainLines, line: PlainLine)? {
        if case .plain(let p, let i) = rep { return (p, p[i]) }
        return nil
    }
}
