import Testing
@testable import JXCore
import JXTestSupport

/// Loading a script (imports, policies) and its assertions speak from the catalogue
/// (issue 15): each family is matched by its ID and code, and its Chinese holds no English
/// word outside `code`, "quotes" and 「names」.
@Suite struct WorkspaceCatalogueTests {
    /// English words left in a Chinese text: runs of two or more Latin letters outside
    /// `code`, "quotes" and 「」, besides the few that are names of things (jx, MiB, Excel, zip)
    /// and a file name's extension.
    static func englishWords(_ text: String) -> [String] {
        let plain = ownWords(text).replacing(/\.[A-Za-z]+/, with: "")
        let names: Set<String> = ["jx", "MiB", "GiB", "Excel", "WPS", "LibreOffice", "UTF", "GBK", "iconv", "FILE", "map", "zip", "MB", "PDF", "Word", "TMPDIR"]
        return plain.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 2 && !names.contains($0) }
    }

    static func expectChinese(_ ds: [Diagnostic], sourceLocation: SourceLocation = #_sourceLocation) {
        for d in ds {
            #expect(d.messageID != nil, "\(d.code) \(d.message) is not from the catalogue", sourceLocation: sourceLocation)
            #expect(DiagnosticCode.named(d.code) != nil, "\(d.code) has no title", sourceLocation: sourceLocation)
            let zh = d.localized(.zh)
            for t in [zh.message, zh.label, zh.hint].compactMap({ $0 }) {
                #expect(englishWords(t).isEmpty, "English left in \(d.code): \(t)", sourceLocation: sourceLocation)
            }
        }
    }

    static func workspace(_ files: [String: String], main: String = "总.jx") -> Workspace {
        Workspace(path: main, read: { p in
            guard let t = files[p] else { return .failure(.init("没有这个文件或文件夹")) }
            return .success(Array(t.utf8))
        })
    }

    @Test func theCheckFindsAWordNotAName() {
        #expect(Self.englishWords("无法读取 甲.jx：it is gone") == ["it", "is", "gone"])
        #expect(Self.englishWords("在开头写 `import policy 预警`，用 Excel 打开「Budget」").isEmpty)
    }

    @Test func importsThatFailAreInChinese() {
        let ws = Self.workspace([
            "总.jx": "import \"甲.jx\"\nimport \"缺.jx\"\nimport \"表.txt\"\nimport policy 预譬\nimport policy 无此政策\n",
            "甲.jx": "import \"总.jx\"\n",
        ])
        let ds = ws.syntaxDiagnostics
        let ids = ds.compactMap(\.messageID)
        #expect(ids.contains(.workspace(.importsItself("总.jx"))), "\(ids)")
        #expect(ids.contains(.workspace(.cannotRead(path: "缺.jx", reason: .host("没有这个文件或文件夹")))), "\(ids)")
        #expect(ids.contains(.workspace(.onlyScripts("表.txt"))))
        #expect(ids.contains(.workspace(.noPolicy("预譬"))))
        #expect(ids.contains(.workspace(.noPolicy("无此政策"))))
        #expect(ds.first { $0.messageID == .workspace(.noPolicy("预譬")) }?.hintID == .common(.didYouMean("预警")))
        #expect(ds.first { $0.messageID == .workspace(.noPolicy("无此政策")) }?.hintID == .workspace(.shippedPolicies(Policies.builtIn.keys.sorted())))
        #expect(Set(ds.map(\.code)) == ["E-import", "E-import-cycle"])
        Self.expectChinese(ds)
        // The English stays as it was.
        #expect(ds.contains { $0.message == "there is no policy named 无此政策" })
        #expect(ds.contains { $0.message == "cannot import 表.txt: only .jx scripts can be imported" })
    }

    @Test func aRefusedImportCarriesTheHostsReasonAndHint() throws {
        let ws = Workspace(path: "总.jx", read: { _ in .success(Array("import \"外/乙.jx\"\n".utf8)) },
                           admit: { p, _ in p == "外/乙.jx" ? .failure(.init("它不在脚本所在的文件夹之内", hint: "加 --import-path 外")) : .success(p) })
        let d = try #require(ws.syntaxDiagnostics.first)
        #expect(d.messageID == .workspace(.cannotImport(path: "外/乙.jx", reason: "它不在脚本所在的文件夹之内")))
        #expect(d.code == "E-import" && d.localized(.zh).hint == "加 --import-path 外")
        #expect(d.localized(.zh).message == "无法导入 外/乙.jx：它不在脚本所在的文件夹之内")
        // A script past 2 GiB is refused with the catalogue's reason in each language.
        let big = WorkspaceMessage.cannotRead(path: "大.jx", reason: .tooLarge(mib: 2048)).text
        #expect(big.zh == "无法读取 大.jx：它有 2048 MiB；脚本须小于 2 GiB（请拆成几个文件，再用 `import` 导入）")
        #expect(WorkspaceCatalogueTests.englishWords(big.zh).isEmpty)
        #expect(big.en == "cannot read 大.jx: it is 2048 MiB; scripts must be smaller than 2 GiB (split it and import the parts)")
    }

    @Test func theNoPolicyNoteIsInChinese() throws {
        let ws = Fixtures.workspace("report 监控 {\n  year 2021\n  node 2021-06-30\n}\nindicator 甲 target 450亩 actual 30亩\n", path: "t.jx")
        let n = try #require(ws.diagnostics().first { $0.code == DiagnosticCode.noPolicy.rawValue })
        #expect(n.messageID == .workspace(.noPolicyImported) && n.hintID == .workspace(.noPolicyImportedHint))
        Self.expectChinese([n])
    }

    @Test func failingAssertionsAreInChinese() {
        let script = """
        let 甲 = 3万元
        assert 甲 == 4万元 "甲应为四万"
        assert 甲 == 5万元 ± 1亩
        assert "文字"
        assert 1万元 / 0 == 1万元
        scenario 多 {
          甲 = 6万元
          assert 甲 == 7万元
        }

        """
        let ws = Fixtures.workspace(script, path: "t.jx")
        let base: [Diagnostic] = ws.diagnostics().filter { $0.code == "E-assert" }
        let ds: [Diagnostic] = base + ws.scenarioDiagnostics().filter { $0.code == "E-assert" }
        let ids: [Message] = ds.compactMap(\.messageID)
        let mismatch = WorkspaceMessage.assertionFailed(scenario: nil, note: "甲应为四万", outcome: .mismatch(expected: "4万元", found: "3万元"))
        #expect(ids.contains(.workspace(mismatch)), "\(ids)")
        let text = ValueKind.text
        let others: [WorkspaceMessage] = [
            .assertionFailed(scenario: nil, note: nil, outcome: .notEvaluated),
            // Both sides are known, the tolerance is not: what was compared is said.
            .assertionFailed(scenario: nil, note: nil, outcome: .mismatch(expected: "5万元", found: "3万元")),
            .assertionFailed(scenario: nil, note: nil, outcome: .notComparison(text)),
            .assertionFailed(scenario: "多", note: nil, outcome: .mismatch(expected: "7万元", found: "6万元")),
        ]
        for m in others { #expect(ids.contains(.workspace(m)), "\(m) in \(ids)") }
        #expect(ds.count == 5)
        Self.expectChinese(ds)
        let first = ds.first { $0.messageID == .workspace(mismatch) }
        #expect(first?.localized(.zh).message == "断言不成立：甲应为四万；应为 4万元，实为 3万元")
        #expect(first?.message == "assertion failed: 甲应为四万: expected 4万元, found 3万元")
        #expect(first?.labelID == .workspace(.assertionIs("3万元")) && first?.label == "is 3万元")
    }
}
