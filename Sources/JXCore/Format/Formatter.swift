/// `jx fmt`: one canonical layout for a script, without changing what it means.
///
/// - two spaces per brace level, four more for a line that continues an expression;
/// - one statement a line (`;` and one-line blocks are split; a braced indicator gets one
///   field a line); at most one blank line, none right inside braces or at the ends;
/// - consecutive rows of a table aligned by display width: indicators by field, budget
///   lines (`spent`, `allocated`, `source`, `stated`) by amount, rule clauses by
///   condition and message, `let` constants by `=`;
/// - comments stay where they were: a trailing comment after the same token, an own-line
///   comment on its own line at the indentation of what follows;
/// - everything the analyst typed is kept as typed: keyword spellings (English or Chinese),
///   full-width punctuation, number formats, quotes. Only spaces and line ends change.
///
/// A script with syntax errors, or bytes that are not UTF-8, is not formatted: its
/// diagnostics are returned instead.
public enum Formatter {
    public enum Outcome: Sendable {
        case formatted(String)
        case failed([Diagnostic])
    }

    public static func format(_ file: SourceFile, fileID: Int = 0) -> Outcome {
        // Bytes that are not UTF-8 (a GBK comment) could only be written back changed.
        if let bad = file.firstInvalidUTF8() {
            return .failed([Diagnostic(.error, .lex, .format(.notUTF8), at: Span(file: fileID, start: bad, end: bad + 1), hint: .format(.saveAsUTF8))])
        }
        var parser = Parser(source: file, fileID: fileID, keepComments: true)
        let script = parser.parseScript()
        let errors = parser.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { return .failed(errors) }

        var lexer = Lexer(source: file, fileID: fileID)
        lexer.keepComments = true
        var tokens: [Token] = []
        while true {
            let t = lexer.next()
            if t.kind == .eof { break }
            tokens.append(t)
        }
        var elements = tokens.map { LineBuilder.Element.token($0) }
        elements.append(contentsOf: lexer.comments.map { .comment($0) })
        elements.sort { $0.start < $1.start }

        let shapes = LineShapes(script: script, tokens: TokenIndex(tokens))
        var builder = LineBuilder(source: file, shapes: shapes)
        let text = Alignment.render(builder.build(elements))
        let bom = file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? "\u{FEFF}" : ""
        return .formatted(bom + text)
    }

    public static func format(_ text: String, path: String = "<stdin>") -> Outcome {
        format(SourceFile(path: path, text: text))
    }
}
