/// CSV as RFC 4180 asks: records end with CRLF, a field is quoted when it holds a comma,
/// a double quote, CR or LF, and a quote inside is doubled. UTF-8; the byte order mark that
/// Excel needs to read UTF-8 is the caller's choice (`jx report --bom`).
///
/// A CSV file is one table (a spreadsheet's filters and sorting work on one header row), so
/// the indicators, the budgets and the groups are files apart: `--table indicators` (the
/// default), `--table budgets` or `--table groups`.
///
/// A field a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, as in the target
/// `=0起` or a hostile name) gets a leading `'`, the usual guard against formula injection;
/// negative numbers are left alone.
public struct CSVReport: ReportRenderer {
    public var table: ReportTables.Kind
    public init(table: ReportTables.Kind = .indicators) { self.table = table }

    public func render(_ r: ReportData) -> String {
        let t = ReportTables.table(table, r)
        var out = CSVReport.record(t.header)
        for row in t.rows { out += CSVReport.record(row) }
        return out
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted only when it must be.
    public static func field(_ raw: String) -> String {
        let s = defused(raw)
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return s }
        var out = "\""
        for c in s.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }

    static func defused(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        if first == "-", (try? Exact.parse(String(s.dropFirst()))) != nil { return s }
        return "'" + s
    }
}
