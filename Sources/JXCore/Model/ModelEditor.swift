/// The one way a statement changes a model, whether it comes from a script being read, a
/// scenario or the prompt: each statement is checked here, once, and the change says what
/// it touched and what is wrong with it. A scenario therefore gets the diagnostics a
/// script gets for the same statement.
///
/// The two modes differ only where they must. Reading a script, a declaration adds (two
/// indicators may share a name under different categories); changing a live model, a
/// declaration replaces the one of the same name, and statements that only a script can
/// hold (an import, an assertion, a stated figure) are refused.
public struct ModelEditor {
    public enum Mode: Sendable { case script, live }

    public let mode: Mode
    /// The file being run, whose report header wins over those of the files it imports.
    var mainFile: Int?
    /// The report header in use.
    var reportDecl: ReportDecl?
    /// Per group: the path and levels its indicators get (computed once, shared by all).
    var placements: [Int: IndicatorNode.Placement?] = [:]

    public init(_ mode: Mode) { self.mode = mode }

    public mutating func markMain(fileID: Int) { mainFile = fileID }

    /// A statement at the top level of its file; `fromPolicy` for the files of shipped
    /// policies, whose constants a script's own override.
    public mutating func apply(_ s: Statement, group: Int? = nil, fromPolicy: Bool = false, to model: inout Model) -> ModelChange {
        var change = ModelChange(recordingTouches: mode == .live)
        switch s {
        case .report(let r): applyReport(r, to: &model, &change)
        case .setting(let setting): applySetting(setting, to: &model, &change)
        case .budget(let b): applyBudget(b, group: group, to: &model, &change)
        case .indicator(let d): applyIndicator(d, group: group, to: &model, &change)
        case .group(let g): applyGroup(g, parent: group, fromPolicy: fromPolicy, to: &model, &change)
        case .letDecl(let l): applyConstant(l.name, .value(l.value), fromPolicy: fromPolicy, to: &model, &change)
        case .unitDecl(let u): applyUnit(u, to: &model, &change)
        case .rule(let r):
            if mode == .live, let i = model.rules.firstIndex(where: { $0.name.text == r.name.text }) { model.rules[i] = r } else { model.rules.append(r) }
            change.touch(.verdicts)
        case .scenario(let sc):
            if let i = model.scenarios.firstIndex(where: { $0.name.text == sc.name.text }) {
                if mode == .live { model.scenarios[i] = sc } else {
                    change.refuse(Diagnostic(.error, .duplicate, .model(.scenarioTwice(sc.name.text)), at: sc.name.span, label: .model(.declaredAgainHere), hint: .model(.renameOne),
                                             notes: [DiagnosticNote(.model(.scenarioFirstDeclared(sc.name.text)), at: model.scenarios[i].name.span)]))
                }
            } else {
                model.scenarios.append(sc)
            }
        case .declared(let d):
            let project = group.flatMap(model.project(ofGroup:))
            let counts = d.counts.map { DeclaredCount(level: $0.level, count: $0.count, span: $0.span, project: project) }
            // A script's declared counts add up over its files; at the prompt they are restated.
            if mode == .live { model.declared = counts } else { model.declared += counts }
        case .assign(let a):
            if mode == .live { assign(a, to: &model, &change) } else {
                change.refuse(Diagnostic(.error, .assignOutsideScenario, .model(.assignOutsideScenario), at: a.span, hint: .model(.assignOutsideScenarioHint)))
            }
        case .assert(let a) where mode == .script:
            model.asserts.append(a)
        case .stated(let c) where mode == .script:
            if let g = group { model.groups[g].stated.append(c) } else { model.report.stated.append(c) }
        case .importDecl where mode == .script:
            break // resolved by the workspace before building
        case .expression(let e) where mode == .script:
            change.refuse(Diagnostic(.error, .syntax, .model(.expressionNotStatement), at: e.span, hint: .model(.expressionNotStatementHint)))
        case .assert, .stated, .importDecl, .expression:
            change.refuse(Diagnostic(.error, .change, .model(.cannotChangeLive), at: nil, hint: .model(.cannotChangeLiveHint)))
        }
        return change
    }

    // MARK: report header and settings

    mutating func applyReport(_ r: ReportDecl, to model: inout Model, _ change: inout ModelChange) {
        if let d = r.department { model.report.departments[r.title.span.file] = d.text }
        if mode == .live {
            // Fields given replace the old ones; fields not given are kept, so that
            // `report 标题 { node 2021-09-30 }` moves the node alone.
            let old = model.report
            model.report.title = r.title.text
            model.report.span = r.title.span
            if let d = r.department { model.report.department = d.text }
            if let y = r.year { model.report.year = y }
            if let n = r.node { model.report.node = n }
            if r.node != nil || r.year != nil, let n = model.report.node { for d in ModelEditor.nodeFindings(n, year: model.report.year) { change.say(d) } }
            var settings = ModelChange(recordingTouches: true)
            for setting in r.settings { applySetting(setting, to: &model, &settings) }
            guard settings.applied else {
                model.report = old
                change.merge(settings)
                return
            }
            change.merge(settings)
            change.touch(.time)
            if old.year != model.report.year { change.touch(.indicators) }
            return
        }
        if let old = model.report.span {
            if old.file == r.title.span.file {
                change.refuse(Diagnostic(.error, .duplicate, .model(.secondReportHeader), at: r.title.span, hint: .model(.secondReportHeaderHint),
                                         notes: [DiagnosticNote(.model(.firstReportHeader), at: old)]))
                return
            }
            // Headers of different files: an imported department's report gives way to
            // the header of the script being run (the county's); between two imports,
            // the first stays. Figures taken at different nodes do not add up: say so.
            let wins = r.title.span.file == mainFile
            let (kept, dropped) = wins ? (r, reportDecl) : (reportDecl, r)
            if let a = kept?.node, let b = dropped?.node, (a.month, a.day, a.year ?? model.report.year) != (b.month, b.day, b.year ?? model.report.year) {
                change.say(Diagnostic(.warning, .reportNode, .model(.reportNodeDiffers(report: dropped?.title.text, month: b.month, day: b.day, nodeMonth: a.month, nodeDay: a.day)),
                                      at: dropped?.node?.span ?? r.title.span, hint: .model(.reportNodeDiffersHint)))
            }
            guard wins else { return }
            let departments = model.report.departments
            model.report = ReportInfo()
            model.report.departments = departments
        }
        reportDecl = r
        model.report.title = r.title.text
        model.report.department = r.department?.text
        model.report.year = r.year
        model.report.node = r.node
        model.report.span = r.title.span
        if let n = r.node { for d in ModelEditor.nodeFindings(n, year: r.year) { change.say(d) } }
        for setting in r.settings { applySetting(setting, to: &model, &change) }
        change.touch(.time)
    }

    /// The node against the report's year: a February 29 written without a year in a year
    /// that has none is impossible (an error); a node of another year is a warning (time
    /// progress counts the node's months, whatever its year).
    static func nodeFindings(_ n: DateLiteral, year: Int?) -> [Diagnostic] {
        guard let year else { return [] }
        if n.year == nil, n.month == 2, n.day > CivilDate.days(inMonth: 2, year: year) {
            return [Diagnostic(.error, .date, .model(.nodeNotADate(month: n.month, day: n.day, year: year)), at: n.span, hint: .model(.example("node \(year)-02-28")))]
        }
        if let y = n.year, y != year {
            let monthDay = "\(n.month < 10 ? "0" : "")\(n.month)-\(n.day < 10 ? "0" : "")\(n.day)"
            return [Diagnostic(.warning, .nodeYear, .model(.nodeOtherYear(node: "\(y)-\(monthDay)", year: year)), at: n.span,
                               hint: .model(.nodeOtherYearHint(monthDay: monthDay, year: year, nodeYear: y)))]
        }
        return []
    }

    mutating func applySetting(_ s: SettingDecl, to model: inout Model, _ change: inout ModelChange) {
        switch s.key.text {
        case "reverse", "反向指标":
            guard case .name(let v) = s.value,
                  let c = ReverseConvention(rawValue: v.text) ?? (v.text == "比值" ? .ratio : v.text == "扣减" ? .deduct : nil) else {
                change.refuse(Diagnostic(.error, .setting, .model(.reverseSetting), at: s.value.span, hint: .model(.example("set reverse deduct"))))
                return
            }
            if model.report.reverseConvention != c {
                model.report.reverseConvention = c
                change.touch(.indicators)
            }
        default:
            change.refuse(Diagnostic(.error, .setting, .model(.unknownSetting(s.key.text)), at: s.key.span, hint: .model(.unknownSettingHint)))
        }
    }

    // MARK: constants

    mutating func applyConstant(_ name: Ident, _ value: ActualSpec, fromPolicy: Bool, to model: inout Model, _ change: inout ModelChange) {
        if let i = ModelEditor.constantIndex(name.text, in: model) {
            if mode == .live {
                model.constants[i].value = value
                change.touch(.constant(i))
                return
            }
            // A script's own constant overrides a policy's default, whichever comes first.
            if model.constants[i].fromPolicy && !fromPolicy {
                model.constants[i] = ConstantNode(name: name, value: value, fromPolicy: false)
                change.touch(.constant(i))
                return
            }
            if fromPolicy && !model.constants[i].fromPolicy { return }
            change.refuse(ModelEditor.definedTwice(name, first: model.constants[i].name.span))
            return
        }
        model.constants.append(ConstantNode(name: name, value: value, fromPolicy: fromPolicy))
        model.symbols.append(name.text, .constant(model.constants.count - 1))
        change.touch(.name(name.text))
    }

    /// A second `let` of one name in one script, or in one scenario.
    public static func definedTwice(_ name: Ident, first: Span? = nil) -> Diagnostic {
        Diagnostic(.error, .duplicate, .model(.definedTwice(name.text)), at: name.span, hint: .model(.definedTwiceHint),
                   notes: first.map { [DiagnosticNote(.model(.firstDefinedHere(name.text)), at: $0)] } ?? [])
    }

    static func constantIndex(_ name: String, in model: Model) -> Int? {
        for r in model.lookup(name) { if case .constant(let i) = r { return i } }
        return nil
    }
}
