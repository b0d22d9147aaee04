import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// Chinese keywords for everything (issue 15, item 4): the tables' own column names are
/// keywords where they mean a field, and stated figures may be written as a column gives them.
@Suite struct ChineseKeywordsTests {
    func parse(_ text: String) -> (Script, [Diagnostic]) {
        var p = Parser(source: SourceFile(path: "t", text: text), fileID: 0)
        let s = p.parseScript()
        return (s, p.diagnostics)
    }

    @Test func theTablesColumnNamesAreABudgetsLines() throws {
        let (s, ds) = parse("预算 甲 {\n  预算数 1000万元\n  年初预算数 900万元\n  到位资金 400万元\n  执行数 350万元\n  全年预计执行数 800万元\n  资金来源 财政资金 1000万元\n  执行率 35%\n  得分 8\n}\n")
        #expect(ds.isEmpty, "\(ds.map(\.message))")
        guard case .budget(let b)? = s.statements.first else { Issue.record("no budget"); return }
        guard case .number(let amount)? = b.amount else { Issue.record("no amount"); return }
        #expect(amount.value == Exact(1000) && amount.unit == "万元")
        let kinds = b.items.map { item -> String in
            switch item {
            case .initial: "initial"
            case .arrived: "arrived"
            case .executed: "executed"
            case .expected: "expected"
            case .source: "source"
            case .stated(let c): "stated \(c.member?.text ?? "")"
            default: "other"
            }
        }
        #expect(kinds == ["initial", "arrived", "executed", "expected", "source", "stated 执行率", "stated 得分"])
        let inline = parse("budget 年初预算 预算数 1493.25万元\n")
        #expect(inline.1.isEmpty)
        let twice = parse("budget 甲 100万元 {\n  预算数 100万元\n}\n").1
        #expect(twice.map(\.code) == ["E-duplicate"])
    }

    @Test func theTablesColumnNamesAreAnIndicatorsFields() throws {
        let (s, ds) = parse("指标 甲 目标值 5个 实际值 3个 分值 10 得分 6\n指标 乙 指标值 ≥95% 完成值 96% 权重 10 完成率 101%\n")
        #expect(ds.isEmpty, "\(ds.map(\.message))")
        let ds2: [IndicatorDecl] = s.statements.compactMap { if case .indicator(let d) = $0 { d } else { nil } }
        #expect(ds2.count == 2)
        #expect(ds2[0].target != nil && ds2[0].actual != nil && ds2[0].weight != nil)
        #expect(ds2[0].stated.map { $0.member?.text } == ["得分"])
        #expect(ds2[1].stated.map { $0.member?.text } == ["完成率"])
    }

    @Test func statedStillWorksAndFigureNamesStayNames() {
        // `stated 得分 10` as before; a figure's name as a stated figure's name with `stated`.
        #expect(parse("indicator 甲 target 5个 actual 3个 stated 得分 10\nstated 总分 92.5\n").1.isEmpty)
        #expect(parse("budget 甲 100万元 {\n  stated 到位资金 40万元\n  stated 执行数 30万元\n}\n").1.isEmpty)
        // The new spellings do not take common names: an indicator, a group and a constant
        // may be called by them, and expressions read them as fields.
        #expect(parse("indicator 得分 target 5个 actual 3个\nindicator 目标值 target 5个 actual 3个\n资金来源 {\n  indicator 丙 target 1个 actual 1个\n}\n").1.isEmpty)
        #expect(parse("let 执行数 = 5\nassert 甲.执行数 == 5万元\nassert 甲.到位资金 > 0万元\n").1.isEmpty)
        // At the top and in a group, `得分 45` and `总分 92.5` are stated figures.
        let (s, ds) = parse("产出 {\n  得分 45\n  权重 50\n}\n总分 92.5\n")
        #expect(ds.isEmpty)
        guard case .group(let g)? = s.statements.first, case .stated(let c)? = g.body.first else { Issue.record("no stated figure"); return }
        #expect(c.member?.text == "得分" && c.bare)
        if case .stated(let w)? = g.body.last { #expect(w.member?.text == "权重") } else { Issue.record("no 权重") }
        if case .stated(let t)? = s.statements.last { #expect(t.member?.text == "总分") } else { Issue.record("no 总分") }
    }

    @Test func aChineseScriptGetsChineseKeywordsInItsHints() {
        let ds = parse("预算 甲 100万元 {\n  到位资金 40万元\n  用掉 30万元\n}\n").1
        #expect(ds.first?.hint?.hasPrefix("a budget's lines are: 年初预算、到位、执行、预计、权重、支出") == true, "\(ds.first?.hint ?? "")")
        let en = parse("budget 甲 100万元 {\n  arrived 40万元\n  used 30万元\n}\n").1
        #expect(en.first?.hint?.hasPrefix("a budget's lines are: initial, arrived, executed") == true, "\(en.first?.hint ?? "")")
    }

    /// The grammar lists every spelling of every keyword.
    @Test func theGrammarListsEverySpelling() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Grammar/jx.ebnf").standardized
        let grammar = try String(contentsOf: url, encoding: .utf8)
        let list = try #require(grammar.range(of: "keyword spellings").map { grammar[$0.upperBound...] })
        let words = Set(list.split(whereSeparator: { " \n|;:*()".contains($0) }).map(String.init))
        for k in Keyword.allCases {
            for spelling in k.spellings { #expect(words.contains(spelling), "the grammar does not list \(spelling) (\(k.canonical))") }
        }
    }
}
