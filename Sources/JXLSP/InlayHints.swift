import JXCore

/// Inlay hints: after each indicator and budget line, its computed result, as a
/// spreadsheet shows a cell's value beside its formula: `→ 6.67% 红灯`. Only the lines in
/// the range asked for are computed (the evaluator keeps every value it computed).
extension LanguageServer {
    func inlayHints(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, f) = try analysis(params)
        var lines = 0..<f.lineStarts.count
        if let r = params["range"], let s = LSPPosition.offset(r["start"], in: f), let e = LSPPosition.offset(r["end"], in: f) {
            // The end is not in the range: a range to the start of a line stops before it.
            let last = e > s && f.lineStarts[f.line(of: e) - 1] == e ? f.line(of: e) - 1 : f.line(of: e)
            lines = (f.line(of: s) - 1)..<max(f.line(of: s), last)
        }
        return .array(InlayHints.hints(a, f, lines: lines).map { h in
            .object(["position": LSPPosition.position(h.offset, in: f), "label": .string(h.label), "kind": .int(1), "paddingLeft": true])
        })
    }
}

enum InlayHints {
    struct Hint {
        var offset: Int
        var label: String
    }

    /// The hints of the main file's lines `lines` (from 0), in order.
    static func hints(_ a: Analysis, _ f: SourceFile, lines: Range<Int>) -> [Hint] {
        let m = a.model, ev = a.evaluator
        guard !lines.isEmpty else { return [] }
        let lo = f.lineStarts[max(0, min(lines.lowerBound, f.lineStarts.count - 1))]
        let hi = lines.upperBound >= f.lineStarts.count ? f.bytes.count : f.lineStarts[lines.upperBound]
        var out: [Hint] = []
        // One hint a line: the end of the line the name is written on.
        func place(_ s: Span) -> Int? {
            guard let r = a.inDocument(s), r.lowerBound >= lo, r.lowerBound < hi || (r.lowerBound == hi && hi == f.bytes.count) else { return nil }
            return LSPPosition.lineEnd(f.line(of: r.lowerBound) - 1, in: f)
        }
        for i in m.indicators.indices {
            guard let at = place(m.indicators[i].decl.name.span) else { continue }
            out.append(Hint(offset: at, label: indicator(i, ev)))
        }
        for b in m.budgets.indices {
            guard let at = place(m.budgets[b].name.span) else { continue }
            out.append(Hint(offset: at, label: budget(b, ev)))
        }
        out.sort { $0.offset < $1.offset }
        return out
    }

    static func indicator(_ i: Int, _ ev: Evaluator) -> String {
        guard let r = ev.indicator(i) else { return "→ 无法计算" }
        var parts = ["→"]
        if r.status == .pending {
            parts.append(r.status.chinese)
        } else {
            parts.append(ShownText.percent(r.completion))
        }
        if let l = ev.verdict(.indicator(i)).light { parts.append(l.chinese) }
        return parts.joined(separator: " ")
    }

    static func budget(_ b: Int, _ ev: Evaluator) -> String {
        guard let r = ev.budget(b) else { return "→ 无法计算" }
        var parts = ["→ 执行率 \(ShownText.percent(r.execution))"]
        if r.arrival != nil { parts.append("到位率 \(ShownText.percent(r.arrival))") }
        if let l = ev.verdict(.budget(b)).light { parts.append(l.chinese) }
        return parts.joined(separator: " ")
    }
}
