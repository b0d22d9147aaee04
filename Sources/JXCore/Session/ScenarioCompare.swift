/// `:compare A B`: two versions of the model side by side: `base` (the script as loaded),
/// `current` (the session now) or a scenario of the script (applied to the base). Each
/// side is a copy of the live evaluator, so only what differs is recomputed.
extension ReplSession {
    static let baseNames: Set<String> = ["base", "基准", "原始"]
    static let currentNames: Set<String> = ["current", "当前", "now"]

    /// The model as loaded: a copy with every change of the session undone.
    func baseEvaluator() -> Evaluator {
        let ev = evaluator.copy()
        for change in undoStack.reversed() {
            for parts in change.parts.reversed() { ev.restore(parts) { _ in } }
        }
        return ev
    }

    enum Side { case ok(Evaluator), bad(Diagnostic) }

    func side(_ name: String) -> Side {
        if ReplSession.currentNames.contains(name) { return .ok(evaluator) }
        let base = baseEvaluator()
        if ReplSession.baseNames.contains(name) { return .ok(base) }
        guard let sc = base.model.scenarios.first(where: { $0.name.text == name }) else {
            let scenarios = base.model.scenarios.map(\.name.text)
            return .bad(Diagnostic(.error, .compare, .session(.compare(.noScenario(name))),
                                   hint: Suggest.closest(name, among: ["base", "current"] + scenarios).map { .common(.didYouMean($0)) }
                                       ?? .session(.compare(.compareOneOf(scenarios: scenarios)))))
        }
        // As before the model editor: only a change that could not be made stops the comparison.
        if let first = Scenario(sc).applyTelling(to: base).refused.first { return .bad(first) }
        return .ok(base)
    }

    func compare(_ a: String, _ b: String) -> Reply {
        let left: Evaluator, right: Evaluator
        switch side(a) { case .ok(let e): left = e; case .bad(let d): return Reply(errors: render([d])) }
        switch side(b) { case .ok(let e): right = e; case .bad(let d): return Reply(errors: render([d])) }
        var rows: [[String]] = [["", "", a, "", b, "", ""]]
        var differing = 0
        var all: [[String]] = []
        func add(_ name: String, _ what: String, _ x: String, _ lx: String, _ y: String, _ ly: String) {
            let differs = x != y || lx != ly
            if differs { differing += 1 }
            all.append([name, what, x, lx, y, ly, differs ? "*" : ""])
        }
        let m = right.model
        for i in left.model.budgets.indices where i < m.budgets.count {
            let p = left.budget(i), q = right.budget(i)
            add(String(repeating: "  ", count: max(0, m.budgets[i].path.count - 1)) + m.budgets[i].name.text, "执行率",
                ShownText.percent(p?.execution), ShownText.light(left.verdict(.budget(i)).light),
                ShownText.percent(q?.execution), ShownText.light(right.verdict(.budget(i)).light))
        }
        for i in left.model.indicators.indices where i < m.indicators.count {
            let p = left.indicator(i), q = right.indicator(i)
            func rate(_ r: IndicatorResult?) -> String { r?.status == .pending ? "未达监控节点" : ShownText.percent(r?.completion) }
            add(m.indicators[i].decl.name.text, "完成率", rate(p), ShownText.light(left.verdict(.indicator(i)).light),
                rate(q), ShownText.light(right.verdict(.indicator(i)).light))
        }
        for g in left.model.groups.indices where g < m.groups.count {
            add(m.pathName(ofGroup: g), "", ShownText.score(Judgement(left).groupScore(g)), ShownText.light(Judgement(left).groupLight(g)),
                ShownText.score(Judgement(right).groupScore(g)), ShownText.light(Judgement(right).groupLight(g)))
        }
        let t0 = Judgement(left).totalScore(), t1 = Judgement(right).totalScore()
        if t0 != nil || t1 != nil {
            add("总分", "", ShownText.score(t0), t0.map { Judgement(left).rating($0) } ?? "", ShownText.score(t1), t1.map { Judgement(right).rating($0) } ?? "")
        }
        // A big model: the rows that differ only.
        let onlyDiffering = all.count > 200
        rows += onlyDiffering ? all.filter { $0[6] == "*" } : all
        var out = TextTable.render(rows, rightAligned: [2, 4])
        out += say(.compare(.rowsDiffer(differing, of: all.count, onlyThose: onlyDiffering))) + "\n"
        return Reply(output: out)
    }
}
