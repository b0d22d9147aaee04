import Testing
@testable import JXCore
import JXTestSupport

/// Plain indicator lines are held compactly (`PlainLine`); they must read back exactly as
/// the full declaration the parser built, and turn full when changed.
@Suite struct CompactDeclTests {
    func decls(_ text: String, keepLayout: Bool) -> [IndicatorDecl] {
        var p = Parser(source: SourceFile(path: "t", text: text), fileID: 3, keepComments: keepLayout)
        return p.parseScript().statements.compactMap { if case .indicator(let d) = $0 { d } else { nil } }
    }

    func core(_ d: IndicatorDecl) -> String {
        "\(d.name) \(String(describing: d.target)) \(String(describing: d.targetSpan)) \(String(describing: d.actual)) \(d.span)"
    }

    func describe(_ d: IndicatorDecl) -> String {
        core(d) + " \(d.stated.count) \(String(describing: d.note))"
    }

    static let lines = """
    indicator 新增建设用地报批 target 450亩 actual 30亩
    indicator 指标2 target ≥98% actual 99.5%
    indicator 指标3 target 20公顷以上 actual 21.75公顷
    indicator "带 空格" target 1,493.25万元 actual 383.74万元
    indicator 次数 target <10次 actual 3次
    indicator 纯数 target 12 actual 0.125
      indicator   spaced    target   ＞5个   actual   7个
    indicator 大于 target >5个 actual 7个
    indicator 不少于 target >=5个 actual 7个\t
    indicator 不多于 target <= 5个 actual 4个 \r
    indicator 等于 target =0起 actual 0起
    indicator 千分 target 1,234,567.89元 actual 1,000元
    indicator 无单位 target 12 actual 7
    indicator 下划线 target 3km_x actual 2km_x
    indicator 百分 target ≥ 98% actual 97.25%
    indicator 以上 target 20公顷以上 actual 21公顷
    indicator 小数点 target 5个 actual 3.个
    indicator 宽空格 target\u{3000}5个 actual 3个
    indicator 注释 target 5个 actual 3个 # 说明
    indicator 大数 target 99999999999999999999个 actual 3个
    indicator 目标 目标 5个 实际 3个
    指标 中文关键字 target 5个 actual 3个
    indicator _下划线开头 target 5个 actual 3个
    indicator target target 5个 actual 3个
    indicator 名字\ttarget 5个 actual 3个
    indicator 名·字 target 5个 actual 3个
    indicator 名字（一） target 5个 actual 3个
    indicator abc123 target 5个 actual 3个
    indicator 末行 target 5个 actual 3个
    """

    @Test func plainLinesAreCompactAndReadBackAsParsed() {
        let compact = decls(Self.lines, keepLayout: false)
        let full = decls(Self.lines, keepLayout: true)
        #expect(compact.count == 29 && full.count == 29)
        // All but an actual that is not a number (`3.个`), a number beyond 64 bits and a
        // name with brackets (an error that asks for quotes, the name read whole, in both).
        #expect(compact.filter { $0.isCompact }.count == 27)
        #expect(!full.contains { $0.isCompact })
        for (c, f) in zip(compact, full) { #expect(describe(c) == describe(f)) }
    }

    @Test func otherIndicatorsStayFull() {
        let ds = decls("""
        indicator a target 5个 actual 3个 stated 60%
        indicator b target "明显提升" actual "有所提升" rate 80%
        indicator c target 12月31日前完成 actual elapsed
        indicator d target 5个 actual 甲 + 1个
        indicator e target 99999999999999999999个 actual 1个
        """, keepLayout: false)
        #expect(ds.count == 5)
        #expect(!ds.contains { $0.isCompact })
    }

    @Test func aChangedCompactDeclarationTurnsFullAndKeepsTheRest() {
        var d = decls("indicator 指标2 target ≥98% actual 99.5%", keepLayout: false)[0]
        let before = d
        d.note = "原因"
        #expect(!d.isCompact)
        #expect(d.note == "原因")
        #expect(core(d) == core(before))
        // The original is untouched (copy on write).
        #expect(before.isCompact && before.note == nil)
    }
}
