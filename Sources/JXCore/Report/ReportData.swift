/// Everything a report shows, computed once from the evaluator; every renderer (text, zh,
/// JSON, Markdown, CSV, HTML) reads this and nothing else.
public struct ReportData: Sendable {
    public struct BudgetRow: Sendable {
        public var index: Int
        public var name: String
        public var path: [String]
        public var depth: Int
        public var sources: [String]
        public var amount: Quantity?
        public var executed: Quantity?
        public var arrived: Quantity?
        public var allocated: Quantity?
        public var execution: Exact?
        public var arrival: Exact?
        public var light: Light?
        public var lightMessage: String?
        public var score: Exact?
        public var spends: [(name: String, amount: Quantity?, note: String?, isAllocation: Bool)]
        public var notes: [String]
        /// The amount of each funding source, parallel to `sources` (nil where none is given).
        public var sourceAmounts: [Quantity?] = []
        /// The figures the report itself states for this budget (`stated 执行数 441.3万元`), so
        /// a renderer can show a computed figure at the precision the report wrote it.
        public var stated: [StatedFigure] = []
        /// The project the budget belongs to; nil for the department's own.
        public var project: String?
        /// Which project, when two (of two departments' files) share a name.
        public var projectIndex: Int?
        /// The department whose file declares it (a roll-up's rows are several departments').
        public var department: String?
        /// 年初预算数 beside the adjusted amount (`amount`), which the rates divide by.
        public var initial: Quantity?
        /// 全年预计执行数 and 预计执行率.
        public var expected: Quantity?
        public var expectedExecution: Exact?
        /// 分值: given, or the share of the scoring policy's 预算执行权重.
        public var weight: Exact?
        /// The funding sources that have a row of figures (其中：财政资金 …), in order.
        public var sourceRows: [SourceRow] = []
        /// Its blank figures and why (nil: none is blank).
        public var blank: BlankCells?
    }

    /// A funding source's row under its budget (其中：财政资金 …).
    public struct SourceRow: Sendable {
        public var name: String
        public var amount: Quantity?
        public var initial: Quantity?
        public var arrived: Quantity?
        public var executed: Quantity?
        public var expected: Quantity?
        public var execution: Exact?
        public var arrival: Exact?
        public var expectedExecution: Exact?
        public var notes: [String]
        public var stated: [StatedFigure]
        public var blank: BlankCells? = nil
    }

    /// A figure as the report states it, beside the computed one: which value (a `Member`
    /// raw value such as `executed` or `execution`, or `totalScore`), the number, how many
    /// decimals it was written with, and the check's verdict.
    public struct StatedFigure: Sendable {
        public var member: String
        /// nil: the table leaves the cell blank (`stated 得分 blank`).
        public var value: Quantity?
        public var decimals: Int
        /// As the script writes it: `26%`.
        public var written: String = ""
        /// Its name in the report's words: 执行率.
        public var what: String = ""
        /// The computed figure in the stated unit (nil when it cannot be computed).
        public var computed: Quantity?
        /// The computed figure at the stated precision: `27%`.
        public var computedShown: String?
        public var verdict: StatedCheck.Verdict = .unavailable
    }

    public struct IndicatorRow: Sendable {
        public var index: Int
        public var name: String
        public var path: [String]
        public var level1: String?
        public var level2: String?
        public var kind: IndicatorKind?
        public var target: String
        public var targetQuantity: Quantity?
        public var actual: String
        public var actualQuantity: Quantity?
        public var completion: Exact?
        public var status: Status?
        public var light: Light?
        public var lightMessage: String?
        public var weight: Exact?
        public var score: Exact?
        public var expected: Quantity?
        /// 全年预计 as the script writes it (`2.4万亩`, `"明显改善"`, `done`); nil when the
        /// script gives none and `expected` is jx's forecast.
        public var expectedWritten: String?
        public var expectedCompletion: Exact?
        public var likelihood: String?
        public var cause: String?
        public var note: String?
        public var stated: String?
        /// Every figure it states, each beside the computed one.
        public var statedFigures: [StatedFigure] = []
        /// Whether the indicator is judged against the time progress (a cumulative quantity,
        /// a deadline) rather than against its whole target (a rate such as 合格率).
        public var prorated = false
        /// The project the indicator belongs to (its path starts below it); nil for the
        /// department's own.
        public var project: String?
        public var projectIndex: Int?
        public var department: String?
        /// Its blank cells and why (nil: none is blank).
        public var blank: BlankCells?
    }

    public struct GroupRow: Sendable {
        public var name: String
        public var path: [String]
        public var level: Int
        public var light: Light?
        public var weight: Exact?
        public var score: Exact?
        public var indicatorCount: Int
        /// The project the group sits in (its path starts below it).
        public var project: String?
        public var projectIndex: Int?
        /// The figures the report states for the group (得分, 权重).
        public var stated: [StatedFigure] = []
        /// The scores its score lacks (a blank, a pending row at the year's end): incomplete.
        public var missing: [MissingScore] = []
    }

    /// A project's own light, score and grade, and what it declares.
    public struct ProjectSummary: Sendable {
        public var name: String
        /// The project's place in the model, which the rows above name too.
        public var index: Int
        /// The file it is written in, where another file has a project of the same name (a
        /// county's departments may each have their 高标准农田).
        public var file: String?
        public var light: Light?
        public var totalScore: Exact?
        public var rating: String?
        public var declared: [(level: Int, declared: Int, listed: Int)] = []
        /// The 总分 its table states, beside the computed one.
        public var stated: [StatedFigure] = []
        /// The scores its 总分 lacks: incomplete when any.
        public var missing: [MissingScore] = []
    }

    public var title: String
    public var department: String?
    public var year: Int?
    public var node: String?
    public var timeProgress: Exact?
    public var budgets: [BudgetRow] = []
    public var indicators: [IndicatorRow] = []
    public var groups: [GroupRow] = []
    /// The projects, in the order written: every row above names the one it belongs to.
    public var projects: [ProjectSummary] = []
    /// The project this reading is of, when it is one part of a department's (`only(_:)`).
    public var project: String?
    public var findings: [Diagnostic] = []
    public var assertsPassed = 0
    public var assertsFailed = 0
    public var totalScore: Exact?
    /// 总分 as the report states it, beside the computed one.
    public var totalStated: [StatedFigure] = []
    public var rating: String?
    /// The scores `totalScore` lacks: incomplete when any.
    public var totalMissing: [MissingScore] = []
    public var declared: [(level: Int, declared: Int, listed: Int)] = []
    public var scenario: String?
    public var sources: SourceMap

    /// `asserts`: the script's assertions as they ran for `findings` (the base model's, not a
    /// scenario's), so that they are not run again to be counted.
    public init(workspace ws: Workspace, evaluator ev: Evaluator? = nil, scenario: String? = nil, findings: [Diagnostic]? = nil, asserts: [AssertResult]? = nil) {
        let ev = ev ?? ws.evaluator
        let m = ev.model
        sources = ws.sources
        self.scenario = scenario
        title = m.report.title.isEmpty ? (m.report.department ?? "绩效监控报告") : m.report.title
        department = m.report.department
        year = m.report.year
        if let n = m.report.node {
            let y = n.year ?? m.report.year
            node = (y.map { "\($0)-" } ?? "") + ReportData.two(n.month) + "-" + ReportData.two(n.day)
        }
        timeProgress = ev.timeProgress()
        func projectName(_ p: Int?) -> String? { p.map { m.groups[$0].name.text } }
        func departmentOf(_ span: Span) -> String? { m.report.departments[span.file] ?? m.report.department }
        // One reading of an evaluation that does not change meanwhile: each weight and score
        // computed once (an indicator's weight read its siblings' for every indicator).
        let judgement = Judgement(memoizing: ev)
        for (i, b) in m.budgets.enumerated() {
            let r = ev.budget(i)
            let v = ev.verdict(.budget(i))
            budgets.append(BudgetRow(
                index: i, name: b.name.text, path: b.path, depth: b.path.count - 1, sources: b.sources.map(\.name.text),
                amount: r?.amount, executed: r?.executed, arrived: r?.arrived, allocated: r?.allocated,
                execution: r?.execution, arrival: r?.arrival, light: v.light, lightMessage: ev.lightMessage(of: .budget(i)), score: v.score,
                spends: (b.spends + b.allocations).map { (m.spends[$0].name.text, ev.spend($0), m.spends[$0].note, m.spends[$0].isAllocation) },
                notes: b.notes))
            var row = budgets.removeLast()
            row.project = projectName(b.project)
            row.projectIndex = b.project
            row.department = departmentOf(b.name.span)
            let sources = r?.sources ?? []
            row.sourceAmounts = b.sources.indices.map { k in k < sources.count ? sources[k].amount : nil }
            row.stated = b.stated.compactMap { c in
                ReportData.stated(c, judgement.computedFigure(.budget(i), c), judgement, ev)
            }
            row.initial = r?.initial
            row.expected = r?.expected
            row.expectedExecution = r?.expectedExecution
            row.weight = judgement.budgetWeight(i)
            row.blank = BlankCells.of(budget: r?.blank ?? [], noSpending: r?.noSpending ?? false, weightBlank: b.weight?.containsBlank == true)
            for (k, source) in b.sources.enumerated() where source.hasFigures && k < sources.count {
                let sr = sources[k]
                row.sourceRows.append(SourceRow(
                    name: source.name.text, amount: sr.amount, initial: sr.initial, arrived: sr.arrived, executed: sr.executed, expected: sr.expected,
                    execution: sr.execution, arrival: sr.arrival, expectedExecution: sr.expectedExecution, notes: source.notes,
                    stated: source.stated.compactMap { c in
                        ReportData.stated(c, c.member.flatMap { Member.named($0.text) }.flatMap { ev.sourceFigure(sr, $0) }, judgement, ev)
                    }, blank: BlankCells.of(budget: sr.blank, noSpending: false, weightBlank: false)))
            }
            budgets.append(row)
        }
        for (i, ind) in m.indicators.enumerated() {
            let r = ev.indicator(i)
            let v = ev.verdict(.indicator(i))
            let stated = ind.decl.stated.first { $0.member == nil || Member.named($0.member!.text) == .completion }
            let expected = ev.expected(i)
            let expectedCompletion = ev.expectedCompletion(i, expected: expected)
            let project = m.project(of: .indicator(i))
            indicators.append(IndicatorRow(
                index: i, name: ind.decl.name.text, path: project == nil ? ind.path : Array(ind.path.dropFirst()), level1: ind.level1, level2: ind.level2,
                // An indicator that cannot be computed still shows what was written for it.
                // A row that only states its score has no kind: nothing was measured.
                kind: r?.status == .unverifiable ? nil : r?.kind, target: r?.targetText ?? ReportData.writtenTarget(ind.decl, ev) ?? "", targetQuantity: r?.target,
                actual: r?.actualText ?? Evaluator.actualSpan(ind.decl).map { ev.sourceText($0) } ?? "", actualQuantity: r?.actual,
                completion: r?.completion, status: r?.status,
                light: v.light, lightMessage: ev.lightMessage(of: .indicator(i)), weight: judgement.indicatorWeight(i), score: v.score,
                expected: expected, expectedCompletion: expectedCompletion, likelihood: ev.likelihood(i, expectedCompletion: expectedCompletion),
                cause: ind.decl.cause?.text, note: ind.decl.note,
                stated: stated.map { $0.value == nil ? Evaluator.blankText : ev.sourceText($0.valueSpan) }))
            if let r { indicators[indicators.count - 1].prorated = ev.isProrated(i, r) }
            indicators[indicators.count - 1].project = projectName(project)
            indicators[indicators.count - 1].projectIndex = project
            indicators[indicators.count - 1].department = departmentOf(ind.decl.name.span)
            switch ind.decl.expected {
            case .value(let x)?: indicators[indicators.count - 1].expectedWritten = ev.sourceText(x.span)
            case .done?: indicators[indicators.count - 1].expectedWritten = "done"
            default: break
            }
            indicators[indicators.count - 1].blank = BlankCells.of(indicator: r, weightBlank: ind.decl.weight?.containsBlank == true)
            if ind.decl.hasStated {
                indicators[indicators.count - 1].statedFigures = ind.decl.stated.compactMap { c in
                    var f = ReportData.stated(c, judgement.computedFigure(.indicator(i), c), judgement, ev, defaultMember: .completion)
                    // A row that only states its score is not checked by its own figure.
                    if r?.status == .unverifiable, f?.verdict == .agrees { f?.verdict = .unverifiable; f?.computed = nil; f?.computedShown = nil }
                    return f
                }
            }
        }
        for (g, node) in m.groups.enumerated() where !node.isProject {
            var path: [String] = [node.name.text]
            var p = node.parent
            while let q = p, !m.groups[q].isProject { path.insert(m.groups[q].name.text, at: 0); p = m.groups[q].parent }
            var row = GroupRow(name: node.name.text, path: path, level: node.level, light: judgement.groupLight(g),
                               weight: judgement.groupWeight(g), score: judgement.groupScore(g), indicatorCount: node.indicators.count,
                               stated: node.stated.compactMap { c in ReportData.stated(c, judgement.computedFigure(.group(g), c), judgement, ev) })
            row.projectIndex = m.project(ofGroup: g)
            row.project = projectName(row.projectIndex)
            row.missing = judgement.missingScores(group: g)
            row.stated = ReportData.lacking(row.stated, row.missing)
            groups.append(row)
        }
        totalScore = judgement.totalScore()
        totalStated = m.report.stated.compactMap { c in
            ReportData.stated(c, judgement.totalFigure(), judgement, ev, member: "totalScore")
        }
        totalMissing = judgement.missingScores()
        totalStated = ReportData.lacking(totalStated, totalMissing)
        // An incomplete total has no grade: it would be the grade of a sum without its blanks.
        rating = totalMissing.isEmpty ? totalScore.map { judgement.rating($0) } : nil
        let counted = ev.declaredListedCounts()
        func listed(_ k: Int) -> (level: Int, declared: Int, listed: Int) {
            let d = m.declared[k], counts = counted[k]
            return (d.level, d.count, d.level == 1 ? counts.level1 : d.level == 2 ? counts.level2 : counts.level3)
        }
        var declaredIn: [Int: [Int]] = [:]
        for k in m.declared.indices {
            if let p = m.declared[k].project { declaredIn[p, default: []].append(k) } else { declared.append(listed(k)) }
        }
        var projectsNamed: [String: Int] = [:]
        for p in m.projects { projectsNamed[m.groups[p].name.text, default: 0] += 1 }
        for p in m.projects {
            let total = judgement.totalScore(project: p)
            let missing = judgement.missingScores(project: p)
            let name = m.groups[p].name.text
            let shared = projectsNamed[name, default: 0] > 1
            let file = shared ? ws.sources[m.groups[p].name.span.file].map { String($0.path.split(separator: "/").last ?? "") } : nil
            projects.append(ProjectSummary(name: name, index: p, file: file, light: judgement.projectLight(p), totalScore: total,
                                           rating: missing.isEmpty ? total.map { judgement.rating($0) } : nil,
                                           declared: (declaredIn[p] ?? []).map(listed),
                                           stated: ReportData.lacking(m.groups[p].stated.compactMap { c in
                                               ReportData.stated(c, judgement.totalFigure(project: p), judgement, ev, member: "totalScore")
                                           }, missing), missing: missing))
        }
        let results = (scenario == nil ? asserts : nil) ?? AssertRunner(evaluator: ev).run(scenario: scenario)
        assertsPassed = results.filter(\.passed).count
        assertsFailed = results.count - assertsPassed
        self.findings = findings ?? ws.diagnostics()
    }

    /// A stated figure beside the computed one `f`, with the check's verdict; nil when it
    /// names no figure (that is an error of its own). Points (`8.5分`) compare as numbers.
    static func stated(_ c: StatedClaim, _ f: ComputedFigure?, _ j: Judgement, _ ev: Evaluator,
                       member: String? = nil, defaultMember: Member? = nil) -> StatedFigure? {
        guard let f, let name = member ?? (c.member.flatMap { Member.named($0.text) } ?? (c.member == nil ? defaultMember : nil))?.rawValue else { return nil }
        let claim = j.points(c)
        let check = ev.statedCheck(claim, computed: f.value)
        return StatedFigure(member: name, value: check.stated, decimals: c.value?.decimals ?? 0,
                            written: c.value == nil ? Evaluator.blankText : ev.sourceText(c.valueSpan), what: f.what,
                            computed: check.computed, computedShown: check.shown, verdict: check.verdict)
    }

    /// A stated score beside a sum that lacks rows: up to the statement, the rows it lacks
    /// could make up the difference (or nothing), so it cannot be checked (unavailable);
    /// above it, the statement is wrong whatever they score (differs).
    static func lacking(_ figures: [StatedFigure], _ missing: [MissingScore]) -> [StatedFigure] {
        guard !missing.isEmpty else { return figures }
        return figures.map { f in
            var f = f
            if f.verdict == .differs || f.verdict == .agrees, f.member == Member.score.rawValue || f.member == "totalScore",
               let c = f.computed?.value, let v = f.value?.value, c <= v { f.verdict = .unavailable }
            return f
        }
    }

    /// A quantity for display: exact when its decimals end within six places (money to the
    /// 分 in 万元: 396.186998万元), otherwise rounded half up to two (a forecast of 10 ÷ 75%
    /// is 13.33座, not 13.333333座).
    public static func figure(_ q: Quantity) -> String {
        if let k = q.value.exactDecimals, k <= 6 { return q.text() }
        return q.text(maxDecimals: 2)
    }

    /// Where a finding points: the file as the user named it, line and column (1-based).
    public func location(of d: Diagnostic) -> (path: String, line: Int, column: Int)? {
        guard let s = d.span, let f = sources[s.file] else { return nil }
        return (f.path, f.line(of: s.start), f.column(of: s.start))
    }

    /// How many indicators (or budgets) show each light, worst first; lights never shown are left out.
    public static func lightCounts(_ lights: [Light?]) -> [(light: Light, count: Int)] {
        var tally: [Light: Int] = [:]
        for l in lights { if let l { tally[l, default: 0] += 1 } }
        return lightCounts(tally)
    }

    /// The lights counted (`RowCounts`), the most severe first, those that show.
    public static func lightCounts(_ tally: [Light: Int]) -> [(light: Light, count: Int)] {
        Light.allCases.reversed().compactMap { l in
            let n = tally[l] ?? 0
            return n > 0 ? (l, n) : nil
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A rate as a percent string with `decimals` places, rounded half up: `25.70`.
    public static func percent(_ e: Exact?, _ decimals: Int = 2) -> String? {
        guard let e, let p = try? e.multiplied(by: .hundred) else { return nil }
        return p.rounded(decimals)
    }
}

extension ReportData {
    /// An indicator's target as written, for a row whose figures cannot be computed: its own
    /// text, or the comparator and value a change at the prompt gave it (which has no text
    /// of its own in the script).
    static func writtenTarget(_ d: IndicatorDecl, _ ev: Evaluator) -> String? {
        if let s = d.targetSpan { return ev.sourceText(s) }
        switch d.target {
        case .value(let c, let e)?: return c.rawValue + ev.sourceText(e.span)
        case .qualitative(let t, _)?: return t
        case .deadline(_, _, let text, _)?: return text
        case nil: return nil
        }
    }
}

