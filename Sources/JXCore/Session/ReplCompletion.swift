/// Tab completion: the words that may come next, given the text before the cursor.
/// Commands after `:`, scenario names after `:scenario` and `:compare`, the fields and
/// parts of a name after `名字.`, else keywords and every name of the script (Chinese
/// included). Candidates are whole words; the line reader keeps those that fit.
extension ReplSession {
    public func completions(for lineBeforeCursor: String) -> [String] {
        let line = Substring(lineBeforeCursor).drop { $0 == " " || $0 == "\t" }
        if pending.isEmpty, let first = line.first, first == ":" || first == "：" {
            guard let space = line.firstIndex(where: { $0 == " " }) else { return ReplSession.commands }
            let command = line[line.index(after: line.startIndex)..<space]
            switch command {
            case "scenario", "情景": return evaluator.model.scenarios.map(\.name.text)
            case "compare", "对比": return ["base", "current"] + evaluator.model.scenarios.map(\.name.text)
            case "report", "报告": return ReportFormat.names
            case "save", "保存": return ["--script"]
            default: return []
            }
        }
        let word = ReplSession.trailingWord(lineBeforeCursor)
        let before = lineBeforeCursor.dropLast(word.count)
        if before.hasSuffix(".") || before.hasSuffix("．") {
            let base = ReplSession.trailingWord(String(before.dropLast()))
            return members(of: String(base)).filter { $0.hasPrefix(word) }
        }
        var names = Keyword.allCases.flatMap(\.spellings) + ["solve", "时间进度", "for"]
        if !word.isEmpty || evaluator.model.symbols.count < 500 { names += evaluator.model.symbols.keys }
        return names.filter { $0.hasPrefix(word) }.sorted()
    }

    /// What may follow `name.`: the fields of an indicator or a budget (Chinese first),
    /// and the parts of a budget or a group.
    func members(of name: String) -> [String] {
        let m = evaluator.model
        var out: [String] = []
        for r in m.lookup(name) {
            switch r {
            case .indicator: out += Evaluator.indicatorMembers.flatMap(\.spellings)
            case .budget(let b):
                out += Evaluator.budgetMembers.flatMap(\.spellings)
                out += m.budgets[b].children.map { m.budgets[$0].name.text }
                out += (m.budgets[b].spends + m.budgets[b].allocations).map { m.spends[$0].name.text }
            case .group(let g):
                out += ["得分", "score", "灯", "light", "权重", "weight"]
                out += m.groups[g].children.map { m.groups[$0].name.text }
                out += m.groups[g].indicators.map { m.indicators[$0].decl.name.text }
            case .spend: out += ["预算数", "amount"]
            case .constant: break
            }
        }
        return out
    }

    /// The word being typed: the trailing run of characters that are not spaces,
    /// punctuation or symbols (`_` belongs to words), as the line reader cuts it.
    static func trailingWord(_ line: String) -> Substring {
        let isSeparator: (Character) -> Bool = { c in c != "_" && (c.isWhitespace || c.isPunctuation || c.isSymbol) }
        let start = line.lastIndex(where: isSeparator).map(line.index(after:)) ?? line.startIndex
        return line[start...]
    }
}
