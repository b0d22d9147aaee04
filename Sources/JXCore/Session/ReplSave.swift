/// `:save FILE [NAME]` writes the session's changes as `scenario NAME { … }` in a file that
/// imports the loaded script, so `jx report --scenario NAME FILE` runs it; `:save --script
/// FILE` writes the whole script with the changes written into it. Writes are atomic (the
/// host's `write`); a file that exists is replaced only with `:save!`, which may also write
/// into the loaded script, and a file the script imports is never written.
extension ReplSession {
    func save(_ args: [String], force: Bool) -> Reply {
        var rest = args
        var wholeScript = false
        if let first = rest.first, first == "--script" || first == "-s" { wholeScript = true; rest.removeFirst() }
        guard wholeScript ? rest.count == 1 : (1...2).contains(rest.count) else {
            return usage(say(.save(.usage)))
        }
        let path = rest[0]
        let overwritesLoaded = loadedPath.map { files.absolute($0) == files.absolute(path) } ?? false
        if overwritesLoaded && !force {
            return Reply(errors: say(.save(.isLoadedScript(path: path, command: ":save! " + args.joined(separator: " ")))) + "\n")
        }
        let text: String
        let done: String
        if wholeScript {
            switch scriptWithChanges() {
            case .ok(let t): text = t
            case .bad(let message): return Reply(errors: say(.save(.error(message))) + "\n")
            }
            done = say(.save(.savedScript(changes: changeTexts.count, path: path)))
        } else {
            guard !undoStack.isEmpty else { return Reply(errors: say(.save(.nothingToSave)) + "\n") }
            let name = rest.count > 1 ? rest[1] : (overwritesLoaded ? "会话改动" : ReplPaths.stem(path))
            if evaluator.model.scenarios.contains(where: { $0.name.text == name }) {
                return Reply(errors: say(.save(.scenarioExists(name, path: path))) + "\n")
            }
            text = scenarioFile(name: name, path: path, intoLoaded: overwritesLoaded)
            let quote = { (p: String) in p.contains(" ") ? "\"\(p)\"" : p }
            // An import from outside the saved file's folder is read only from a folder the
            // command names (`jx` reads imports from the script's folder tree).
            var allow = ""
            if !overwritesLoaded, let loaded = loadedPath {
                let from = ReplPaths.folder(files.absolute(path)), to = ReplPaths.folder(files.absolute(loaded))
                if from != to && !to.hasPrefix(from == "/" ? "/" : from + "/") { allow = "--import-path \(quote(to)) " }
            }
            done = say(.save(.savedScenario(changes: changeTexts.count, name: name, path: path, run: "jx report \(allow)--scenario \(SessionText.name(name)) \(quote(path))")))
        }
        // `:save!` may write into the loaded script (that is what it is for), never into a
        // file it imports.
        let inputs = scriptPaths.filter { !(overwritesLoaded && force && files.absolute($0) == files.absolute(path)) }
        switch files.write(path, text, WriteRules(replace: force, inputs: inputs)) {
        case .success: return Reply(output: done + "\n")
        case .failure(let e) where e.kind == .exists:
            return Reply(errors: say(.save(.exists(path: path, command: ":save! " + args.joined(separator: " ")))) + "\n")
        case .failure(let e): return Reply(errors: say(.save(.cannotWrite(path: path, reason: e.message))) + "\n")
        }
    }

    /// The files of the session's scripts: the loaded one and its imports.
    var scriptPaths: [String] {
        workspace.sources.files.map(\.path).filter { !$0.hasPrefix("<") }
    }

    /// The changes as a scenario block.
    func scenarioBlock(_ name: String) -> String {
        var out = "scenario \(SessionText.name(name)) {\n"
        // At the prompt a second `let` of a name changes it; in a scenario it would be a
        // duplicate, so it is written as the change it was (`红灯线 = 60%`).
        var defined = Set<String>()
        for change in undoStack {
            for (k, t) in change.texts.enumerated() {
                var text = t
                if k < change.statements.count, case .letDecl(let l) = change.statements[k], !defined.insert(l.name.text).inserted {
                    text = SessionText.name(l.name.text) + " = " + SessionText.expr(l.value, sources)
                }
                out += SessionText.indent(text) + "\n"
            }
        }
        return out + "}\n"
    }

    func scenarioFile(name: String, path: String, intoLoaded: Bool) -> String {
        if intoLoaded, let main = mainFile {
            var text = main.text(0..<main.bytes.count)
            if !text.hasSuffix("\n") { text += "\n" }
            return text + "\n# 会话改动（jx repl）\n" + scenarioBlock(name)
        }
        var out = say(.save(.fileHeader(run: "jx report --scenario \(SessionText.name(name)) \(ReplPaths.stem(path)).jx"))) + "\n"
        if let loaded = loadedPath {
            let target = files.absolute(loaded)
            let importPath = ReplPaths.relative(target, from: files.absolute(path))
            out += "import \(JXSpelling.quoted(importPath))\n"
        }
        return out + "\n" + scenarioBlock(name)
    }

    /// The loaded script's text as it was read.
    var mainFile: SourceFile? {
        guard loadedPath != nil else { return nil }
        return workspace.sources.files.first { $0.path == workspace.mainPath }
    }

    /// The loaded script with each change written where the changed thing is declared:
    /// an indicator's declaration is replaced by its new one, a constant's or a spending
    /// line's value by the new value; what is new is added at the end.
    enum ScriptText { case ok(String), bad(SaveMessage) }

    func scriptWithChanges() -> ScriptText {
        let ev = evaluator
        let main = mainFile
        let mainID = main.flatMap { f in workspace.sources.files.firstIndex { $0.path == f.path } }
        let text = main.map { $0.text(0..<$0.bytes.count) } ?? ""
        let bytes = Array(text.utf8)
        // The first snapshot of each thing is how the script declares it.
        var originals: [EntityRef: ModelPart] = [:]
        var base: (indicators: Int, budgets: Int, spends: Int, constants: Int)?
        var others: [SaveMessage] = []
        for change in undoStack {
            for parts in change.parts {
                for p in parts {
                    if let e = p.entity, originals[e] == nil { originals[e] = p }
                    switch p {
                    case .counts(let i, let b, let s, let c): if base == nil { base = (i, b, s, c) }
                    case .report: others.append(.reportHeader)
                    case .rules: others.append(.aRule)
                    case .units: others.append(.aUnit)
                    case .scenarios: others.append(.aScenario)
                    case .declared: others.append(.declaredCounts)
                    default: break
                    }
                }
            }
        }
        guard let base else { return .ok(text) }
        var edits: [(range: Range<Int>, text: String)] = []
        var appended: [String] = []
        var cannot = Array(Set(others)).sorted { $0.text.en < $1.text.en }
        func inMain(_ s: Span?) -> Range<Int>? {
            guard let s, s.file == mainID, s.end <= bytes.count, s.start < s.end else { return nil }
            return s.start..<s.end
        }
        for part in originals.sorted(by: { "\($0.key)" < "\($1.key)" }).map(\.value) {
            switch part {
            case .indicator(let i, let old) where i < base.indicators && i < ev.model.indicators.count:
                let now = ev.model.indicators[i].decl
                guard let r = inMain(old.decl.span) else { cannot.append(.indicatorElsewhere(now.name.text)); continue }
                edits.append((r, SessionText.indicator(now, sources)))
            case .constant(let c, let old) where c < base.constants && c < ev.model.constants.count:
                let now = ev.model.constants[c]
                let value = SessionText.actual(now.value, sources)
                if case .value(let e) = old.value, !old.fromPolicy, let r = inMain(e.span) {
                    edits.append((r, value))
                } else {
                    appended.append("let \(SessionText.name(now.name.text)) = \(value)")
                }
            case .spend(let s, let old) where s < base.spends && s < ev.model.spends.count:
                let now = ev.model.spends[s]
                let a = SessionText.expr(old.amount, sources), b = SessionText.expr(now.amount, sources)
                if a == b { continue }
                guard let r = inMain(old.amount.span) else { cannot.append(.spendingLine(now.name.text)); continue }
                edits.append((r, b))
            case .budget(let b, let old) where b < base.budgets && b < ev.model.budgets.count:
                let now = ev.model.budgets[b]
                if old.spends != now.spends || old.allocations != now.allocations || old.children != now.children
                    || old.sources.count != now.sources.count || old.stated.count != now.stated.count {
                    cannot.append(.budgetRedeclared(now.name.text))
                    continue
                }
                for (o, n, field) in [(old.amount, now.amount, SaveMessage.BudgetField.amount), (old.initial, now.initial, .initial), (old.arrived, now.arrived, .arrived),
                                      (old.executed, now.executed, .executed), (old.expected, now.expected, .expected), (old.weight, now.weight, .weight)] {
                    let ot = o.map { SessionText.expr($0, sources) }, nt = n.map { SessionText.expr($0, sources) }
                    if ot == nt { continue }
                    guard let o, let r = inMain(o.span), let nt else { cannot.append(.budgetField(now.name.text, field: field)); continue }
                    edits.append((r, nt))
                }
            default:
                break
            }
        }
        // A new indicator goes into its group, after the last indicator the script declares
        // there (a file cannot open a group twice); a new group is written whole at the end.
        var inserted: [Int: [String]] = [:]
        var newGroups: [Int: [(group: Int, text: String)]] = [:]
        for i in base.indicators..<max(base.indicators, ev.model.indicators.count) {
            let ind = ev.model.indicators[i], text = SessionText.indicator(ind.decl, sources)
            guard let g = ind.group else { appended.append(text); continue }
            if let (at, indent) = lastDeclared(in: g, before: base.indicators, bytes: bytes, inMain: inMain) {
                inserted[at, default: []].append("\n" + indent + text)
            } else if let top = newGroupChain(g, before: base.indicators) {
                newGroups[top, default: []].append((g, text))
            } else {
                cannot.append(.newIndicatorInGroup(ind.decl.name.text))
            }
        }
        for (at, lines) in inserted { edits.append((at..<at, lines.joined())) }
        for top in newGroups.keys.sorted() { appended.append(contentsOf: groupBlock(top, newGroups[top] ?? [], depth: 0)) }
        for c in base.constants..<max(base.constants, ev.model.constants.count) {
            appended.append("let \(SessionText.name(ev.model.constants[c].name.text)) = \(SessionText.actual(ev.model.constants[c].value, sources))")
        }
        if ev.model.budgets.count > base.budgets { cannot.append(.newBudgets) }
        if !cannot.isEmpty {
            return .bad(.cannotWriteInto(cannot))
        }
        // From the end, so that earlier offsets stay valid.
        edits.sort { $0.range.lowerBound > $1.range.lowerBound }
        var out = bytes
        var limit = Int.max
        for e in edits {
            guard e.range.upperBound <= limit else { return .bad(.sameText) }
            out.replaceSubrange(e.range, with: Array(e.text.utf8))
            limit = e.range.lowerBound
        }
        var result = String(decoding: out, as: UTF8.self)
        if !appended.isEmpty {
            if !result.isEmpty && !result.hasSuffix("\n") { result += "\n" }
            result += (result.isEmpty ? "" : "\n# 会话新增（jx repl）\n") + appended.joined(separator: "\n") + "\n"
        }
        return .ok(result)
    }

    /// Where a new indicator of group `g` goes: the end of the line of the last indicator the
    /// script declares directly in `g`, with that line's indentation.
    private func lastDeclared(in g: Int, before count: Int, bytes: [UInt8], inMain: (Span?) -> Range<Int>?) -> (Int, String)? {
        let model = evaluator.model
        guard let k = model.groups[g].indicators.last(where: { $0 < count && inMain(model.indicators[$0].decl.span) != nil }),
              let r = inMain(model.indicators[k].decl.span) else { return nil }
        var end = r.upperBound
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        var start = r.lowerBound
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var indent = start
        while indent < r.lowerBound, bytes[indent] == 0x20 || bytes[indent] == 0x09 { indent += 1 }
        return (end, String(decoding: bytes[start..<indent], as: UTF8.self))
    }

    /// The outermost group around `g` (or `g`) that the script does not declare: none of its
    /// indicators, nor of the groups in it, comes from the script. Nil when `g` itself is in
    /// the script (it has no indicator of its own there to write beside).
    private func newGroupChain(_ g: Int, before count: Int) -> Int? {
        let model = evaluator.model
        func declared(_ x: Int) -> Bool {
            model.groups[x].indicators.contains { $0 < count } || model.groups[x].children.contains { declared($0) }
        }
        guard !declared(g) else { return nil }
        var top = g
        while let p = model.groups[top].parent, !declared(p) { top = p }
        return model.groups[top].parent == nil ? top : nil
    }

    /// Group `x` written whole (`产出 {` … `}`), with the new indicators in it and in the
    /// groups under it, as lines.
    private func groupBlock(_ x: Int, _ members: [(group: Int, text: String)], depth: Int) -> [String] {
        let model = evaluator.model
        let pad = String(repeating: "  ", count: depth)
        var lines = [pad + SessionText.name(model.groups[x].name.text) + " {"]
        lines += members.filter { $0.group == x }.map { pad + "  " + $0.text }
        for c in model.groups[x].children {
            let inside = members.filter { m in
                var at: Int? = m.group
                while let a = at, a != c { at = model.groups[a].parent }
                return at == c
            }
            if !inside.isEmpty { lines += groupBlock(c, inside, depth: depth + 1) }
        }
        return lines + [pad + "}"]
    }
}
