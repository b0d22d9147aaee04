/// jx text of model parts, for what the REPL writes back: `:diff`, `:save --script`.
/// Numbers keep the text they were typed with (`1,493.25万元`); everything else is
/// printed from the tree, so text typed at the prompt and text from the script mix.
enum SessionText {
    static func expr(_ e: Expr, _ sources: SourceMap?) -> String {
        switch e {
        case .number(let n): return literal(n, sources)
        case .text(let t, _): return JXSpelling.quoted(t)
        case .name(let id): return name(id.text)
        case .pending: return "pending"
        case .blank: return Keyword.blank.canonical
        case .member(let b, let m): return expr(b, sources) + "." + name(m.text)
        case .unary(let op, let x, _):
            return (op == .negate ? "-" : "not ") + operand(x, 6, sources)
        case .binary(let op, let l, let r, _):
            return operand(l, op.precedence, sources) + " \(op.rawValue) " + operand(r, op.precedence + 1, sources)
        case .call(let f, let args, _):
            return f.text + "(" + args.map { expr($0, sources) }.joined(separator: ", ") + ")"
        }
    }

    static func operand(_ e: Expr, _ precedence: Int, _ sources: SourceMap?) -> String {
        if case .binary(let op, _, _, _) = e, op.precedence < precedence { return "(" + expr(e, sources) + ")" }
        return expr(e, sources)
    }

    static func literal(_ n: NumberLiteral, _ sources: SourceMap?) -> String {
        if let f = sources?[n.span.file], n.span.end <= f.bytes.count, n.span.end > n.span.start {
            return f.text(n.span.start..<n.span.end)
        }
        return n.value.decimalString(maxDecimals: max(n.decimals, 6)) + n.unit
    }

    /// A name as it can be typed back: bare when it reads as one name, else quoted.
    static func name(_ text: String) -> String {
        var lexer = Lexer(source: SourceFile(path: "<name>", text: text), fileID: -1)
        let t = lexer.next()
        if t.kind == .identifier, t.start == 0, t.end == text.utf8.count, lexer.next().kind == .eof { return text }
        return JXSpelling.quoted(text)
    }


    static func spanText(_ s: Span?, _ sources: SourceMap?) -> String? {
        guard let s, let f = sources?[s.file], s.end <= f.bytes.count, s.end > s.start else { return nil }
        return f.text(s.start..<s.end)
    }

    static func actual(_ a: ActualSpec, _ sources: SourceMap?) -> String {
        switch a {
        case .value(let e): expr(e, sources)
        case .pending: "pending"
        case .elapsed: "elapsed"
        case .done: "done"
        }
    }

    static func target(_ t: TargetSpec, written: Span?, _ sources: SourceMap?) -> String {
        switch t {
        case .value(let cmp, let e):
            return spanText(written, sources) ?? (cmp.rawValue + expr(e, sources))
        case .qualitative(let text, _):
            return JXSpelling.quoted(text)
        case .deadline(let m, let d, let text, _):
            if text.contains("月") { return text }
            return "deadline " + (text.isEmpty ? "\(m)-\(d)" : text)
        }
    }

    /// An indicator declaration on one line, every field it has.
    static func indicator(_ d: IndicatorDecl, _ sources: SourceMap?) -> String {
        var parts = ["indicator", name(d.name.text)]
        if let t = d.target { parts += ["target", target(t, written: d.targetSpan, sources)] }
        if let a = d.actual {
            parts += ["actual", actual(a, sources)]
            if let text = d.actualText { parts.append(JXSpelling.quoted(text)) }
        }
        for c in d.stated {
            parts.append("stated")
            if let m = c.member { parts.append(name(m.text)) }
            parts.append(c.value.map { literal($0, sources) } ?? Keyword.blank.canonical)
        }
        if let r = d.rate { parts += ["rate", expr(r, sources)] }
        if let g = d.grade { parts += ["grade", name(g.text)] }
        if let w = d.weight { parts += ["weight", expr(w, sources)] }
        if let e = d.expected { parts += ["expected", actual(e, sources)] }
        if let c = d.cause { parts += ["cause", name(c.text)] }
        if let l = d.likelihood { parts += ["likelihood", name(l.text)] }
        if let n = d.note { parts += ["note", JXSpelling.quoted(n)] }
        if let p = d.prorate { parts += ["prorate", p ? "yes" : "no"] }
        return parts.joined(separator: " ")
    }

    /// Each line indented by `prefix` (blank lines stay blank).
    static func indent(_ text: String, _ prefix: String = "  ") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }
            .joined(separator: "\n")
    }
}
