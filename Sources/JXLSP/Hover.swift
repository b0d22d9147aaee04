import JXCore

/// Hover: what a name stands for, with its computed figures first, the way the report
/// puts them: `完成率 6.67% · 红灯 · 完成率 6.67% 低于序时进度 50.00% 的 60%`.
extension LanguageServer {
    func hover(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, f, o) = try place(params)
        let text: String
        let range: Range<Int>
        if let hit = a.symbol(at: o) {
            guard let t = HoverText.text(hit, a), let r = a.inDocument(hit.span) else { return .null }
            (text, range) = (t, r)
        } else if let (t, s) = HoverText.policy(at: o, in: a, f) {
            (text, range) = (t, s.start..<s.end)
        } else {
            return .null
        }
        return .object(["contents": .object(["kind": "markdown", "value": .string(text)]), "range": LSPPosition.range(range, in: f)])
    }
}

enum HoverText {
    static func kind(_ e: EntityRef, _ m: Model) -> String {
        switch e {
        case .budget: "预算"
        case .spend(let s): s >= 0 && s < m.spends.count && m.spends[s].isAllocation ? "拨付" : "支出"
        case .indicator: "指标"
        case .group(let g): g >= 0 && g < m.groups.count && m.groups[g].isProject ? "项目" : "指标分组"
        case .constant(let c): c >= 0 && c < m.constants.count && m.constants[c].fromPolicy ? "政策阈值" : "常量"
        }
    }

    /// The figures that say the most, first, in one line; then the rest.
    static func lead(_ v: ShownValue, _ e: EntityRef) -> (String, [String]) {
        let first: [String]
        switch e {
        case .indicator: first = ["完成率", "灯"]
        case .budget: first = ["执行率", "到位率", "灯"]
        default: first = []
        }
        var lead: [String] = []
        for label in first {
            guard let t = v[label] else { continue }
            lead.append(label == "灯" ? t : "\(label) \(t)")
        }
        if let m = v.lightMessage, !m.isEmpty { lead.append(m) }
        let rest = v.figures.filter { !first.contains($0.label) }.map { "\($0.label) \($0.text)" }
        return (lead.joined(separator: " · "), rest)
    }

    static func text(_ hit: SymbolHit, _ a: Analysis) -> String? {
        let m = a.model
        if hit.isAmbiguous {
            let places = hit.entities.map { "- \(kind($0, m)) \(m.name(of: $0))" + (m.projectName(of: $0).map { "（\($0)）" } ?? "") }
            return "**\(escaped(hit.name))** 有 \(hit.entities.count) 个同名声明，请加限定（如 项目.\(escaped(hit.name))）：\n\n" + places.joined(separator: "\n")
        }
        guard let v = a.query.value(of: hit) else { return nil }
        var out: String
        if case .field = hit.role, let e = hit.entity {
            out = "**\(escaped(m.name(of: e))).\(escaped(hit.name))** \(escaped(v.figures.first?.text ?? ""))"
        } else if let e = hit.entity {
            out = "**\(escaped(m.name(of: e)))** · \(kind(e, m))"
            let (lead, rest) = lead(v, e)
            if !lead.isEmpty { out += "\n\n" + escaped(lead) }
            if !rest.isEmpty { out += "\n\n" + escaped(rest.joined(separator: " · ")) }
            if case .constant(let c) = e, m.constants[c].fromPolicy, let s = a.source(of: m.constants[c].name.span) {
                out += "\n\n来自 " + escaped(s.path.hasPrefix("<policy ") ? "政策 " + s.path.dropFirst(8).dropLast() : s.path)
            }
            if let r = v.lightRule { out += "\n\n规则 " + escaped(r) }
        } else {
            out = escaped(v.summary)
        }
        return out
    }

    /// Hover on the name in `import policy 预警`: the policy's thresholds.
    static func policy(at offset: Int, in a: Analysis, _ f: SourceFile) -> (String, Span)? {
        let line = f.line(of: offset)
        let range = f.lineRange(line)
        let text = f.text(range)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 3, Keyword.named(String(words[0])) == .importKw, Keyword.named(String(words[1])) == .policy else { return nil }
        let name = String(words[2])
        let start = range.lowerBound + text[..<words[2].startIndex].utf8.count
        let span = Span(file: a.mainFile, start: start, end: start + name.utf8.count)
        guard offset >= span.start, offset < span.end else { return nil }
        let m = a.model, ev = a.evaluator
        var lines: [String] = []
        for c in m.constants.indices where m.constants[c].fromPolicy {
            guard a.source(of: m.constants[c].name.span)?.path == "<policy \(name)>" else { continue }
            let shown = ev.constant(c).map { Evaluation.show($0, ev) } ?? "—"
            lines.append("- \(m.constants[c].name.text) = \(shown)" + (m.lookup(m.constants[c].name.text).count == 1 ? "" : "（本脚本另有定义）"))
        }
        let rules = m.rules.filter { a.source(of: $0.name.span)?.path == "<policy \(name)>" }.map(\.name.text)
        var out = "**政策 \(escaped(name))**"
        if !lines.isEmpty { out += "\n\n阈值：\n" + escaped(lines.joined(separator: "\n")) }
        if !rules.isEmpty { out += "\n\n规则：" + escaped(rules.joined(separator: "、")) }
        return (out, span)
    }

    /// Markdown's special characters in a script's names and texts shown as themselves.
    static func escaped(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
