import Testing
@testable import JXCore

/// `jx import`'s column maps and tables speak from the catalogue (issue 15): each fault is
/// matched by its ID and code, and its Chinese holds no English word.
@Suite struct TableImportCatalogueTests {
    static func expectChinese(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for t in texts {
            #expect(WorkspaceCatalogueTests.englishWords(t).isEmpty, "English left: \(t)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyFaultOfAColumnMapIsInChinese() {
        let text = """
        [指标]
        三级指标 = 三级指标
        模板 年报表
        [附表]
        [偏差原因]
        天气 = 天气原因
        [可能性]
        也许 = 也许
        [指标]
        完成率 = 完成率
        指标值 =
        这一行没有等号

        """
        let (m, ds) = TableImportTests.map("三级指标 = 三级指标\n" + text)
        #expect(m == nil)
        let ids = ds.compactMap(\.messageID)
        let want: [TableImportMessage] = [
            .beforeAnySection("三级指标"), .unknownTemplate("年报表"), .unknownSection("[附表]"), .unknownCause("天气"),
            .unknownLikelihood("也许"), .noSuchField(section: "指标", key: "完成率"), .listsNoHeader("指标值"), .notAMapLine,
            .noTemplate, .missingField("指标值"),
        ]
        for w in want { #expect(ids.contains(.tableImport(w)), "\(w) in \(ids)") }
        #expect(Set(ds.map(\.code)) == ["E-map-section", "E-map-template", "E-map-field", "E-map-line"])
        #expect(ds.first { $0.messageID == .tableImport(.unknownCause("天气")) }?.hintID == .tableImport(.causesAre(TableField.causes)))
        #expect(TableImportTests.map("模板\n[指标]\n三级指标 = 三级指标\n指标值 = 指标值\n").1.compactMap(\.messageID) == [.tableImport(.unknownTemplate(nil)), .tableImport(.noTemplate)])
        WorkspaceCatalogueTests.expectChinese(ds)
        // The English stays as it was.
        #expect(ds.contains { $0.message == "[指标] has no field 完成率" && $0.hint?.hasPrefix("its fields are ") == true })
    }

    static func fault(_ edit: (inout TableSheet) -> Void) throws -> TableError? {
        var s = TableImportTests.monitoringSheet
        edit(&s)
        let m = try #require(TableImportTests.map(TableImportTests.monitoringMap).0)
        do {
            _ = try TableImporter.convert(TableWorkbook(sheets: [s]), maps: [m], source: "t.xlsx")
            return nil
        } catch {
            return error
        }
    }

    @Test func everyFaultOfATableIsInChinese() throws {
        let c4 = CellAddress("C4")!, d4 = CellAddress("D4")!
        let faults = [
            try Self.fault { $0.cells[c4] = TableImportTests.text("五十") },
            try Self.fault { $0.cells[c4] = TableImportTests.number("0.5", "0%") },
            try Self.fault { $0.cells[c4] = TableCell(.error("#N/A")) },
            try Self.fault { $0.cells[c4] = TableCell(.empty, formula: "C5+C6") },
            try Self.fault { $0.cells[d4] = TableImportTests.text("四分之一") },
        ].compactMap { $0 }
        #expect(faults.map(\.messageID) == [
            .notAFigure(field: "执行数", text: "五十"), .notAFigure(field: "执行数", text: "50%"), .formulaFailed(field: "执行数", error: "#N/A"),
            .uncomputed(field: "执行数", formula: "C5+C6"), .notAFigure(field: "执行率", text: "四分之一"),
        ])
        #expect(faults.map(\.hintID) == [.writeFigure(.amountExample), .writeFigure(.moneyNotPercent), .correctTheFormula, .saveInSpreadsheet,
                                         .writeFigure(.rateExample)])
        #expect(faults.map(\.code) == ["E-import-figure", "E-import-figure", "E-import-formula-error", "E-import-uncomputed", "E-import-figure"])
        let m = try #require(TableImportTests.map(TableImportTests.monitoringMap).0)
        let cover = TableSheet(name: "说明", cells: [CellAddress(row: 1, column: 1): TableImportTests.text("填报说明")])
        var none: TableError?
        do { _ = try TableImporter.convert(TableWorkbook(sheets: [cover]), maps: [m], source: "t.xlsx") } catch { none = error }
        let noSheet = try #require(none)
        #expect(noSheet.messageID == .noIndicatorSheet(names: "三级指标") && noSheet.code == "E-import-no-header" && noSheet.cell == nil)
        for f in faults + [noSheet] {
            let d = f.diagnostic
            #expect(d.code == f.code && d.messageID == .tableImport(.located(sheet: f.sheet, cell: f.place, f.messageID)))
            WorkspaceCatalogueTests.expectChinese([d])
        }
        // Rendered as every command's diagnostics are, with the place before the words.
        #expect(faults[0].rendered() == "错误[E-import-figure]: 表1!C4（第 4 行，C 列）：执行数「五十」不是 jx 能读取的数字\n"
            + "  = 提示: 单元格里应填金额，例如 1200 或 1,200.50（也可以留空），改好后重新导入\n")
        #expect(faults[0].rendered(.en) == "error[E-import-figure]: 表1!C4 (row 4, column C): 执行数 「五十」 is not a figure jx can read\n"
            + "  = hint: write an amount such as 1200 or 1,200.50 in the cell (or leave it empty), then import again\n")
        #expect(noSheet.rendered().hasPrefix("错误[E-import-no-header]: 工作表 说明：工作簿里没有"))
    }

    /// The workbook's own faults (made by jx-office's reader), the sheet's without an
    /// indicator table and `jx import`'s own lines: their texts, each in Chinese.
    @Test func theWorkbooksFaultsAreInChinese() {
        let all: [TableImportMessage] = [
            .notAZip("表.xlsx"), .saveAsXLSX, .noWorkbookPart("表.xlsx", part: "部件/工作簿.xml"), .notAWorkbook,
            .missingPart(sheet: "表1", part: "部件/表1.xml"), .partTooLarge("表.xlsx", bytes: 600_000_000, limitMB: 512),
            .splitTheWorkbook, .cannotUnpack("表.xlsx", reason: "校验和不符"), .cannotParse("表.xlsx", problem: "第 3 行"),
            .badCellReference(sheet: "表1", "A0"), .damaged, .noHeaderRow(names: "三级指标"), .checkTheSheet, .checkTheFile,
            .cannotReadMap("我的.jxmap"), .mapErrors("我的.jxmap", count: 2), .cannotReadTable("表.xlsx"), .noScriptWritten("表.xlsx"),
            .importerFault("表.xlsx"), .sheetLeftOut("说明"), .importsNoFile, .noShippedMap("年报", shipped: ["监控", "自评"]),
        ]
        Self.expectChinese(all.map(\.text.zh))
        for m in all { #expect(!m.text.en.isEmpty && m.text.en != m.text.zh, "\(m)") }
        #expect(DiagnosticCode.named("E-import-file") == .importFile)
        // LibreOffice's refusals, which `jx import` of an .xls says (and `jx report -f pdf`).
        let office: [FileMessage] = [
            .officeMissing(pdf: true, format: "pdf"), .officeMissing(pdf: false, format: "表"), .officeMissingHint(pdf: true), .officeMissingHint(pdf: false),
            .noTemporaryFolder("磁盘已满"), .checkTMPDIR, .officeDidNotStart("/路径/办公软件", reason: "没有权限"), .checkOfficeInstallation,
            .officeTimedOut("表.xls", seconds: 180), .convertByHand, .officeCannotConvert("表.xls", to: "表"), .openToSeeIfDamaged,
            .partsNotFramed, .archiveFailed("磁盘已满"), .noFolderForOffice("磁盘已满"), .cannotReadConverted, .workerRunByJX,
        ]
        Self.expectChinese(office.map(\.text.zh))
    }
}
