/// Budget arithmetic: 执行数 is what was spent (lines of `spent` and child budgets), never
/// what was allocated onward; 执行率 = 执行数 ÷ 预算数; 到位率 = 到位资金 ÷ 预算数.
extension Evaluator {
    func money(_ e: Expr, what: EvaluationMessage.MoneyFigure) -> Quantity? {
        do {
            let q = try number(try eval(e), at: e.span)
            if q.unit.dimension != "money" {
                report(Diagnostic(.error, .unitMismatch, .evaluation(.notMoney(what, found: q.text(), dimension: q.unit.dimensionLabel)), at: e.span,
                                  hint: .evaluation(.notMoneyHint)))
                return nil
            }
            return q
        } catch { return nil }
    }

    func computeConstant(_ i: Int) -> Value? {
        switch model.constants[i].value {
        case .value(let e): return try? eval(e)
        case .pending: return .pending
        default: return nil
        }
    }

    func computeSpend(_ i: Int) -> Quantity? {
        if model.spends[i].amount.containsBlank { return nil }
        return money(model.spends[i].amount, what: .spend(model.spends[i].name.text))
    }

    /// Sum in the unit of `unit` (or of the first term).
    func sum(_ qs: [Quantity], in unit: Unit?) -> Quantity? {
        guard let u = unit ?? qs.first?.unit else { return nil }
        var total = Exact.zero
        for q in qs {
            guard let c = try? q.converted(to: u), let t = try? total.adding(c.value) else { return nil }
            total = t
        }
        return Quantity(total, u)
    }

    func computeBudget(_ i: Int) -> BudgetResult? {
        let node = model.budgets[i]
        var r = BudgetResult()
        let children = node.children.map { budget($0) }
        // A figure blank in a part is blank in the whole that sums the parts.
        func partBlank(_ m: Member) -> Bool { children.contains { $0?.blank.contains(m) == true } }
        func given(_ e: Expr, _ m: Member, _ what: EvaluationMessage.MoneyFigure) -> Quantity? {
            if e.containsBlank { r.blank.append(m); return nil }
            return money(e, what: what)
        }
        if let e = node.amount {
            r.amount = given(e, .amount, .budget(field: nil, budget: node.name.text))
        } else if !node.children.isEmpty, children.allSatisfy({ $0?.amount != nil }) {
            r.amount = sum(children.compactMap { $0?.amount }, in: nil)
        } else if !node.children.isEmpty, partBlank(.amount) {
            r.blank.append(.amount)
        } else {
            report(Diagnostic(.error, .budgetAmount, .evaluation(.budgetNoAmount(node.name.text)), at: node.name.span, hint: .evaluation(.budgetNoAmountHint(node.name.text))))
        }
        let unit = r.amount?.unit ?? model.units.lookup("万元")
        let spent = node.spends.compactMap { spend($0) }
        if let e = node.executed {
            r.executed = given(e, .executed, .budget(field: "执行数", budget: node.name.text))
        } else if !node.spends.isEmpty || !node.children.isEmpty {
            let childExec = children.compactMap { $0?.executed }
            // A child without any spending figure leaves the parent's 执行数 unknown, not smaller.
            if childExec.count == node.children.count, spent.count == node.spends.count {
                r.executed = sum(spent + childExec, in: unit)
            } else if partBlank(.executed) || node.spends.contains(where: { model.spends[$0].amount.containsBlank }) {
                r.blank.append(.executed)
                // Unknown for want of spending in every part that lacks it, not for a blank cell.
                r.noSpending = node.spends.isEmpty && children.allSatisfy { $0?.blank.contains(.executed) != true || $0?.noSpending == true }
            }
        } else if node.amount != nil {
            // An amount and nothing spent against it: the 执行数 is unknown, not 0.
            r.noSpending = true
            r.blank.append(.executed)
        }
        if let e = node.arrived {
            r.arrived = given(e, .arrived, .budget(field: "到位资金", budget: node.name.text))
        } else if !node.children.isEmpty {
            let childArrived = children.compactMap { $0?.arrived }
            if childArrived.count == node.children.count { r.arrived = sum(childArrived, in: unit) } else if partBlank(.arrived) { r.blank.append(.arrived) }
        }
        if !node.allocations.isEmpty {
            r.allocated = sum(node.allocations.compactMap { spend($0) }, in: unit)
        }
        // 年初预算数 and 全年预计执行数: given, or the parts' when every part gives one (and,
        // for the forecast, no spending line of its own has none).
        if let e = node.initial {
            r.initial = given(e, .initial, .budget(field: "年初预算数", budget: node.name.text))
        } else if !node.children.isEmpty {
            let parts = children.compactMap { $0?.initial }
            if parts.count == node.children.count { r.initial = sum(parts, in: unit) } else if partBlank(.initial) { r.blank.append(.initial) }
        }
        if let e = node.expected {
            r.expected = given(e, .expected, .budget(field: "全年预计执行数", budget: node.name.text))
        } else if !node.children.isEmpty, node.spends.isEmpty {
            let parts = children.compactMap { $0?.expected }
            if parts.count == node.children.count { r.expected = sum(parts, in: unit) } else if partBlank(.expected) { r.blank.append(.expected) }
        }
        // A rate of a blank figure is blank.
        let amountBlank = r.blank.contains(.amount)
        if amountBlank || r.blank.contains(.executed) { r.blank.append(.execution) }
        if amountBlank || r.blank.contains(.arrived) { r.blank.append(.arrival) }
        if amountBlank || r.blank.contains(.expected) { r.blank.append(.expectedExecution) }
        if let a = r.amount {
            if a.value.isZero {
                if r.executed != nil || r.arrived != nil {
                    report(Diagnostic(.warning, .zeroBudget, .evaluation(.zeroBudget(node.name.text)), at: node.name.span, hint: .evaluation(.checkTheAmount)))
                }
            } else {
                r.execution = Evaluator.rate(r.executed, of: a)
                r.arrival = Evaluator.rate(r.arrived, of: a)
                r.expectedExecution = Evaluator.rate(r.expected, of: a)
            }
        }
        r.sources = node.sources.map { computeSource($0, of: node.name.text) }
        return r
    }

    /// `part ÷ whole`, exact; nil when either is missing or the whole is zero.
    static func rate(_ part: Quantity?, of whole: Quantity?) -> Exact? {
        guard let part, let whole, let w = try? whole.baseValue(), !w.isZero else { return nil }
        return try? part.baseValue().divided(by: w)
    }

    /// A funding source's row: its figures, and its rates over its own amount.
    func computeSource(_ s: FundingSource, of budget: String) -> SourceResult {
        var r = SourceResult()
        func given(_ e: Expr?, _ m: Member, _ field: String?) -> Quantity? {
            guard let e else { return nil }
            if e.containsBlank { r.blank.append(m); return nil }
            return money(e, what: .source(field: field, source: s.name.text, budget: budget))
        }
        r.amount = given(s.amount, .amount, nil)
        r.initial = given(s.initial, .initial, "年初预算数")
        r.arrived = given(s.arrived, .arrived, "到位资金")
        r.executed = given(s.executed, .executed, "执行数")
        r.expected = given(s.expected, .expected, "全年预计执行数")
        let amountBlank = r.blank.contains(.amount)
        if amountBlank || r.blank.contains(.executed) { r.blank.append(.execution) }
        if amountBlank || r.blank.contains(.arrived) { r.blank.append(.arrival) }
        if amountBlank || r.blank.contains(.expected) { r.blank.append(.expectedExecution) }
        r.execution = Evaluator.rate(r.executed, of: r.amount)
        r.arrival = Evaluator.rate(r.arrived, of: r.amount)
        r.expectedExecution = Evaluator.rate(r.expected, of: r.amount)
        return r
    }

    /// 占比: a budget's amount over the amounts of it and its siblings (top-level budgets
    /// among the top-level ones), so that a score split by it is given once in all.
    public func budgetShare(_ b: Int) -> Exact? {
        let parent = model.budgets[b].parent
        // Top-level budgets share with those of the same project (or of the department's own part).
        let project = model.budgets[b].project
        let siblings = parent.map { model.budgets[$0].children } ?? tables.topBudgets(of: project)
        var total = Exact.zero
        var mine: Exact?
        for s in siblings {
            guard let a = budget(s)?.amount, let v = try? a.baseValue(), let t = try? total.adding(v) else { return nil }
            total = t
            if s == b { mine = v }
        }
        guard let mine, !total.isZero else { return nil }
        return try? mine.divided(by: total)
    }
}
