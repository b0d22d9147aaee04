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
        func blankObject(_ b: BlankCells) -> JSON {
            .object([("missing", .array(b.missing.map { .string($0.rawValue) })), ("reason", .string(b.reason.rawValue)), ("text", .string(b.chinese))])
        }
        func blank(_ b: BlankCells?) -> [(String, JSON)] { b.map { [("blank", blankObject($0))] } ?? [] }
        // The same figures written as fields of a row (`JSONFields`).
        func quantity(_ f: inout JSONFields, _ k: StaticString, _ x: Quantity?) {
            f.add(k, orNull: x != nil) { g in
                g.add("value", x?.value.decimalString(maxDecimals: 6))
                g.add("unit", x?.unit.name)
            }
        }
        func number(_ e: Exact?) -> String? { e.map { $0.decimalString(maxDecimals: 2) } }
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
        let budgets: JSON = .objects(r.budgets.count) { k, f in
            let b = r.budgets[k]
            f.add("name", b.name)
            f.add("project", b.project)
            f.add("path", strings: b.path)
            f.add("sources", strings: b.sources)
            quantity(&f, "amount", b.amount)
            quantity(&f, "initial", b.initial)
            quantity(&f, "executed", b.executed)
            quantity(&f, "arrived", b.arrived)
            quantity(&f, "allocated", b.allocated)
            quantity(&f, "expected", b.expected)
            f.add("execution", ReportData.percent(b.execution))
            f.add("arrival", ReportData.percent(b.arrival))
            f.add("expectedExecution", ReportData.percent(b.expectedExecution))
            f.add("light", b.light?.rawValue)
            f.add("lightReason", b.lightMessage)
            f.add("weight", number(b.weight))
            f.add("score", number(b.score))
            f.add("sourceRows", .array(b.sourceRows.map { s in
                .object([("name", .string(s.name)), ("amount", q(s.amount)), ("initial", q(s.initial)), ("arrived", q(s.arrived)),
                         ("executed", q(s.executed)), ("expected", q(s.expected)),
                         ("execution", pct(s.execution)), ("arrival", pct(s.arrival)), ("expectedExecution", pct(s.expectedExecution)),
                         ("statedFigures", stated(s.stated))] + blank(s.blank))
            }))
            f.add("statedFigures", stated(b.stated))
            f.add("spending", .array(b.spends.map { s in
                .object([("name", .string(s.name)), ("amount", q(s.amount)), ("allocatedOnly", .bool(s.isAllocation)), ("note", JSON.str(s.note))])
            }))
            if let bl = b.blank { f.add("blank", blankObject(bl)) }
        }
        let indicators: JSON = .objects(r.indicators.count) { k, f in
            let i = r.indicators[k]
            f.add("name", i.name)
            f.add("project", i.project)
            f.add("path", strings: i.path)
            f.add("level1", i.level1)
            f.add("level2", i.level2)
            f.add("kind", i.kind?.rawValue)
            f.add("target", i.target)
            quantity(&f, "targetValue", i.targetQuantity)
            f.add("actual", i.actual)
            quantity(&f, "actualValue", i.actualQuantity)
            f.add("completion", i.status == .pending ? nil : ReportData.percent(i.completion))
            f.add("status", i.status?.rawValue)
            f.add("light", i.light?.rawValue)
            f.add("lightReason", i.lightMessage)
            f.add("weight", number(i.weight))
            f.add("score", number(i.score))
            f.add("stated", i.stated)
            f.add("statedFigures", stated(i.statedFigures))
            quantity(&f, "expected", i.expected)
            f.add("expectedCompletion", ReportData.percent(i.expectedCompletion))
            f.add("likelihood", i.likelihood)
            f.add("cause", i.cause)
            f.add("note", i.note)
            if let bl = i.blank { f.add("blank", blankObject(bl)) }
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
