import Testing
@testable import JXCore

/// The table → script conversion on cells made in memory: the numbers as a file stores
/// them, the headers as provinces write them, a broken cell.
@Suite struct TableImportTests {
    @Test func excelsSeventeenDigitsComeBackAsTyped() {
        #expect(CellNumber("65.329999999999998")?.significant(15).text() == "65.33")
        #expect(CellNumber("0.30000000000000004")?.significant(15).text() == "0.3")
        #expect(CellNumber("396.18699799999998")?.significant(15).text() == "396.186998")
        #expect(CellNumber("1.2E-3")?.text() == "0.0012")
        #expect(CellNumber("6.5e+2")?.text() == "650")
        #expect(CellNumber("0.98")?.shifted(2).text() == "98")
        #expect(CellNumber("0.65335")?.shifted(2).text(decimals: 2) == "65.34")   // half up
        #expect(CellNumber("0.9")?.shifted(2).text(decimals: 1) == "90.0")
        #expect(CellNumber("99.995")?.text(decimals: 2) == "100.00")
        #expect(CellNumber("-0.5")?.text() == "-0.5")
        #expect(CellNumber("12a") == nil && CellNumber("") == nil && CellNumber("1E99999") == nil)
    }

    @Test func formatsSayPercentDateOrDecimals() {
        #expect(NumberFormat(code: "0%") == .percent(decimals: 0))
        #expect(NumberFormat(code: "0.00%") == .percent(decimals: 2))
        #expect(NumberFormat(code: "#,##0.00_);[Red](#,##0.00)") == .number(decimals: 2))
        #expect(NumberFormat(code: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(NumberFormat(code: "[$-F800]dddd, mmmm dd, yyyy") == .date)
        #expect(NumberFormat(code: "\"得分：\"0.0") == .number(decimals: 1))
        #expect(NumberFormat(code: "General") == .general)
        #expect(NumberFormat.builtIn(10) == "0.00%")
        #expect(DateSerial.civil(44561, date1904: false)! == (2021, 12, 31))
        #expect(DateSerial.civil(59, date1904: false)! == (1900, 2, 28))
        #expect(DateSerial.civil(61, date1904: false)! == (1900, 3, 1))
        #expect(DateSerial.civil(60, date1904: false) == nil)   // Lotus's 1900-02-29
        #expect(DateSerial.civil(0, date1904: true)! == (1904, 1, 1))
    }

    @Test func headersMatchWithoutSpacesUnitsOrWidthAndGiveTheMonth() {
        let h = HeaderText("1－7月\n执行数（万元）")
        #expect(h.key == "1-7月执行数")
        #expect(h.moneyUnit == "万元")
        #expect(h.match(HeaderText("1-#月执行数")) == 7)
        #expect(h.match(HeaderText("执行数")) == nil)
        #expect(HeaderText("年度指标值").match(HeaderText("年度指标值")) == 0)
        #expect(HeaderText("1～12月执行率").match(HeaderText("1-#月执行率")) == 12)
    }

    static func map(_ text: String) -> (ColumnMap?, [Diagnostic]) {
        let r = ColumnMap.read(SourceFile(path: "m.jxmap", text: text), fileID: 0)
        return (r.map, r.diagnostics)
    }

    static let monitoringMap = """
    模板 监控表
    [项目]
    项目名称 = 项目名称
    [预算]
    年初预算数 = 年初预算数
    执行数 = 1-#月执行数
    执行率 = 1-#月执行率
    [预算行]
    总额 = 年度资金总额
    [指标]
    一级指标 = 一级指标
    二级指标 = 二级指标
    三级指标 = 三级指标
    指标值 = 年度指标值
    度量单位 = 度量单位
    实际完成值 = 1-#月执行情况
    """

    @Test func aMapLineItCannotReadIsADiagnosticAtThatLine() {
        let (m, ds) = TableImportTests.map("模板 监控表\n[指标]\n三级指标 = 三级指标\n指标值 = 指标值\n完成率 = 完成率\n[预算]\n执行数\n")
        #expect(m == nil)
        #expect(ds.map(\.code) == ["E-map-field", "E-map-line"])
        let f = SourceFile(path: "m", text: "模板 监控表\n[指标]\n三级指标 = 三级指标\n指标值 = 指标值\n完成率 = 完成率\n[预算]\n执行数\n")
        #expect(ds.first.flatMap { $0.span }.map { f.line(of: $0.start) } == 5)
        #expect(ds.allSatisfy { $0.hint != nil })
        #expect(TableImportTests.map(TableImportTests.monitoringMap).0 != nil)
    }

    /// A sheet of cells: `A1`-style keys; numbers as the file holds them.
    static func sheet(_ cells: [String: TableCell], merges: [String] = []) -> TableSheet {
        var s = TableSheet(name: "表1")
        for (k, v) in cells { s.cells[CellAddress(k)!] = v }
        s.merges = merges.compactMap(CellRange.init)
        return s
    }

    static func text(_ s: String) -> TableCell { TableCell(.text(s)) }
    static func number(_ s: String, _ f: String = "General") -> TableCell { TableCell(.number(s), format: f) }

    static var monitoringSheet: TableSheet {
        sheet([
            "A1": text("项目支出绩效目标执行监控表"),
            "A2": text("项目名称"), "B2": text("示范项目"),
            "B3": text("年初预算数（万元）"), "C3": text("1-6月执行数"), "D3": text("1-6月执行率"),
            "A4": text("年度资金总额"), "B4": number("200"), "C4": number("50"), "D4": number("0.25", "0%"),
            "A6": text("一级指标"), "B6": text("二级指标"), "C6": text("三级指标"), "D6": text("年度指标值"), "E6": text("度量单位"), "F6": text("1-6月执行情况"),
            "A7": text("产出指标"), "B7": text("数量指标"), "C7": text("培训人次"), "D7": number("500"), "E7": text("人次"), "F7": number("200"),
            "C8": text("合格率"), "D8": number("0.98", "0%"), "E8": text("%"), "F8": number("0.9", "0%"),
            "B9": text("时效指标"), "C9": text("完工"), "D9": text("12月31日前完成"), "F9": text("未达监控节点"),
        ], merges: ["A1:F1", "A7:A9", "B7:B8"])
    }

    @Test func mergedLevelsFillDownAndAPercentIsNotScaledTwice() throws {
        let (m, _) = TableImportTests.map(TableImportTests.monitoringMap)
        let out = try TableImporter.convert(TableWorkbook(sheets: [TableImportTests.monitoringSheet]), maps: [try #require(m)], source: "t.xlsx")
        let p = try #require(out.projects.first)
        #expect(p.name == "示范项目" && p.month == 6 && p.title == "项目支出绩效目标执行监控表")
        #expect(p.indicators.map(\.level1) == ["产出指标", "产出指标", "产出指标"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "数量指标", "时效指标"])
        #expect(p.indicators[1].target == .quantity("98%"))     // 0.98 in 0%, beside a 度量单位 of %
        #expect(p.indicators[1].actual == .quantity("90%"))
        #expect(p.indicators[0].target == .quantity("500人次"))
        #expect(p.indicators[2].actual == .pending(nil))
        #expect(p.budgetRows.first?.rate == "25%")
        #expect(out.script.contains("budget 示范项目 200万元"))
        #expect(out.script.contains("stated 执行率 25%"))
        // The script reads back: checked, with no error.
        let bytes = Array(out.script.utf8)
        let ws = Workspace(path: "t.jx", read: { _ in .success(bytes) })
        #expect(ws.diagnostics().filter { $0.severity == .error }.isEmpty, "\(out.script)")
    }

    /// Empty cells are blank, not zero and not pending; a row with only 分值 and 得分 states.
    @Test func emptyCellsAreBlankAndARowWithOnlyAScoreStates() throws {
        var p = ImportedProject(sheet: "自评表", template: .selfEvaluation, name: "示范项目")
        p.year = 2021
        p.month = 12
        p.budgetRows = [ImportedProject.BudgetRow(label: "资金总额", isTotal: true, row: 5, adjusted: "100万元", executed: "90万元")]
        p.indicators = [
            ImportedProject.IndicatorRow(row: 8, level1: "产出指标", level2: "数量指标", name: "培训人次", target: .quantity("≥500人次"), actual: .blank,
                                         weight: "50", score: nil),
            ImportedProject.IndicatorRow(row: 9, level1: "产出指标", level2: "质量指标", name: "物资储备到位", target: .none, actual: .blank,
                                         weight: "40", score: "40"),
        ]
        let script = ScriptWriter(projects: [p], source: "t.xlsx", maps: ["self_evaluation.jxmap"]).script()
        #expect(script.contains("indicator 培训人次 target ≥500人次 actual blank"), "\(script)")
        #expect(script.contains("indicator 物资储备到位 weight 40 stated 得分 40"), "\(script)")
        let bytes = Array(script.utf8)
        let ws = Workspace(path: "t.jx", read: { _ in .success(bytes) })
        let ds = ws.diagnostics()
        #expect(ds.filter { $0.severity == .error }.isEmpty, "\(ds.map(\.message))")
        #expect(ds.contains { $0.code == "W-blank" }, "\(ds.map(\.code))")
        #expect(ds.contains { $0.code == "I-unverifiable" }, "\(ds.map(\.code))")
    }

    @Test func aCellThatIsNoFigureStopsTheImportAtThatCell() throws {
        var s = TableImportTests.monitoringSheet
        s.cells[CellAddress("C4")!] = TableImportTests.text("五十")
        let (m, _) = TableImportTests.map(TableImportTests.monitoringMap)
        #expect(throws: TableError.self) { try TableImporter.convert(TableWorkbook(sheets: [s]), maps: [m!], source: "t.xlsx") }
        do {
            _ = try TableImporter.convert(TableWorkbook(sheets: [s]), maps: [m!], source: "t.xlsx")
        } catch {
            #expect(error.cell == CellAddress("C4") && error.sheet == "表1" && error.code == "E-import-figure")
            #expect(error.rendered().contains("表1!C4（第 4 行，C 列）"))
            #expect(error.rendered(.en).contains("表1!C4 (row 4, column C)"))
        }
        // A formula the file has no value for, where a figure is needed.
        s.cells[CellAddress("C4")!] = TableCell(.empty, formula: "SUM(C5:C6)")
        do {
            _ = try TableImporter.convert(TableWorkbook(sheets: [s]), maps: [m!], source: "t.xlsx")
            Issue.record("an uncomputed amount was accepted")
        } catch {
            #expect(error.code == "E-import-uncomputed" && error.cell == CellAddress("C4"))
        }
    }

    @Test func aSheetWithoutAnIndicatorTableIsLeftOutAndNoneAtAllIsAnError() throws {
        let (m, _) = TableImportTests.map(TableImportTests.monitoringMap)
        let cover = TableSheet(name: "说明", cells: [CellAddress(row: 1, column: 1): TableImportTests.text("填报说明")])
        let out = try TableImporter.convert(TableWorkbook(sheets: [cover, TableImportTests.monitoringSheet]), maps: [m!], source: "t.xlsx")
        #expect(out.skipped == ["说明"])
        #expect(throws: TableError.self) { try TableImporter.convert(TableWorkbook(sheets: [cover]), maps: [m!], source: "t.xlsx") }
    }
}
