import JXCore

/// Spoils the layout of a script without changing its meaning, the way hurried hands do:
/// random indentation (spaces, tabs, U+3000), wider gaps where there were gaps, doubled
/// blank lines, and statements joined with `;`. A formatter must undo all of it.
public struct ScriptMangler {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// SplitMix64: small, seedable, the same on every platform.
    public mutating func next(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }

    public enum Element { case token(Token), comment(Range<Int>) }

    public mutating func mangle(_ text: String) -> String {
        let file = SourceFile(path: "m", text: text)
        var lexer = Lexer(source: file, fileID: 0)
        lexer.keepComments = true
        var elements: [(Int, Element)] = []
        while true {
            let t = lexer.next()
            if t.kind == .eof { break }
            elements.append((t.start, .token(t)))
        }
        for c in lexer.comments { elements.append((c.lowerBound, .comment(c))) }
        elements.sort { $0.0 < $1.0 }

        var out = ""
        var atLineStart = true
        var lineHasComment = false
        var parens = 0
        var last: Token?
        for (i, (_, e)) in elements.enumerated() {
            switch e {
            case .comment(let r):
                out += atLineStart ? indentation() : gap()
                out += file.text(r)
                atLineStart = false
                lineHasComment = true
            case .token(let t) where t.kind == .newline:
                let nextIsToken: Bool = {
                    guard i + 1 < elements.count, case .token(let n) = elements[i + 1].1 else { return false }
                    return n.kind != .newline
                }()
                let joinable = !atLineStart && !lineHasComment && parens == 0 && nextIsToken
                    && !(last.map { isOperator($0, file) } ?? true)
                if joinable, next(3) == 0 {
                    out += ";" + gap()
                    atLineStart = false
                    // The next token is not at a line start any more, but its gap is written.
                    continue
                }
                out += "\n"
                if atLineStart, next(2) == 0 { out += "\n" } // a blank line, doubled
                atLineStart = true
                lineHasComment = false
            case .token(let t):
                if atLineStart { out += indentation() } else if t.spaceBefore, !out.hasSuffix(" ") { out += gap() }
                out += file.text(t.start..<max(t.end, t.unitEnd))
                atLineStart = false
                if t.kind == .lparen { parens += 1 }
                if t.kind == .rparen { parens -= 1 }
                last = t
            }
        }
        return out
    }

    public mutating func indentation() -> String {
        ["", " ", "   ", "\t", "      ", "\u{3000}", "        "][next(7)]
    }

    public mutating func gap() -> String {
        [" ", "  ", "\t", "   ", " \u{3000}"][next(5)]
    }

    public func isOperator(_ t: Token, _ file: SourceFile) -> Bool {
        switch t.kind {
        case .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .lparen: return true
        case .identifier:
            let k = Keyword.named(file.text(t.start..<t.end))
            return k == .and || k == .or
        default: return false
        }
    }
}
