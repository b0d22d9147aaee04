import JXCore

/// The text of `jx test`: a line per script, and under a failing one each failure with its
/// place (`file:line:col`), its source line, what was expected and what was found.
struct TestOutput {
    var color: Bool
    var verbose: Bool
    var language: Language

    func say(_ m: ScriptTestMessage) -> String { m.text(language) }

    func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    /// The case with a script's text escaped (`TerminalText`) before it is painted: the
    /// colours that reach the terminal are this output's own.
    static func escaped(_ c: TestCase) -> TestCase {
        let esc = { (s: String) in TerminalText.escaped(s) }
        var c = c
        c.name = esc(c.name)
        c.file = esc(c.file)
        c.scenario = c.scenario.map(esc)
        c.sourceLine = c.sourceLine.map(esc)
        c.expected = c.expected.map(esc)
        c.actual = c.actual.map(esc)
        c.message = c.message.map(esc)
        c.note = c.note.map(esc)
        c.details = c.details.map { TerminalText.escaped($0, keepingLines: true) }
        return c
    }

    func render(_ r: ScriptTestResult) -> String {
        var r = r
        r.path = TerminalText.escaped(r.path)
        r.cases = r.cases.map(TestOutput.escaped)
        var out = ""
        let assertions = r.cases.filter { $0.kind == .assertion }.count
        let golden = r.cases.contains { $0.kind == .expectedReport }
        let (open, close) = language == .zh ? ("（", "）") : (" (", ")")
        if r.failed == 0 {
            out += paint(say(.passedMark), "32") + " \(r.path)" + open + say(.assertionCount(assertions, expectedReport: golden)) + close + "\n"
        } else {
            out += paint(say(.failedMark), "1;31") + " \(r.path)" + open + say(.counts(passed: r.passed, failed: r.failed)) + close + "\n"
        }
        if r.updatedExpected { out += "     " + say(.wrote(ScriptTest.expectedPath(r.path))) + "\n" }
        for c in r.cases {
            if c.passed {
                if verbose { out += "  " + paint("✓", "32") + " " + place(c) + " " + c.name + "\n" }
                continue
            }
            out += failure(c)
        }
        return out
    }

    func place(_ c: TestCase) -> String {
        // Errors of the script are shown with their own places below.
        guard c.kind != .scriptErrors, let l = c.line else { return c.file + ":" }
        return "\(c.file):\(l):\(c.column ?? 1):"
    }

    func failure(_ c: TestCase) -> String {
        var out = "  " + paint("✗", "1;31") + " " + place(c)
        switch c.kind {
        case .assertion:
            out += " " + say(.assertionFailed(scenario: c.scenario, note: c.note)) + "\n"
            if let l = c.line, let s = c.sourceLine {
                let gutter = String(l)
                let bar = "    " + paint(String(repeating: " ", count: gutter.count) + " |", "1;34") + " "
                out += "    " + paint(gutter + " |", "1;34") + " " + s + "\n"
                if let e = c.expected { out += bar + say(.expected) + paint(e, "32") + "\n" }
                if let a = c.actual { out += bar + say(.actual) + paint(a, "1;31") + "\n" }
                else if let m = c.message, c.details == nil { out += bar + paint(m, "1;31") + "\n" }
            }
            if let d = c.details { out += indent(d, "    ") }
        case .scriptErrors, .scenario:
            out += " " + (c.message ?? say(.failed)) + "\n"
            if let d = c.details { out += indent(d, "    ") }
        case .expectedReport:
            out += " " + (c.message ?? say(.failed)) + say(.updateHint(c.file)) + "\n"
            if let d = c.details { out += indent(colorDiff(d), "    ") }
        }
        return out
    }

    func indent(_ s: String, _ prefix: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).dropLast(s.hasSuffix("\n") ? 1 : 0)
            .map { $0.isEmpty ? "\n" : prefix + $0 + "\n" }.joined()
    }

    func colorDiff(_ d: String) -> String {
        guard color else { return d }
        return d.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("+++") || line.hasPrefix("---") { return paint(String(line), "1") }
            if line.hasPrefix("+") { return paint(String(line), "32") }
            if line.hasPrefix("-") { return paint(String(line), "31") }
            if line.hasPrefix("@@") { return paint(String(line), "36") }
            return String(line)
        }.joined(separator: "\n")
    }
}
