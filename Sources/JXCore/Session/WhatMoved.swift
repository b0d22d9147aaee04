/// What moved after a change, and only what moved. A change invalidates cells; the old
/// values are still in the evaluator's caches until the cells are recomputed, so the
/// tracker reads them first (`note`), then recomputes exactly those cells and compares
/// (`finish`). Group lights, scores and the total move by differences (`GroupTotals`);
/// rule findings and checks of stated figures are kept per entity to compare as well.
final class ShownState {
    var totals = GroupTotals()
    /// Findings of each budget and indicator (rules, stated figures); absent when none.
    var findings: [EntityRef: [Diagnostic]] = [:]
    /// The part of them that checks the entity's own figures (stated figures, parts that
    /// add up): it moves only with the entity's result, not with its verdict.
    var own: [EntityRef: [Diagnostic]] = [:]
    /// Lines beyond this are summed up in one line: a constant that every light reads
    /// may move a million of them.
    var lineLimit = 200

    /// Computes everything once, so that every later change has old values to compare with.
    func build(_ ev: Evaluator) {
        ev.evaluateAll()
        _ = ev.timeProgress()
        findings = [:]
        own = [:]
        for b in ev.model.budgets.indices { setFindings(.budget(b), ev) }
        for i in ev.model.indicators.indices { setFindings(.indicator(i), ev) }
        totals.build(ev)
    }

    /// `checkingOwn: false` when only the verdict was recomputed: the entity's own checks
    /// are the ones kept.
    @discardableResult
    func setFindings(_ ref: EntityRef, _ ev: Evaluator, checkingOwn: Bool = true) -> [Diagnostic] {
        var mine: [Diagnostic] = own[ref] ?? []
        if checkingOwn {
            switch ref {
            case .budget(let b): mine = ev.budgetFindings(b)
            case .indicator(let i): mine = ev.indicatorFindings(i)
            default: mine = []
            }
            own[ref] = mine.isEmpty ? nil : mine
        }
        let ds = ev.verdict(ref).findings + mine
        findings[ref] = ds.isEmpty ? nil : ds
        return ds
    }
}

/// One change's old values, read before anything is recomputed.
struct MoveTracker {
    var cells: [Evaluator.Cell] = []
    var seen = Set<Evaluator.Cell>()
    var indicators: [Int: IndicatorShown?] = [:]
    var budgets: [Int: BudgetShown?] = [:]
    var constants: [Int: (name: String, value: Value?)?] = [:]
    var time: Exact??
    var findings: [EntityRef: [Diagnostic]] = [:]
    /// The entities whose results (not only their verdicts) are recomputed.
    var results = Set<EntityRef>()
    /// Names as they were: an entity removed by undo is still named in what moved.
    var names: [EntityRef: String] = [:]
    /// Errors the noted cells had before, so that only errors the change caused are shown.
    var oldErrors = Set<String>()
    /// How many there were before the change: a cell beyond is new, not changed.
    let before: (indicators: Int, budgets: Int, constants: Int)

    init(_ ev: Evaluator) {
        before = (ev.model.indicators.count, ev.model.budgets.count, ev.model.constants.count)
    }

    /// Notes and finishes a change that changes nothing (the first budget and indicator,
    /// as they are), right after a load: the Swift runtime builds the metadata of the
    /// tracker's generic types and looks up their conformances on first use (0.9 M of the
    /// first change's 1.7 M instructions at 10^4), and it is then done while loading
    /// rather than on the analyst's first change.
    static func rehearse(_ ev: Evaluator, _ state: ShownState) {
        var t = MoveTracker(ev)
        var cells: [Evaluator.Cell] = []
        if !ev.model.budgets.isEmpty { cells += [Evaluator.Cell(.budget, 0), Evaluator.Cell(.budgetVerdict, 0)] }
        if !ev.model.indicators.isEmpty { cells += [Evaluator.Cell(.indicator, 0), Evaluator.Cell(.indicatorVerdict, 0)] }
        t.note(cells, ev, state)
        _ = t.finish(ev, state, .zh)
        _ = t.newErrors(ev)
    }

    /// Constants a change added have no cell anyone read yet: note them so they show as new.
    mutating func noteAppended(_ ev: Evaluator, _ state: ShownState) {
        guard ev.model.constants.count > before.constants else { return }
        note((before.constants..<ev.model.constants.count).map { Evaluator.Cell(.constant, $0) }, ev, state)
    }

    /// Reads the old values of the owners of `cells`. Call it right after each
    /// invalidation, before any read that could recompute them.
    mutating func note(_ new: [Evaluator.Cell], _ ev: Evaluator, _ state: ShownState) {
        for c in new where seen.insert(c).inserted {
            cells.append(c)
            for d in ev.diagnostics(ofCell: c) where d.severity == .error { oldErrors.insert(MoveTracker.key(d)) }
            let i = Int(c.index)
            switch c.kind {
            case .indicator: results.insert(.indicator(i))
            case .budget: results.insert(.budget(i))
            default: break
            }
            switch c.kind {
            case .indicator, .indicatorVerdict:
                guard indicators[i] == nil else { continue }
                if i >= 0, i < before.indicators, i < ev.indicatorResults.count, i < ev.model.indicators.count {
                    indicators[i] = .some(IndicatorShown(ev.indicatorResults[i], ev.verdictCache[.indicator(i)], group: ev.model.indicators[i].group))
                    names[.indicator(i)] = ev.model.indicators[i].decl.name.text
                } else {
                    indicators[i] = .some(nil)
                }
                findings[.indicator(i)] = state.findings[.indicator(i)] ?? []
            case .budget, .budgetVerdict:
                guard budgets[i] == nil else { continue }
                if i >= 0, i < before.budgets, i < ev.budgetResults.count {
                    budgets[i] = .some(BudgetShown(ev.budgetResults[i], ev.verdictCache[.budget(i)]))
                    if i < ev.model.budgets.count { names[.budget(i)] = ev.model.budgets[i].name.text }
                } else {
                    budgets[i] = .some(nil)
                }
                findings[.budget(i)] = state.findings[.budget(i)] ?? []
            case .constant:
                guard constants[i] == nil else { continue }
                if i >= 0, i < before.constants, i < ev.constantValues.count, i < ev.model.constants.count {
                    constants[i] = .some((ev.model.constants[i].name.text, ev.constantValues[i]))
                } else {
                    constants[i] = .some(nil)
                }
            case .timeProgress:
                if time == nil { time = .some(ev.timeProgressValue) }
            case .spend:
                break // shown through the budgets and indicators that read it
            }
        }
    }

    /// Recomputes the noted cells, compares, updates the group totals and the findings,
    /// and returns the lines to show: `新增建设用地报批  完成率 6.67% → 66.67%`.
    func finish(_ ev: Evaluator, _ state: ShownState, _ language: Language) -> [MovedLine] {
        func say(_ m: MovedMessage) -> String { SessionMessage.moved(m).text(language) }
        if !state.totals.valid || state.totals.lights.count != ev.model.groups.count { state.totals.build(ev) }
        for c in cells where ev.isValid(c) { ev.touch(c) }
        var lines: [MovedLine] = []
        let groups = ev.model.groups
        var groupsBefore: [Int: (Light?, Exact?)] = [:]
        let totalBefore = state.totals.totalScore
        func rememberGroups(_ g: Int?) {
            for a in GroupTotals.ancestors(g, groups) where groupsBefore[a] == nil { groupsBefore[a] = (state.totals.light(a), state.totals.score(a)) }
        }

        if let t = time, ev.timeProgressValue != t {
            lines.append(MovedLine("时间进度", "\(ShownText.percent(t)) → \(ShownText.percent(ev.timeProgressValue))"))
        }
        for c in constants.keys.sorted() {
            guard let old = constants[c] else { continue }
            let now: (name: String, value: Value?)? = c < ev.model.constants.count ? (ev.model.constants[c].name.text, ev.constantValues[c]) : nil
            switch (old, now) {
            case (let o?, let n?): if o.value != n.value { lines.append(MovedLine(n.name, "\(ShownText.value(o.value)) → \(ShownText.value(n.value))")) }
            case (nil, let n?): lines.append(MovedLine(n.name, say(.new(ShownText.value(n.value)))))
            case (let o?, nil): lines.append(MovedLine(o.name, say(.removed)))
            case (nil, nil): break
            }
        }
        for b in budgets.keys.sorted() {
            guard let entry = budgets[b] else { continue }
            let exists = b < ev.model.budgets.count
            let now: BudgetShown? = exists ? BudgetShown(ev.budget(b), ev.verdict(.budget(b))) : nil
            let name = exists ? MoveTracker.shownName(.budget(b), ev) : names[.budget(b)] ?? say(.budgetNumber(b))
            if let o = entry, let n = now, o != n {
                if o.execution != n.execution { lines.append(MovedLine(name, "执行率 \(ShownText.percent(o.execution)) → \(ShownText.percent(n.execution))")) }
                if o.arrival != n.arrival { lines.append(MovedLine(name, "到位率 \(ShownText.percent(o.arrival)) → \(ShownText.percent(n.arrival))")) }
                if o.executed != n.executed { lines.append(MovedLine(name, "执行数 \(ShownText.quantity(o.executed)) → \(ShownText.quantity(n.executed))")) }
                if o.initial != n.initial { lines.append(MovedLine(name, "年初预算数 \(ShownText.quantity(o.initial)) → \(ShownText.quantity(n.initial))")) }
                if o.expectedExecution != n.expectedExecution { lines.append(MovedLine(name, "预计执行率 \(ShownText.percent(o.expectedExecution)) → \(ShownText.percent(n.expectedExecution))")) }
                if o.light != n.light { lines.append(MovedLine(name, "灯 \(ShownText.light(o.light)) → \(ShownText.light(n.light))")) }
                if o.score != n.score { lines.append(MovedLine(name, "得分 \(ShownText.score(o.score)) → \(ShownText.score(n.score))")) }
            } else if entry == nil, let n = now {
                lines.append(MovedLine(name, say(.new("执行率 \(ShownText.percent(n.execution))" + (n.light.map { "，灯 \($0.chinese)" } ?? "")))))
            } else if entry != nil, now == nil {
                lines.append(MovedLine(name, say(.removed)))
            }
            // A project's budget counts in the project's total, not in the department's.
            if b >= ev.model.budgets.count || ev.model.budgets[b].project == nil {
                state.totals.addTotal(entry?.score, sign: -1)
                state.totals.addTotal(now?.score, sign: 1)
            }
            lines += findingLines(.budget(b), name: name, exists: exists, ev, state, language)
        }
        for i in indicators.keys.sorted() {
            guard let entry = indicators[i] else { continue }
            let exists = i < ev.model.indicators.count
            let now: IndicatorShown? = exists ? IndicatorShown(ev.indicator(i), ev.verdict(.indicator(i)), group: ev.model.indicators[i].group) : nil
            let name = exists ? MoveTracker.shownName(.indicator(i), ev) : names[.indicator(i)] ?? say(.indicatorNumber(i))
            if let o = entry, let n = now, o != n {
                if o.completion != n.completion { lines.append(MovedLine(name, "完成率 \(ShownText.percent(o.completion)) → \(ShownText.percent(n.completion))")) }
                if o.status != n.status { lines.append(MovedLine(name, "状态 \(ShownText.status(o.status)) → \(ShownText.status(n.status))")) }
                if o.light != n.light { lines.append(MovedLine(name, "灯 \(ShownText.light(o.light)) → \(ShownText.light(n.light))")) }
                if o.score != n.score { lines.append(MovedLine(name, "得分 \(ShownText.score(o.score)) → \(ShownText.score(n.score))")) }
            } else if entry == nil, let n = now {
                var parts = ["完成率 \(ShownText.percent(n.completion))", ShownText.status(n.status)]
                if let l = n.light { parts.append("灯 \(l.chinese)") }
                if let sc = n.score { parts.append("得分 \(ShownText.score(sc))") }
                lines.append(MovedLine(name, say(.new(parts.joined(separator: "，")))))
            } else if entry != nil, now == nil {
                lines.append(MovedLine(name, say(.removed)))
            }
            if entry?.light != now?.light || entry?.score != now?.score || entry?.group != now?.group {
                rememberGroups(entry?.group)
                rememberGroups(now?.group)
                if let o = entry { state.totals.add(group: o.group, light: o.light, score: o.score, sign: -1, groups) }
                if let n = now { state.totals.add(group: n.group, light: n.light, score: n.score, sign: 1, groups) }
            }
            lines += findingLines(.indicator(i), name: name, exists: exists, ev, state, language)
        }
        for g in groupsBefore.keys.sorted() {
            guard let (l0, s0) = groupsBefore[g], g < groups.count else { continue }
            let l1 = state.totals.light(g), s1 = state.totals.score(g)
            // Named only when it moved: a threshold reaches every group of the model.
            guard l0 != l1 || s0 != s1 else { continue }
            let name = ev.model.pathName(ofGroup: g)
            if l0 != l1 { lines.append(MovedLine(name, "灯 \(ShownText.light(l0)) → \(ShownText.light(l1))")) }
            if s0 != s1 { lines.append(MovedLine(name, "得分 \(ShownText.score(s0)) → \(ShownText.score(s1))")) }
        }
        let totalAfter = state.totals.totalScore
        if totalBefore != totalAfter {
            var text = "\(ShownText.score(totalBefore)) → \(ShownText.score(totalAfter))"
            let r0 = totalBefore.map { Judgement(ev).rating($0) }, r1 = totalAfter.map { Judgement(ev).rating($0) }
            if r0 != r1 { text += "（等级 \(r0 ?? ShownText.none) → \(r1 ?? ShownText.none)）" }
            lines.append(MovedLine("总分", text))
        }
        return lines
    }

    /// A budget's or an indicator's name as the lines show it: after its project's
    /// (`项目5.完成数0`, as it is typed) when something else has the same name, so that a
    /// change in one of many projects of the same table says which one moved.
    static func shownName(_ ref: EntityRef, _ ev: Evaluator) -> String {
        let name = ev.model.name(of: ref)
        guard !ev.model.projects.isEmpty, ev.model.symbols.countOf(name) > 1, let p = ev.model.project(of: ref) else { return name }
        return ev.model.groups[p].name.text + "." + name
    }

    static func key(_ d: Diagnostic) -> String { "\(d.severity.rawValue)[\(d.code)] \(d.message)" }

    /// Errors that recomputing the noted cells raised and that were not there before
    /// (`新增建设用地报批.actual = 1/0`): the change is kept, and the error said.
    func newErrors(_ ev: Evaluator) -> [Diagnostic] {
        var seenKeys = oldErrors
        var out: [Diagnostic] = []
        for c in cells where ev.isValid(c) {
            for d in ev.diagnostics(ofCell: c) where d.severity == .error && seenKeys.insert(MoveTracker.key(d)).inserted { out.append(d) }
        }
        return out
    }

    /// Findings that appeared (+) or went away (-), compared by what they say, not where.
    func findingLines(_ ref: EntityRef, name: String, exists: Bool, _ ev: Evaluator, _ state: ShownState, _ language: Language) -> [MovedLine] {
        let old = findings[ref] ?? []
        let new: [Diagnostic]
        if exists { new = state.setFindings(ref, ev, checkingOwn: results.contains(ref)) } else {
            state.findings[ref] = nil
            state.own[ref] = nil
            new = []
        }
        // Most entities say what they said: nothing to compare by words.
        if old == new { return [] }
        let key = MoveTracker.key
        let oldKeys = Set(old.map(key)), newKeys = Set(new.map(key))
        var out: [MovedLine] = []
        // Compared by the English (one text per finding), shown in the reader's language,
        // with the renderer's words for its severity (警告[W-breakdown]).
        let shown = { (d: Diagnostic) in
            CommonMessage.severity(d.severity).text.text(language) + "[\(d.code)] " + d.localized(language).message
        }
        for d in old where !newKeys.contains(key(d)) { out.append(MovedLine(name, "- " + shown(d))) }
        for d in new where !oldKeys.contains(key(d)) { out.append(MovedLine(name, "+ " + shown(d))) }
        return out
    }
}

/// One line of what moved: whose value, and how.
public struct MovedLine: Equatable, Sendable {
    public var subject: String
    public var change: String
    public init(_ subject: String, _ change: String) { self.subject = subject; self.change = change }

    /// Lines with their subjects padded to one display width, and at most `limit` of them.
    public static func render(_ lines: [MovedLine], limit: Int, language: Language = .zh) -> String {
        guard !lines.isEmpty else { return "" }
        let shown = lines.prefix(max(1, limit))
        let width = shown.map { DisplayWidth.of($0.subject) }.max() ?? 0
        var out = shown.map { DisplayWidth.padRight($0.subject, to: width) + "  " + $0.change }.joined(separator: "\n") + "\n"
        if lines.count > shown.count { out += SessionMessage.moved(.more(lines.count - shown.count)).text(language) + "\n" }
        return out
    }
}
