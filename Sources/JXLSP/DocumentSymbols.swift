import JXCore

/// The outline: the budget tree (budgets, their spending lines and allocations), the
/// indicator hierarchy (groups and their indicators), constants, rules and scenarios, each
/// as declared in the document.
extension LanguageServer {
    func documentSymbols(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, f) = try analysis(params)
        return .array(DocumentSymbols.symbols(a, f))
    }
}

enum DocumentSymbols {
    // The protocol's SymbolKind.
    static let namespace = 3, classKind = 5, field = 8, variable = 13, constant = 14, event = 24, module = 2, function = 12

    static func symbols(_ a: Analysis, _ f: SourceFile) -> [JSONValue] {
        let m = a.model, ev = a.evaluator
        func here(_ s: Span) -> Bool { a.inDocument(s) != nil }
        func symbol(_ name: String, _ detail: String, _ kind: Int, range: Span, selection: Span, children: [JSONValue] = []) -> JSONValue {
            let sel = a.inDocument(selection) ?? 0..<0
            var whole = a.inDocument(range) ?? sel
            whole = min(whole.lowerBound, sel.lowerBound)..<max(whole.upperBound, sel.upperBound)
            var o: [String: JSONValue] = ["name": .string(name.isEmpty ? "（未分组）" : name), "detail": .string(detail), "kind": .int(kind),
                                          "range": LSPPosition.range(whole, in: f), "selectionRange": LSPPosition.range(sel, in: f)]
            if !children.isEmpty { o["children"] = .array(children) }
            return .object(o)
        }
        var out: [JSONValue] = []

        func budget(_ b: Int, depth: Int) -> JSONValue {
            let node = m.budgets[b]
            var kids: [JSONValue] = []
            if depth < 64 {
                for c in node.children where here(m.budgets[c].name.span) { kids.append(budget(c, depth: depth + 1)) }
            }
            for s in node.spends + node.allocations where here(m.spends[s].name.span) {
                let sp = m.spends[s]
                kids.append(symbol(sp.name.text, ShownText.quantity(ev.spend(s)), field, range: sp.name.span, selection: sp.name.span))
            }
            let detail = InlayHints.budget(b, ev).dropFirst(2)
            return symbol(node.name.text, String(detail), namespace, range: node.span, selection: node.name.span, children: kids)
        }
        for b in m.budgets.indices where m.budgets[b].parent == nil && here(m.budgets[b].name.span) { out.append(budget(b, depth: 0)) }

        func indicator(_ i: Int) -> JSONValue {
            let d = m.indicators[i].decl
            return symbol(d.name.text, String(InlayHints.indicator(i, ev).dropFirst(2)), variable, range: d.span, selection: d.name.span)
        }
        func group(_ g: Int, depth: Int) -> [JSONValue] {
            let node = m.groups[g]
            var kids: [JSONValue] = []
            if depth < 64 { for c in node.children { kids += group(c, depth: depth + 1) } }
            for i in node.indicators where here(m.indicators[i].decl.name.span) { kids.append(indicator(i)) }
            // A group declared in another file (two files' 产出) shows only what this one adds.
            guard here(node.name.span) else { return kids }
            if node.name.text.isEmpty { return kids }
            return [symbol(node.name.text, HoverText.kind(.group(g), m), node.isProject ? module : classKind,
                           range: node.blockSpan ?? node.name.span, selection: node.name.span, children: kids)]
        }
        for g in m.groups.indices where m.groups[g].parent == nil { out += group(g, depth: 0) }
        for i in m.indicators.indices where m.indicators[i].group == nil && here(m.indicators[i].decl.name.span) { out.append(indicator(i)) }

        for c in m.constants.indices where here(m.constants[c].name.span) {
            let n = m.constants[c].name
            out.append(symbol(n.text, ev.constant(c).map { Evaluation.show($0, ev) } ?? "", constant, range: n.span, selection: n.span))
        }
        for r in m.rules where here(r.name.span) { out.append(symbol(r.name.text, "规则", function, range: r.span, selection: r.name.span)) }
        for s in m.scenarios where here(s.name.span) { out.append(symbol(s.name.text, "情景", event, range: s.span, selection: s.name.span)) }
        return out
    }
}
