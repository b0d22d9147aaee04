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
    var initial: Quantity?
    var expectedExecution: Exact?
    var light: Light?
    var score: Exact?

    init(_ r: BudgetResult?, _ v: Verdict?) {
        execution = r?.execution
        arrival = r?.arrival
        executed = r?.executed
        initial = r?.initial
        expectedExecution = r?.expectedExecution
        light = v?.light
        score = v?.score
    }
}
