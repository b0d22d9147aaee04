/// Whether the text typed so far is a complete input or needs more lines: an open brace
/// or parenthesis, or a line that ends with a binary operator (`+`, `and` …), continues.
/// Decided on tokens, so braces inside strings and comments do not count.
enum ReplInput {
    static func needsMore(_ text: String) -> Bool {
        var lexer = Lexer(source: SourceFile(path: "<input>", text: text), fileID: -1)
        var depth = 0
        var last: Token?
        while true {
            let t = lexer.next()
            switch t.kind {
            case .eof:
                if depth > 0 { return true }
                guard let last else { return false }
                return continues(after: last, in: lexer.source)
            case .newline:
                continue
            case .lbrace, .lparen: depth += 1
            case .rbrace, .rparen: depth -= 1
            default: break
            }
            last = t
        }
    }

    /// A binary operator at the end of a line continues the expression (the grammar says so).
    static func continues(after t: Token, in source: SourceFile) -> Bool {
        switch t.kind {
        case .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .comma, .plusMinus:
            return true
        case .identifier:
            let k = Keyword.named(source.text(t.start..<t.end))
            return k == .and || k == .or
        default:
            return false
        }
    }

    /// `:save! out.jx 下半年` → ("save", true, ["out.jx", "下半年"]). Full-width `：` works too.
    static func command(_ line: String) -> (name: String, bang: Bool, args: [String])? {
        var s = Substring(line.trimmingSpaces())
        guard let first = s.first, first == ":" || first == "：" else { return nil }
        s = s.dropFirst()
        var words = splitWords(s)
        guard !words.isEmpty else { return ("", false, []) }
        var name = words.removeFirst()
        var bang = false
        if name.hasSuffix("!") { bang = true; name.removeLast() }
        if words.first == "!" { bang = true; words.removeFirst() }
        return (name, bang, words)
    }

    /// Words separated by spaces; "double quotes" keep spaces inside a word.
    static func splitWords(_ s: Substring) -> [String] {
        var out: [String] = []
        var cur = ""
        var quoted = false
        var any = false
        for ch in s {
            if ch == "\"" { quoted.toggle(); any = true; continue }
            if !quoted && (ch == " " || ch == "\t" || ch == "\u{3000}") {
                if any { out.append(cur); cur = ""; any = false }
                continue
            }
            cur.append(ch)
            any = true
        }
        if any { out.append(cur) }
        return out
    }
}

extension String {
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{3000}" }
        guard let a = firstIndex(where: { !isSpace($0) }), let b = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[a...b])
    }
}
