import Foundation
import Testing

/// Escape sequences in a script (`\u{1B}]0;…\u{7}` sets a terminal's title, `\u{1B}[2J`
/// clears it) reached the terminal from `check` and `report`, through a pipe too (issue 19,
/// finding 5). Every command now shows them as `\u{1B}`; the data formats keep their own
/// escaping (JSON's `\u001b`), and HTML shows them too.
@Suite struct ControlCharactersCLITests {
    static let hostile = "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}1m\r\u{202E}"
    static let script = """
    report "报告\(hostile)" {
      year 2021
      node 2021-06-30
    }
    indicator "甲\(hostile)" target 10个 actual 1个
    indicator 乙 target "好\(hostile)" actual "差\(hostile)" rate 50%
    assert "甲\(hostile)".完成率 == 20%
    scenario "情景\(hostile)" { 乙.actual = "很差\(hostile)" }
    indicator 丙 target 1个 actual 未知\(hostile)
    """

    /// No raw control but newline and tab: the output cannot act on a terminal.
    func expectInert(_ s: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = s.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
        #expect(raw.isEmpty, "\(what) sends \(raw.map { String($0.value, radix: 16) }) to the terminal", sourceLocation: sourceLocation)
    }

    @Test func everyCommandEscapesAScriptsControls() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.script, "t.jx", in: dir)
        var runs: [(String, CLI.Run)] = []
        for args in [["check", "t.jx"], ["report", "t.jx"], ["report", "t.jx", "-f", "zh"], ["report", "t.jx", "-f", "markdown"],
                     ["report", "t.jx", "-f", "json"], ["report", "t.jx", "-f", "html"], ["test", "t.jx"], ["test", "--tap", "t.jx"],
                     ["test", "-v", "t.jx"], ["eval", "t.jx", "乙.actual"], ["fmt", "--diff", "t.jx"], ["report", "t.jx", "--scenario", "情景\(Self.hostile)"]] {
            runs.append((args.joined(separator: " "), try CLI.run(args, in: dir)))
        }
        runs.append(("repl", try CLI.run(["repl", "t.jx"], stdin: "乙.actual\n乙\n:report\n:report zh\n:diff\n乙.actual = \"新\(Self.hostile)\"\n:diff\n:scenario 情景\(Self.hostile)\n", in: dir)))
        for (what, r) in runs {
            expectInert(r.stdout, what + " (stdout)")
            expectInert(r.stderr, what + " (stderr)")
        }
        let check = runs[0].1.stderr
        #expect(check.contains("[E-lex]: 这里不能出现字符 `\\u{1B}`"), "\(check)")
        #expect(check.contains("| indicator 丙 target 1个 actual 未知\\u{1B}]0;pwned\\u{7}\\u{1B}[2J\\u{9B}1m\\u{D}\\u{202E}\n"), "\(check)")
        #expect(runs[1].1.stdout.contains("甲\\u{1B}]0;pwned"), "\(runs[1].1.stdout)")
        #expect(runs[4].1.stdout.contains("甲\\u001b]0;pwned\\u0007\\u001b[2J\\u009b1m\\r\\u202e"), "\(runs[4].1.stdout)")
        #expect(runs[9].1.stdout.contains("差\\u{1B}"), "\(runs[9].1.stdout)")

        // A file name is a script's text too.
        let named = "x\u{1B}[2J.jx"
        try CLI.write("indicator   甲 target 1个 actual 1个\n", named, in: dir)
        for args in [["fmt", "--check", "."], ["check", named], ["fmt", named]] {
            let r = try CLI.run(args, in: dir)
            expectInert(r.stdout, args.joined(separator: " "))
            expectInert(r.stderr, args.joined(separator: " "))
            #expect((r.stdout + r.stderr).contains("x\\u{1B}[2J.jx"), "\(args): \(r.stdout)\(r.stderr)")
        }
    }

    @Test func dataKeepsItsBytesOutsideATerminal() throws {
        let dir = try CLI.scratch()
        try CLI.write(Self.script, "t.jx", in: dir)
        // CSV is data: a pipe or a file gets the bytes as written.
        let csv = try CLI.run(["report", "t.jx", "-f", "csv"], in: dir)
        #expect(csv.stdout.contains("甲\(Self.hostile)"))
        // `jx fmt -` writes the script itself: every byte as it was.
        let text = "indicator \"甲\u{1B}[2J\" target 1个 actual 1个\n"
        let fmt = try CLI.run(["fmt", "-"], stdin: text)
        #expect(fmt.stdout == text)
    }
}
