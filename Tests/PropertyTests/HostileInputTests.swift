import Testing
@testable import JXCore
import JXTestSupport

/// Inputs people type by accident, and inputs nobody should: each gets a diagnostic,
/// never a trap, a hang or a silently wrong number.
@Suite struct HostileInputTests {
    @Test func aGroupedNumberAtTheEndOfTheFileDoesNotReadPastIt() {
        let ws = workspace("indicator a target 1个 actual 1,23")
        #expect(ws.diagnostics().contains { $0.severity == .error })
    }

    @Test func percentTargetsTakeComparatorSuffixes() {
        #expect(value("indicator a target 98%以上 actual 60%", "a.完成率") == "61.22%")
        #expect(value("indicator a target 5%以内 actual 6%", "a.类型") == "reverse")
    }

    @Test func groupingNeedsAFirstGroupOfAtMostThreeDigits() {
        #expect(workspace("let x = 12345,678").diagnostics().contains { $0.code == "E-syntax" })
        #expect(value("let x = 1,234,567.5", "x") == "1234567.5")
    }

    @Test func aCommaGroupedNumberBetweenArgumentsIsAmbiguous() {
        #expect(value("let z = 1", "min(1,100)").hasPrefix("error"))
        #expect(value("let z = 1", "min(1, 100)") == "1")
    }

    @Test func longChainsAreDiagnosticsNotStackOverflows() {
        var s = ""
        for i in 0..<300 { s += "let a\(i) = a\(i + 1) + 1\n" }
        s += "let a300 = 1\n"
        #expect(codes(s).contains("E-too-deep"))
        let long = "let x = " + Array(repeating: "1", count: 5000).joined(separator: "+")
        #expect(codes(long).contains("E-too-deep"))
    }

    /// A million links of `.` (in a `let`, an actual, an assert) and a million nested
    /// blocks or brackets: one E-too-deep each, no stack overflow, no cascade of errors.
    @Test func aMillionLinksOrLevelsAreOneDiagnostic() {
        let links = String(repeating: ".b", count: 1_000_000)
        for s in ["let a = b" + links, "indicator x target 1个 actual b" + links, "let b = 1\nassert b" + links + " == 1"] {
            let ds = workspace(s).diagnostics().filter { $0.severity == .error }
            #expect(ds.map(\.code) == ["E-too-deep"], "\(ds.map(\.code))")
        }
        let blocks = String(repeating: "budget b 1万元 {\n", count: 1_000_000)
        #expect(workspace(blocks).diagnostics().filter { $0.severity == .error }.map(\.code) == ["E-too-deep"])
        let brackets = "let a = " + String(repeating: "(", count: 1_000_000) + "1" + String(repeating: ")", count: 1_000_000)
        #expect(workspace(brackets).diagnostics().filter { $0.severity == .error }.map(\.code) == ["E-too-deep"])
        // The layout of such a file is refused the same way, not crashed on.
        if case .formatted = Formatter.format(SourceFile(path: "t.jx", text: "let a = b" + links)) { Issue.record("a chain of a million links was formatted") }
    }

    @Test func aLongLineIsShownAsAWindow() {
        let line = "let x = " + Array(repeating: "1", count: 3000).joined(separator: "+") + " $"
        let ws = workspace(line)
        let text = DiagnosticRenderer().render(ws.diagnostics(), sources: ws.sources)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) < 400 })
    }

    /// A name declared many times: the reference's error names a few of them, not all.
    @Test func anAmbiguousNameListsAFewPlaces() {
        var text = ""
        for i in 0..<100 { text += "indicator 同名 target 5个 actual \(i)个\n" }
        text += "indicator 引用 target 5个 actual 同名\n"
        let d = workspace(text).diagnostics().first { $0.code == "E-ambiguous" }
        #expect(d?.message.hasSuffix("and 95 more") == true)
        #expect((d?.message.count ?? 0) < 400)
    }

    /// Thousands of diagnostics on one long line: each shows its own column (counted on
    /// from the one before) and a window of the line, never the whole line.
    @Test func manyDiagnosticsOnOneLongLine() {
        let line = "let x = 甲" + String(repeating: " $ 指标", count: 3000) + "\t$"
        let ws = workspace(line)
        let ds = ws.diagnostics().filter { $0.span != nil }
        #expect(ds.count > 3000)
        let text = DiagnosticRenderer().render(ds, sources: ws.sources)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) < 400 })
        let file = ws.sources[0]!
        let shown = text.split(separator: "\n").filter { $0.hasPrefix("  --> ") }.map { String($0.split(separator: ":").last!) }
        #expect(shown == ds.map { String(file.column(of: $0.span!.start)) })
    }
}

/// Findings are listed once each, in the order found, however many there are.
@Suite struct DeduplicationTests {
    @Test func repeatsGoAndTheOrderStays() {
        // Any message of the catalogue: a rule's own message is free text.
        func said(_ s: String) -> Message { .rules(.authored(s)) }
        let a = Diagnostic(.error, .eval, said("甲 is wrong"), at: Span(file: 0, start: 1, end: 3), hint: said("fix 甲"))
        let b = Diagnostic(.error, .eval, said("乙 is wrong"), at: Span(file: 0, start: 1, end: 3), hint: said("fix 乙"))
        var c = a
        c.hint = "another hint"
        let d = Diagnostic(.warning, .eval, said("甲 is wrong"), at: Span(file: 0, start: 1, end: 3), hint: said("fix 甲"))
        let e = Diagnostic(.info, .noSpending, said("no place"))
        let out = Workspace.deduplicated([a, b, a, c, d, e, b, e, c])
        #expect(out == [a, b, c, d, e])
        let many = (0..<50_000).map { Diagnostic(.error, .unknownName, said("finding \($0 % 25_000)"), at: Span(file: 0, start: 5, end: 9)) }
        #expect(Workspace.deduplicated(many) == Array(many.prefix(25_000)))
    }
}

/// A file of junk: the first errors are listed, the rest counted in one more.
@Suite struct TooManyErrorsTests {
    @Test func pastTheLimitErrorsAreCounted() {
        let n = Lexer.diagnosticLimit + 2_500
        let text = String(repeating: "$ ", count: n)
        var p = Parser(source: SourceFile(path: "junk", text: text), fileID: 0)
        _ = p.parseScript()
        #expect(p.diagnostics.count <= Lexer.diagnosticLimit * 2 + 1)
        let last = p.diagnostics.last
        #expect(last?.code == "E-too-many")
        let listed = p.diagnostics.count - 1
        #expect(last?.message.hasPrefix("\(n - listed) more errors") == true)
    }
}
