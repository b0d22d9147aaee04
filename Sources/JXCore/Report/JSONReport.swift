/// The JSON report (schema 1, the contract in design.md): rates are percent strings with
/// two decimals, rounded half up; quantities are exact decimal strings with their unit.
public struct JSONReport: ReportRenderer {
    public init() {}

    public func render(_ r: ReportData) -> String {
        JSONReport.document(r).render() + "\n"
    }

    /// The report written in pieces of about a megabyte (see `JSON.write`): what a large
    /// report streams to its output instead of holding it whole.
    public func write(_ r: ReportData, to flush: ([UInt8]) -> Void) {
        JSONReport.document(r).write(flush: flush)
        flush([0x0A])
    }

    static func document(_ r: ReportData) -> JSON {
        func q(_ x: Quantity?) -> JSON {
            guard let x else { return .null }
            return .object([("value", .string(x.value.decimalString(maxDecimals: 6))), ("unit", .string(x.unit.name))])
        }
        func pct(_ e: Exact?) -> JSON { JSON.str(ReportData.percent(e)) }
        func num(_ e: Exact?) -> JSON { e.map { .string($0.decimalString(maxDecimals: 2)) } ?? .null }
        // What is blank and why, on a row that has a blank cell (absent otherwise).
        func blank(_ b: BlankCells?) -> [(String, JSON)] {
            guard let b else { return [] }
            return [("blank", .object([("missing", .array(b.missing.map { .string($0.rawValue) })), ("reason", .string(b.reason.rawValue)),
                                       ("text", .string(b.chinese))]))]
        }
        // The scores a total (or a group's score) lacks, each named with why.
        func missingScores(_ missing: [MissingScore]) -> JSON {
            .array(missing.map { m in
                .object([("name", .string(m.name)), ("cells", .array(m.cells.map { .string($0.rawValue) })), ("reason", .string(m.reason.rawValue)),
                         ("text", .string(m.chinese))])
            })
        }
        // A total is complete or lacks scores.
        func score(_ total: Exact?, _ rating: String?, _ figures: [ReportData.StatedFigure], _ missing: [MissingScore]) -> JSON {
            .object([("total", num(total)), ("rating", JSON.str(rating)), ("complete", .bool(missing.isEmpty)),
                     ("missing", missingScores(missing)),
                     ("statedFigures", stated(figures))])
        }
        // A computed rate as every rate is given: two decimals, rounded half up.
        func rateOrQuantity(_ x: Quantity?) -> JSON {
            guard let x, x.unit.name == "%" || x.unit.name == "％" else { return q(x) }
            return .object([("value", .string(x.value.rounded(2))), ("unit", .string(x.unit.name))])
        }
        // Each stated figure beside the computed one, and whether they agree at the precision written.
        func stated(_ figures: [ReportData.StatedFigure]) -> JSON {
            .array(figures.map { f in
                .object([("figure", .string(f.member)), ("name", .string(f.what)), ("stated", .string(f.written)),
                         ("statedValue", q(f.value)), ("computed", rateOrQuantity(f.computed)), ("computedAtStatedPrecision", JSON.str(f.computedShown)),
                         ("verdict", .string(f.verdict.rawValue))])
            })
        }
        var report: [(String, JSON)] = [
            ("title", .string(r.title)), ("department", JSON.str(r.department)),
            ("year", r.year.map { .int($0) } ?? .null),
            ("node", JSON.str(r.node)), ("timeProgress", pct(r.timeProgress)),
        ]
        if let s = r.scenario { report.append(("scenario", .string(s))) }
        let budgets: JSON = .rows(r.budgets.count) { k in
            let b = r.budgets[k]
            return .object([
                ("name", .string(b.name)), ("project", JSON.str(b.project)), ("path", .array(b.path.map { .string($0) })),
                ("sources", .array(b.sources.map { .string($0) })),
                ("amount", q(b.amount)), ("initial", q(b.initial)), ("executed", q(b.executed)), ("arrived", q(b.arrived)),
                ("allocated", q(b.allocated)), ("expected", q(b.expected)),
                ("execution", pct(b.execution)), ("arrival", pct(b.arrival)), ("expectedExecution", pct(b.expectedExecution)),
                ("light", JSON.str(b.light?.rawValue)), ("lightReason", JSON.str(b.lightMessage)),
                ("weight", num(b.weight)), ("score", num(b.score)),
                ("sourceRows", .array(b.sourceRows.map { s in
                    .object([("name", .string(s.name)), ("amount", q(s.amount)), ("initial", q(s.initial)), ("arrived", q(s.arrived)),
                             ("executed", q(s.executed)), ("expected", q(s.expected)),
                             ("execution", pct(s.execution)), ("arrival", pct(s.arrival)), ("expectedExecution", pct(s.expectedExecution)),
                             ("statedFigures", stated(s.stated))] + blank(s.blank))
                })),
                ("statedFigures", stated(b.stated)),
                ("spending", .array(b.spends.map { s in
                    .object([("name", .string(s.name)), ("amount", q(s.amount)), ("allocatedOnly", .bool(s.isAllocation)), ("note", JSON.str(s.note))])
                })),
            ] + blank(b.blank))
        }
        let indicators: JSON = .rows(r.indicators.count) { k in
            let i = r.indicators[k]
            return .object([
                ("name", .string(i.name)), ("project", JSON.str(i.project)), ("path", .array(i.path.map { .string($0) })),
                ("level1", JSON.str(i.level1)), ("level2", JSON.str(i.level2)),
                ("kind", JSON.str(i.kind?.rawValue)),
                ("target", .string(i.target)), ("targetValue", q(i.targetQuantity)),
                ("actual", .string(i.actual)), ("actualValue", q(i.actualQuantity)),
                ("completion", i.status == .pending ? .null : pct(i.completion)),
                ("status", JSON.str(i.status?.rawValue)),
                ("light", JSON.str(i.light?.rawValue)), ("lightReason", JSON.str(i.lightMessage)),
                ("weight", num(i.weight)), ("score", num(i.score)),
                ("stated", JSON.str(i.stated)), ("statedFigures", stated(i.statedFigures)),
                ("expected", q(i.expected)), ("expectedCompletion", pct(i.expectedCompletion)),
                ("likelihood", JSON.str(i.likelihood)), ("cause", JSON.str(i.cause)), ("note", JSON.str(i.note)),
            ] + blank(i.blank))
        }
        let groups: [JSON] = r.groups.map { g in
            .object([("name", .string(g.name)), ("project", JSON.str(g.project)), ("path", .array(g.path.map { .string($0) })), ("level", .int(g.level)),
                     ("light", JSON.str(g.light?.rawValue)), ("weight", num(g.weight)), ("score", num(g.score)),
                     ("complete", .bool(g.missing.isEmpty)), ("missing", missingScores(g.missing)), ("statedFigures", stated(g.stated))])
        }
        let findings = JSONReport.findings(r.findings, sources: r.sources)
        func declaredCounts(_ counts: [(level: Int, declared: Int, listed: Int)]) -> JSON {
            .array(counts.map { d in .object([("level", .int(d.level)), ("declared", .int(d.declared)), ("listed", .int(d.listed))]) })
        }
        // Each project's own light, total and grade; its rows above carry its name.
        let projects: [JSON] = r.projects.map { p in
            .object([("name", .string(p.name)), ("light", JSON.str(p.light?.rawValue)),
                     ("score", score(p.totalScore, p.rating, p.stated, p.missing)),
                     ("declared", declaredCounts(p.declared))])
        }
        let root: JSON = .object([
            ("schema", .int(1)),
            ("report", .object(report)),
            ("budgets", budgets),
            ("indicators", indicators),
            ("groups", .array(groups)),
            ("projects", .array(projects)),
            ("declared", declaredCounts(r.declared)),
            ("score", score(r.totalScore, r.rating, r.totalStated, r.totalMissing)),
            ("findings", findings),
            ("asserts", .object([("passed", .int(r.assertsPassed)), ("failed", .int(r.assertsFailed))])),
        ])
        return root
    }

    /// The findings as the report lists them: severity, code, message, hint and place
    /// (file, line, column counted in characters), and the other places each names. Also
    /// what `jx check --format json` prints.
    public static func findings(_ ds: [Diagnostic], sources: SourceMap) -> JSON {
        .rows(ds.count) { k in
            let d = ds[k]
            func place(_ span: Span?) -> [(String, JSON)] {
                var loc: (String, Int, Int)? = nil
                if let s = span, let f = sources[s.file] { loc = (f.path, f.line(of: s.start), f.column(of: s.start)) }
                return [("file", JSON.str(loc?.0)), ("line", loc.map { .int($0.1) } ?? .null), ("column", loc.map { .int($0.2) } ?? .null)]
            }
            var fields: [(String, JSON)] = [
                ("severity", .string(d.severity.rawValue)), ("code", .string(d.code)), ("message", .string(d.message)),
                ("hint", JSON.str(d.hint)),
            ] + place(d.span)
            // The other places it names (where a name was first declared), only when there are.
            if !d.notes.isEmpty { fields.append(("notes", .array(d.notes.map { n in .object([("message", .string(n.message))] + place(n.span)) }))) }
            // What a "did you mean" proposes, for a tool that applies it; only when there is.
            if let r = d.replacement { fields.append(("replacement", .string(r))) }
            return .object(fields)
        }
    }
}
