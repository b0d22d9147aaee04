import Testing
@testable import JXCore

/// Issue 19, finding 5: a script's control characters are shown, never sent to the terminal.
@Suite struct TerminalTextTests {
    @Test func everyControlIsSpelledAsAJxStringWritesIt() {
        #expect(TerminalText.escaped("a\u{1B}]0;t\u{7}b") == "a\\u{1B}]0;t\\u{7}b")
        #expect(TerminalText.escaped("x\ry\u{7F}\u{9B}2J") == "x\\u{D}y\\u{7F}\\u{9B}2J")
        #expect(TerminalText.escaped("甲\u{202E}乙\u{2066}\u{2028}") == "甲\\u{202E}乙\\u{2066}\\u{2028}")
        #expect(TerminalText.escaped("a\nb\tc") == "a\\u{A}b\\u{9}c")
        #expect(TerminalText.escaped("a\nb\tc", keepingLines: true) == "a\nb\tc")
        // CSV's CRLF is a line end; a lone CR (which hides what came before it) is not.
        #expect(TerminalText.escaped("a,b\r\nc\rd\r", keepingLines: true) == "a,b\r\nc\\u{D}d\\u{D}")
        // Chinese punctuation shares the lead byte of the controls near U+2028 and stays.
        let plain = "“完成率”…—‰ 6.67%"
        #expect(TerminalText.escaped(plain) == plain)
    }

    @Test func aWholeOutputKeepsOnlyItsOwnColours() {
        let painted = "\u{1B}[1;31merror\u{1B}[0m: x\n"
        #expect(TerminalText.safe(painted, keepingColor: true) == painted)
        #expect(TerminalText.safe(painted, keepingColor: false) == "\\u{1B}[1;31merror\\u{1B}[0m: x\n")
        // Anything else that starts with ESC is escaped even where colours are kept.
        #expect(TerminalText.safe("\u{1B}[2J\u{1B}]0;t\u{7}\u{1B}[38;5;1m", keepingColor: true) == "\\u{1B}[2J\\u{1B}]0;t\\u{7}\\u{1B}[38;5;1m")
    }

    @Test func aCaretStaysUnderItsColumn() {
        let file = SourceFile(path: "t.jx", text: "indicator \"a\u{1B}[2J\" target 1个 actual x\n")
        var sources = SourceMap()
        _ = sources.add(file)
        let x = Array(file.bytes).lastIndex(of: UInt8(ascii: "x"))!
        let d = Diagnostic(.error, .unknownName, .rules(.authored("unknown name \u{1B}[2J")), at: Span(file: 0, start: x, end: x + 1))
        let lines = DiagnosticRenderer(language: .en).render(d, sources: sources).split(separator: "\n").map(String.init)
        #expect(lines[0] == "error[E-unknown-name]: unknown name \\u{1B}[2J")
        #expect(lines[3] == "1 | indicator \"a\\u{1B}[2J\" target 1个 actual x")
        #expect(DisplayWidth.of(String(lines[4].prefix { $0 != "^" })) == DisplayWidth.of(String(lines[3].dropLast())))
    }
}
