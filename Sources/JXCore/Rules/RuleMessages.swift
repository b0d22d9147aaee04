/// A rule's message: `"执行率 {执行率} 低于序时进度 {时间进度}"`, each `{…}` an expression about
/// the subject. The template is cut and parsed once per message (`key`, its place in the
/// rule), not once per entity the rule judges.
extension RuleEngine {
    /// A message template cut into its words and its `{…}` parts, each part parsed once.
    enum TemplatePiece {
        case text(String)
        /// The expression (nil if it does not parse) and the text between the braces.
        case value(Expr?, String)
    }

    func expand(_ template: String, _ ctx: Evaluator.Context, key: Span? = nil, in ev: Evaluator) -> String {
        let pieces: [TemplatePiece]
        if let key, let cached = templatePieces[key] { pieces = cached } else {
            pieces = RuleEngine.cut(template).map { piece in
                guard case .value(_, let text) = piece else { return piece }
                return .value(RuleEngine.parseTemplateExpression(text), text)
            }
            if let key { templatePieces[key] = pieces }
        }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += t
            case .value(let e, let text): out += RuleEngine.shown(e, text, ctx, in: ev)
            }
        }
        return out
    }

    /// The message of the clause that gave `ref` its light, with the values now (asked by
    /// the evaluator the first time it is wanted: most are never shown).
    public func lightMessage(of ref: EntityRef, by clause: ClauseSource, in ev: Evaluator) -> String? {
        let code = compiled(ev)
        guard clause.rule < code.rules.count, clause.clause < code.rules[clause.rule].clauses.count,
              let pieces = code.rules[clause.rule].clauses[clause.clause].message else { return nil }
        // Written for the verdict, not for whatever is being judged meanwhile.
        let outerRecord = recording, outerReads = ev.constantsRead
        recording = nil
        ev.constantsRead = nil
        let outerStamp = code.begin()
        defer {
            code.end(outerStamp)
            recording = outerRecord
            ev.constantsRead = outerReads
        }
        return expand(pieces, Evaluator.Context(subject: ref), code, in: ev)
    }

    /// The same for a template compiled with its rule.
    func expand(_ pieces: [CompiledPiece], _ ctx: Evaluator.Context, _ code: CompiledRules, in ev: Evaluator) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += t
            case .value(let c, let text):
                guard let c else { out += "{\(text)}"; continue }
                out += ev.silently {
                    guard let v = try? run(c, ctx, code, in: ev) else { return "?" }
                    if case .entity(let ref) = v, let d = try? ev.defaultValue(of: ref, at: nil) { return d.display }
                    if case .text(let t) = v { return t }
                    return v.display
                }
            }
        }
        return out
    }

    /// Words and `{…}` parts, by bytes (braces are ASCII); an unclosed `{` stays text.
    static func cut(_ template: String) -> [TemplatePiece] {
        let b = Array(template.utf8)
        var out: [TemplatePiece] = []
        var i = 0, start = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "{"), let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) {
                if i > start { out.append(.text(String(decoding: b[start..<i], as: UTF8.self))) }
                out.append(.value(nil, String(decoding: b[(i + 1)..<close], as: UTF8.self)))
                i = close + 1
                start = i
                continue
            }
            i += 1
        }
        if start < b.count { out.append(.text(String(decoding: b[start...], as: UTF8.self))) }
        return out
    }

    static func parseTemplateExpression(_ text: String) -> Expr? {
        var p = Parser(source: SourceFile(path: "<template>", bytes: Array(text.utf8)), fileID: -1)
        p.allowExpressions = true
        let s = p.parseScript()
        if p.diagnostics.isEmpty, s.statements.count == 1, case .expression(let e) = s.statements[0] { return e }
        return nil
    }

    /// A part's value as shown; a part that cannot be shown is shown as `?`, not reported
    /// per entity.
    static func shown(_ expr: Expr?, _ text: String, _ ctx: Evaluator.Context, in ev: Evaluator) -> String {
        guard let expr else { return "{\(text)}" }
        return ev.silently {
            guard let v = try? ev.eval(expr, ctx) else { return "?" }
            if case .entity(let ref) = v, let d = try? ev.defaultValue(of: ref, at: nil) { return d.display }
            if case .text(let t) = v { return t }
            return v.display
        }
    }
}
