/// What reading an Excel table into a script says: a column map's faults, and the table's
/// (a sheet without an indicator table, a cell that is no figure). The fields' keys
/// (执行数, 指标值) are the map's own words, the same in both languages.
public enum TableImportMessage: Sendable, Hashable {
    /// A table's fault, after the place it is at: the sheet and, when known, the cell.
    indirect case located(sheet: String?, cell: Cell?, TableImportMessage)

    /// A cell as the place of a fault: `C4`, its row and its column's letters.
    public struct Cell: Sendable, Hashable {
        public var name: String
        public var row: Int
        public var column: String
        public init(_ name: String, row: Int, column: String) { self.name = name; self.row = row; self.column = column }
    }

    case unknownSection(String)
    case sectionsAre([String])
    case unknownTemplate(String?)
    case writeTemplate([String])
    case notAMapLine
    case mapLineExample
    case beforeAnySection(String)
    case startWithSection
    case listsNoHeader(String)
    case writeAHeader
    case unknownCause(String)
    case causesAre([String])
    case unknownLikelihood(String)
    case likelihoodsAre([String])
    case noSuchField(section: String, key: String)
    case itsFields([String])
    case noTemplate
    case startWithTemplate
    case missingField(String)
    case addField(String)

    case noHeaderRow(names: String)
    case checkTheSheet
    case noIndicatorSheet(names: String)
    case checkTheFile
    case notAFigure(field: String, text: String)
    case writeFigure(FigureKind)
    case formulaFailed(field: String, error: String)
    case correctTheFormula
    case uncomputed(field: String, formula: String)
    case saveInSpreadsheet

    case notAZip(String)
    case saveAsXLSX
    case noWorkbookPart(String, part: String)
    case notAWorkbook
    case missingPart(sheet: String, part: String)
    case partTooLarge(String, bytes: UInt64, limitMB: UInt64)
    case splitTheWorkbook
    case cannotUnpack(String, reason: String)
    case cannotParse(String, problem: String)
    case badCellReference(sheet: String, String)
    case damaged

    /// The lines of `jx import` around the diagnostics.
    case cannotReadMap(String)
    case mapErrors(String, count: Int)
    case cannotReadTable(String)
    case noScriptWritten(String)
    case importerFault(String)
    case sheetLeftOut(String)
    case importsNoFile
    case noShippedMap(String, shipped: [String])

    /// What a cell should hold instead of what it holds.
    public enum FigureKind: Sendable, Hashable {
        case moneyNotPercent, amountExample, amountNotDate, pointsNotPercent, rateExample, numberExample, figureNotDate
        var text: Bilingual {
            switch self {
            case .moneyNotPercent: Bilingual(zh: "应填金额，而不是百分数", en: "an amount of money, not a percent")
            case .amountExample: Bilingual(zh: "应填金额，例如 1200 或 1,200.50", en: "an amount such as 1200 or 1,200.50")
            case .amountNotDate: Bilingual(zh: "应填金额，而不是日期", en: "an amount, not a date")
            case .pointsNotPercent: Bilingual(zh: "应填分值，而不是百分数", en: "a number of points, not a percent")
            case .rateExample: Bilingual(zh: "应填比率，例如 65.33%", en: "a rate such as 65.33%")
            case .numberExample: Bilingual(zh: "应填数字，例如 8.5", en: "a number such as 8.5")
            case .figureNotDate: Bilingual(zh: "应填数字，而不是日期", en: "a figure, not a date")
            }
        }
    }

    public var text: Bilingual {
        switch self {
        case .located(let sheet, let cell, let m): TableImportMessage.place(sheet, cell).map { p in
                Bilingual(zh: p.zh + "：" + m.text.zh, en: p.en + ": " + m.text.en)
            } ?? m.text
        case .unknownSection(let s): Bilingual(zh: "列对应表里没有 \(s) 这一节", en: "unknown section \(s) in the column map")
        case .sectionsAre(let ss): Bilingual(zh: "可用的节有：" + ss.joined(separator: " "), en: "the sections are " + ss.joined(separator: " "))
        case .unknownTemplate(let t):
            Bilingual(zh: t.map { "没有「\($0)」这个模板" } ?? "「模板」后面没有写模板名称", en: "unknown template \(t ?? "(none)")")
        case .writeTemplate(let ts):
            Bilingual(zh: "请写 " + ts.map { "模板 \($0)" }.joined(separator: " 或 "), en: "write 模板 " + ts.joined(separator: " or 模板 "))
        case .notAMapLine: Bilingual(zh: "列对应表的这一行不是「字段 = 表头, 表头」的写法", en: "this line of the column map is not `字段 = 表头, 表头`")
        case .mapLineExample: Bilingual(zh: "例如：执行数 = 1-#月执行数, 执行数", en: "for example: 执行数 = 1-#月执行数, 执行数")
        case .beforeAnySection(let k): Bilingual(zh: "「\(k)」写在了第一个分节之前", en: "\(k) stands before any section")
        case .startWithSection: Bilingual(zh: "字段要写在某一节之下：请先写节名，例如 [指标]", en: "start the fields with a section such as [指标]")
        case .listsNoHeader(let k): Bilingual(zh: "「\(k)」没有列出表头", en: "\(k) lists no header")
        case .writeAHeader: Bilingual(zh: "请在 = 后面至少写一个表头", en: "write at least one header after =")
        case .unknownCause(let k): Bilingual(zh: "「\(k)」不是 jx 认得的偏差原因", en: "\(k) is not a cause of deviation jx knows")
        case .causesAre(let cs): Bilingual(zh: "偏差原因有：" + cs.joined(separator: "、"), en: "the causes are " + cs.joined(separator: "、"))
        case .unknownLikelihood(let k): Bilingual(zh: "「\(k)」不是 jx 认得的可能性", en: "\(k) is not a likelihood jx knows")
        case .likelihoodsAre(let ls): Bilingual(zh: "可能性有：" + ls.joined(separator: "、"), en: "the likelihoods are " + ls.joined(separator: "、"))
        case .noSuchField(let s, let k): Bilingual(zh: "[\(s)] 这一节没有「\(k)」这个字段", en: "[\(s)] has no field \(k)")
        case .itsFields(let fs): Bilingual(zh: "这一节的字段有：" + fs.joined(separator: "、"), en: "its fields are " + fs.joined(separator: "、"))
        case .noTemplate: Bilingual(zh: "列对应表没有写明模板", en: "the column map names no template")
        case .startWithTemplate: Bilingual(zh: "请在开头写 模板 监控表 或 模板 自评表", en: "start it with 模板 监控表 or 模板 自评表")
        case .missingField(let k): Bilingual(zh: "列对应表的 [指标] 一节缺少「\(k)」", en: "the column map has no \(k) under [指标]")
        case .addField(let k): Bilingual(zh: "请加一行，例如 \(k) = \(k)", en: "add a line such as \(k) = \(k)")

        case .noHeaderRow(let n):
            Bilingual(zh: "这个工作表里找不到指标表的表头行（应有 " + (n.contains("、") ? "\(n) 之一" : n) + "，另加两个表头）",
                      en: "no row of this sheet has the indicator table's headers (\(n) and two more)")
        case .checkTheSheet:
            Bilingual(zh: "请确认这个工作表是监控表或自评表；表头与常见格式不同的，请用 --map 文件 给出一份列对应表，写明它的表头",
                      en: "check that the sheet is a monitoring or self-evaluation table, or give a column map of its headers with --map FILE")
        case .noIndicatorSheet(let n):
            Bilingual(zh: "工作簿里没有一个工作表含有指标表（表头行应有 \(n) 和指标值）",
                      en: "no sheet of the workbook has an indicator table (a header row with \(n) and 指标值)")
        case .checkTheFile:
            Bilingual(zh: "请确认这个文件是监控表或自评表；表头与常见格式不同的，请用 --map 文件 给出一份列对应表，写明它的表头",
                      en: "check that the file is a monitoring or self-evaluation table, or give a column map of its headers with --map FILE")
        case .notAFigure(let f, let t): Bilingual(zh: "\(f)「\(t)」不是 jx 能读取的数字", en: "\(f) 「\(t)」 is not a figure jx can read")
        case .writeFigure(let k):
            Bilingual(zh: "单元格里\(k.text.zh)（也可以留空），改好后重新导入", en: "write \(k.text.en) in the cell (or leave it empty), then import again")
        case .formulaFailed(let f, let e): Bilingual(zh: "\(f)的公式在表格中计算出错（\(e)）", en: "\(f) is a formula that failed in the spreadsheet (\(e))")
        case .correctTheFormula: Bilingual(zh: "请改正公式或直接填写数字，然后重新导入", en: "correct the formula or type the figure, then import again")
        case .uncomputed(let f, let formula):
            Bilingual(zh: "\(f)是公式 =\(formula)，文件里没有存下它的计算结果", en: "\(f) is the formula =\(formula), and the file holds no value for it")
        case .saveInSpreadsheet:
            Bilingual(zh: "请用 Excel、WPS 或 LibreOffice 打开这个文件再保存一次（保存时会存下计算结果），或直接填写数字",
                      en: "open the file in Excel, WPS or LibreOffice and save it (that stores the results), or type the figure")

        case .notAZip(let p): Bilingual(zh: "\(p) 不是 .xlsx 工作簿（不是 zip 压缩包）", en: "\(p) is not an .xlsx workbook (not a zip archive)")
        case .saveAsXLSX:
            Bilingual(zh: "请在 Excel、WPS 或 LibreOffice 中另存为 .xlsx（Excel 工作簿）；.xls 或 .et 文件会经由 LibreOffice 转换",
                      en: "save it from Excel, WPS or LibreOffice as .xlsx (Excel 工作簿); an .xls or .et goes through LibreOffice")
        case .noWorkbookPart(let p, let part): Bilingual(zh: "\(p) 里没有工作簿部件（\(part)）", en: "\(p) has no workbook part (\(part))")
        case .notAWorkbook: Bilingual(zh: "它是 zip 压缩包，但不是工作簿：请重新另存为 .xlsx", en: "it is a zip, but not a workbook: save it again as .xlsx")
        case .missingPart(let sh, let part):
            Bilingual(zh: "工作表 \(sh) 指向的部件 \(part) 在文件中不存在", en: "sheet \(sh) names a part \(part) the file does not have")
        case .partTooLarge(let p, let b, let l):
            Bilingual(zh: "\(p) 解压后有 \(b) 字节，超过 jx 读取的上限（\(l) MB）", en: "\(p) would unpack to \(b) bytes, more than jx reads (\(l) MB)")
        case .splitTheWorkbook:
            Bilingual(zh: "请把工作簿拆成几个较小的文件，或核实这个文件确实是表格", en: "split the workbook, or check that it is what it claims to be")
        case .cannotUnpack(let p, let r): Bilingual(zh: "\(p) 无法解压（\(r)）", en: "\(p) cannot be unpacked (\(r))")
        case .cannotParse(let p, let r): Bilingual(zh: "\(p) 无法读取：\(r)", en: "\(p) cannot be read: \(r)")
        case .badCellReference(let sh, let r):
            Bilingual(zh: "工作表 \(sh) 中的单元格引用 \(r) 不是有效的引用", en: "sheet \(sh) has a cell reference \(r) that is not one")
        case .damaged: Bilingual(zh: "文件已损坏：请在表格软件中重新保存", en: "the file is damaged: save it again from the spreadsheet program")

        case .cannotReadMap(let m): Bilingual(zh: "错误：无法读取列对应表 \(m)", en: "error: cannot read the column map \(m)")
        case .mapErrors(let m, let n):
            Bilingual(zh: "\(m)：错误 \(n) 个；没有写出脚本", en: "\(m): \(n) error\(n == 1 ? "" : "s"); no script written")
        case .cannotReadTable(let t): Bilingual(zh: "错误：无法读取 \(t)", en: "error: cannot read \(t)")
        case .noScriptWritten(let t): Bilingual(zh: "\(t)：没有写出脚本", en: "\(t): no script written")
        case .importerFault(let t):
            Bilingual(zh: "错误：由 \(t) 生成的脚本没有通过检查；这是 `jx import` 的缺陷，不是表格的问题：没有写出脚本",
                      en: "error: the script made from \(t) does not check clean; this is a fault of jx import, not of the table: no script written")
        case .sheetLeftOut(let s):
            Bilingual(zh: "注意：工作表 \(s) 中没有指标表，未导入", en: "note: sheet \(s) has no indicator table; it is left out")
        case .importsNoFile: Bilingual(zh: "生成的脚本不导入任何文件", en: "a generated script imports no file")
        case .noShippedMap(let m, let ms):
            Bilingual(zh: "错误：jx 没有自带名为 \(m) 的列对应表；自带的有：" + ms.joined(separator: "、"),
                      en: "error: no shipped column map \(m); they are " + ms.joined(separator: ", "))
        }
    }

    /// `表1!C4（第 4 行，C 列）`, or `工作表 表1` when no cell is known.
    static func place(_ sheet: String?, _ cell: Cell?) -> Bilingual? {
        guard let sheet else { return nil }
        guard let c = cell else { return Bilingual(zh: "工作表 \(sheet)", en: "sheet \(sheet)") }
        return Bilingual(zh: "\(sheet)!\(c.name)（第 \(c.row) 行，\(c.column) 列）", en: "\(sheet)!\(c.name) (row \(c.row), column \(c.column))")
    }
}
