import Testing
@testable import JXCore
import JXTestSupport

/// Two declarations of one name at one level are an error that names both places; names
/// told apart only by invisible characters get a warning.
@Suite struct DeclarationChecksTests {
    func lines(_ d: Diagnostic?, _ ws: Workspace) -> [Int] {
        guard let d else { return [] }
        return ([d.span] + d.notes.map(\.span)).compactMap { s in s.flatMap { s in ws.sources[s.file].map { $0.line(of: s.start) } } }
    }

    @Test func twoIndicatorsOfOneNameInOneGroup() {
        let ws = workspace("""
        产出 {
          数量 {
            indicator 甲 target 10个 actual 5个
            indicator 甲 target 10个 actual 6个
          }
        }
        """)
        let ds = ws.diagnostics().filter { $0.code == "E-duplicate" }
        #expect(ds.count == 1)
        #expect(ds.first?.severity == .error)
        #expect(ds.first?.message == "indicator 甲 is declared twice in group 产出/数量")
        #expect(lines(ds.first, ws) == [4, 3], "the second place, then the first as a note")
        #expect(ds.first?.notes.first?.message == "indicator 甲 is first declared here")
    }

    @Test func theSameNameAtDifferentLevelsIsFine() {
        let ws = workspace("""
        产出 {
          数量 {
            indicator 甲 target 10个 actual 5个
          }
          质量 {
            indicator 甲 target 10个 actual 6个
          }
        }
        indicator 甲 target 1个 actual 1个
        budget 年初 10万元 {
          spent 工资 1万元
        }
        budget 追加 5万元 {
          spent 工资 1万元
        }
        """)
        #expect(!ws.diagnostics().contains { $0.code == "E-duplicate" })
    }

    @Test func budgetsGroupsSpendingLinesAndRulesTwice() {
        let ws = workspace("""
        budget 预算 10万元 {
          spent 工资 1万元
          spent 工资 2万元
          budget 子 1万元
          budget 子 2万元
        }
        budget 预算 3万元
        产出 {
          数量 {
            indicator 甲 target 1个 actual 1个
          }
        }
        产出 {
          质量 {
            indicator 乙 target 1个 actual 1个
          }
        }
        rule 规 { info when 1 == 1 }
        rule 规 { info when 1 == 2 }
        """)
        let ds = ws.diagnostics().filter { $0.code == "E-duplicate" }
        #expect(ds.map(\.message) == [
            "spending line 工资 is declared twice in budget 预算",
            "budget 子 is declared twice in budget 预算",
            "budget 预算 is declared twice at the top level",
            "group 产出 is declared twice at the top level",
            "rule 规 is declared twice",
        ])
        #expect(ds.map { lines($0, ws) } == [[3, 2], [5, 4], [7, 1], [13, 8], [19, 18]])
    }

    @Test func topLevelNamesOfImportedFilesAreTheirOwn() {
        let dept = "产出 {\n  数量 {\n    indicator 甲 target 1个 actual 1个\n  }\n}\nbudget 基本支出 1万元\n"
        let ws = workspace("import \"a.jx\"\nimport \"b.jx\"\n", files: ["a.jx": dept, "b.jx": dept])
        #expect(!ws.diagnostics().contains { $0.code == "E-duplicate" })
    }

    @Test func aConstantAndAScenarioTwiceNameTheFirst() {
        let ws = workspace("let 甲 = 1\nlet 甲 = 2\nscenario 情景 { 甲 = 3 }\nscenario 情景 { 甲 = 4 }\n")
        let ds = ws.diagnostics().filter { $0.code == "E-duplicate" }
        #expect(ds.map { lines($0, ws) } == [[2, 1], [4, 3]])
    }

    @Test func everyFormatNamesBothPlaces() {
        let ws = workspace("indicator 甲 target 1个 actual 1个\nindicator 甲 target 1个 actual 2个\n")
        let data = ReportData(workspace: ws)
        let check = DiagnosticRenderer(language: .en).render(data.findings, sources: ws.sources)
        #expect(check.contains("--> test.jx:2:11") && check.contains("= note: indicator 甲 is first declared here\n  --> test.jx:1:11"))
        #expect(DiagnosticRenderer().render(data.findings, sources: ws.sources).contains("指标「甲」第一次在这里声明"))
        #expect(ReportFormat.markdown.render(data).contains("test.jx 第 2 行，另见第 1 行"))
        #expect(ReportFormat.zh.render(data).contains("test.jx 第 2 行，另见第 1 行"))
        #expect(ReportFormat.json.render(data).contains("\"notes\""))
    }

    @Test func namesThatDifferOnlyByInvisibleCharacters() {
        for invisible in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"] {
            let ws = workspace("indicator \"甲\(invisible)乙\" target 1个 actual 1个\nindicator 甲乙 target 1个 actual 1个\n")
            let w = ws.diagnostics().filter { $0.code == "W-invisible-name" }
            #expect(w.count == 1, "U+\(String(invisible.unicodeScalars.first!.value, radix: 16))")
            #expect(w.first?.severity == .warning)
            #expect(w.first?.message.contains("only by characters that do not show") == true)
            #expect(lines(w.first, ws) == [1, 2])
        }
        let ws = workspace("indicator 甲\u{200B} target 1个 actual 1个\nindicator 甲\u{200D} target 1个 actual 1个\n")
        #expect(ws.diagnostics().filter { $0.code == "W-invisible-name" }.map(\.message) == ["甲<U+200D> differs from 甲<U+200B> only by characters that do not show: they are two names"])
        // A name alone, or names that differ in what shows, say nothing.
        #expect(!workspace("indicator 甲\u{200B} target 1个 actual 1个\nindicator 乙 target 1个 actual 1个\n").diagnostics().contains { $0.code == "W-invisible-name" })
        #expect(DeclarationChecks.visible("新增建设用地报批") == nil)
        #expect(DeclarationChecks.visible("甲\u{FEFF}") == "甲")
    }
}
