import JXCore
import JXLSP
import JXTestSupport
import Testing

/// `jx lsp` as an editor meets it: the seed script opened, hovered, hinted, completed,
/// renamed and fixed through the protocol, every position in UTF-16 units.
@Suite struct LSPConversationTests {
    static let seedPath = Fixtures.root + "/Scripts/examples/qiemo-2021.jx"
    static let seed = Fixtures.read(seedPath)

    func seedConversation() -> Conversation {
        let c = Conversation()
        c.open(Self.seedPath, Self.seed)
        return c
    }

    // MARK: lifecycle

    @Test func initializeAnnouncesEveryCapabilityInUTF16() {
        let c = Conversation(initialize: false)
        let caps = c.result("initialize", ["capabilities": [:]])["capabilities"]
        #expect(caps?["positionEncoding"] == "utf-16")
        #expect(caps?["textDocumentSync"]?["change"] == .int(2))
        for p in ["hoverProvider", "inlayHintProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "documentFormattingProvider"] {
            #expect(caps?[p] == true, "\(p)")
        }
        #expect(caps?["completionProvider"]?["triggerCharacters"]?.array?.contains(".") == true)
        #expect(caps?["renameProvider"]?["prepareProvider"] == true)
        #expect(caps?["codeActionProvider"] != nil)
    }

    @Test func requestsBeforeInitializeAndAfterShutdownAreRefused() {
        let c = Conversation(initialize: false)
        #expect(c.request("textDocument/hover", c.at("/x.jx", 0, 0))["error"]?["code"] == .int(-32002))
        _ = c.request("initialize", ["capabilities": [:]])
        #expect(c.request("no/such/method", [:])["error"]?["code"] == .int(-32601))
        #expect(c.request("shutdown", .null)["result"] == .null)
        #expect(c.request("textDocument/hover", c.at("/x.jx", 0, 0))["error"]?["code"] == .int(-32600))
        c.notify("exit", .null)
        #expect(c.exitCode == 0)
    }

    @Test func exitWithoutShutdownIsAnError() {
        let c = Conversation()
        c.notify("exit", .null)
        #expect(c.exitCode == 1)
    }

    // MARK: diagnostics

    @Test func theSeedsThreeWarningsAtTheirLines() throws {
        let c = seedConversation()
        let ds = try #require(c.diagnostics(Self.seedPath))
        #expect(ds.count == 3)
        #expect(ds.map { $0["severity"] } == [.int(2), .int(2), .int(2)])
        #expect(ds.map { $0["code"]?.string ?? "" } == ["W-breakdown", "W-declared-count", "W-declared-count"])
        // jx check says 39:8, 60:15 and 61:10 (lines and columns from 1).
        #expect(ds.map { $0["range"]?["start"] } == [c.position(38, 7), c.position(59, 14), c.position(60, 9)])
        // The hint in the message, headed in the language of the messages (Chinese first).
        #expect(ds[1]["message"]?.string?.contains("提示：") == true)
    }

    @Test func aCJKOrAstralCharacterBeforeADiagnosticDoesNotShiftItsColumn() throws {
        let text = "indicator 😀新增 target 450亩 actual 30万元\n"
        let c = Conversation()
        c.open("/w/t.jx", text)
        let d = try #require(c.diagnostics("/w/t.jx")?.first { $0["code"] == "E-unit-mismatch" })
        let start = try #require(place(of: "30万元", in: text))
        // UTF-16: the emoji is two units, each Chinese character one.
        #expect(start.character == "indicator 😀新增 target 450亩 actual ".utf16.count)
        #expect(d["range"]?["start"] == c.position(0, start.character))
        #expect(d["range"]?["end"] == c.position(0, start.character + "30万元".utf16.count))
        // And a hover after the emoji finds the name.
        let hover = c.result("textDocument/hover", c.at("/w/t.jx", 0, 12))
        #expect(hover["contents"]?["value"]?.string?.contains("新增") == true)
    }

    @Test func aChangeRepublishesTheFileAndTheFilesThatImportIt() throws {
        let c = Conversation()
        let lib = "budget 项目资金 100万元 {\n  spent 工程 30万元\n}\n"
        let main = "import \"lib.jx\"\nassert 项目资金.执行率 == 30%\n"
        c.open("/w/lib.jx", lib)
        c.open("/w/main.jx", main)
        #expect(c.diagnostics("/w/main.jx") == [])
        // 30万元 → 40万元 in the imported file: the importer's assertion now fails.
        let at = try #require(place(of: "30万元", in: lib))
        c.change("/w/lib.jx", version: 2, [["range": ["start": c.position(at.line, at.character), "end": c.position(at.line, at.character + 2)], "text": "40"]])
        let ds = try #require(c.diagnostics("/w/main.jx"))
        #expect(ds.count == 1)
        #expect(ds.first?["message"]?.string?.contains("40.00%") == true)
        #expect(c.published("/w/lib.jx").last?["version"] == .int(2))
        // Closing a document clears its diagnostics.
        c.notify("textDocument/didClose", ["textDocument": c.doc("/w/main.jx")])
        #expect(c.diagnostics("/w/main.jx") == [])
    }

    @Test func savingReadsTheFileAgainForItsImporters() throws {
        let c = Conversation(disk: ["/w/lib.jx": "let 线 = 50%\n"])
        c.open("/w/main.jx", "import \"lib.jx\"\nassert 线 == 50%\n")
        #expect(c.diagnostics("/w/main.jx") == [])
        c.disk["/w/lib.jx"] = "let 线 = 60%\n"
        c.open("/w/lib.jx", "let 线 = 60%\n")
        c.notify("textDocument/didSave", ["textDocument": c.doc("/w/lib.jx")])
        #expect(c.diagnostics("/w/main.jx")?.count == 1)
    }

    @Test func whatAnImportThatIsNotOpenSaysIsPublishedForIt() throws {
        let c = Conversation(disk: ["/w/lib.jx": "indicator 甲 target 450亩 actual 30万元\n"])
        c.open("/w/main.jx", "import \"lib.jx\"\n")
        #expect(c.diagnostics("/w/main.jx") == [])
        let ds = try #require(c.diagnostics("/w/lib.jx"))
        #expect(ds.map { $0["code"] } == ["E-unit-mismatch"])
        #expect(ds.first?["range"]?["start"] == c.position(0, 31))
        // Once it is open, its own analysis speaks for it.
        c.open("/w/lib.jx", "indicator 甲 target 450亩 actual 30亩\n")
        #expect(c.diagnostics("/w/lib.jx") == [])
    }

    @Test func anImportChangedOnDiskIsReadAgain() throws {
        let c = Conversation(disk: ["/w/lib.jx": "let 线 = 50%\n"])
        c.open("/w/main.jx", "import \"lib.jx\"\nassert 线 == 50%\n")
        #expect(c.diagnostics("/w/main.jx") == [])
        c.disk["/w/lib.jx"] = "let 线 = 60%\n"
        c.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(c.uri("/w/lib.jx")), "type": .int(2)]]])
        #expect(c.diagnostics("/w/main.jx")?.count == 1)
    }

    // MARK: hover

    @Test func hoverOnAnIndicatorShowsItsCompletionLightAndReason() throws {
        let c = seedConversation()
        let p = try #require(place(of: "新增建设用地报批", in: Self.seed))
        let value = try #require(c.result("textDocument/hover", c.at(Self.seedPath, p.line, p.character + 2))["contents"]?["value"]?.string)
        #expect(value.contains("完成率 6.67% · 红灯 · 完成率 6.67% 低于序时进度 50.00% 的 60.00%"))
        #expect(value.contains("目标 450亩"))
    }

    @Test func hoverOnABudgetShowsExecutionAndArrival() throws {
        let c = seedConversation()
        let p = try #require(place(of: "年初预算", in: Self.seed))
        let value = try #require(c.result("textDocument/hover", c.at(Self.seedPath, p.line, p.character))["contents"]?["value"]?.string)
        #expect(value.contains("执行率 25.70%"))
        #expect(value.contains("到位率 25.70%"))
    }

    @Test func hoverOnAPolicyShowsItsThresholds() throws {
        let c = seedConversation()
        let p = try #require(place(of: "预警", in: Self.seed))
        let value = try #require(c.result("textDocument/hover", c.at(Self.seedPath, p.line, p.character))["contents"]?["value"]?.string)
        #expect(value.contains("红灯线 = 60.00%"))
        // A threshold used by name shows its value and where it comes from.
        let text = "import policy 预警\nlet 线 = 红灯线\n"
        c.open("/w/p.jx", text)
        let q = try #require(place(of: "红灯线", in: text))
        let threshold = try #require(c.result("textDocument/hover", c.at("/w/p.jx", q.line, q.character))["contents"]?["value"]?.string)
        #expect(threshold.contains("值 60.00%"))
        #expect(threshold.contains("政策 预警"))
    }

    // MARK: inlay hints

    @Test func anInlayHintAfterEveryIndicatorAndBudget() throws {
        let c = seedConversation()
        let lines = Self.seed.split(separator: "\n", omittingEmptySubsequences: false)
        let all = try #require(c.result("textDocument/inlayHint", ["textDocument": c.doc(Self.seedPath),
                                                                    "range": ["start": c.position(0, 0), "end": c.position(lines.count, 0)]]).array)
        let indicatorLines = lines.indices.filter { lines[$0].drop { $0 == " " }.hasPrefix("indicator ") }
        let budgetLines = lines.indices.filter { lines[$0].drop { $0 == " " }.hasPrefix("budget ") }
        #expect(all.count == indicatorLines.count + budgetLines.count)
        let hinted = Set(all.compactMap { $0["position"]?["line"]?.int })
        #expect(Set(indicatorLines + budgetLines) == hinted)
        let p = try #require(place(of: "新增建设用地报批", in: Self.seed))
        let hint = try #require(all.first { $0["position"]?["line"] == .int(p.line) })
        #expect(hint["label"] == "→ 6.67% 红灯")
        // At the end of its line.
        #expect(hint["position"]?["character"] == .int(lines[p.line].utf16.count))
        // Only the range asked for.
        let some = try #require(c.result("textDocument/inlayHint", ["textDocument": c.doc(Self.seedPath),
                                                                     "range": ["start": c.position(p.line, 0), "end": c.position(p.line, 5)]]).array)
        #expect(some.count == 1)
    }

    @Test func hintsFollowAChange() throws {
        let c = seedConversation()
        let p = try #require(place(of: "30亩", in: Self.seed))
        c.change(Self.seedPath, version: 2, [["range": ["start": c.position(p.line, p.character), "end": c.position(p.line, p.character + 2)], "text": "300"]])
        let hints = try #require(c.result("textDocument/inlayHint", ["textDocument": c.doc(Self.seedPath),
                                                                      "range": ["start": c.position(p.line, 0), "end": c.position(p.line + 1, 0)]]).array)
        #expect(hints.map { $0["label"] } == ["→ 66.67% 蓝灯"])
    }

    // MARK: completion

    func labels(_ c: Conversation, _ path: String, _ line: Int, _ character: Int) -> [String] {
        (c.result("textDocument/completion", c.at(path, line, character))["items"]?.array ?? []).compactMap { $0["label"]?.string }
    }

    @Test func completionOfNamesKeywordsUnitsMembersAndPolicies() {
        let c = Conversation()
        let text = "import policy 预\nbudget 年初 100万元 {\n  spent 工资 10万元\n}\nindicator 新增建设用地报批 target 450亩 actual 30亩\nassert 新增\nassert 年初.\nindicator 乙 target 5\n指\n"
        c.open("/w/c.jx", text)
        #expect(labels(c, "/w/c.jx", 0, 15) == ["预警"])
        #expect(labels(c, "/w/c.jx", 5, 9) == ["新增建设用地报批"])
        let members = labels(c, "/w/c.jx", 6, 10)
        #expect(members.contains("执行率") && members.contains("execution") && members.contains("工资"))
        let units = labels(c, "/w/c.jx", 7, 20)
        #expect(units.contains("亩") && units.contains("万元"))
        let words = labels(c, "/w/c.jx", 8, 1)
        #expect(words.contains("指标"))
        let english = labels(c, "/w/c.jx", 9, 0)
        #expect(english.contains("indicator") && english.contains("新增建设用地报批") && english.contains("时间进度"))
        // The edit replaces the word typed, counted in UTF-16.
        let item = c.result("textDocument/completion", c.at("/w/c.jx", 5, 9))["items"]?.array?.first
        #expect(item?["textEdit"]?["range"]?["start"] == c.position(5, 7))
    }

    // MARK: navigation

    static let lib = "budget 项目资金 100万元 {\n  spent 工程 30万元\n}\n"
    static let main = "import \"lib.jx\"\nassert 项目资金.执行率 == 30%\nlet 额 = 项目资金.执行数\n"

    @Test func definitionLeadsIntoTheImportedFile() throws {
        let c = Conversation()
        c.open("/w/lib.jx", Self.lib)
        c.open("/w/main.jx", Self.main)
        let p = try #require(place(of: "项目资金", in: Self.main))
        let locs = try #require(c.result("textDocument/definition", c.at("/w/main.jx", p.line, p.character)).array)
        #expect(locs.count == 1)
        #expect(locs.first?["uri"] == .string(c.uri("/w/lib.jx")))
        #expect(locs.first?["range"]?["start"] == c.position(0, 7))
    }

    @Test func referencesAndRenameReachTheFilesThatImportIt() throws {
        let c = Conversation()
        c.open("/w/lib.jx", Self.lib)
        c.open("/w/main.jx", Self.main)
        // Asked from the declaration, in the imported file.
        let refs = try #require(c.result("textDocument/references", ["textDocument": c.doc("/w/lib.jx"), "position": c.position(0, 8),
                                                                      "context": ["includeDeclaration": true]]).array)
        #expect(refs.count == 3)
        #expect(c.result("textDocument/prepareRename", c.at("/w/lib.jx", 0, 8))["placeholder"] == "项目资金")
        var params = c.at("/w/lib.jx", 0, 8)
        if case .object(var o) = params { o["newName"] = "工程资金"; params = .object(o) }
        let changes = try #require(c.result("textDocument/rename", params)["changes"])
        #expect(changes[c.uri("/w/lib.jx")]?.array?.count == 1)
        #expect(changes[c.uri("/w/main.jx")]?.array?.count == 2)
        #expect(changes[c.uri("/w/main.jx")]?.array?.allSatisfy { $0["newText"] == "工程资金" } == true)
        // Asked from a reference, in the importer; a name with a space is quoted.
        var fromMain = c.at("/w/main.jx", 1, 8)
        if case .object(var o) = fromMain { o["newName"] = "工程 资金"; fromMain = .object(o) }
        let again = try #require(c.result("textDocument/rename", fromMain)["changes"])
        #expect(again[c.uri("/w/lib.jx")]?.array?.first?["newText"] == "\"工程 资金\"")
        #expect(again[c.uri("/w/main.jx")]?.array?.count == 2)
    }

    @Test func documentSymbolsAreTheBudgetTreeAndTheIndicatorHierarchy() throws {
        let c = seedConversation()
        let symbols = try #require(c.result("textDocument/documentSymbol", ["textDocument": c.doc(Self.seedPath)]).array)
        let names = symbols.compactMap { $0["name"]?.string }
        #expect(names.starts(with: ["年初预算", "追加资金"]))
        let first = try #require(symbols.first)
        #expect(first["children"]?.array?.compactMap { $0["name"]?.string } == ["基本支出", "项目支出"])
        let output = try #require(symbols.first { $0["name"] == "产出" })
        let quantity = try #require(output["children"]?.array?.first { $0["name"] == "数量" })
        #expect(quantity["children"]?.array?.contains { $0["name"] == "新增建设用地报批" && $0["detail"] == "6.67% 红灯" } == true)
    }

    @Test func formattingIsTheJxFmtLayout() throws {
        let c = Conversation()
        let text = "indicator   甲    target 450亩 actual 30亩\n\n\n\nindicator 乙 target 15个 actual 7个"
        c.open("/w/f.jx", text)
        let edits = try #require(c.result("textDocument/formatting", ["textDocument": c.doc("/w/f.jx"), "options": ["tabSize": .int(2), "insertSpaces": true]]).array)
        guard case .formatted(let expected) = Formatter.format(text) else { Issue.record("not formatted"); return }
        #expect(edits.count == 1)
        #expect(edits.first?["newText"] == .string(expected))
        #expect(edits.first?["range"]?["end"] == c.position(4, "indicator 乙 target 15个 actual 7个".utf16.count))
        // Already laid out: no edit.
        c.open("/w/g.jx", expected)
        #expect(c.result("textDocument/formatting", ["textDocument": c.doc("/w/g.jx"), "options": [:]]).array == [])
    }

    @Test func aMisspeltUnitOffersTheFixAsACodeAction() throws {
        let c = Conversation()
        let text = "indicator 挂牌出让土地 target 20公顷 actual 5公倾\nindicator 乙 target 10个 actual 未知量\n"
        c.open("/w/u.jx", text)
        let p = try #require(place(of: "公倾", in: text))
        let d = try #require(c.diagnostics("/w/u.jx")?.first { $0["code"] == "I-new-unit" })
        #expect(d["data"]?["replacement"] == "公顷")
        let actions = try #require(c.result("textDocument/codeAction", ["textDocument": c.doc("/w/u.jx"),
                                                                         "range": ["start": c.position(p.line, p.character), "end": c.position(p.line, p.character)],
                                                                         "context": ["diagnostics": .array([])]]).array)
        let fix = try #require(actions.first { $0["edit"]?["changes"]?[c.uri("/w/u.jx")]?.array?.first?["newText"] == "公顷" })
        #expect(fix["kind"] == "quickfix")
        #expect(fix["edit"]?["changes"]?[c.uri("/w/u.jx")]?.array?.first?["range"]?["start"] == c.position(p.line, p.character))
        // An unknown name: quote it as text.
        let q = try #require(place(of: "未知量", in: text))
        let quote = try #require(c.result("textDocument/codeAction", ["textDocument": c.doc("/w/u.jx"),
                                                                       "range": ["start": c.position(q.line, q.character), "end": c.position(q.line, q.character + 1)],
                                                                       "context": ["diagnostics": .array([])]]).array)
        #expect(quote.contains { $0["edit"]?["changes"]?[c.uri("/w/u.jx")]?.array?.first?["newText"] == "\"未知量\"" })
    }

    @Test func everyDidYouMeanCarriesItsReplacement() throws {
        let c = Conversation()
        let text = "indicator 甲 target 450亩 actual 30亩\nindicator 乙 target 10个 actul 5个\nassert 甲.完成绿 == 1%\n"
        c.open("/w/m.jx", text)
        let ds = try #require(c.diagnostics("/w/m.jx"))
        let replacements = ds.compactMap { $0["data"]?["replacement"]?.string }
        #expect(replacements.contains("actual"))
        #expect(replacements.contains("完成率"))
    }
}
