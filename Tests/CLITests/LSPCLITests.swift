import Foundation
import Testing

/// `jx lsp` as an editor starts it: a process on a pipe, framed messages in and out; and
/// `jx check --format json` for other tools.
@Suite struct LSPCLITests {
    static func frame(_ json: String) -> String { "Content-Length: \(json.utf8.count)\r\n\r\n" + json }

    /// The framed messages of an output, as JSON objects.
    static func messages(_ out: String) throws -> [[String: Any]] {
        var rest = Substring(out)
        var found: [[String: Any]] = []
        while let r = rest.range(of: "\r\n\r\n") {
            let header = rest[..<r.lowerBound]
            guard let n = Int(header.split(separator: ":").last!.trimmingCharacters(in: .whitespaces)) else { break }
            let body = Data(rest[r.upperBound...].utf8.prefix(n))
            found.append(try JSONSerialization.jsonObject(with: body) as! [String: Any])
            rest = Substring(String(decoding: rest[r.upperBound...].utf8.dropFirst(n), as: UTF8.self))
        }
        return found
    }

    @Test func aWholeConversationThroughAPipe() throws {
        let uri = URL(fileURLWithPath: CLI.seed).absoluteString
        let text = try String(contentsOfFile: CLI.seed, encoding: .utf8)
        let textJSON = String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast()
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("新增建设用地报批") }!
        let input = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
            #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"jx","version":1,"text":\#(textJSON)}}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(line),"character":15}}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#,
            #"{"jsonrpc":"2.0","method":"exit"}"#,
        ].map(Self.frame).joined()
        let r = try CLI.run(["lsp"], stdin: input, timeout: 60)
        #expect(r.status == 0)
        let ms = try Self.messages(r.stdout)
        #expect((ms.first?["result"] as? [String: Any])?["capabilities"] != nil)
        let diagnostics = ms.first { $0["method"] as? String == "textDocument/publishDiagnostics" }?["params"] as? [String: Any]
        #expect((diagnostics?["diagnostics"] as? [Any])?.count == 3)
        let hover = ms.first { $0["id"] as? Int == 2 }?["result"] as? [String: Any]
        let value = (hover?["contents"] as? [String: Any])?["value"] as? String
        #expect(value?.contains("6.67%") == true && value?.contains("红灯") == true)
        #expect(ms.contains { $0["id"] as? Int == 3 })
    }

    @Test func theEndOfInputWithoutShutdownExitsOne() throws {
        let r = try CLI.run(["lsp"], stdin: "", timeout: 30)
        #expect(r.status == 1)
    }

    @Test func checkPrintsItsFindingsAsJSON() throws {
        let r = try CLI.run(["check", "--format", "json", CLI.seed])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(obj?["schema"] as? Int == 1)
        let file = (obj?["files"] as? [[String: Any]])?.first
        #expect(file?["warnings"] as? Int == 3)
        let findings = file?["findings"] as? [[String: Any]]
        #expect(findings?.map { $0["line"] as? Int } == [39, 60, 61])
        #expect(findings?.first?["code"] as? String == "W-breakdown")
        // An error exits 1, as jx check does; the replacement a hint proposes is there.
        let f = try CLI.temp("indicator 甲 target 450亩 actual 30亩\nassert 甲.完成绿 == 1%\n")
        let bad = try CLI.run(["check", "--format", "json", f])
        #expect(bad.status == 1)
        let all = ((try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any])?["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]
        let finding = all?.first { $0["code"] as? String == "E-unknown-name" }
        #expect(finding?["replacement"] as? String == "完成率")
        #expect(finding?["column"] as? Int == 10)
    }
}
