/// Blank cells, said once each: a `W-blank` at every figure written `blank` (未填), naming
/// what is blank because of it; an `I-no-spending` for a budget whose 执行数 is unknown for
/// want of any spending line; an `I-unverifiable` for a row that only states its score; at
/// the year's end (node 12-31) a `W-year-end-pending` for an indicator still pending.
/// What is computed from a blank is blank and says nothing more (no cascade): a rule
/// comparing it gives no finding, a total that lacks it says so once (W-incomplete).
extension Evaluator {
    func blankFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        typealias Cell = BlankMessage.Cell
        // The owner is named only for a cell that is blank: most are not.
        func cell(_ e: Expr?, _ owner: @autoclosure () -> BlankMessage.Owner, _ what: Cell, _ consequence: BlankMessage.Consequence? = nil) {
            guard let e, let s = e.blankSpan else { return }
            out.append(Diagnostic(.warning, .blank, .blank(.blankCell(owner(), what, consequence)), at: s, hint: .blank(.blankCellHint)))
        }
        func stated(_ claims: [StatedClaim], _ owner: @autoclosure () -> BlankMessage.Owner, default member: Cell) {
            for c in claims where c.value == nil {
                out.append(Diagnostic(.warning, .blank, .blank(.blankStated(owner(), member: c.member?.text, default: member)),
                                      at: c.valueSpan, hint: .blank(.blankStatedHint)))
            }
        }
        // Read in place: a copy of each node would retain every part of it.
        for b in model.budgets.indices {
            let node = model.budgets[b]
            func owner() -> BlankMessage.Owner { .budget(node.name.text) }
            cell(node.amount, owner(), .field("预算数"), .rates)
            cell(node.initial, owner(), .field("年初预算数"))
            cell(node.arrived, owner(), .field("到位资金"), .arrival)
            cell(node.executed, owner(), .field("执行数"), .execution)
            cell(node.expected, owner(), .field("全年预计执行数"), .expectedExecution)
            cell(node.weight, owner(), .field("分值"), .scoreAndTotal)
            for s in node.spends + node.allocations {
                cell(model.spends[s].amount, .spend(model.spends[s].name.text, budget: node.name.text), .spendAmount,
                     node.spends.contains(s) ? .budgetExecuted : nil)
            }
            for source in node.sources {
                func o() -> BlankMessage.Owner { .source(source.name.text, budget: node.name.text) }
                cell(source.amount, o(), .field("预算数"))
                cell(source.initial, o(), .field("年初预算数"))
                cell(source.arrived, o(), .field("到位资金"))
                cell(source.executed, o(), .field("执行数"))
                cell(source.expected, o(), .field("全年预计执行数"))
                stated(source.stated, o(), default: .figure)
            }
            stated(node.stated, owner(), default: .figure)
            // Said once, at the budget that has nothing spent; a parent that sums it is unknown by it.
            if node.children.isEmpty, budget(b)?.noSpending == true {
                out.append(Diagnostic(.info, .noSpending, .blank(.noSpending(budget: node.name.text)), at: node.name.span, hint: .blank(.noSpendingHint)))
            }
        }
        for (i, ind) in model.indicators.enumerated() where !ind.decl.isCompact {
            let d = ind.decl
            func owner() -> BlankMessage.Owner { .indicator(d.name.text) }
            if case .value(_, let e)? = d.target { cell(e, owner(), .field("目标"), .completionLightScore) }
            if case .value(let e)? = d.actual { cell(e, owner(), .field("实际"), .completionLightScore) }
            cell(d.weight, owner(), .field("权重"), .scoreAndTotal)
            cell(d.rate, owner(), .field("评定"))
            if case .value(let e)? = d.expected { cell(e, owner(), .field("全年预计")) }
            stated(d.stated, owner(), default: .field("完成率"))
            if isYearEnd, indicator(i)?.status == .pending {
                out.append(Diagnostic(.warning, .yearEndPending, .blank(.pendingAtYearEnd(indicator: d.name.text)), at: d.name.span,
                                      hint: .blank(.pendingAtYearEndHint)))
            }
            if indicator(i)?.status == .unverifiable {
                out.append(Diagnostic(.info, .unverifiable, .blank(.onlyScore(indicator: d.name.text)), at: d.name.span, hint: .blank(.onlyScoreHint)))
            }
        }
        for g in model.groups {
            cell(g.weight, .group(g.name.text), .field("权重"), .groupWeight)
            stated(g.stated, .group(g.name.text), default: .field("得分"))
        }
        stated(model.report.stated, .report, default: .field("总分"))
        for c in model.constants {
            if case .value(let e) = c.value, !c.fromPolicy { cell(e, .constant(c.name.text), .constantValue) }
        }
        return out
    }
}
