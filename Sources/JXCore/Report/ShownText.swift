/// How a value is written where a person reads it one at a time (what moved, a hover, a
/// REPL row): rates with two decimals rounded half up,
/// lights and statuses in Chinese, "—" for no value.
public enum ShownText {
    public static let none = "—"
    public static func percent(_ e: Exact?) -> String { ReportData.percent(e).map { $0 + "%" } ?? none }
    public static func score(_ e: Exact?) -> String { e?.decimalString(maxDecimals: 2) ?? none }
    public static func light(_ l: Light?) -> String { l?.chinese ?? none }
    public static func status(_ s: Status?) -> String { s?.chinese ?? "错误" }
    public static func quantity(_ q: Quantity?) -> String { q?.text() ?? none }
    public static func value(_ v: Value?) -> String {
        guard let v else { return none }
        if case .text(let t) = v { return JXSpelling.quoted(t) }
        return v.display
    }
}
