/// The choices a caller may make about a report, for every format at once: a format reads
/// the ones that mean something to it and ignores the rest, so the command line and the
/// REPL pass what they have without asking which format takes what.
public struct ReportOptions: Sendable, Equatable {
    /// Lights in colour (text): only for a terminal that wants it, never in a file.
    public var color: Bool
    /// Decimals of rates in the zh text; the seed uses 0. Kept within 0…6.
    public var decimals: Int
    /// One table of CSV (nil: the indicators) or of Markdown (nil: both).
    public var table: ReportTables.Kind?
    /// The fonts of the Word document (and the PDF made from it).
    public var style: DOCXStyle

    public init(color: Bool = false, decimals: Int = 0, table: ReportTables.Kind? = nil, style: DOCXStyle = DOCXStyle()) {
        self.color = color
        self.decimals = decimals
        self.table = table
        self.style = style
    }
}
