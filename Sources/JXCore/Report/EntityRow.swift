/// One line about an indicator, a budget, a group, a spending line or a constant, as the
/// report shows it: what the REPL prints for a name and an editor shows on hover.
public enum EntityRow {
    public static func text(_ ref: EntityRef, _ ev: Evaluator) -> String {
        let m = ev.model
        switch ref {
        case .indicator(let i):
            guard let r = ev.indicator(i) else { return "\(m.indicators[i].decl.name.text)  (no value: see :report or jx check)" }
            let v = ev.verdict(ref)
            var parts = [m.indicators[i].decl.name.text, "目标 \(r.targetText)", "实际 \(r.actualText)"]
            if r.status != .pending { parts.append("完成率 \(ShownText.percent(r.completion))") }
            parts.append(r.status.chinese)
            if let l = v.light { parts.append(l.chinese) }
            if let s = v.score { parts.append("得分 \(ShownText.score(s))") }
            return parts.joined(separator: "  ")
        case .budget(let b):
            guard let r = ev.budget(b) else { return "\(m.budgets[b].name.text)  (no value: see :report or jx check)" }
            let v = ev.verdict(ref)
            var parts = [m.budgets[b].name.text]
            if let i = r.initial { parts.append("年初预算数 \(i.text())") }
            parts.append("预算数 \(ShownText.quantity(r.amount))")
            if let a = r.arrived { parts.append("到位资金 \(a.text())") }
            parts.append("执行数 \(ShownText.quantity(r.executed))")
            if r.arrival != nil { parts.append("到位率 \(ShownText.percent(r.arrival))") }
            parts.append("执行率 \(ShownText.percent(r.execution))")
            if let e = r.expected { parts.append("全年预计执行数 \(e.text())  预计执行率 \(ShownText.percent(r.expectedExecution))") }
            if let l = v.light { parts.append(l.chinese) }
            if let s = v.score { parts.append("得分 \(ShownText.score(s))") }
            return parts.joined(separator: "  ")
        case .group(let g):
            func count(_ g: Int, _ depth: Int) -> Int {
                depth > m.groups.count ? 0 : m.groups[g].indicators.count + m.groups[g].children.reduce(0) { $0 + count($1, depth + 1) }
            }
            var parts = [m.pathName(ofGroup: g), "\(count(g, 0)) 个指标"]
            if let l = Judgement(ev).groupLight(g) { parts.append(l.chinese) }
            if let s = Judgement(ev).groupScore(g) { parts.append("得分 \(ShownText.score(s))") }
            return parts.joined(separator: "  ")
        case .spend(let s):
            return "\(m.spends[s].name.text)  \(ShownText.quantity(ev.spend(s)))\(m.spends[s].isAllocation ? "（拨付）" : "")"
        case .constant(let c):
            return "\(m.constants[c].name.text) = \(ShownText.value(ev.constant(c)))"
        }
    }
}
