/// JSON Lines (`-f jsonl`): one object a line, a line per budget, per funding source and per
/// indicator, each with its department and project, so that the files of a province's
/// departments load into one table of DuckDB or PostgreSQL and are queried together:
///
///     SELECT department, sum(executed) FROM read_json_auto('*.jsonl')
///     WHERE type = 'budget' AND depth = 0 GROUP BY department;
///
/// Unlike the JSON report (schema 1, figures as exact strings), figures here are JSON
/// numbers with their unit in a field of its own: money in the unit of its budget's 预算数,
/// a target and an actual each in its own unit, rates as percent numbers with two decimals
/// (rounded half up, as shown everywhere), weights and scores with at most two. Each number is written digit for digit from its
/// exact value. A figure that is not there is `null`; `blank` names the cells left blank.
public struct JSONLinesReport: ReportRenderer {
    public init() {}

    public func render(_ r: ReportData) -> String {
        var out = ""
        write(r) { out += String(decoding: $0, as: UTF8.self) }
        return out
    }

    public func write(_ r: ReportData, to flush: ([UInt8]) -> Void) {
        let sink = ByteSink(capacity: 1 << 16)
        func line(_ fields: [(String, JSON)]) {
            JSON.object(fields).write(into: sink, indent: 0, pretty: false)
            sink.append(UInt8(ascii: "\n"))
            if sink.count >= 1 << 20 {
                flush(sink.bytes)
                sink.removeAll()
            }
        }
        let node = JSON.str(r.node), year = r.year.map { JSON.int($0) } ?? .null
        for b in r.budgets {
            let unit = b.amount?.unit
            func money(_ q: Quantity?) -> JSON {
                guard let q else { return .null }
                guard let u = unit, let c = try? q.converted(to: u) else { return JSONLinesReport.number(q.value) }
                return JSONLinesReport.number(c.value)
            }
            let head: [(String, JSON)] = [("department", JSON.str(b.department)), ("project", JSON.str(b.project)),
                                          ("year", year), ("node", node)]
            line([("type", .string("budget"))] + head + [
                ("name", .string(b.name)), ("path", .string(b.path.joined(separator: "/"))), ("depth", .int(b.depth)),
                ("unit", JSON.str(unit?.name)),
                ("initial", money(b.initial)), ("amount", money(b.amount)), ("arrived", money(b.arrived)),
                ("executed", money(b.executed)), ("expected", money(b.expected)), ("allocated", money(b.allocated)),
                ("arrival", JSONLinesReport.percent(b.arrival)), ("execution", JSONLinesReport.percent(b.execution)),
                ("expectedExecution", JSONLinesReport.percent(b.expectedExecution)),
                ("light", JSON.str(b.light?.chinese)), ("weight", JSONLinesReport.points(b.weight)), ("score", JSONLinesReport.points(b.score)),
            ] + JSONLinesReport.statedScore(b.stated) + JSONLinesReport.blank(b.blank))
            for s in b.sourceRows {
                line([("type", .string("source"))] + head + [
                    ("name", .string(s.name)), ("path", .string((b.path + [s.name]).joined(separator: "/"))), ("depth", .int(b.depth + 1)),
                    ("unit", JSON.str(unit?.name)),
                    ("initial", money(s.initial)), ("amount", money(s.amount)), ("arrived", money(s.arrived)),
                    ("executed", money(s.executed)), ("expected", money(s.expected)),
                    ("arrival", JSONLinesReport.percent(s.arrival)), ("execution", JSONLinesReport.percent(s.execution)),
                    ("expectedExecution", JSONLinesReport.percent(s.expectedExecution)),
                ] + JSONLinesReport.blank(s.blank))
            }
        }
        for i in r.indicators {
            line([("type", .string("indicator")), ("department", JSON.str(i.department)), ("project", JSON.str(i.project)),
                  ("year", year), ("node", node),
                  ("name", .string(i.name)), ("path", .string(i.path.joined(separator: "/"))),
                  ("level1", JSON.str(i.level1)), ("level2", JSON.str(i.level2)), ("kind", JSON.str(i.kind?.rawValue)),
                  ("target", JSONLinesReport.number(i.targetQuantity?.value)), ("targetUnit", JSON.str(i.targetQuantity?.unit.name)),
                  ("targetText", .string(i.target)),
                  ("actual", JSONLinesReport.number(i.actualQuantity?.value)), ("actualUnit", JSON.str(i.actualQuantity?.unit.name)),
                  ("actualText", .string(i.actual)),
                  ("completion", i.status == .pending ? .null : JSONLinesReport.percent(i.completion)),
                  ("status", JSON.str(i.status?.rawValue)), ("light", JSON.str(i.light?.chinese)),
                  ("weight", JSONLinesReport.points(i.weight)), ("score", JSONLinesReport.points(i.score)),
                  ("expected", JSONLinesReport.number(i.expected?.value)), ("expectedUnit", JSON.str(i.expected?.unit.name)),
                  ("expectedCompletion", JSONLinesReport.percent(i.expectedCompletion)),
                  ("likelihood", JSON.str(i.likelihood)), ("cause", JSON.str(i.cause))]
                 + JSONLinesReport.statedScore(i.statedFigures) + JSONLinesReport.blank(i.blank))
        }
        flush(sink.bytes)
    }

    /// The figures a row leaves blank (`actual,weight`) and why, so a query can tell a blank
    /// from a zero; null on a row with none.
    static func blank(_ b: BlankCells?) -> [(String, JSON)] {
        [("blank", JSON.str(b.map { $0.missing.map(\.rawValue).joined(separator: ",") })), ("blankReason", JSON.str(b?.reason.rawValue))]
    }

    /// The 得分 the table states beside the computed `score`, and the check's verdict
    /// (agrees, differs, unavailable); null where the table states none.
    static func statedScore(_ figures: [ReportData.StatedFigure]) -> [(String, JSON)] {
        let f = figures.first { $0.member == Member.score.rawValue }
        return [("statedScore", f.map { s in s.value.map { number($0.value) } ?? .null } ?? .null),
                ("statedScoreVerdict", JSON.str(f?.verdict.rawValue))]
    }

    static func number(_ e: Exact?) -> JSON { e.map { .number($0.decimalString(maxDecimals: 6)) } ?? .null }

    /// Weights and scores as the JSON report gives them: at most two decimals.
    static func points(_ e: Exact?) -> JSON { e.map { .number($0.decimalString(maxDecimals: 2)) } ?? .null }

    static func percent(_ e: Exact?) -> JSON { ReportData.percent(e).map { .number($0) } ?? .null }
}
