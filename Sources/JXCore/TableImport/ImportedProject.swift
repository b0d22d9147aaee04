/// One sheet read as a project: its header figures, the rows of its funds block and of its
/// indicator table, each figure already in jx's spelling (`1200万元`, `98%`, `≥500人次`)
/// and each with the row it came from, so that what the script says can be traced back.
public struct ImportedProject: Sendable {
    public var sheet: String
    public var template: TableTemplate
    public var title: String?
    public var name: String
    public var department: String?
    public var implementer: String?
    public var year: Int?
    /// The month of the monitoring node (`1-7月执行数`); December for a self-evaluation.
    public var month: Int?
    public var budgetRows: [BudgetRow] = []
    public var indicators: [IndicatorRow] = []
    public var totalScore: Stated?
    /// Rows and cells the script could not carry as figures, said in its comments.
    public var remarks: [String] = []

    public struct Stated: Sendable, Equatable {
        public var text: String
        public var row: Int
    }

    public struct BudgetRow: Sendable {
        public var label: String
        public var isTotal: Bool
        public var row: Int
        public var initial: String?
        public var adjusted: String?
        public var executed: String?
        public var expected: String?
        /// The printed 执行率, to be checked.
        public var rate: String?
        public var weight: String?
        public var score: String?
        /// Stated cells whose formula has no value in the file.
        public var uncomputed: [String] = []
    }

    public enum Target: Sendable, Equatable {
        /// `≥98%`, `15个`, `=0起`: a comparator (maybe none) and a quantity.
        case quantity(String)
        /// `deadline 2021年12月31日`, or the month-day form as written (`12月31日前完成`).
        case deadline(String)
        case qualitative(String)
        case none
    }

    public enum Actual: Sendable, Equatable {
        case quantity(String)
        case done
        /// Not due yet; the words of the table when it gave some.
        case pending(String?)
        case text(String)
        /// An empty cell.
        case blank
    }

    public struct IndicatorRow: Sendable {
        public var row: Int
        public var level1: String?
        public var level2: String?
        public var name: String
        public var target: Target
        public var actual: Actual
        public var expected: Actual = .blank
        public var cause: String?
        public var likelihood: String?
        public var note: String?
        public var weight: String?
        public var score: String?
    }
}

/// A table the importer cannot read: where, what, and what to do. No script is written.
public struct TableError: Error, Sendable, Equatable {
    public var code: String
    /// The sheet at fault; nil when the workbook has none.
    public var sheet: String?
    public var cell: CellAddress?
    public var messageID: TableImportMessage
    public var hintID: TableImportMessage

    public init(_ code: DiagnosticCode, sheet: String?, cell: CellAddress? = nil, _ message: TableImportMessage, hint: TableImportMessage) {
        self.code = code.rawValue
        self.sheet = sheet
        self.cell = cell
        self.messageID = message
        self.hintID = hint
    }

    /// What the table's fault is, in English (tools and older tests read it).
    public var message: String { messageID.text.en }

    /// The fault as a diagnostic, its place before its words: rendered as every other
    /// command's are (`错误[E-import-figure]: 监控表!D9（第 9 行，D 列）：…` and the hint).
    public var diagnostic: Diagnostic {
        Diagnostic(.error, DiagnosticCode.named(code) ?? .import, .tableImport(.located(sheet: sheet, cell: place, messageID)), hint: .tableImport(hintID))
    }

    /// The cell as the catalogue names a place.
    public var place: TableImportMessage.Cell? {
        cell.map { TableImportMessage.Cell($0.description, row: $0.row, column: CellAddress.columnName($0.column)) }
    }

    public func rendered(_ language: Language = .zh) -> String {
        DiagnosticRenderer(language: language).render(diagnostic, sources: SourceMap())
    }
}
