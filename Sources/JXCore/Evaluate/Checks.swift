/// Consistency checks of a report against itself: stated figures against computed ones
/// (at the precision they are written in), declared indicator counts against those
/// listed, and breakdowns that must add up. A real report has slips: these are warnings.
extension Evaluator {
    public func consistencyFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for i in model.budgets.indices { out.append(contentsOf: budgetFindings(i)) }
        for i in model.indicators.indices where model.indicators[i].decl.hasStated { out.append(contentsOf: indicatorFindings(i)) }
        out.append(contentsOf: declaredFindings())
        return out
    }

    /// Compares a stated figure with the computed one at the stated precision.
    func checkStated(_ c: StatedClaim, computed: Quantity?, what: String, owner: String, how: String) -> Diagnostic? {
        guard let computed else {
            return Diagnostic(.warning, "W-stated-unavailable", "the report states \(what) \(sourceText(c.value.span)) for \(owner), but it cannot be computed", at: c.span,
                              hint: "give the figures it is computed from")
        }
        // `stated 47` for a completion of 46.67%: a bare number against a percent.
        if c.value.unit.isEmpty, computed.isDimensionless, computed.unit.factor != .one, !c.value.value.isZero {
            let written = sourceText(c.value.span)
            return Diagnostic(.error, "E-unit-mismatch", "the stated \(what) \(written) for \(owner) is a bare number, but \(what) is in \(computed.unit.name)", at: c.value.span,
                              hint: "stated \(c.member.map { $0.text + " " } ?? "")\(written)\(computed.unit.name)？ (a bare \(written) is \(Evaluator.asPercent(c.value.value)))")
        }
        let statedQ = quantity(c.value)
        guard statedQ.unit.dimension == computed.unit.dimension, let conv = try? computed.converted(to: statedQ.unit) else {
            return Diagnostic(.error, "E-unit-mismatch", "the stated \(what) \(statedQ.text()) is not in the same kind of unit as the computed \(computed.text())", at: c.value.span, hint: "write it in \(computed.unit.name)")
        }
        let shown = conv.value.rounded(c.value.decimals)
        if shown == statedQ.value.rounded(c.value.decimals) { return nil }
        let exact = statedQ.unit.name == "%" || statedQ.unit.name == "％" ? conv.value.rounded(2) + "%" : conv.value.decimalString(maxDecimals: 6) + statedQ.unit.name
        return Diagnostic(.warning, "W-stated-mismatch", "the report states \(what) \(sourceText(c.value.span)) for \(owner), but \(how) = \(exact)", at: c.value.span,
                          label: "computed \(shown)\(statedQ.unit.name)", hint: "check the figures; at the precision written, it should read \(shown)\(statedQ.unit.name)")
    }

    func budgetFindings(_ i: Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let node = model.budgets[i]
        guard let r = budget(i) else { return out }
        let name = node.name.text
        let pct = { (e: Exact?) in e.map { Evaluator.percent($0, self.model.units) } }
        for c in node.stated {
            guard let m = c.member.flatMap({ Member.named($0.text) }) else {
                out.append(Diagnostic(.error, "E-unknown-name", "a budget has no figure \(c.member?.text ?? "")", at: c.member?.span ?? c.span,
                                      hint: Suggest.closest(c.member?.text ?? "", among: Evaluator.budgetMembers.flatMap(\.spellings)).map { "did you mean \($0)?" } ?? "stated 执行率, 到位率, 执行数, 到位资金 or 预算数"))
                continue
            }
            let amount = r.amount?.text() ?? "?"
            switch m {
            case .execution: if let d = checkStated(c, computed: pct(r.execution), what: "执行率", owner: name, how: "执行数 \(r.executed?.text() ?? "?") ÷ 预算数 \(amount)") { out.append(d) }
            case .arrival: if let d = checkStated(c, computed: pct(r.arrival), what: "到位率", owner: name, how: "到位资金 \(r.arrived?.text() ?? "?") ÷ 预算数 \(amount)") { out.append(d) }
            case .executed: if let d = checkStated(c, computed: r.executed, what: "执行数", owner: name, how: "the sum of its spending") { out.append(d) }
            case .arrived: if let d = checkStated(c, computed: r.arrived, what: "到位资金", owner: name, how: "the sum of its parts") { out.append(d) }
            case .amount: if let d = checkStated(c, computed: r.amount, what: "预算数", owner: name, how: "its amount") { out.append(d) }
            case .score: break // checked with the other scores
            default:
                out.append(Diagnostic(.error, "E-unknown-name", "a budget has no figure \(c.member!.text)", at: c.member!.span, hint: "stated 执行率, 到位率, 执行数, 到位资金 or 预算数"))
            }
        }
        // Child budgets should add up to the parent's amount.
        if let a = r.amount, !node.children.isEmpty {
            let parts = node.children.compactMap { budget($0)?.amount }
            if parts.count == node.children.count, let s = sum(parts, in: a.unit), s.value != a.value {
                let names = node.children.map { model.budgets[$0].name.text }.joined(separator: "、")
                out.append(Diagnostic(.warning, "W-breakdown", "the parts of budget \(name) (\(names)) add up to \(s.text()), not to its amount \(a.text())", at: node.name.span,
                                      hint: "a part is missing or a figure is wrong; the difference is \(((try? a.value.subtracting(s.value)) ?? .zero).decimalString())\(a.unit.name)"))
            }
        }
        // Funding sources should add up to the amount.
        let sourced = node.sources.compactMap { $0.amount }
        if let a = r.amount, !sourced.isEmpty {
            let qs = sourced.compactMap { e -> Quantity? in money(e, what: "a funding source of \(name)") }
            if qs.count == sourced.count, let s = sum(qs, in: a.unit), s.value != a.value {
                out.append(Diagnostic(.warning, "W-sources", "the funding sources of budget \(name) add up to \(s.text()), not to its amount \(a.text())", at: node.name.span, hint: "check the sources"))
            }
        }
        // An explicit 执行数 next to spending lines must agree with them.
        if node.executed != nil, let x = r.executed, !node.spends.isEmpty || !node.children.isEmpty {
            let parts = node.spends.compactMap { spend($0) } + node.children.compactMap { budget($0)?.executed }
            if let s = sum(parts, in: x.unit), s.value != x.value {
                out.append(Diagnostic(.warning, "W-breakdown", "budget \(name) says 执行数 \(x.text()) but its spending adds up to \(s.text())", at: node.name.span, hint: "one of the figures is wrong"))
            }
        }
        if let x = r.executed, let a = r.arrived, let xv = try? x.baseValue(), let av = try? a.baseValue(), xv > av {
            out.append(Diagnostic(.warning, "W-spent-over-arrived", "budget \(name) spent \(x.text()), more than the \(a.text()) that arrived", at: node.name.span, hint: "check 到位资金 and the spending"))
        }
        if let x = r.executed, let a = r.amount, let xv = try? x.baseValue(), let av = try? a.baseValue(), xv > av {
            out.append(Diagnostic(.warning, "W-over-budget", "budget \(name) spent \(x.text()), more than its amount \(a.text())", at: node.name.span, hint: "check the amount and the spending"))
        }
        return out
    }

    func indicatorFindings(_ i: Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Most indicators state nothing: nothing to check, and no copy of the declaration.
        if model.indicators[i].decl.stated.isEmpty { return out }
        let d = model.indicators[i].decl
        guard let r = indicator(i) else { return out }
        for c in d.stated {
            let m = c.member.flatMap { Member.named($0.text) } ?? .completion
            switch m {
            case .completion:
                if r.status == .pending {
                    out.append(Diagnostic(.warning, "W-stated-unavailable", "the report states a completion of \(sourceText(c.value.span)) for \(d.name.text), which is pending", at: c.span, hint: "remove the stated figure or give the actual"))
                    continue
                }
                let how = r.kind == .qualitative || r.kind == .deadline ? "its judged completion" : "\(r.actualText) ÷ \(r.targetText)"
                if let x = checkStated(c, computed: r.completion.map { Evaluator.percent($0, model.units) }, what: "完成率", owner: d.name.text, how: how) { out.append(x) }
            case .actual:
                if let x = checkStated(c, computed: r.actual, what: "实际", owner: d.name.text, how: "its actual") { out.append(x) }
            case .target:
                if let x = checkStated(c, computed: r.target, what: "目标", owner: d.name.text, how: "its target") { out.append(x) }
            default: break // scores: see ScoreChecks
            }
        }
        return out
    }

    /// "共设置一级指标 3 个，二级指标 9 个，三级指标 22 个" against what is listed.
    /// The indicators listed at each level; with `file`, only those of that file and the
    /// files it imports (a department's `declared` counts its own indicators, also when a
    /// county script imports it next to others).
    public func listedCounts(reportedBy file: Int? = nil) -> (level1: Int, level2: Int, level3: Int) {
        var l1 = Set<String>(), l2 = Set<String>()
        var l3 = 0
        for ind in model.indicators {
            if let file, !model.file(ind.decl.span.file, isReportedBy: file) { continue }
            l3 += 1
            if let a = ind.level1 { l1.insert(a) }
            if let b = ind.level2 { l2.insert((ind.level1 ?? "") + "/" + b) }
        }
        return (l1.count, l2.count, l3)
    }

    func declaredFindings() -> [Diagnostic] {
        guard !model.declared.isEmpty else { return [] }
        var out: [Diagnostic] = []
        for d in model.declared {
            let counts = listedCounts(reportedBy: d.span.file)
            let listed = d.level == 1 ? counts.level1 : d.level == 2 ? counts.level2 : counts.level3
            if listed != d.count {
                let levelName = ["", "一级", "二级", "三级"][max(1, min(3, d.level))]
                out.append(Diagnostic(.warning, "W-declared-count", "the report declares \(d.count) \(levelName) indicators, but \(listed) are listed", at: d.span,
                                      hint: "an indicator or a category is missing, or the declared count is wrong"))
            }
        }
        return out
    }
}
