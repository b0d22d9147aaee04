import JXCore
import JXLSP
import JXTestSupport
import Testing

/// Typing a figure into an indicator's line recomputes in place (the line alone is read
/// again, the evaluator recomputes what depends on it) and everything an editor is told
/// afterwards is where it is in the text now: the lines after, the line itself, a second
/// edit of the same line, hover and rename.
@Suite struct LiveEditTests {
    static let text = """
    import policy 预警
    report 测试 {
      node 2021-06-30
    }
    产出 {
      数量 {
        indicator 新增建设用地报批 target 450亩 actual 30亩 stated 7%
        indicator 乙 target 10个 actual 5万元
      }
    }
    assert 新增建设用地报批.完成率 == 6.67%

    """

    func edit(_ c: Conversation, _ version: Int, line: Int, from: Int, to: Int, _ text: String) {
        c.change("/w/live.jx", version: version, [["range": ["start": c.position(line, from), "end": c.position(line, to)], "text": .string(text)]])
    }

    @Test func aFigureTypedIsRecomputedInPlaceAndEveryPlaceFollows() throws {
        let c = Conversation()
        c.open("/w/live.jx", Self.text)
        let opened = c.fullAnalyses
        let before = try #require(c.diagnostics("/w/live.jx"))
        let mismatch = try #require(before.first { $0["code"] == "E-unit-mismatch" })
        #expect(!before.contains { $0["code"] == "E-assert" })
        // 30亩 → 3000亩: two bytes more on line 6.
        let p = try #require(place(of: "30亩", in: Self.text))
        edit(c, 2, line: p.line, from: p.character, to: p.character + 2, "3000")
        #expect(c.fullAnalyses == opened)
        let after = try #require(c.diagnostics("/w/live.jx"))
        #expect(c.published("/w/live.jx").last?["version"] == .int(2))
        // The next line's error has not moved; the assertion now fails; the stated 7% disagrees, on its line.
        #expect(after.first { $0["code"] == "E-unit-mismatch" }?["range"] == mismatch["range"])
        #expect(after.contains { $0["code"] == "E-assert" && $0["range"]?["start"]?["line"] == .int(10) })
        let stated = try #require(after.first { $0["range"]?["start"]?["line"] == .int(p.line) })
        let statedAt = try #require(place(of: "7%", in: Self.text))
        #expect(stated["range"]?["start"] == c.position(p.line, statedAt.character + 2))
        // Hints, hover, on the line and below it.
        let hints = try #require(c.result("textDocument/inlayHint", ["textDocument": c.doc("/w/live.jx"),
                                                                      "range": ["start": c.position(p.line, 0), "end": c.position(p.line + 2, 0)]]).array)
        #expect(hints.map { $0["label"] } == ["→ 666.67% 蓝灯", "→ 无法计算"])
        #expect(hints.first?["position"] == c.position(p.line, (Self.text.split(separator: "\n")[p.line].utf16.count) + 2))
        let name = try #require(place(of: "新增建设用地报批", in: Self.text))
        let hover = c.result("textDocument/hover", c.at("/w/live.jx", name.line, name.character + 1))
        #expect(hover["contents"]?["value"]?.string?.contains("完成率 666.67%") == true)
        #expect(hover["range"]?["start"] == c.position(name.line, name.character))
        let other = try #require(place(of: "乙", in: Self.text))
        #expect(c.result("textDocument/hover", c.at("/w/live.jx", other.line, other.character))["range"]?["start"] == c.position(other.line, other.character))

        // The same line again: 3000亩 → 300亩.
        edit(c, 3, line: p.line, from: p.character + 3, to: p.character + 4, "")
        #expect(c.fullAnalyses == opened)
        let again = try #require(c.result("textDocument/inlayHint", ["textDocument": c.doc("/w/live.jx"),
                                                                      "range": ["start": c.position(p.line, 0), "end": c.position(p.line + 1, 0)]]).array)
        #expect(again.map { $0["label"] } == ["→ 66.67% 蓝灯"])
        // Rename from the assertion reaches the declaration on the line read in place.
        var params = c.at("/w/live.jx", 10, 8)
        if case .object(var o) = params { o["newName"] = "报批"; params = .object(o) }
        let edits = try #require(c.result("textDocument/rename", params)["changes"]?[c.uri("/w/live.jx")]?.array)
        #expect(Set(edits.compactMap { $0["range"]?["start"] }) == [c.position(name.line, name.character), c.position(10, 7)])
    }

    @Test func aCommentOrSpacesTypedMoveOnlyPlaces() throws {
        let c = Conversation()
        c.open("/w/live.jx", Self.text)
        let opened = c.fullAnalyses
        let mismatch = try #require(c.diagnostics("/w/live.jx")?.first { $0["code"] == "E-unit-mismatch" })
        // A comment after the report's node, with an emoji (two UTF-16 units): the error on a
        // later line stays where it is.
        edit(c, 2, line: 2, from: 17, to: 17, "  # 监控节点😀")
        // Spaces typed before 乙's target: its error moves right by two.
        let other = try #require(place(of: "target 10个", in: Self.text))
        edit(c, 3, line: other.line, from: other.character - 1, to: other.character - 1, "  ")
        #expect(c.fullAnalyses == opened)
        let moved = try #require(c.diagnostics("/w/live.jx")?.first { $0["code"] == "E-unit-mismatch" })
        let start = try #require(mismatch["range"]?["start"]?["character"]?.int)
        #expect(moved["range"]?["start"] == c.position(other.line, start + 2))
        // Spaces that would split a word are not layout.
        edit(c, 4, line: other.line, from: other.character + 3, to: other.character + 3, " ")
        #expect(c.fullAnalyses == opened + 1)
    }

    @Test func anythingElseIsAnalysedAnew() throws {
        let c = Conversation()
        c.open("/w/live.jx", Self.text)
        let opened = c.fullAnalyses
        // A line break in the middle of a statement.
        edit(c, 2, line: 2, from: 7, to: 7, "\n")
        #expect(c.fullAnalyses == opened + 1)
        // The name of an indicator.
        let name = try #require(place(of: "乙", in: Self.text))
        edit(c, 3, line: name.line + 1, from: name.character, to: name.character + 1, "丙")
        #expect(c.fullAnalyses == opened + 2)
        #expect(c.diagnostics("/w/live.jx")?.contains { $0["message"]?.string?.contains("丙") == true } == true)
        // A unit not met before (its note is the evaluator's own, not a cell's).
        let p = try #require(place(of: "30亩", in: Self.text))
        edit(c, 4, line: p.line + 1, from: p.character + 2, to: p.character + 3, "公倾")
        #expect(c.fullAnalyses == opened + 3)
        #expect(c.diagnostics("/w/live.jx")?.contains { $0["code"] == "I-new-unit" } == true)
        // And back: the note goes with the unit.
        edit(c, 5, line: p.line + 1, from: p.character + 2, to: p.character + 4, "亩")
        #expect(c.diagnostics("/w/live.jx")?.contains { $0["code"] == "I-new-unit" } == false)
    }
}

/// Edits taken in place say what a new analysis of the same text says: random figures typed
/// into the seed's indicator lines, one after another, each compared with a server that
/// opens the text as it then is.
@Suite struct LiveEditAgreementTests {
    @Test(arguments: [17, 5, 99] as [UInt64]) func inPlaceAgreesWithANewAnalysis(seed: UInt64) throws {
        let path = LSPConversationTests.seedPath
        var lines = LSPConversationTests.seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let c = Conversation()
        c.open(path, lines.joined(separator: "\n"))
        let opened = c.fullAnalyses
        var rng = SplitMix(seed: seed)
        let digits = ["0", "1", "5", "9", "12", "450", ""]
        let layout = [" ", "  ", "", "# 注释😀", "  # 说明", "\n", "\n    ", "", "\n\n"]
        for version in 2...80 {
            let candidates = lines.indices.filter { lines[$0].contains("indicator ") && lines[$0].contains(" actual ") }
            var n = candidates[Int(rng.next() % UInt64(candidates.count))]
            if rng.next() % 3 == 0 { n = Int(rng.next() % UInt64(lines.count - 1)) }
            let line = lines[n]
            // A digit of the line's figures replaced by other digits (or taken out); or spaces
            // or a comment typed, or a character taken out, anywhere.
            let places = line.indices.filter { line[$0].isNumber && line[line.index(before: $0)] != "标" }
            let edit: (String.Index, String.Index, String)
            if version % 2 == 0, !places.isEmpty {
                let at = places[Int(rng.next() % UInt64(places.count))]
                edit = (at, line.index(after: at), digits[Int(rng.next() % UInt64(digits.count))])
            } else {
                let at = line.index(line.startIndex, offsetBy: Int(rng.next() % UInt64(line.count + 1)))
                let text = layout[Int(rng.next() % UInt64(layout.count))]
                edit = (at, text.isEmpty && at < line.endIndex ? line.index(after: at) : at, text)
            }
            let (from, to, text) = edit
            let start = line[..<from].utf16.count, end = line[..<to].utf16.count
            if version % 7 == 0, n + 1 < lines.count {
                // A line break taken away: this line and the next become one.
                c.change(path, version: version, [["range": ["start": c.position(n, line.utf16.count), "end": c.position(n + 1, 0)], "text": ""]])
                lines[n] = line + lines[n + 1]
                lines.remove(at: n + 1)
            } else {
                lines[n] = String(line[..<from]) + text + String(line[to...])
                c.change(path, version: version, [["range": ["start": c.position(n, start), "end": c.position(n, end)], "text": .string(text)]])
            }
            lines = lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

            let fresh = Conversation()
            let now = lines.joined(separator: "\n")
            fresh.open(path, now)
            func sorted(_ ds: [JSONValue]?) -> [String] { (ds ?? []).map(\.text).sorted() }
            let mine = sorted(c.diagnostics(path)), theirs = sorted(fresh.diagnostics(path))
            if mine != theirs {
                Issue.record("after edit \(version) (line \(n + 1)): only in place \(mine.filter { !theirs.contains($0) }), only anew \(theirs.filter { !mine.contains($0) })")
                break
            }
            let range: JSONValue = ["textDocument": c.doc(path), "range": ["start": c.position(0, 0), "end": c.position(lines.count, 0)]]
            #expect(c.result("textDocument/inlayHint", range) == fresh.result("textDocument/inlayHint", range), "hints after editing line \(n + 1)")
            let name = try #require(place(of: "新增建设用地报批", in: now))
            let at2 = c.at(path, name.line, name.character + 1)
            #expect(c.result("textDocument/hover", at2) == fresh.result("textDocument/hover", at2))
        }
        // Many of them were taken in place.
        #expect(c.fullAnalyses - opened < 70)
    }
}
