import Testing
@testable import JXCore
import JXTestSupport

/// A newcomer's slips (issue 15, item 3): each gives one diagnostic, at the slip, that says
/// what to type instead, in Chinese and in English.
@Suite struct SlipsTests {
    func parse(_ text: String) -> (Script, [Diagnostic]) {
        var p = Parser(source: SourceFile(path: "t", text: text), fileID: 0)
        let s = p.parseScript()
        return (s, p.diagnostics)
    }

    /// The text a diagnostic's span covers.
    func covered(_ d: Diagnostic, in text: String) -> String {
        guard let s = d.span else { return "" }
        return String(decoding: Array(text.utf8)[s.start..<s.end], as: UTF8.self)
    }

    func indicators(_ s: Script) -> [IndicatorDecl] {
        func walk(_ ss: [Statement]) -> [IndicatorDecl] {
            ss.flatMap { st -> [IndicatorDecl] in
                switch st {
                case .indicator(let d): [d]
                case .group(let g): walk(g.body)
                default: []
                }
            }
        }
        return walk(s.statements)
    }

    /// `(` without its `)` at the end of a line: said at that line's end, and the next line
    /// is still read (it was swallowed into an error about its first word, and each later
    /// use of what it declares said it was unknown).
    @Test func aParenthesisLeftOpenIsSaidAtItsLinesEnd() throws {
        for text in ["let a = (1 + 2\nindicator 甲 target 10个 actual 5个\n", "let a = (1 + 2\n\n\nindicator 甲 target 10个 actual 5个\n"] {
            let (s, ds) = parse(text)
            #expect(ds.count == 1, "\(ds)")
            let d = try #require(ds.first)
            #expect(d.hint == "add `)`")
            let span = try #require(d.span)
            #expect(span.start == "let a = (1 + 2".utf8.count, "\(span)")
            #expect(indicators(s).map(\.name.text) == ["甲"])
        }
        // A group closed on a later line is still one expression.
        let (_, ds) = parse("let a = (\n  1 + 2\n)\nlet b = a\n")
        #expect(ds.isEmpty, "\(ds)")
    }

    @Test func aFullWidthPointIsADecimalPoint() throws {
        for text in ["indicator 点 target 98．5% actual 90%", "indicator 点 target ９８．５% actual 90%"] {
            let (s, ds) = parse(text)
            #expect(ds.isEmpty, "\(ds)")
            let d = try #require(indicators(s).first)
            guard case .value(_, .number(let n))? = d.target else { Issue.record("\(String(describing: d.target))"); continue }
            #expect(n.value == (try? Exact.parse("98.5")) && n.unit == "%" && n.decimals == 1)
        }
    }

    @Test func aNameWithAnEnumerationCommaIsToBeQuoted() throws {
        let text = "budget 甲 100万元 {\n  spent 驻村、管寺补助 0万元\n}\n"
        let (s, ds) = parse(text)
        #expect(ds.map(\.code) == ["E-name-quote"])
        let d = try #require(ds.first)
        #expect(covered(d, in: text) == "驻村、管寺补助")
        #expect(d.hint == "write \"驻村、管寺补助\"")
        #expect(d.chinese?.hint == "写成 \"驻村、管寺补助\"")
        #expect(d.chinese?.message.contains("加引号") == true)
        // Read whole, so the rest of the line is still the amount.
        guard case .budget(let b)? = s.statements.first, case .spent(let n, _, _)? = b.items.first else { Issue.record("no spending line"); return }
        #expect(n.text == "驻村、管寺补助")
    }

    @Test func aNameWithBracketsIsToBeQuoted() throws {
        let text = "indicator 安全事故（起） target =0起 actual 0起\n"
        let (s, ds) = parse(text)
        #expect(ds.map(\.code) == ["E-name-quote"])
        let d = try #require(ds.first)
        #expect(covered(d, in: text) == "安全事故（起）")
        #expect(d.hint == "write \"安全事故（起）\"")
        #expect(indicators(s).first?.name.text == "安全事故（起）")
        #expect(indicators(s).first?.target != nil)
        let ascii = parse("indicator 安全事故(起) target =0起 actual 0起\n").1
        #expect(ascii.map(\.code) == ["E-name-quote"] && ascii.first?.hint == "write \"安全事故(起)\"")
    }

    /// A name that has to be quoted is read back quoted too: `"安全事故（起）".完成率` is the
    /// indicator's field, in an assertion, a rule and the REPL alike.
    @Test func aQuotedNameBeforeAFieldIsTheName() {
        let text = """
        indicator "安全事故（起）" target ≤2起 actual 1起 weight 10
        indicator "“三公经费”变动率" target ≤0% actual 2% weight 5
        assert "安全事故（起）".完成率 == 100%
        """
        #expect(codes(text).isEmpty, "\(codes(text))")
        #expect(value(text, "\"“三公经费”变动率\".实际") == "2.00%")
        // A text on its own is still a text.
        #expect(value(text, "\"安全事故（起）\"") == "安全事故（起）")
    }

    @Test func aNameWithASpaceIsToBeQuoted() throws {
        let text = "indicator 农技 培训次数 target 5次 actual 3次\n"
        let (s, ds) = parse(text)
        #expect(ds.map(\.code) == ["E-name-quote"])
        let d = try #require(ds.first)
        #expect(covered(d, in: text) == "农技 培训次数")
        #expect(d.hint == "write \"农技 培训次数\", or remove the space")
        #expect(d.chinese?.hint == "写成 \"农技 培训次数\"，或去掉空格")
        #expect(indicators(s).first?.actual != nil)
        // A slip of a field is not part of the name.
        let field = parse("indicator 农技 tagret 5次 actual 3次\n").1
        #expect(field.map(\.code) == ["E-syntax"] && field.first?.hint == "did you mean `target` (目标)?")
    }

    @Test func aMisspeltKeywordGetsDidYouMeanInBothLanguages() throws {
        let english = "indicatr 新增 target 450亩 actual 30亩\n"
        let (_, ds) = parse(english)
        #expect(ds.map(\.code) == ["E-unknown-keyword"])
        #expect(covered(try #require(ds.first), in: english) == "indicatr")
        #expect(ds.first?.hint == "did you mean `indicator` (指标)?")
        #expect(ds.first?.chinese?.hint == "是不是要写 `indicator`（指标）？")
        let chinese = "指表 新增 target 450亩 actual 30亩\n"
        let (_, zh) = parse(chinese)
        #expect(zh.map(\.code) == ["E-unknown-keyword"])
        #expect(covered(try #require(zh.first), in: chinese) == "指表")
        #expect(zh.first?.chinese?.hint == "是不是要写 `指标`（indicator）？")
        // A budget's line outside a budget says where it belongs.
        let spent = parse("spent 工资福利 5万元\n").1
        #expect(spent.count == 1 && spent.first?.message.contains("inside `budget NAME AMOUNT") == true)
    }

    @Test func hintsListKeywordsAsTheScriptWritesThem() {
        let zh = parse("指标 甲 目标 5个 实际 3个\n指标 乙 目标 5个 多少 3个\n").1
        #expect(zh.first?.hint == "an indicator's fields are: 目标、实际、报告值、评定、等级、权重、预计、偏离原因、可能性、说明、按进度")
        let en = parse("indicator 甲 target 5个 actual 3个\nindicator 乙 target 5个 多少 3个\n").1
        #expect(en.first?.hint == "an indicator's fields are: target, actual, stated, rate, grade, weight, expected, cause, likelihood, note, prorate")
    }

    @Test func aMissingInnerBraceIsBlamedWhereItsIndentationEnds() throws {
        let text = "产出 {\n  数量 {\n    indicator a target 5个 actual 3个\n  质量 {\n    indicator b target 5个 actual 3个\n  }\n}\n"
        let (_, ds) = parse(text)
        #expect(ds.map(\.code) == ["E-unclosed"])
        let d = try #require(ds.first)
        #expect(covered(d, in: text) == "质量")
        #expect(d.message == "the block of group 数量 is not closed: its indentation ends at this line")
        #expect(d.label == "add `}` before this line")
        // The note points at the `{` of 数量.
        #expect(d.notes.first?.span?.start == "产出 {\n  数量 ".utf8.count)
    }

    @Test func aMissingBraceOfFieldsEndsThemAtTheNextStatement() throws {
        let text = "产出 {\n  indicator a {\n    target 5个\n    actual 3个\n  indicator b target 5个 actual 3个\n}\n"
        let (s, ds) = parse(text)
        #expect(ds.map(\.code) == ["E-unclosed"])
        #expect(covered(try #require(ds.first), in: text) == "indicator")
        // Both indicators are read, and the braces after still match.
        #expect(indicators(s).map(\.name.text) == ["a", "b"])
    }

    @Test func oneBadFieldInABlockIsOneError() {
        let text = "产出 {\n  indicator a {\n    target 5个 7\n    actual 3个\n  }\n  indicator b target 5个 actual 3个\n}\n"
        let (s, ds) = parse(text)
        #expect(ds.count == 1, "\(ds.map(\.message))")
        #expect(indicators(s).map(\.name.text) == ["a", "b"])
        #expect(indicators(s).first?.actual != nil)
    }

    @Test func aReportHeaderOrARuleLeftOpenEndsAtTheNextStatement() throws {
        let text = "report 甲 {\n  year 2021\n  node 2021-06-30\nindicator a target 5个 actual 3个\nrule r for each budget {\n  red when 执行率 < 10%\nindicator b target 5个 actual 3个\n"
        let (s, ds) = parse(text)
        #expect(ds.map(\.code) == ["E-unclosed", "E-unclosed"], "\(ds.map(\.message))")
        #expect(ds.map { covered($0, in: text) } == ["indicator", "indicator"])
        #expect(ds.first?.message == "the block of the report header is not closed: this line is the next statement")
        #expect(ds.last?.chinese?.message == "规则 r 的块没有用 `}` 关上：这一行已是下一条语句")
        // What follows is read as written: both indicators, the rule with its clause.
        #expect(indicators(s).map(\.name.text) == ["a", "b"])
        let rule = s.statements.compactMap { if case .rule(let r) = $0 { r } else { nil } }.first
        #expect(rule?.clauses.count == 1)
    }
}
