/// Renders diagnostics the way a good compiler does: what, where (file:line:col),
/// the line itself with a caret under the offending characters, then how to fix it.
public struct DiagnosticRenderer: Sendable {
    public var color: Bool
    /// The language of the texts that have two (see `Diagnostic.localized`).
    public var language: Language
    public init(color: Bool = false, language: Language = .zh) {
        self.color = color
        self.language = language
    }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func render(_ d: Diagnostic, sources: SourceMap) -> String {
        var columns = Columns()
        return render(d, sources: sources, &columns)
    }

    public func render(_ ds: [Diagnostic], sources: SourceMap) -> String {
        var columns = Columns()
        return ds.map { render($0, sources: sources, &columns) }.joined(separator: "\n")
    }

    /// Where the last diagnostic's column was counted: the next one later on the same line
    /// counts on from there (diagnostics come sorted), so that ten thousand diagnostics on
    /// one long line read the line once, not ten thousand times.
    public struct Columns {
        var file = -1, lineStart = -1, offset = -1, column = 1
        public init() {}
        init(file: Int, lineStart: Int, offset: Int, column: Int) {
            self.file = file; self.lineStart = lineStart; self.offset = offset; self.column = column
        }
    }

    /// Past this many bytes, the text before, under or after the caret is cut before it is
    /// even decoded (a window of it is all that is shown).
    static let window = 4096

    public func render(_ d: Diagnostic, sources: SourceMap, _ columns: inout Columns) -> String {
        let d = d.localized(language)
        let sevColor = d.severity == .error ? "1;31" : (d.severity == .warning ? "1;33" : "1;36")
        // Every text here may hold a script's control characters: escaped before it is
        // measured or painted (`TerminalText`), so a caret still lands under its column.
        let esc = { (s: String) in TerminalText.escaped(s) }
        let word = { (m: CommonMessage) in m.text.text(language) }
        var out = paint(word(.severity(d.severity)), sevColor) + paint("[\(esc(d.code))]", sevColor) + ": " + paint(esc(d.message), "1") + "\n"
        out += snippet(d.span, label: d.label, sources: sources, color: sevColor, &columns)
        for n in d.notes {
            out += "  = " + paint(word(.noteWord), "1;36") + ": \(esc(n.message))\n"
            // A note points elsewhere (usually before the diagnostic): its column is counted
            // afresh, leaving the running count of the diagnostics' own places alone.
            var own = Columns()
            out += snippet(n.span, label: nil, sources: sources, color: "1;36", &own)
        }
        // A hint may show a block of jx over several lines: its line ends stay.
        if let hint = d.hint { out += "  = " + paint(word(.hintWord), "1;32") + ": \(TerminalText.escaped(hint, keepingLines: true))\n" }
        return out
    }

    /// `--> file:line:col`, the line and a caret under the span (and the label beside it).
    func snippet(_ span: Span?, label: String?, sources: SourceMap, color sevColor: String, _ columns: inout Columns) -> String {
        let esc = { (s: String) in TerminalText.escaped(s) }
        var out = ""
        if let span, let file = sources[span.file] {
            let line = file.line(of: span.start)
            // Caret columns are display columns: a CJK character is two wide.
            let lineStart = file.lineStarts[line - 1]
            let col: Int
            if columns.file == span.file, columns.lineStart == lineStart, columns.offset <= span.start {
                col = columns.column + file.scalarCount(columns.offset..<span.start)
            } else {
                col = file.column(of: span.start)
            }
            columns = Columns(file: span.file, lineStart: lineStart, offset: span.start, column: col)
            out += "  --> \(esc(file.path)):\(line):\(col)\n"
            let gutter = String(line)
            let pad = String(repeating: " ", count: gutter.count)
            let range = file.lineRange(line)
            let caretStart = min(span.start, range.upperBound)
            let underEnd = min(max(span.end, span.start), range.upperBound)
            let w = DiagnosticRenderer.window
            let beforeCut = caretStart - lineStart > w, underCut = underEnd - caretStart > w, afterCut = range.upperBound - underEnd > w
            var before = esc(file.text(beforeCut ? file.scalarStart(caretStart - w, upTo: caretStart)..<caretStart : lineStart..<max(lineStart, caretStart)).replacingTabs())
            var under = esc(file.text(caretStart..<(underCut ? file.scalarStart(caretStart + w, upTo: underEnd) : underEnd)).replacingTabs())
            var after = esc(file.text(underEnd..<(afterCut ? file.scalarStart(underEnd + w, upTo: range.upperBound) : range.upperBound)).replacingTabs())
            // A very long line (a 1 MB line, a generated file) is shown as a window around
            // the caret, so one diagnostic stays one screen.
            if beforeCut || DisplayWidth.of(before) > 120 { before = "…" + String(before.suffix(60)) }
            if underCut || DisplayWidth.of(under) > 120 { under = String(under.prefix(60)) + "…"; after = "" }
            if (afterCut && !underCut) || DisplayWidth.of(before + under + after) > 200 { after = String(after.prefix(60)) + "…" }
            out += "\(pad) |\n"
            out += "\(gutter) | \(before)\(under)\(after)\n"
            let lead = DisplayWidth.of(before)
            let carets = max(1, DisplayWidth.of(under))
            var caretLine = "\(pad) | " + String(repeating: " ", count: lead) + paint(String(repeating: "^", count: carets), sevColor)
            if let label { caretLine += " " + paint(esc(label), sevColor) }
            out += caretLine + "\n"
        } else if let label {
            out += "  = \(esc(label))\n"
        }
        return out
    }
}

extension String {
    func replacingTabs() -> String {
        guard utf8.contains(0x09) else { return self }
        var out = ""
        for ch in self { if ch == "\t" { out += "    " } else { out.append(ch) } }
        return out
    }
}
