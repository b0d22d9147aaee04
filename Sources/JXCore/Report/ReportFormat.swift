/// The registry of report formats, by the name a user types (`jx report -f NAME`,
/// `:report NAME`). It is the one list: the command line, the REPL, their help and Tab
/// completion, the tests and the fuzzer all read it, so a format added here is offered and
/// tested everywhere at once, and no caller can forget one.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, zh, json, jsonl, markdown, csv, html, docx, xlsx, pdf

    public var name: String { rawValue }

    /// One line for the help of each host, in English (the catalogue holds both languages:
    /// `CommandHelpMessage.summary`).
    public var summary: String { CommandHelpMessage.summary(rawValue).en }

    /// Whether `ReportOptions.table` means something to the format, so a host can refuse a
    /// table the format would silently ignore.
    public var choosesTable: Bool { self == .csv || self == .markdown }

    /// Whether the format is a package of parts (an archive a host must zip): with a file
    /// it is written zipped; as text it is the package in one XML document (Flat OPC).
    public var isPackage: Bool { self == .docx || self == .xlsx || self == .pdf }

    /// What LibreOffice turns the zipped package into before it is written (PDF from the
    /// Word document); nil: the package is written as it is. Its text is its package's.
    public var conversion: String? { self == .pdf ? "pdf" : nil }

    /// Whether the format is data for a program (JSON, CSV, HTML) rather than text for
    /// people: its bytes are written as they are, except to a terminal.
    public var isData: Bool { self == .json || self == .jsonl || self == .csv || self == .html }

    public func renderer(_ o: ReportOptions = ReportOptions()) -> any ReportRenderer {
        switch self {
        case .text: ControlEscaped(inner: TextReport(color: o.color), painted: o.color)
        case .zh: ControlEscaped(inner: ChineseReport(decimals: max(0, min(6, o.decimals))), painted: false)
        case .json: JSONReport()
        case .jsonl: JSONLinesReport()
        case .markdown: ControlEscaped(inner: MarkdownReport(only: o.table), painted: false)
        case .csv: CSVReport(table: o.table ?? .indicators)
        case .html: HTMLReport()
        case .docx: DOCXReport(decimals: max(0, min(6, o.decimals)), style: o.style)
        case .xlsx: XLSXReport()
        case .pdf: DOCXReport(decimals: max(0, min(6, o.decimals)), style: o.style)
        }
    }

    public func render(_ r: ReportData, _ o: ReportOptions = ReportOptions()) -> String {
        renderer(o).render(r)
    }

    public static var names: [String] { allCases.map(\.rawValue) }

    /// `text, zh, json, markdown, csv or html`: the names as a sentence says them, for help
    /// and messages that must not fall behind the list.
    public static func spoken(_ formats: [ReportFormat] = allCases, last: String = "or") -> String {
        let names = formats.map(\.rawValue)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(last) " + names[names.count - 1]
    }
}
