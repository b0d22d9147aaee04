import Testing
@testable import JXCore
import JXTestSupport

/// Large files are parsed and evaluated on several cores; the result must be that of one
/// sequential run, whatever the file holds at the places where it is cut.
@Suite struct ParallelTests {
    /// Lines that a cut may fall next to: blocks and expressions spanning lines, errors,
    /// quotes and comments holding braces, deep nesting, bad bytes.
    static let pieces: [String] = [
        "indicator 指标{n} target 450亩 actual 30亩",
        "indicator 指标{n} target ≥98% actual 60% stated 61%",
        "indicator 指标{n} target 0个 actual 3个",
        "indicator 指标{n} target 450亩 actual 30万元",
        "indicator 指标{n} target 15个",
        "指标 指标{n} 目标 20公顷 实际 150亩",
        "产出 {\n  数量 {\nindicator 组内{n} target 10个 actual 5个\n  }\n}",
        "产出 {\nindicator 未闭合{n} target 10个 actual 5个",
        "}",
        "let 常量{n} = 1 +\nindicator 续行{n} target 10个 actual 5个",
        "let 括号{n} = (1 +\n2)",
        "indicator 引号{n} target \"明显 { 提升\" actual \"有所提升\" rate 40%",
        "indicator 未闭引号{n} target \"明显提升 actual 5个",
        "# indicator 注释{n} { ( [",
        "indicator 错{n} target 450亩 actual",
        "budget 预算{n} 100万元 {\n  spent 支出{n} 20万元\n}",
        "let 深{n} = " + String(repeating: "(", count: 205) + "1" + String(repeating: ")", count: 205),
        "indicator 坏字节{n} target 4\u{FFFD}5亩 actual 3亩",
        "indicator 引用{n} target 10个 actual 指标{m}",
        "rule 规则{n} for each indicator {\n  red when 完成率 < 50%\n}",
    ]

    static func script(seed: UInt64, lines: Int, deep: Bool) -> String {
        var rng = SplitMix(seed: seed)
        var out = ""
        for n in 0..<lines {
            // Mostly plain lines (where the cuts are made), with the odd pieces among them.
            let roll = Int(rng.next() % 100)
            var piece = roll < 60 ? pieces[0] : pieces[1 + Int(rng.next() % UInt64(pieces.count - 1))]
            if !deep, piece.contains("((((") { piece = pieces[0] }
            piece = piece.replacingOccurrences("{n}", "\(n)").replacingOccurrences("{m}", "\(Int(rng.next() % UInt64(lines)))")
            out += piece + "\n"
        }
        return out
    }

    /// A statement as a line of text: its kind, name and spans.
    static func shape(_ s: Statement) -> String {
        switch s {
        case .indicator(let d): return "indicator \(d.name.text) \(d.span) \(String(describing: d.targetSpan)) \(d.stated.count)"
        case .group(let g): return "group \(g.name.text) \(g.span) [" + g.body.map(shape).joined(separator: "; ") + "]"
        case .budget(let b): return "budget \(b.name.text) \(b.span) \(b.items.count)"
        case .letDecl(let l): return "let \(l.name.text) \(l.span) \(l.value.span)"
        case .rule(let r): return "rule \(r.name.text) \(r.span) \(r.clauses.count)"
        default: return "other \(s)"
        }
    }

    @Test(arguments: 0..<24)
    func aParseInPartsIsTheSequentialParse(seed: Int) {
        let text = ParallelTests.script(seed: UInt64(seed), lines: 300, deep: seed % 4 == 3)
        let source = SourceFile(path: "p.jx", text: text)
        var p = Parser(source: source, fileID: 0)
        let whole = p.parseScript()
        for parts in [2, 3, 5] {
            let (s, ds, used) = ParallelParse.parseCounting(source, fileID: 0, parts: parts, minimumSize: 0)
            _ = used
            #expect(s.statements.map(ParallelTests.shape) == whole.statements.map(ParallelTests.shape), "parts \(parts)")
            #expect(ds == p.diagnostics, "parts \(parts)")
        }
    }

    /// Most cuts hold (the parts are joined), some do not (a block spans them): both happen.
    @Test func someCutsHoldAndSomeDoNot() {
        var used: [Int] = []
        for seed in 0..<24 {
            let source = SourceFile(path: "p.jx", text: ParallelTests.script(seed: UInt64(seed), lines: 300, deep: seed % 4 == 3))
            used.append(ParallelParse.parseCounting(source, fileID: 0, parts: 5, minimumSize: 0).2)
        }
        #expect(used.contains { $0 >= 3 })
        #expect(used.contains(1))
        // A file of plain lines is cut where asked.
        let plain = (0..<3000).map { "indicator 指标\($0) target 450亩 actual 30亩\n" }.joined()
        #expect(ParallelParse.parseCounting(SourceFile(path: "p.jx", text: plain), fileID: 0, parts: 5, minimumSize: 0).2 == 5)
    }

    @Test func cutsFallOnIndicatorLines() {
        let text = ParallelTests.script(seed: 7, lines: 2000, deep: false)
        let bytes = Array(text.utf8)
        let cuts = ParallelParse.boundaries(bytes, parts: 4)
        #expect(!cuts.isEmpty)
        for c in cuts {
            #expect(c > 0 && bytes[c - 1] == 0x0A)
            #expect(bytes[c...].starts(with: Array("indicator ".utf8)) || bytes[c...].starts(with: Array("指标 ".utf8)))
        }
    }

    /// Written numbers are computed on every core first; names, pending references and
    /// unknown units are left to the evaluator. Results and diagnostics must not differ.
    @Test func anEvaluationOnEveryCoreIsTheSequentialOne() {
        var text = "report 大 {\n  year 2021\n  node 2021-06-30\n}\nunit 株\nunit 万株 = 10000 株\n"
        var rng = SplitMix(seed: 42)
        let n = Evaluator.parallelThreshold + 500
        for i in 0..<n {
            switch rng.next() % 26 {
            case 0: text += "indicator 指标\(i) target 0个 actual 3个\n"
            case 1: text += "indicator 指标\(i) target 450亩 actual 30万元\n"
            case 2: text += "indicator 指标\(i) target 10个 actual 指标\(Int(rng.next() % UInt64(n)))\n"
            case 3: text += "indicator 指标\(i) target 10棵 actual 5棵\n"
            case 4: text += "indicator 指标\(i) target ≤10次 actual 12次\n"
            case 5: text += "indicator 指标\(i) target =0起 actual 0起\n"
            case 6: text += "indicator 指标\(i) target \"明显提升\" actual \"有所提升\" rate 40%\n"
            case 7: text += "indicator 指标\(i) target 12月31日前完成 actual elapsed\n"
            case 8: text += "indicator 指标\(i) target 20公顷 actual pending\n"
            case 9: text += "indicator 指标\(i) target -5个 actual 3个 grade 很好\n"
            case 10: text += "indicator 指标\(i) target 100株 actual 30株\n"
            case 11: text += "indicator 指标\(i) target 1,500亩 actual \"很多\"\n"
            case 12: text += "indicator 指标\(i) target 5个 actual 3个 stated 61%\n"
            // Plain lines that `check` may skip, and their near neighbours that it may not.
            case 13: text += "indicator 指标\(i) target 1,493.25万元 actual 383.74元\n"
            case 14: text += "indicator 指标\(i) target 3万株 actual 3万株\n"
            case 15: text += "indicator 指标\(i) target 12 actual 7\n"
            case 16: text += "indicator 指标\(i) target <10次 actual 10次\n"
            case 17: text += "indicator 指标\(i) target >0.5% actual 0.25%\n"
            case 18: text += "indicator 指标\(i) target 0.00亩 actual 0亩\n"
            case 19: text += "indicator \"指标 \(i)\" target 9999999999999999.99万元 actual 1万元\n"
            default: text += "indicator 指标\(i) target \(rng.next() % 900 + 1)亩 actual \(rng.next() % 900)亩\n"
            }
        }
        let parallel = workspace(text)
        let sequential = workspace(text)
        sequential.evaluator.allowsParallel = false
        let dp = parallel.diagnostics(), ds = sequential.diagnostics()
        #expect(dp == ds)
        var differing = 0
        for i in 0..<n where parallel.evaluator.indicator(i) != sequential.evaluator.indicator(i) { differing += 1 }
        #expect(differing == 0)
        #expect(parallel.evaluator.notes == sequential.evaluator.notes)
        // `jx check` keeps only the diagnostics of written numbers (no texts, no results):
        // the same findings, and a result read afterwards is computed again, the same.
        let checking = workspace(text)
        #expect(checking.diagnostics(keepingResults: false) == ds)
        #expect(checking.evaluator.indicatorResults.count < n)
        differing = 0
        for i in 0..<n where checking.evaluator.indicator(i) != sequential.evaluator.indicator(i) { differing += 1 }
        #expect(differing == 0)
    }
}
