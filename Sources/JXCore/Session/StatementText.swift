/// The text of one statement as it was typed: from its first token to the end of the
/// line that ends it (following braces and trailing operators). Spans of some
/// declarations cover only their header, so the end is found by reading tokens.
enum StatementText {
    static func start(of s: Statement) -> Span? {
        switch s {
        case .report(let d): d.span
        case .budget(let d): d.span
        case .indicator(let d): d.span
        case .group(let d): d.span
        case .declared(let d): d.span
        case .letDecl(let d): d.span
        case .unitDecl(let d): d.span
        case .rule(let d): d.span
        case .assert(let d): d.span
        case .scenario(let d): d.span
        case .importDecl(let d): d.span
        case .assign(let d): d.span
        case .setting(let d): d.span
        case .stated(let c): c.span
        case .expression(let e): e.span
        }
    }

    static func text(of s: Statement, _ sources: SourceMap?) -> String? {
        guard let span = start(of: s), let file = sources?[span.file], span.start < file.bytes.count else { return nil }
        let rest = SourceFile(path: file.path, bytes: Array(file.bytes[span.start...]))
        var lexer = Lexer(source: rest, fileID: -1)
        var depth = 0
        var end = 0
        var last: Token?
        loop: while true {
            let t = lexer.next()
            switch t.kind {
            case .eof: break loop
            case .newline, .semicolon:
                if depth == 0, !(last.map { ReplInput.continues(after: $0, in: rest) } ?? false) { break loop }
                continue
            case .lbrace, .lparen: depth += 1
            case .rbrace, .rparen:
                if depth == 0 { break loop }
                depth -= 1
            default: break
            }
            end = t.hasUnit ? max(t.end, t.unitEnd) : t.end
            last = t
        }
        return rest.text(0..<end).trimmingSpaces()
    }
}
