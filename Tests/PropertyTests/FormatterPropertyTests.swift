import Testing
@testable import JXCore
import JXTestSupport

/// `jx fmt` must be idempotent and must never change what a script means: checked on every
/// script in Scripts/, on mangled copies of them, and on damaged copies that still parse.
@Suite struct FormatterPropertyTests {
    @Test(arguments: Fixtures.scripts)
    func scriptIsFormattedAndFormattingIsIdempotent(path: String) throws {
        let text = Fixtures.read(path)
        let once = try #require(Fixtures.format(text), "\(path) does not parse")
        #expect(Fixtures.format(once) == once, "formatting \(path) twice differs from once")
        #expect(once == text, "\(path) is not formatted: run `jx fmt \(path)`")
    }

    @Test(arguments: Fixtures.scripts)
    func formattingKeepsTheReport(path: String) throws {
        let text = Fixtures.read(path)
        let formatted = try #require(Fixtures.format(text))
        #expect(Fixtures.meaning(formatted, path: path) == Fixtures.meaning(text, path: path))
        #expect(Fixtures.tokens(formatted) == Fixtures.tokens(text))
        #expect(Fixtures.comments(formatted) == Fixtures.comments(text))
    }

    @Test(arguments: Fixtures.scripts)
    func mangledLayoutFormatsBackAndKeepsTheReport(path: String) throws {
        let text = Fixtures.read(path)
        let canonical = try #require(Fixtures.format(text))
        for seed in UInt64(1)...6 {
            var m = ScriptMangler(seed: seed)
            let mangled = m.mangle(text)
            let formatted = try #require(Fixtures.format(mangled), "mangled \(path) (seed \(seed)) does not parse")
            #expect(formatted == canonical, "seed \(seed): the mangled layout of \(path) does not format back")
            #expect(Fixtures.format(formatted) == formatted)
            #expect(Fixtures.meaning(formatted, path: path) == Fixtures.meaning(mangled, path: path), "seed \(seed): the report of \(path) changed")
        }
    }

    /// Damaged copies: a token dropped or a line doubled. Whatever still parses must format
    /// idempotently to the same tokens and the same report; nothing may crash.
    @Test(arguments: Fixtures.scripts)
    func damagedScriptsNeverBreakTheFormatter(path: String) {
        let text = Fixtures.read(path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var rng = ScriptMangler(seed: 42)
        for _ in 0..<15 {
            var ls = lines
            let i = rng.next(max(1, ls.count))
            switch rng.next(3) {
            case 0: ls.insert(ls[i], at: i)
            case 1:
                var words = ls[i].split(separator: " ", omittingEmptySubsequences: false)
                if !words.isEmpty { words.remove(at: rng.next(words.count)) }
                ls[i] = words.joined(separator: " ")
            default: ls[i] = ls[i].replacingOccurrences(of: "  ", with: "; ")
            }
            let damaged = ls.joined(separator: "\n")
            guard let once = Fixtures.format(damaged) else { continue }
            #expect(Fixtures.format(once) == once)
            #expect(Fixtures.tokens(once) == Fixtures.tokens(damaged))
            #expect(Fixtures.meaning(once, path: path) == Fixtures.meaning(damaged, path: path))
        }
    }

    @Test(arguments: OddScripts.all.indices)
    func oddScriptsFormatIdempotentlyAndKeepTheirReport(index: Int) throws {
        let text = OddScripts.all[index]
        let path = "/virtual/odd\(index).jx"
        let once = try #require(Fixtures.format(text))
        #expect(Fixtures.format(once) == once)
        #expect(Fixtures.tokens(once) == Fixtures.tokens(text))
        #expect(Fixtures.comments(once) == Fixtures.comments(text))
        #expect(Fixtures.meaning(once, path: path) == Fixtures.meaning(text, path: path))
        for seed in UInt64(1)...4 {
            var m = ScriptMangler(seed: seed)
            let mangled = m.mangle(text)
            #expect(Fixtures.format(mangled) == once, "seed \(seed)")
            #expect(Fixtures.meaning(mangled, path: path) == Fixtures.meaning(text, path: path), "seed \(seed)")
        }
    }

    /// The policies shipped with jx are scripts too: `jx policy 预警 > 我的预警.jx; jx fmt …`.
    @Test(arguments: Array(Policies.builtIn.keys).sorted())
    func shippedPoliciesFormatIdempotently(name: String) throws {
        let text = try #require(Policies.builtIn[name])
        let once = try #require(Fixtures.format(text))
        #expect(Fixtures.format(once) == once)
        #expect(Fixtures.tokens(once) == Fixtures.tokens(text))
        #expect(Fixtures.comments(once) == Fixtures.comments(text))
    }

    /// Random valid scripts in random layouts: "scripts you have not seen".
    @Test func generatedScriptsFormatIdempotentlyAndKeepTheirReport() throws {
        var parsed = 0
        for seed in UInt64(1)...150 {
            var g = ScriptGenerator(seed: seed)
            let text = g.script()
            guard let once = Fixtures.format(text) else {
                Issue.record("generated script \(seed) does not parse:\n\(text)")
                continue
            }
            parsed += 1
            #expect(Fixtures.format(once) == once, "seed \(seed):\n\(text)")
            #expect(Fixtures.tokens(once) == Fixtures.tokens(text), "seed \(seed)")
            #expect(Fixtures.comments(once) == Fixtures.comments(text), "seed \(seed)")
            #expect(Fixtures.meaning(once, path: "/virtual/gen.jx") == Fixtures.meaning(text, path: "/virtual/gen.jx"), "seed \(seed):\n\(text)")
            var m = ScriptMangler(seed: seed)
            let mangled = m.mangle(text)
            #expect(Fixtures.format(mangled) == once, "seed \(seed): a mangled layout formats differently:\n\(mangled)")
        }
        #expect(parsed == 150)
    }

    @Test func arbitraryBytesNeverCrash() {
        var rng = ScriptMangler(seed: 7)
        let pieces = ["indicator", " ", "\n", "{", "}", "(", ")", ";", "#", "\"", "“", "”", "a", "指标", "1", "15个", "≥", "-", "+",
                      "and", "target", "actual", "\u{3000}", "\t", "\r", ",", "2021-06-30", "budget", "rule", "when", "\u{FF5B}", "\u{FF5D}",
                      "产出 {", "; ", "}\n", "{ ; }", "\n\n", "# c\n", "let x = 1", "x {"]
        for _ in 0..<1500 {
            var s = ""
            for _ in 0..<rng.next(40) { s += pieces[rng.next(pieces.count)] }
            if let once = Fixtures.format(s) {
                #expect(Fixtures.format(once) == once, "not idempotent on \(s.debugDescription)")
                #expect(Fixtures.tokens(once) == Fixtures.tokens(s), "tokens changed on \(s.debugDescription)")
            }
        }
    }
}
