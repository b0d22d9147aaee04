/// What every report format is to its callers: the command line, the REPL, the tests and the
/// fuzzer get one from the registry (`ReportFormat`) and call it the same way, so none of
/// them needs to know how a format is made.
public protocol ReportRenderer: Sendable {
    func render(_ r: ReportData) -> String

    /// The report in pieces, for an output that should not hold a large report whole
    /// (JSON streams its rows). The bytes are those of `render`.
    func write(_ r: ReportData, to flush: ([UInt8]) -> Void)

    /// The parts of a package format (an Office document), for a host to zip; nil for a
    /// format that is one text. `render` is then the package as one text (Flat OPC).
    func parts(_ r: ReportData) -> [ReportPart]?
}

extension ReportRenderer {
    /// Most formats are read whole (a page, a document): one piece is all they have.
    public func write(_ r: ReportData, to flush: ([UInt8]) -> Void) {
        flush(Array(render(r).utf8))
    }

    public func parts(_ r: ReportData) -> [ReportPart]? { nil }
}
