/// Expressions: names, members, arithmetic with units, comparisons (a comparison with a
/// written number is made at the precision the number is written in), logic and calls.
extension Evaluator {
    public struct Context {
        /// The budget or indicator a rule is looking at: bare member names refer to it.
        public var subject: EntityRef?
        public init(subject: EntityRef? = nil) { self.subject = subject }
    }

    func fail(_ message: EvaluationMessage, at span: Span?, code: DiagnosticCode = .eval, hint: EvaluationMessage? = nil, replacement: String? = nil) -> Failure {
        fail(.evaluation(message), at: span, code: code, hint: hint.map { .evaluation($0) }, replacement: replacement)
    }

    func fail(_ message: Message, at span: Span?, code: DiagnosticCode = .eval, hint: Message?, replacement: String? = nil) -> Failure {
        report(Diagnostic(.error, code, message, at: span, hint: hint, replacement: replacement))
        return Failure()
    }

    public func unit(named name: String, at span: Span?) -> Unit {
        // Literals repeat a few units: the last one found answers most lookups.
        if let (n, u) = lastUnit, n == name { return u }
        if let u = model.units.lookup(name) {
            lastUnit = (name, u)
            return u
        }
        let u = model.units.implicitUnit(name)
        let s = suggest(name, among: model.units.names.count) { model.units.names }
        notes.append(Diagnostic(.info, .newUnit, .evaluation(.newUnit(name)), at: span,
                                hint: .evaluation(.newUnitHint(unit: name, suggestion: s)), replacement: s))
        return u
    }

    public func quantity(_ n: NumberLiteral) -> Quantity {
        Quantity(n.value, unit(named: n.unit, at: n.unitSpan))
    }

    public func eval(_ e: Expr, _ ctx: Context = Context()) throws(Failure) -> Value {
        evalDepth += 1
        defer { evalDepth -= 1 }
        if evalDepth > Evaluator.maxDepth * 4 {
            throw fail(.nestsTooDeep(depth: Evaluator.maxDepth * 4), at: e.span, code: .tooDeep, hint: .splitWithLet)
        }
        switch e {
        case .number(let n): return .quantity(quantity(n))
        case .text(let t, _): return .text(t)
        case .pending: return .pending
        case .blank: return .blank
        case .name(let id): return try resolve(id, ctx)
        case .member(let base, let m):
            let b = try eval(base, ctx)
            guard case .entity(let ref) = b else {
                throw fail(.noFieldOnValue(kind: b.valueKind, field: m.text), at: m.span, hint: .fieldsBelongHint)
            }
            return try member(ref, m, ctx)
        case .unary(let op, let x, let s):
            return try unary(op, try eval(x, ctx), s)
        case .binary(let op, let l, let r, let s):
            return try binary(op, l, r, s, ctx)
        case .call(let f, let args, let s):
            return try call(f, args, s, ctx)
        }
    }

    /// Reads a value as a quantity, following references (a spending line is its amount, a
    /// budget its 执行数, an indicator its actual, a constant its value).
    public func number(_ v: Value, at span: Span?) throws(Failure) -> Quantity {
        switch v {
        case .quantity(let q): return q
        case .entity(let ref):
            return try number(try defaultValue(of: ref, at: span), at: span)
        case .pending, .blank:
            // Pending and blank values propagate silently: nothing to compute yet, or a cell
            // the table leaves empty (its W-blank says so once, at the cell).
            throw Failure()
        default:
            throw fail(.expectedNumber(found: v.valueKind), at: span)
        }
    }

    func defaultValue(of ref: EntityRef, at span: Span?) throws(Failure) -> Value {
        switch ref {
        case .spend(let i):
            guard let q = spend(i) else {
                if model.spends[i].amount.containsBlank { return .blank }
                throw Failure()
            }
            return .quantity(q)
        case .budget(let i):
            guard let r = budget(i) else { throw Failure() }
            if r.executed == nil, r.blank.contains(.executed) { return .blank }
            guard let x = r.executed else {
                throw fail(.budgetNoExecuted(model.budgets[i].name.text), at: span, hint: .budgetNoExecutedHint)
            }
            return .quantity(x)
        case .indicator(let i):
            guard let r = indicator(i) else { throw Failure() }
            if r.status == .pending { return .pending }
            if r.status == .blank, r.actual == nil { return .blank }
            guard let a = r.actual else { throw fail(.indicatorNoNumericActual(model.indicators[i].decl.name.text), at: span) }
            return .quantity(a)
        case .constant(let i):
            guard let v = constant(i) else { throw Failure() }
            return v
        case .group(let g):
            throw fail(.groupNotValue(model.groups[g].name.text), at: span,
                       hint: .groupNotValueHint(model.groups[g].indicators.first.map { model.indicators[$0].decl.name.text } ?? "指标"))
        }
    }

    func resolve(_ id: Ident, _ ctx: Context) throws(Failure) -> Value {
        // Inside a rule, a field name refers to the subject's field.
        if let subject = ctx.subject, let v = try memberIfKnown(subject, id, ctx) { return v }
        let refs = lookup(id)
        if refs.count == 1 {
            let ref = refs[0]
            if case .constant = ref { return try defaultValue(of: ref, at: id.span) }
            return .entity(ref)
        }
        if refs.count > 1 {
            // The first few places: a name declared a hundred thousand times is not listed whole.
            let places = refs.prefix(5).map { EvaluationMessage.Place(model.kind($0), at: describeSpan(model.span(of: $0))) }
            // Names of several projects are qualified by the project.
            let hint = refs.lazy.compactMap { self.model.projectName(of: $0) }.first.map { EvaluationMessage.qualifyWithProject(project: $0, name: id.text) }
            throw fail(.ambiguous(id.text, places: places, more: max(0, refs.count - 5)), at: id.span, code: .ambiguous,
                       hint: hint ?? .qualifyWithBudget(id.text))
        }
        switch id.text {
        case "时间进度", "timeProgress", "序时进度":
            guard let t = timeProgress() else {
                throw fail(.timeProgressNeedsNode, at: id.span, hint: .timeProgressNeedsNodeHint)
            }
            return .quantity(Evaluator.percent(t, model.units))
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        if let v = try judge.value(ofName: id.text, project: model.projects.isEmpty ? nil : tables.project(at: id.span), at: id.span, in: self) { return v }
        if let l = Light.named(id.text) { return .light(l) }
        if let s = Status.named(id.text) { return .status(s) }
        let suggestion = suggest(id.text, among: model.symbols.count + 2 + judge.names.count + Evaluator.memberNames.count) {
            var names = Array(model.symbols.keys)
            names.append(contentsOf: ["时间进度", "timeProgress"] + judge.names)
            if ctx.subject != nil { names.append(contentsOf: Evaluator.memberNames) }
            return names
        }
        throw fail(.evaluation(.unknownName(id.text)), at: id.span, code: .unknownName,
                   hint: suggestion.map { .common(.didYouMean($0)) }
                       ?? .evaluation(ctx.subject == nil ? .declareOrQuote(id.text) : .ruleFields(Evaluator.memberNames.prefix(8).joined(separator: ", "))),
                   replacement: suggestion)
    }

    func describeSpan(_ s: Span) -> String {
        guard let f = sourceMap?[s.file] else { return "byte \(s.start)" }
        return "\(f.path):\(f.line(of: s.start))"
    }

    static func percent(_ ratio: Exact, _ units: UnitTable) -> Quantity {
        Quantity((try? ratio.multiplied(by: .hundred)) ?? ratio, units.percent)
    }

    // MARK: arithmetic

    func binary(_ op: BinaryOp, _ l: Expr, _ r: Expr, _ s: Span, _ ctx: Context) throws(Failure) -> Value {
        if op == .and || op == .or {
            if let decided = try logicLeft(op, try eval(l, ctx), l) { return decided }
            return try logicRight(op, try eval(r, ctx), r)
        }
        let a = try eval(l, ctx)
        return try combine(op, a, try eval(r, ctx), l, r, s)
    }

    /// `not x` and `-x` of a value already computed.
    func unary(_ op: UnaryOp, _ v: Value, _ s: Span) throws(Failure) -> Value {
        if case .blank = v { return .blank }
        switch (op, v) {
        case (.negate, .quantity(let q)):
            guard let n = try? q.value.negated() else { throw fail(.numberTooLarge, at: s) }
            return .quantity(Quantity(n, q.unit))
        case (.not, .bool(let b)): return .bool(!b)
        default: throw fail(.cannotApply(op: op.rawValue, to: v.valueKind), at: s)
        }
    }

    /// The left side of `and`/`or`: the answer when it decides alone, nil when the right side is needed.
    func logicLeft(_ op: BinaryOp, _ a: Value, _ l: Expr) throws(Failure) -> Value? {
        guard case .bool(let x) = a else { throw fail(.logicNeedsBool(op: op.rawValue, left: true, found: a.valueKind), at: l.span) }
        if op == .and && !x { return .bool(false) }
        if op == .or && x { return .bool(true) }
        return nil
    }

    func logicRight(_ op: BinaryOp, _ b: Value, _ r: Expr) throws(Failure) -> Value {
        guard case .bool(let y) = b else { throw fail(.logicNeedsBool(op: op.rawValue, left: false, found: b.valueKind), at: r.span) }
        return .bool(y)
    }

    /// Arithmetic and comparison of two values already computed; `l` and `r` are the
    /// expressions they came from (their places, and whether a side is a written number).
    func combine(_ op: BinaryOp, _ a: Value, _ b: Value, _ l: Expr, _ r: Expr, _ s: Span) throws(Failure) -> Value {
        var a = a, b = b
        if case .entity(let ref) = a { a = try defaultValue(of: ref, at: l.span) }
        if case .entity(let ref) = b { b = try defaultValue(of: ref, at: r.span) }
        // A blank is not zero: arithmetic with it is blank; a comparison with it is no answer
        // (a rule gives no finding), except asking whether it is blank.
        if a.isBlank || b.isBlank {
            switch op {
            case .add, .sub, .mul, .div: return .blank
            case .eq, .ne:
                let equal: Bool
                switch (a, b) {
                case (.blank, .blank): equal = true
                case (.blank, .status(let st)), (.status(let st), .blank): equal = st == .blank
                default: throw Failure()
                }
                return .bool(op == .eq ? equal : !equal)
            default: throw Failure()
            }
        }
        switch op {
        case .eq, .ne:
            let equal: Bool
            switch (a, b) {
            case (.quantity(let x), .quantity(let y)):
                try percentAgainstBare(x, l, y, r, s, verb: .compare)
                equal = try equalAtPrecision(x, y, literal: r, span: s)
            case (.light(let x), .light(let y)): equal = x == y
            case (.status(let x), .status(let y)): equal = x == y
            case (.text(let x), .text(let y)): equal = x == y
            case (.bool(let x), .bool(let y)): equal = x == y
            case (.pending, .pending): equal = true
            case (.pending, .status(let st)), (.status(let st), .pending): equal = st == .pending
            case (.pending, _), (_, .pending): throw Failure()
            default: throw fail(.cannotCompare(a.valueKind, b.valueKind), at: s)
            }
            return .bool(op == .eq ? equal : !equal)
        case .lt, .le, .gt, .ge:
            if case .light(let x) = a, case .light(let y) = b {
                return .bool(op == .lt ? x < y : op == .le ? x <= y : op == .gt ? x > y : x >= y)
            }
            if let held = Evaluator.orderInOneUnit(op, a, b) { return .bool(held) }
            let x = try number(a, at: l.span), y = try number(b, at: r.span)
            try percentAgainstBare(x, l, y, r, s, verb: .compare)
            let (p, q) = try comparable(x, y, s)
            return .bool(Evaluator.order(op, p, q))
        case .add, .sub:
            let x = try number(a, at: l.span), y = try number(b, at: r.span)
            try percentAgainstBare(x, l, y, r, s, verb: op == .add ? .add : .subtract)
            let yConverted: Quantity
            do { yConverted = try convert(y, to: x, s, verb: op == .add ? .add : .subtract) }
            let v: Exact
            do { v = op == .add ? try x.value.adding(yConverted.value) : try x.value.subtracting(yConverted.value) } catch { throw overflow(s, error) }
            return .quantity(Quantity(v, x.unit))
        case .mul:
            let x = try number(a, at: l.span), y = try number(b, at: r.span)
            do {
                if x.isDimensionless && y.isDimensionless {
                    let v = try x.baseValue().multiplied(by: y.baseValue())
                    // A product of base values is in base units: shown as a percent when either side
                    // was a scaled ratio (%, ％, ‰), else as a plain number — never in a scaled unit.
                    if x.unit.factor != .one || y.unit.factor != .one { return .quantity(Evaluator.percent(v, model.units)) }
                    return .quantity(Quantity(v, model.units.plain))
                }
                if y.isDimensionless { return .quantity(Quantity(try x.value.multiplied(by: y.baseValue()), x.unit)) }
                if x.isDimensionless { return .quantity(Quantity(try y.value.multiplied(by: x.baseValue()), y.unit)) }
            } catch { throw overflow(s, error) }
            throw fail(.cannotMultiply(x.text(), x.unit.dimensionLabel, y.text(), y.unit.dimensionLabel), at: s, code: .unitMismatch, hint: .multiplyHint)
        case .div:
            let x = try number(a, at: l.span), y = try number(b, at: r.span)
            do {
                if y.value.isZero { throw fail(.divisionByZero, at: r.span, code: .divisionByZero, hint: .divisorIsZero(y.text())) }
                if y.isDimensionless {
                    let v = try x.value.divided(by: y.baseValue())
                    return .quantity(Quantity(v, x.unit))
                }
                if x.unit.dimension == y.unit.dimension {
                    return .quantity(Evaluator.percent(try x.baseValue().divided(by: y.baseValue()), model.units))
                }
            } catch let e as Failure { throw e } catch { throw overflow(s, error as? ArithmeticError ?? .overflow) }
            throw fail(.cannotDivide(x.text(), x.unit.dimensionLabel, y.text(), y.unit.dimensionLabel), at: s, code: .unitMismatch, hint: .divideHint)
        case .and, .or:
            throw Failure()
        }
    }

    /// `<`, `<=`, `>`, `>=` of two quantities in one unit (a rate against a threshold in %),
    /// as `combine` compares them: by their values, as `comparable` does, and neither side
    /// can be a bare number against a percent. nil for any other pair or operator.
    @inline(__always)
    static func orderInOneUnit(_ op: BinaryOp, _ a: Value, _ b: Value) -> Bool? {
        guard case .quantity(let x) = a, case .quantity(let y) = b, x.unit === y.unit, x.unit.factor.num > 0 else { return nil }
        switch op {
        case .lt, .le, .gt, .ge: return order(op, x.value, y.value)
        default: return nil
        }
    }

    static func order(_ op: BinaryOp, _ p: Exact, _ q: Exact) -> Bool {
        switch op {
        case .lt: p < q
        case .le: p <= q
        case .gt: p > q
        default: p >= q
        }
    }

    func overflow(_ s: Span, _ e: ArithmeticError) -> Failure {
        switch e {
        case .divisionByZero: fail(.divisionByZero, at: s, code: .divisionByZero)
        default: fail(.tooLarge, at: s, code: .overflow, hint: .tooLargeHint)
        }
    }

    /// Both values in the base unit of their shared dimension, or an error naming both sides.
    func sameDimension(_ x: Quantity, _ y: Quantity, _ s: Span, verb: String) throws(Failure) -> (Exact, Exact) {
        try sameDimension(x, y, s, verb: verb == "add" ? .add : verb == "subtract" ? .subtract : .compare)
    }

    func sameDimension(_ x: Quantity, _ y: Quantity, _ s: Span, verb: EvaluationMessage.Verb) throws(Failure) -> (Exact, Exact) {
        guard x.unit.dimension == y.unit.dimension else { throw mismatch(x, y, s, verb: verb) }
        do { return (try x.baseValue(), try y.baseValue()) } catch { throw overflow(s, error) }
    }

    /// Two values that order as the quantities do: as written when both share a positive
    /// factor, else in their base unit.
    func comparable(_ x: Quantity, _ y: Quantity, _ s: Span) throws(Failure) -> (Exact, Exact) {
        if x.unit.factor.num > 0, x.unit.factor == y.unit.factor, x.unit.dimension == y.unit.dimension { return (x.value, y.value) }
        return try sameDimension(x, y, s, verb: .compare)
    }

    func convert(_ y: Quantity, to x: Quantity, _ s: Span, verb: EvaluationMessage.Verb) throws(Failure) -> Quantity {
        guard x.unit.dimension == y.unit.dimension else { throw mismatch(x, y, s, verb: verb) }
        do { return try y.converted(to: x.unit) } catch { throw overflow(s, error) }
    }

    /// `完成率 < 60`: a percent and a bare number share a dimension, so the comparison
    /// would hold for every completion below 6000% without a word. A bare number written
    /// against a percent (or ‰) is an error, as any other mismatch of units; 0 is 0 in any
    /// unit, and a computed ratio (得分 / 权重) is not written bare.
    func percentAgainstBare(_ x: Quantity, _ l: Expr, _ y: Quantity, _ r: Expr, _ s: Span, verb: EvaluationMessage.Verb) throws(Failure) {
        // Most comparisons have no bare number on either side: answered without a list.
        guard Evaluator.bareLiteral(l) != nil || Evaluator.bareLiteral(r) != nil else { return }
        let scaled = { (q: Quantity) in q.isDimensionless && q.unit.factor != .one }
        for (q, e) in [(x, r), (y, l)] where scaled(q) {
            guard let n = Evaluator.bareLiteral(e), !n.value.isZero else { continue }
            let written = sourceText(e.span).isEmpty ? n.value.decimalString() : sourceText(e.span)
            throw fail(.bareNumber(verb: verb, quantity: q.text(), unit: q.unit.name, written: written), at: e.span, code: .unitMismatch,
                       hint: .bareNumberHint(written: written, unit: q.unit.name, percent: Evaluator.asPercent(n.value)))
        }
    }

    func mismatch(_ x: Quantity, _ y: Quantity, _ s: Span, verb: EvaluationMessage.Verb) -> Failure {
        fail(.unitMismatch(verb: verb, x.text(), x.unit.dimensionLabel, y.text(), y.unit.dimensionLabel), at: s, code: .unitMismatch,
             hint: .unitMismatchHint(x.unit.name, y.unit.name))
    }

    /// `A == 6.67%`: when the right side is a written number, A is rounded half up to the
    /// number's unit and decimals before comparing (6.666…% equals 6.67% and 7%, not 6.6%).
    func equalAtPrecision(_ x: Quantity, _ y: Quantity, literal: Expr, span s: Span) throws(Failure) -> Bool {
        let lit: NumberLiteral? = {
            if case .number(let n) = literal { return n }
            if case .unary(.negate, .number(let n), _) = literal { return n }
            return nil
        }()
        guard let lit else {
            let (p, q) = try sameDimension(x, y, s, verb: .compare)
            return p == q
        }
        let xc = try convert(x, to: y, s, verb: .compare)
        return xc.value.roundsAlike(y.value, decimals: lit.decimals)
    }

    // MARK: calls

    /// An argument's value, a reference followed to its figure (a budget to its 执行数).
    func valueFollowed(_ e: Expr, _ ctx: Context) throws(Failure) -> Value {
        let v = try eval(e, ctx)
        if case .entity(let ref) = v { return try defaultValue(of: ref, at: e.span) }
        return v
    }

    func call(_ f: Ident, _ args: [Expr], _ s: Span, _ ctx: Context) throws(Failure) -> Value {
        switch f.text {
        case "min", "max", "最小", "最大":
            guard !args.isEmpty else { throw fail(.needsOneValue(f.text), at: s) }
            // min(完成率, 100%) of a blank completion is blank, not the other argument.
            let first = try valueFollowed(args[0], ctx)
            if first.isBlank { return .blank }
            var best = try number(first, at: args[0].span)
            var bestExpr = args[0]
            for a in args.dropFirst() {
                let v = try valueFollowed(a, ctx)
                if v.isBlank { return .blank }
                let q = try number(v, at: a.span)
                try percentAgainstBare(best, bestExpr, q, a, a.span, verb: .compare)
                let (p, r) = try sameDimension(best, q, a.span, verb: .compare)
                let isMin = f.text == "min" || f.text == "最小"
                if isMin ? r < p : r > p { best = q; bestExpr = a }
            }
            return .quantity(best)
        case "abs", "绝对值":
            guard args.count == 1 else { throw fail(.absTakesOne, at: s) }
            let v = try valueFollowed(args[0], ctx)
            if v.isBlank { return .blank }
            let q = try number(v, at: args[0].span)
            return .quantity(q.value.isNegative ? Quantity((try? q.value.negated()) ?? q.value, q.unit) : q)
        case let name where Evaluator.roundingNames.contains(name):
            return try rounding(f, args, s, ctx)
        default:
            let known = ["min", "max", "abs", "round", "floor", "ceil", "clamp"]
            throw fail(.evaluation(.unknownFunction(f.text)), at: f.span, hint: Suggest.closest(f.text, among: known).map { .common(.didYouMean($0)) } ?? .evaluation(.functionsAre))
        }
    }
}
