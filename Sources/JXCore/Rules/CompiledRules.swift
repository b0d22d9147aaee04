/// The rules of one model with what can be known before judging anything worked out once:
/// a name that is a field of the subject becomes that field, a constant its slot, a written
/// number in a known unit its quantity, a message template its pieces; a part that reads no
/// field of the subject (`时间进度 * 红灯线`) is computed once and kept while the model stays.
/// Everything else is evaluated as written, by the evaluator, so a compiled rule says what
/// the rule as written says. The evaluator forgets it when its model changes (`judgeMemo`);
/// the compiled code (`RuleProgram`) outlives changes that move no rule and no name.
final class CompiledRules {
    let program: RuleProgram
    var rules: [CompiledRule] { program.rules }
    /// The parts computed once, by slot (nil: not yet, or it could not be computed).
    var kept: [Value?]
    /// The subject's fields read so far in the judging under way, by `Member`; valid where
    /// `stamps` holds `stamp` (a verdict judged meanwhile takes a stamp of its own).
    var fields: [Value?]
    var stamps: [UInt32]
    var stamp: UInt32 = 0
    private var nextStamp: UInt32 = 0

    init(_ program: RuleProgram) {
        self.program = program
        kept = Array(repeating: nil, count: program.slots)
        fields = Array(repeating: nil, count: Member.allCases.count)
        stamps = Array(repeating: 0, count: Member.allCases.count)
    }

    /// Starts judging a subject; returns the stamp to put back when done.
    func begin() -> UInt32 {
        let outer = stamp
        nextStamp &+= 1
        if nextStamp == 0 {
            nextStamp = 1
            for i in stamps.indices { stamps[i] = 0 }
        }
        stamp = nextStamp
        return outer
    }

    func end(_ outer: UInt32) { stamp = outer }
}

/// The rules compiled against a model, and the shape of the model they were compiled
/// against: a value changed (a figure, a threshold) leaves the code as it is; a rule, a
/// unit or a name changed (`RuleEngine.modelChanged`), or an entity added or removed,
/// compiles them again. Message templates are parsed here: compiling was 0.4 M
/// instructions of each change in the REPL at 10^4.
final class RuleProgram {
    let rules: [CompiledRule]
    /// The parts that read no field of the subject, by slot.
    let keptCodes: [RuleCode]
    var slots: Int { keptCodes.count }
    let shape: [Int]

    init(_ ev: Evaluator) {
        var compiler = RuleCompiler(ev: ev)
        rules = ev.model.rules.map { compiler.rule($0) }
        keptCodes = compiler.keptCodes
        shape = RuleProgram.shape(of: ev.model)
    }

    /// What a compiled rule resolved its names among.
    static func shape(of m: Model) -> [Int] {
        [m.rules.count, m.constants.count, m.budgets.count, m.spends.count, m.indicators.count, m.groups.count]
    }
}

struct CompiledRule {
    var filter: RuleCode?
    var clauses: [CompiledClause]
    var scores: Bool
}

struct CompiledClause {
    var condition: RuleCode?
    var value: RuleCode?
    var message: [CompiledPiece]?
}

enum CompiledPiece {
    case text(String)
    /// The expression (nil if it does not parse) and the text between the braces.
    case value(RuleCode?, String)
}

/// An expression of a rule about its subject.
indirect enum RuleCode {
    case value(Value)
    /// A field of the subject, and its slot in `CompiledRules.fields` (nil: not kept).
    case member(Member, Ident, Int?)
    /// A constant's value.
    case constant(Int, Ident)
    case timeProgress(Ident)
    case unary(UnaryOp, RuleCode, Span)
    case logic(BinaryOp, RuleCode, RuleCode, Expr, Expr)
    case binary(BinaryOp, RuleCode, RuleCode, Expr, Expr, Span)
    /// Reads no field of the subject: computed once into a slot of `CompiledRules.kept`;
    /// the cells it reads, read again each time (so the verdict still depends on them).
    case kept(Int, RuleCode, [Evaluator.Cell])
    /// Evaluated as written.
    case general(Expr)
}

struct RuleCompiler {
    let ev: Evaluator
    var keptCodes: [RuleCode] = []
    /// Deeper expressions are left to the evaluator (which guards its depth).
    static let maxDepth = 24

    init(ev: Evaluator) { self.ev = ev }

    mutating func rule(_ r: RuleDecl) -> CompiledRule {
        let kind: EntityKind = r.subject == .budget ? .budget : .indicator
        var clauses: [CompiledClause] = []
        for c in r.clauses {
            clauses.append(CompiledClause(condition: c.condition.map { code($0, kind) },
                                          value: c.value.map { code($0, kind) },
                                          message: c.message.map { message($0, kind) }))
        }
        return CompiledRule(filter: r.filter.map { code($0, kind) }, clauses: clauses,
                            scores: r.clauses.contains { $0.level == .score })
    }

    enum EntityKind { case budget, indicator }

    mutating func message(_ template: String, _ kind: EntityKind) -> [CompiledPiece] {
        RuleEngine.cut(template).map { piece in
            switch piece {
            case .text(let t): return .text(t)
            case .value(_, let text): return .value(RuleEngine.parseTemplateExpression(text).map { code($0, kind) }, text)
            }
        }
    }

    mutating func code(_ e: Expr, _ kind: EntityKind) -> RuleCode {
        let c = compile(e, kind, depth: 0)
        return keep(c)
    }

    /// The cells a part reads when it reads no field of the subject; nil when it does (or
    /// when it is evaluated as written, which may read anything).
    func independent(_ c: RuleCode) -> [Evaluator.Cell]? {
        switch c {
        case .value: return []
        case .constant(let i, _): return [Evaluator.Cell(.constant, i)]
        case .timeProgress: return [Evaluator.Cell(.timeProgress, 0)]
        case .unary(_, let x, _): return independent(x)
        case .logic(_, let a, let b, _, _), .binary(_, let a, let b, _, _, _):
            guard let x = independent(a), let y = independent(b) else { return nil }
            return x + y
        case .kept(_, _, let cells): return cells
        case .member, .general: return nil
        }
    }

    /// Gives the largest parts that read no field of the subject a slot of their own.
    mutating func keep(_ c: RuleCode) -> RuleCode {
        if case .binary = c, let cells = independent(c) {
            keptCodes.append(c)
            return .kept(keptCodes.count - 1, c, cells)
        }
        switch c {
        case .unary(let op, let x, let s): return .unary(op, keep(x), s)
        case .logic(let op, let a, let b, let l, let r): return .logic(op, keep(a), keep(b), l, r)
        case .binary(let op, let a, let b, let l, let r, let s): return .binary(op, keep(a), keep(b), l, r, s)
        default: return c
        }
    }

    func compile(_ e: Expr, _ kind: EntityKind, depth: Int) -> RuleCode {
        guard depth < RuleCompiler.maxDepth else { return .general(e) }
        switch e {
        case .text(let t, _): return .value(.text(t))
        case .pending: return .value(.pending)
        case .blank: return .value(.blank)
        case .number(let n):
            // An unknown unit is noted where it is read: left to the evaluator.
            guard let u = ev.model.units.lookup(n.unit) else { return .general(e) }
            return .value(.quantity(Quantity(n.value, u)))
        case .name(let id): return name(id, kind, e)
        case .unary(let op, let x, let s): return .unary(op, compile(x, kind, depth: depth + 1), s)
        case .binary(let op, let l, let r, let s):
            let a = compile(l, kind, depth: depth + 1), b = compile(r, kind, depth: depth + 1)
            if op == .and || op == .or { return .logic(op, a, b, l, r) }
            return .binary(op, a, b, l, r, s)
        case .member, .call: return .general(e)
        }
    }

    /// A name as `Evaluator.resolve` reads it inside a rule, decided once.
    func name(_ id: Ident, _ kind: EntityKind, _ e: Expr) -> RuleCode {
        if let m = Member.named(id.text), m != .timeProgress, kind == .budget ? m.isBudgetMember : m.isIndicatorMember {
            // What the judge gives (a light, a score, a weight) may be judged meanwhile: read each time.
            let keeps = m != .light && m != .score && m != .weight
            return .member(m, id, keeps ? Member.allCases.firstIndex(of: m) : nil)
        }
        let refs = ev.lookup(id)
        if refs.count == 1 {
            if case .constant(let i) = refs[0] { return .constant(i, id) }
            return .value(.entity(refs[0]))
        }
        if refs.count > 1 { return .general(e) }
        switch id.text {
        case "时间进度", "timeProgress", "序时进度": return .timeProgress(id)
        case "true": return .value(.bool(true))
        case "false": return .value(.bool(false))
        default: break
        }
        if ev.judge.names.contains(id.text) { return .general(e) }
        if let l = Light.named(id.text) { return .value(.light(l)) }
        if let s = Status.named(id.text) { return .value(.status(s)) }
        return .general(e)
    }
}

extension RuleEngine {
    /// The model's rules compiled, with their kept parts for this model.
    func compiled(_ ev: Evaluator) -> CompiledRules {
        if let c = ev.judgeMemo as? CompiledRules { return c }
        if program == nil || program!.shape != RuleProgram.shape(of: ev.model) { program = RuleProgram(ev) }
        let c = CompiledRules(program!)
        ev.judgeMemo = c
        return c
    }

    /// Evaluates a compiled expression about `ctx.subject`, as `Evaluator.eval` would the
    /// expression it came from.
    func run(_ c: RuleCode, _ ctx: Evaluator.Context, _ rules: CompiledRules, in ev: Evaluator) throws(Evaluator.Failure) -> Value {
        switch c {
        case .value(let v): return v
        case .member(let m, let id, let slot):
            if let slot, rules.stamps[slot] == rules.stamp, let v = rules.fields[slot] { return v }
            let v = try ev.member(ctx.subject!, id, ctx, known: m)
            if let slot {
                rules.fields[slot] = v
                rules.stamps[slot] = rules.stamp
            }
            return v
        case .constant(let i, let id): return try ev.defaultValue(of: .constant(i), at: id.span)
        case .timeProgress(let id):
            if let t = ev.timeProgress() { return .quantity(Evaluator.percent(t, ev.model.units)) }
            return try ev.eval(.name(id), ctx)
        case .unary(let op, let x, let s): return try ev.unary(op, try run(x, ctx, rules, in: ev), s)
        case .logic(let op, let a, let b, let l, let r):
            if let decided = try ev.logicLeft(op, try run(a, ctx, rules, in: ev), l) { return decided }
            return try ev.logicRight(op, try run(b, ctx, rules, in: ev), r)
        case .binary(let op, let a, let b, let l, let r, let s):
            if recording != nil, op.isComparison, let thresholdOnLeft = RuleEngine.thresholdSide(a, b) {
                return try recordedComparison(op, a, b, thresholdOnLeft: thresholdOnLeft, l, r, s, ctx, rules, in: ev)
            }
            let x = try run(a, ctx, rules, in: ev)
            return try ev.combine(op, x, try run(b, ctx, rules, in: ev), l, r, s)
        case .kept(let slot, let code, let cells):
            if let v = rules.kept[slot] {
                for cell in cells { ev.touch(cell) }
                return v
            }
            let v = try run(code, ctx, rules, in: ev)
            rules.kept[slot] = v
            return v
        case .general(let e): return try ev.eval(e, ctx)
        }
    }
}
