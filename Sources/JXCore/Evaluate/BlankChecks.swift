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
        // Read in place, through the arrays' buffers: a copy of each node (`let node =
        // model.budgets[b]`) retained every part of it, 40 M instructions at 10^4.
        model.budgets.withUnsafeBufferPointer { budgets in
            for b in budgets.indices {
                func owner() -> BlankMessage.Owner { .budget(budgets[b].name.text) }
                cell(budgets[b].amount, owner(), .field("预算数"), .rates)
                cell(budgets[b].initial, owner(), .field("年初预算数"))
                cell(budgets[b].arrived, owner(), .field("到位资金"), .arrival)
                cell(budgets[b].executed, owner(), .field("执行数"), .execution)
                cell(budgets[b].expected, owner(), .field("全年预计执行数"), .expectedExecution)
                cell(budgets[b].weight, owner(), .field("分值"), .scoreAndTotal)
                for s in budgets[b].spends {
                    cell(model.spends[s].amount, .spend(model.spends[s].name.text, budget: budgets[b].name.text), .spendAmount, .budgetExecuted)
                }
                for s in budgets[b].allocations {
                    cell(model.spends[s].amount, .spend(model.spends[s].name.text, budget: budgets[b].name.text), .spendAmount,
                         budgets[b].spends.contains(s) ? .budgetExecuted : nil)
                }
                for k in budgets[b].sources.indices {
                    func o() -> BlankMessage.Owner { .source(budgets[b].sources[k].name.text, budget: budgets[b].name.text) }
                    cell(budgets[b].sources[k].amount, o(), .field("预算数"))
                    cell(budgets[b].sources[k].initial, o(), .field("年初预算数"))
                    cell(budgets[b].sources[k].arrived, o(), .field("到位资金"))
                    cell(budgets[b].sources[k].executed, o(), .field("执行数"))
                    cell(budgets[b].sources[k].expected, o(), .field("全年预计执行数"))
                    stated(budgets[b].sources[k].stated, o(), default: .figure)
                }
                stated(budgets[b].stated, owner(), default: .figure)
                // Said once, at the budget that has nothing spent; a parent that sums it is unknown by it.
                if budgets[b].children.isEmpty, budget(b)?.noSpending == true {
                    out.append(Diagnostic(.info, .noSpending, .blank(.noSpending(budget: budgets[b].name.text)), at: budgets[b].name.span, hint: .blank(.noSpendingHint)))
                }
            }
        }
        model.indicators.withUnsafeBufferPointer { indicators in
            for i in indicators.indices where !indicators[i].decl.isCompact {
                func owner() -> BlankMessage.Owner { .indicator(indicators[i].decl.name.text) }
                if case .value(_, let e)? = indicators[i].decl.target { cell(e, owner(), .field("目标"), .completionLightScore) }
                if case .value(let e)? = indicators[i].decl.actual { cell(e, owner(), .field("实际"), .completionLightScore) }
                cell(indicators[i].decl.weight, owner(), .field("权重"), .scoreAndTotal)
                cell(indicators[i].decl.rate, owner(), .field("评定"))
                if case .value(let e)? = indicators[i].decl.expected { cell(e, owner(), .field("全年预计")) }
                stated(indicators[i].decl.stated, owner(), default: .field("完成率"))
                if isYearEnd, indicator(i)?.status == .pending {
                    out.append(Diagnostic(.warning, .yearEndPending, .blank(.pendingAtYearEnd(indicator: indicators[i].decl.name.text)),
                                          at: indicators[i].decl.name.span, hint: .blank(.pendingAtYearEndHint)))
                }
                if indicator(i)?.status == .unverifiable {
                    out.append(Diagnostic(.info, .unverifiable, .blank(.onlyScore(indicator: indicators[i].decl.name.text)),
                                          at: indicators[i].decl.name.span, hint: .blank(.onlyScoreHint)))
                }
            }
        }
        for g in model.groups.indices {
            cell(model.groups[g].weight, .group(model.groups[g].name.text), .field("权重"), .groupWeight)
            stated(model.groups[g].stated, .group(model.groups[g].name.text), default: .field("得分"))
        }
        stated(model.report.stated, .report, default: .field("总分"))
        for c in model.constants {
            if case .value(let e) = c.value, !c.fromPolicy { cell(e, .constant(c.name.text), .constantValue) }
        }
        return out
    }
}
