/// What the REPL shows of an indicator or a budget: the values whose moves it reports.
struct IndicatorShown: Equatable {
    var completion: Exact?
    var status: Status?
    var light: Light?
    var score: Exact?
    /// The group it sits in (for the group totals), kept here because an indicator
    /// removed by undo is no longer in the model when its move is shown.
    var group: Int?

    init(_ r: IndicatorResult?, _ v: Verdict?, group: Int?) {
        completion = r?.status == .pending ? nil : r?.completion
        status = r?.status
        light = v?.light
        score = v?.score
        self.group = group
    }
}

struct BudgetShown: Equatable {
    var execution: Exact?
    var arrival: Exact?
    var executed: Quantity?
    var light: Light?
    var score: Exact?

    init(_ r: BudgetResult?, _ v: Verdict?) {
        execution = r?.execution
        arrival = r?.arrival
        executed = r?.executed
        light = v?.light
        score = v?.score
    }
}

/// How values are written in what-moved lines: rates with two decimals rounded half up,
/// lights and statuses in Chinese, "—" for no value.
enum ShownText {
    static let none = "—"
    static func percent(_ e: Exact?) -> String { ReportData.percent(e).map { $0 + "%" } ?? none }
    static func score(_ e: Exact?) -> String { e?.decimalString(maxDecimals: 2) ?? none }
    static func light(_ l: Light?) -> String { l?.chinese ?? none }
    static func status(_ s: Status?) -> String { s?.chinese ?? "错误" }
    static func quantity(_ q: Quantity?) -> String { q?.text() ?? none }
    static func value(_ v: Value?) -> String {
        guard let v else { return none }
        if case .text(let t) = v { return SessionText.quote(t) }
        return v.display
    }
}
