/// Renders diagnostics the way a good compiler does: what, where (file:line:col),
/// the line itself with a caret under the offending characters, then how to fix it.
public struct DiagnosticRenderer: Sendable {
    public var color: Bool
    public init(color: Bool = false) { self.color = color }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    public func render(_ d: Diagnostic, sources: SourceMap) -> String {
        let sevColor = d.severity == .error ? "1;31" : (d.severity == .warning ? "1;33" : "1;36")
        var out = paint(d.severity.rawValue, sevColor) + paint("[\(d.code)]", sevColor) + ": " + paint(d.message, "1") + "\n"
        if let span = d.span, let file = sources[span.file] {
            let line = file.line(of: span.start)
            let col = file.column(of: span.start)
            out += "  --> \(file.path):\(line):\(col)\n"
            let gutter = String(line)
            let pad = String(repeating: " ", count: gutter.count)
            // Caret columns are display columns: a CJK character is two wide.
            let lineStart = file.lineStarts[line - 1]
            let range = file.lineRange(line)
            let caretStart = min(span.start, range.upperBound)
            let underEnd = min(max(span.end, span.start), range.upperBound)
            var before = file.text(lineStart..<max(lineStart, caretStart)).replacingTabs()
            var under = file.text(caretStart..<underEnd).replacingTabs()
            var after = file.text(underEnd..<range.upperBound).replacingTabs()
            // A very long line (a 1 MB line, a generated file) is shown as a window around
            // the caret, so one diagnostic stays one screen.
            if DisplayWidth.of(before) > 120 { before = "…" + String(before.suffix(60)) }
            if DisplayWidth.of(under) > 120 { under = String(under.prefix(60)) + "…"; after = "" }
            if DisplayWidth.of(before + under + after) > 200 { after = String(after.prefix(60)) + "…" }
            out += "\(pad) |\n"
            out += "\(gutter) | \(before)\(under)\(after)\n"
            let lead = DisplayWidth.of(before)
            let carets = max(1, DisplayWidth.of(under))
            var caretLine = "\(pad) | " + String(repeating: " ", count: lead) + paint(String(repeating: "^", count: carets), sevColor)
            if let label = d.label { caretLine += " " + paint(label, sevColor) }
            out += caretLine + "\n"
        } else if let label = d.label {
            out += "  = \(label)\n"
        }
        if let hint = d.hint { out += "  = " + paint("hint", "1;32") + ": \(hint)\n" }
        return out
    }

    public func render(_ ds: [Diagnostic], sources: SourceMap) -> String {
        ds.map { render($0, sources: sources) }.joined(separator: "\n")
    }
}

extension String {
    func replacingTabs() -> String {
        guard contains("\t") else { return self }
        var out = ""
        for ch in self { if ch == "\t" { out += "    " } else { out.append(ch) } }
        return out
    }
}
