import JXCore

/// Completion from the text before the cursor: a policy's name after `import policy`, the
/// fields and parts of a name after `名字.`, else keywords (English and Chinese), units
/// right after a number, the script's names and the built-in ones. Candidates are
/// filtered by the word being typed and replace it whole (CJK words have no spaces, so
/// the editor's own idea of a word cannot be trusted).
extension LanguageServer {
    func completion(_ params: JSONValue) throws(ResponseError) -> JSONValue {
        let (a, f, o) = try place(params)
        let lineStart = f.lineStarts[f.line(of: o) - 1]
        let before = f.text(lineStart..<o)
        let items = Completion.items(before: before, a)
        let word = Completion.trailingWord(before)
        let range = LSPPosition.range((o - word.utf8.count)..<o, in: f)
        let limit = 1000
        let shown = items.prefix(limit).map { item in
            JSONValue.object(["label": .string(item.label), "kind": .int(item.kind), "detail": .string(item.detail),
                              "textEdit": .object(["range": range, "newText": .string(item.label)]),
                              "sortText": .string(item.sort)])
        }
        return .object(["isIncomplete": .bool(items.count > limit), "items": .array(Array(shown))])
    }
}

enum Completion {
    struct Item: Equatable {
        var label: String
        var kind: Int
        var detail: String
        var sort: String
    }

    // The protocol's CompletionItemKind.
    static let keyword = 14, unit = 11, variable = 6, field = 5, module = 9, constant = 21, classKind = 7, folder = 19

    static func items(before: String, _ a: Analysis) -> [Item] {
        let word = trailingWord(before)
        let head = before.dropLast(word.count)
        var out: [Item] = []
        var seen = Set<String>()
        func add(_ label: String, _ kind: Int, _ detail: String, rank: Int) {
            guard label.hasPrefix(word), !label.isEmpty, seen.insert(label).inserted else { return }
            out.append(Item(label: label, kind: kind, detail: detail, sort: "\(rank)\(label)"))
        }
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count >= 2, Keyword.named(String(words[words.count - 1])) == .policy, Keyword.named(String(words[words.count - 2])) == .importKw {
            for p in Policies.builtIn.keys.sorted() { add(p, module, "政策 policy", rank: 0) }
            return out
        }
        if head.hasSuffix(".") || head.hasSuffix("．") {
            let base = String(trailingWord(String(head.dropLast())))
            for (label, kind, detail) in members(of: base, a.model) { add(label, kind, detail, rank: 0) }
            return out
        }
        // Right after a number: a unit.
        if let last = head.last, last.isNumber {
            for u in a.model.units.names where !u.isEmpty { add(u, unit, "计量单位 unit", rank: 0) }
            return out
        }
        let m = a.model
        if !word.isEmpty || m.symbols.count < 2000 {
            for name in m.symbols.keys.sorted() {
                let refs = m.lookup(name)
                add(name, kind(of: refs.first, m), refs.first.map { HoverText.kind($0, m) } ?? "", rank: 0)
            }
        }
        for k in Keyword.allCases {
            for s in k.spellings { add(s, keyword, "关键字 \(k.canonical)", rank: 1) }
        }
        for n in ["时间进度", "timeProgress"] + a.evaluator.judge.names { add(n, constant, "内置 built-in", rank: 2) }
        for u in m.units.names where !u.isEmpty && !(u.first?.isASCII ?? true) { add(u, unit, "计量单位 unit", rank: 3) }
        return out
    }

    static func kind(of e: EntityRef?, _ m: Model) -> Int {
        switch e {
        case .budget, .spend: folder
        case .indicator: variable
        case .group: classKind
        case .constant: constant
        case nil: variable
        }
    }

    /// What may follow `name.`: an entity's fields (Chinese first), and the parts of a
    /// budget or a group.
    static func members(of name: String, _ m: Model) -> [(String, Int, String)] {
        var out: [(String, Int, String)] = []
        func fields(_ ms: [Member]) { for f in ms { for s in f.spellings { out.append((s, field, "字段 \(f.spellings.count > 1 ? f.spellings[1] : s)")) } } }
        for r in m.lookup(name) {
            switch r {
            case .indicator: fields(Evaluator.indicatorMembers)
            case .budget(let b):
                fields(Evaluator.budgetMembers)
                for c in m.budgets[b].children { out.append((m.budgets[c].name.text, folder, "预算")) }
                for s in m.budgets[b].spends + m.budgets[b].allocations { out.append((m.spends[s].name.text, folder, "支出")) }
            case .group(let g):
                fields([.score, .light, .weight])
                for c in m.groups[g].children { out.append((m.groups[c].name.text, classKind, "指标分组")) }
                for i in m.groups[g].indicators { out.append((m.indicators[i].decl.name.text, variable, "指标")) }
            case .spend: fields([.amount])
            case .constant: break
            }
        }
        return out
    }

    /// The word being typed: the trailing run of characters that are not spaces,
    /// punctuation or symbols (`_` belongs to words).
    static func trailingWord(_ line: String) -> Substring {
        let isSeparator: (Character) -> Bool = { c in c != "_" && (c.isWhitespace || c.isPunctuation || c.isSymbol) }
        let start = line.lastIndex(where: isSeparator).map(line.index(after:)) ?? line.startIndex
        let word = line[start...]
        // A number's digits are not part of a unit being typed after it (`30亩`).
        guard word.first?.isNumber == true else { return word }
        return word[(word.firstIndex { !$0.isNumber && $0 != "." && $0 != "," } ?? word.endIndex)...]
    }
}
