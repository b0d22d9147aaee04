import JXCore
import JXLSP
import JXTestSupport
import Testing

/// Whatever an editor sends, the server answers every request and never traps: edits
/// anywhere (past the ends, negative, backwards, half a character), names and params that
/// make no sense, on the seed script.
@Suite struct LSPRobustnessTests {
    @Test func randomMessagesAreAnsweredAndNeverTrap() {
        let path = LSPConversationTests.seedPath
        let c = Conversation()
        c.open(path, LSPConversationTests.seed)
        var rng = SplitMix(seed: 23)
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        func position() -> JSONValue {
            c.position(pick([0, 1, 5, 38, 65, 120, 400, -1, 1 << 40]), pick([0, 1, 3, 7, 14, 15, 30, 200, -5, 1 << 33]))
        }
        let chunks = ["", "\n", "指标", "😀", "#", "\"", "“", "{", "}", "30亩", " ", "indicator x target 1个 actual 2个\n", "budget 甲 1万元 {\n", "公倾", ".", "\\"]
        let methods = ["textDocument/hover", "textDocument/inlayHint", "textDocument/completion", "textDocument/definition", "textDocument/references",
                       "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol", "textDocument/formatting", "textDocument/codeAction"]
        var version = 1
        for _ in 0..<600 {
            if rng.next() % 2 == 0 {
                version += 1
                c.change(path, version: version, [["range": ["start": position(), "end": position()], "text": .string(pick(chunks))]])
            } else {
                var params: JSONValue = ["textDocument": c.doc(path), "position": position(), "range": ["start": position(), "end": position()],
                                         "newName": .string(pick(["新", "a b", "", "\"x\"“”", "target"])),
                                         "context": ["includeDeclaration": .bool(rng.next() % 2 == 0), "diagnostics": []], "options": [:]]
                if rng.next() % 20 == 0 { params = pick([.null, [], .int(3), ["textDocument": .int(5)]]) }
                let response = c.request(pick(methods), params)
                #expect(response["result"] != nil || response["error"] != nil)
            }
        }
        // Every edit was read and answered with diagnostics.
        #expect(c.published(path).count == version)
        #expect(c.request("shutdown", .null)["result"] == .null)
    }
}
