import Testing
@testable import JXCore
import JXTestSupport

/// Questions from a place in a script (hover, go to definition, find references), as a
/// language server will ask them.
@Suite struct SourceQueryTests {
    static let main = """
    import "dept.jx"
    report 测试报告 {
      year 2021
      node 2021-06-30
    }
    let 红灯线 = 50%
    budget 年初预算 1000万元 {
      arrived 800万元
      budget 基本支出 400万元 {
        spent 工资福利 257万元
      }
    }
    产出 {
      数量 {
        # 🌲 造林 in a comment, and a character beyond the BMP before the names below
        indicator 新增建设用地报批 target 450亩 actual 30亩
        indicator 人员经费 target 514万元 actual 工资福利
        indicator 达标率 target 100% actual 红灯线
      }
    }
    rule 执行进度 for each budget {
      red when 执行率 < 红灯线 "执行率 {执行率} 低于 {红灯线}"
      green otherwise
    }
    rule 完成情况 for each indicator {
      red when 完成率 < 红灯线 "🔴完成率 {完成率} 低于{红灯线}"
      green otherwise
    }
    indicator 🌲造林 target 10个 actual 5个
    assert 🌲造林.完成率 == 50%
    assert 新增建设用地报批.完成率 == 6.67%
    assert 时间进度 == 50%
    scenario 加速 {
      新增建设用地报批.actual = 300亩
      assert 新增建设用地报批.完成率 == 66.67%
    }

    """

    static let dept = """
    budget 部门预算 200万元 {
      spent 办公费 50万元
    }
    indicator 部门人员经费 target 100万元 actual 办公费
    assert 新增建设用地报批.完成率 < 红灯线
    assert 年初预算.基本支出.执行率 == 64.25%

    """

    let ws = workspace(SourceQueryTests.main, files: ["dept.jx": SourceQueryTests.dept])
    let q: SourceQuery
    init() { q = SourceQuery(ws) }

    var mainID: Int { q.file(path: "test.jx")! }
    var deptID: Int { q.file(path: "dept.jx")! }

    /// The byte offset of the `nth` occurrence of `needle` in a file, plus `plus` bytes.
    func offset(_ file: Int, _ needle: String, _ nth: Int = 0, plus: Int = 0) -> Int {
        let b = ws.sources[file]!.bytes, n = Array(needle.utf8)
        var seen = 0
        for i in 0...(b.count - n.count) where Array(b[i..<(i + n.count)]) == n {
            if seen == nth { return i + plus }
            seen += 1
        }
        Issue.record("no \(needle) #\(nth)")
        return -1
    }

    func hit(_ file: Int, _ needle: String, _ nth: Int = 0, plus: Int = 0) -> SymbolHit? {
        q.symbol(file: file, offset: offset(file, needle, nth, plus: plus))
    }

    /// `hit`, which must find a name.
    func req(_ file: Int, _ needle: String, _ nth: Int = 0, plus: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> SymbolHit {
        try #require(hit(file, needle, nth, plus: plus), sourceLocation: sourceLocation)
    }

    func text(_ s: Span) -> String { ws.sources[s.file]!.text(s.start..<s.end) }

    @Test func theScriptIsClean() {
        #expect(!ws.diagnostics().contains { $0.severity == .error }, "\(ws.diagnostics().map(\.message))")
        #expect(ws.sources.files.count == 2)
    }

    // MARK: hover

    @Test func anIndicatorsDeclarationShowsItsCompletionStatusAndLight() throws {
        let h = try req(mainID, "新增建设用地报批", plus: 3) // inside the name, past its first character
        #expect(h.name == "新增建设用地报批")
        #expect(h.role == .declaration)
        #expect(text(h.span) == "新增建设用地报批")
        #expect(h.span.start == offset(mainID, "新增建设用地报批"))
        guard case .indicator(let i)? = h.entity else { Issue.record("not an indicator: \(h.entities)"); return }
        #expect(ws.model.indicators[i].decl.name.text == "新增建设用地报批")
        let v = try #require(q.value(of: h))
        #expect(v["完成率"] == "6.67%")
        #expect(v["状态"] == "未完成")
        #expect(v["灯"] == "红灯")
        #expect(v.lightRule == "完成情况")
        #expect(v.lightMessage == "🔴完成率 6.67% 低于50.00%")
        #expect(v.summary == "新增建设用地报批  目标 450亩  实际 30亩  完成率 6.67%  未完成  红灯")
    }

    @Test func aBudgetShowsItsExecutionAndArrival() throws {
        let h = try req(mainID, "年初预算")
        #expect(h.role == .declaration)
        let v = try #require(q.value(of: h))
        #expect(v["执行率"] == "25.70%")
        #expect(v["到位率"] == "80.00%")
        #expect(v["执行数"] == "257万元")
        #expect(v["灯"] == "红灯")
        #expect(v.lightMessage == "执行率 25.70% 低于 50.00%")
        let child = try #require(q.value(of: try req(mainID, "基本支出")))
        #expect(child["执行率"] == "64.25%")
        #expect(child["灯"] == "绿灯")
    }

    @Test func aConstantShowsItsValueWithItsUnit() throws {
        let h = try req(mainID, "红灯线")
        #expect(h.role == .declaration)
        guard case .constant? = h.entity else { Issue.record("\(h.entities)"); return }
        #expect(q.value(of: h)?["值"] == "50.00%")
        // The same constant where an actual uses it.
        let inActual = try req(mainID, "红灯线", 1)
        #expect(inActual.role == .reference)
        #expect(inActual.entity == h.entity)
        #expect(q.value(of: try req(mainID, "达标率"))?["完成率"] == "50.00%")
    }

    @Test func anActualThatNamesASpendingLineGoesToTheLine() throws {
        let h = try req(mainID, "工资福利", 1)
        #expect(h.role == .reference)
        guard case .spend? = h.entity else { Issue.record("\(h.entities)"); return }
        #expect(h.definitions == [try req(mainID, "工资福利").span])
        #expect(q.value(of: h)?["支出"] == "257万元")
        #expect(q.value(of: try req(mainID, "人员经费"))?["完成率"] == "50.00%")
    }

    @Test func aFieldAfterADotIsThatFieldOfTheEntity() throws {
        // In `assert 新增建设用地报批.完成率 == 6.67%`: the base, then the field.
        let base = try req(mainID, "新增建设用地报批", 1)
        #expect(base.role == .reference)
        let field = try req(mainID, "完成率 == 6.67%")
        #expect(field.role == .field(.completion))
        #expect(field.name == "完成率")
        #expect(field.entity == base.entity)
        #expect(field.definitions == base.definitions)
        let v = try #require(q.value(of: field))
        #expect(v["完成率"] == "6.67%")
        #expect(v.summary == "新增建设用地报批.完成率 6.67%")
        // A change in a scenario: its target is the indicator's actual, read in the base model.
        let actual = try req(mainID, "actual = 300亩")
        #expect(actual.role == .field(.actual))
        #expect(q.value(of: actual)?["实际"] == "30亩")
    }

    @Test func aPathIsFollowedPartByPart() throws {
        // dept.jx: `年初预算.基本支出.执行率`, across files.
        let budget = try req(deptID, "年初预算")
        #expect(budget.definitions.first?.file == mainID)
        let part = try req(deptID, "基本支出")
        #expect(part.role == .reference)
        #expect(part.definitions == [try req(mainID, "基本支出").span])
        let field = try req(deptID, "执行率")
        #expect(field.role == .field(.execution))
        #expect(q.value(of: field)?["执行率"] == "64.25%")
    }

    @Test func aFieldNameAloneInARuleIsEachSubjectsField() throws {
        let h = try req(mainID, "执行率 <")
        #expect(h.role == .subjectField(.execution, .budget))
        #expect(h.entities.isEmpty)
        #expect(q.value(of: h) == nil)
        #expect(q.references(of: h).isEmpty)
        // The same inside the rule's message.
        let inMessage = try req(mainID, "{执行率}", plus: 1)
        #expect(inMessage.role == .subjectField(.execution, .budget))
        #expect(text(inMessage.span) == "执行率")
    }

    @Test func groupsAndBuiltInNames() throws {
        let g = try req(mainID, "数量")
        #expect(g.role == .declaration)
        guard case .group? = g.entity else { Issue.record("\(g.entities)"); return }
        #expect(q.value(of: g)?["灯"] == "红灯")
        let t = try req(mainID, "时间进度")
        #expect(t.role == .unresolved)
        #expect(t.entities.isEmpty)
        #expect(q.value(of: t)?["时间进度"] == "50.00%")
    }

    // MARK: definitions and references

    @Test func referencesReachEveryFile() throws {
        let h = try req(deptID, "新增建设用地报批")
        #expect(h.role == .reference)
        let def = try #require(h.definitions.first)
        #expect(def.file == mainID && text(def) == "新增建设用地报批")
        #expect(def.start == offset(mainID, "新增建设用地报批"))
        let refs = q.references(of: h)
        // The declaration, two assertions and the scenario's change and assertion in the
        // script, one assertion in the department's file.
        #expect(refs.count == 5)
        #expect(refs.allSatisfy { text($0) == "新增建设用地报批" })
        #expect(refs.filter { $0.file == mainID }.count == 4)
        #expect(refs.filter { $0.file == deptID }.map(\.start) == [offset(deptID, "新增建设用地报批")])
        #expect(refs.contains(def))
        // In order: files, then places.
        #expect(refs == refs.sorted { ($0.file, $0.start) < ($1.file, $1.start) })
        // The same answer from any of them.
        for r in refs { #expect(q.symbol(file: r.file, offset: r.start).map(q.references(of:)) == refs) }
    }

    @Test func aConstantsReferencesIncludeRulesMessagesAndActuals() throws {
        let h = try req(mainID, "红灯线")
        let refs = q.references(of: h)
        // let, an actual, two conditions, two messages, the department's assertion.
        #expect(refs.count == 7, "\(refs.map { (text($0), $0.file, $0.start) })")
        #expect(refs.allSatisfy { text($0) == "红灯线" })
        #expect(refs.contains { $0.file == deptID })
        #expect(refs.contains { $0.start == offset(mainID, "{红灯线}", plus: 1) })
        #expect(refs.contains { $0.start == offset(mainID, "{红灯线}", 1, plus: 1) })
    }

    @Test func aFieldsReferencesAreThatFieldOfThatEntity() throws {
        let h = try req(mainID, "完成率 == 6.67%")
        let refs = q.references(of: h)
        // The script's assertion, the scenario's, the department's.
        #expect(refs.count == 3)
        #expect(refs.allSatisfy { text($0) == "完成率" })
    }

    @Test func aSpendingLinesReferences() throws {
        let h = try req(mainID, "工资福利")
        #expect(q.references(of: h).map(\.start) == [offset(mainID, "工资福利"), offset(mainID, "工资福利", 1)])
        let e = try #require(h.entity)
        #expect(q.references(to: e) == q.references(of: h))
        #expect(q.definition(of: e) == h.span)
    }

    @Test func anAmbiguousNameGivesEveryCandidate() throws {
        let text = """
        budget 甲 100万元 {
          budget 其他 50万元
        }
        budget 乙 100万元 {
          budget 其他 60万元
        }
        assert 其他.预算数 == 50万元

        """
        let ws = workspace(text)
        let q = SourceQuery(ws)
        let at = Array(text.utf8).count - Array("其他.预算数 == 50万元\n".utf8).count
        let h = try #require(q.symbol(file: 0, offset: at))
        #expect(h.isAmbiguous)
        #expect(h.entities.count == 2)
        #expect(h.definitions.count == 2)
        #expect(q.value(of: h) == nil)
        #expect(q.references(of: h).isEmpty)
        // Its field has no one owner.
        let field = try #require(q.symbol(file: 0, offset: at + Array("其他.".utf8).count))
        #expect(field.role == .unresolved)
        // Each candidate's own references: its declaration only.
        for e in h.entities { #expect(q.references(to: e).count == 1) }
    }

    // MARK: positions

    @Test func editorPositionsCountUTF16() throws {
        // `assert 🌲造林.完成率 == 50%`: 🌲 takes 4 bytes, 2 UTF-16 units, 1 scalar.
        let lineStart = offset(mainID, "assert 🌲造林")
        let line = ws.sources[mainID]!.line(of: lineStart) - 1
        let field = offset(mainID, "完成率 == 50%")
        #expect(field - lineStart == 7 + 4 + 6 + 1)
        #expect(q.offset(file: mainID, at: SourcePosition(line: line, character: 12), encoding: .utf16) == field)
        #expect(q.offset(file: mainID, at: SourcePosition(line: line, character: 11), encoding: .utf32) == field)
        #expect(q.offset(file: mainID, at: SourcePosition(line: line, character: 18), encoding: .utf8) == field)
        #expect(q.position(file: mainID, offset: field) == SourcePosition(line: line, character: 12))
        let h = try #require(q.symbol(file: mainID, at: SourcePosition(line: line, character: 12)))
        #expect(h.role == .field(.completion))
        #expect(q.value(of: h)?["完成率"] == "50.00%")
        // The name with the emoji in it, from its first unit.
        let name = try #require(q.symbol(file: mainID, at: SourcePosition(line: line, character: 7)))
        #expect(name.name == "🌲造林")
        // The middle of the surrogate pair is no place.
        #expect(q.offset(file: mainID, at: SourcePosition(line: line, character: 8)) == nil)
        #expect(q.symbol(file: mainID, at: SourcePosition(line: line, character: 8)) == nil)
        // The message's placeholder after 🔴 on its line.
        let msg = offset(mainID, "{红灯线}", 1, plus: 1)
        let p = try #require(q.position(file: mainID, offset: msg))
        let units = Array(ws.sources[mainID]!.text(ws.sources[mainID]!.lineStarts[p.line]..<msg).utf16).count
        #expect(p.character == units)
        #expect(q.symbol(file: mainID, at: p)?.name == "红灯线")
    }

    @Test func everySpanRoundTripsThroughEachEncoding() throws {
        for file in [mainID, deptID] {
            let n = ws.sources[file]!.bytes.count
            for o in 0..<n {
                guard let h = q.symbol(file: file, offset: o), h.span.start == o else { continue }
                for e in [PositionEncoding.utf8, .utf16, .utf32] {
                    let p = try #require(q.position(file: file, offset: o, encoding: e))
                    #expect(q.offset(file: file, at: p, encoding: e) == o)
                }
            }
        }
    }

    @Test func placesWithNothingThereGetNoAnswer() {
        let n = ws.sources[mainID]!.bytes.count
        // Out of range.
        for o in [-1, n, n + 1, Int.max, Int.min] { #expect(q.symbol(file: mainID, offset: o) == nil) }
        #expect(q.symbol(file: 99, offset: 0) == nil)
        #expect(q.symbol(file: -1, offset: 0) == nil)
        #expect(q.symbol(path: "nowhere.jx", offset: 0) == nil)
        // A keyword, the space after it, the byte after a name, a number with its unit.
        #expect(hit(mainID, "indicator 新增") == nil)
        #expect(hit(mainID, " 新增建设用地报批") == nil)
        #expect(hit(mainID, " target 450亩") == nil)
        #expect(hit(mainID, "450亩") == nil)
        #expect(hit(mainID, "亩 actual 30") == nil)
        // Inside a comment (a name written there is not one).
        #expect(hit(mainID, "造林 in a comment") == nil)
        #expect(hit(mainID, "# 🌲", plus: 2) == nil)
        // Inside a multi-byte character: the second and third bytes of 新.
        #expect(hit(mainID, "新增建设用地报批", plus: 1) == nil)
        #expect(hit(mainID, "新增建设用地报批", plus: 2) == nil)
        // Editor positions out of range.
        for p in [SourcePosition(line: -1, character: 0), SourcePosition(line: 0, character: -1),
                  SourcePosition(line: 10_000, character: 0), SourcePosition(line: 0, character: 10_000),
                  SourcePosition(line: 0, character: Int.max), SourcePosition(line: Int.max, character: Int.max)] {
            for e in [PositionEncoding.utf8, .utf16, .utf32] {
                #expect(q.offset(file: mainID, at: p, encoding: e) == nil)
                #expect(q.symbol(file: mainID, at: p, encoding: e) == nil)
            }
        }
        // The end of a line is a place, with nothing on it.
        let first = ws.sources[mainID]!.lineRange(1)
        #expect(q.offset(file: mainID, at: SourcePosition(line: 0, character: first.count), encoding: .utf8) == first.upperBound)
        #expect(q.symbol(file: mainID, at: SourcePosition(line: 0, character: first.count), encoding: .utf8) == nil)
        #expect(q.position(file: mainID, offset: -1) == nil)
        #expect(q.position(file: mainID, offset: n + 1) == nil)
        #expect(q.position(file: mainID, offset: offset(mainID, "新增", plus: 1)) == nil)
        #expect(q.position(file: 42, offset: 0) == nil)
    }

    @Test func everyByteOfEveryFileCanBeAsked() {
        for file in [mainID, deptID] {
            for o in 0..<ws.sources[file]!.bytes.count {
                if let h = q.symbol(file: file, offset: o) {
                    _ = q.value(of: h)
                    _ = q.references(of: h)
                    #expect(h.span.start <= o && o < h.span.end)
                }
            }
        }
    }

    @Test func askingChangesNoFinding() {
        for file in [mainID, deptID] {
            for o in 0..<ws.sources[file]!.bytes.count { if let h = q.symbol(file: file, offset: o) { _ = q.value(of: h) } }
        }
        let fresh = workspace(SourceQueryTests.main, files: ["dept.jx": SourceQueryTests.dept])
        #expect(ws.diagnostics().map(\.message) == fresh.diagnostics().map(\.message))
    }

    @Test func oddFilesGiveNoTrap() {
        for text in ["", "\n", "indicator", "indicator \"名\u{5C}\"字\" target 1个 actual 1个", "\u{FF}\u{FE}", "# 🌲", "indicator 𠮷 target 1个 actual 𠮷",
                     "rule r for each budget {\n red when 执行率 < 1% \"a\u{5C}n{执行率}\"\n}", "let a = b.c.d.e"] {
            let ws = workspace(text)
            let q = SourceQuery(ws)
            let n = ws.sources[0]?.bytes.count ?? 0
            for o in -1...(n + 1) {
                if let h = q.symbol(file: 0, offset: o) {
                    _ = q.value(of: h)
                    _ = q.references(of: h)
                }
                _ = q.position(file: 0, offset: o)
            }
            for line in 0...3 { for c in 0...40 { _ = q.symbol(file: 0, at: SourcePosition(line: line, character: c)) } }
        }
    }

    @Test func manyReferencesFromOneIndex() throws {
        var text = "let 基数 = 10个\n"
        for k in 0..<2000 { text += "indicator 指标\(k) target 基数 actual \(k % 10)个\n" }
        let ws = workspace(text)
        let q = SourceQuery(ws)
        let h = try #require(q.symbol(file: 0, offset: 4))
        #expect(h.name == "基数")
        #expect(q.references(of: h).count == 2001)
    }
}
