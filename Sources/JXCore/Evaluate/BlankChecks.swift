/// Blank cells, said once each: a `W-blank` at every figure written `blank` (未填), naming
/// what is blank because of it; an `I-no-spending` for a budget whose 执行数 is unknown for
/// want of any spending line; an `I-unverifiable` for a row that only states its score; at
/// the year's end (node 12-31) a `W-year-end-pending` for an indicator still pending.
/// What is computed from a blank is blank and says nothing more (no cascade): a rule
/// comparing it gives no finding, a total that lacks it says so once (W-incomplete).
extension Evaluator {
    func blankFindings() -> [Diagnostic] {
        var out: [Diagnostic] = []
        // The owner's words are made only for a cell that is blank: most are not.
        func cell(_ e: Expr?, _ owner: @autoclosure () -> String, _ what: String, _ consequence: String) {
            guard let e, let s = e.blankSpan else { return }
            out.append(Diagnostic(.warning, "W-blank", "\(owner()): \(what) is blank (未填)\(consequence)", at: s,
                                  hint: "fill in the figure when it is known; until then it is not counted as 0"))
        }
        func stated(_ claims: [StatedClaim], _ owner: @autoclosure () -> String, default member: String) {
            for c in claims where c.value == nil {
                out.append(Diagnostic(.warning, "W-blank", "\(owner()): the stated \(c.member?.text ?? member) is blank (未填): nothing is checked against it", at: c.valueSpan,
                                      hint: "write the figure the table prints, or leave the line out"))
            }
        }
        // Read in place: a copy of each node would retain every part of it.
        for b in model.budgets.indices {
            let node = model.budgets[b]
            func owner() -> String { "budget \(node.name.text)" }
            cell(node.amount, owner(), "预算数", ": its rates are blank too, not 0%")
            cell(node.initial, owner(), "年初预算数", "")
            cell(node.arrived, owner(), "到位资金", ": its 到位率 is blank too, not 0%")
            cell(node.executed, owner(), "执行数", ": its 执行率 is blank too, not 0%")
            cell(node.expected, owner(), "全年预计执行数", ": its 预计执行率 is blank too")
            cell(node.weight, owner(), "分值", ": its 得分 is blank, and the 总分 lacks it")
            for s in node.spends + node.allocations {
                cell(model.spends[s].amount, "\(model.spends[s].name.text) of \(owner())", "the amount", node.spends.contains(s) ? ": the budget's 执行数 is blank too" : "")
            }
            for source in node.sources {
                func o() -> String { "source \(source.name.text) of \(owner())" }
                cell(source.amount, o(), "预算数", "")
                cell(source.initial, o(), "年初预算数", "")
                cell(source.arrived, o(), "到位资金", "")
                cell(source.executed, o(), "执行数", "")
                cell(source.expected, o(), "全年预计执行数", "")
                stated(source.stated, o(), default: "figure")
            }
            stated(node.stated, owner(), default: "figure")
            // Said once, at the budget that has nothing spent; a parent that sums it is unknown by it.
            if node.children.isEmpty, budget(b)?.noSpending == true {
                out.append(Diagnostic(.info, "I-no-spending", "budget \(node.name.text) has an amount and no spending lines: its 执行数 is unknown (not 0), and so are its 执行率 and its light",
                                      at: node.name.span, hint: "add `spent …` lines or `executed …` (`executed blank` where the table leaves it empty)"))
            }
        }
        for (i, ind) in model.indicators.enumerated() where !ind.decl.isCompact {
            let d = ind.decl
            func owner() -> String { "indicator \(d.name.text)" }
            if case .value(_, let e)? = d.target { cell(e, owner(), "目标", ": its 完成率, light and score are blank too, not 0") }
            if case .value(let e)? = d.actual { cell(e, owner(), "实际", ": its 完成率, light and score are blank too, not 0") }
            cell(d.weight, owner(), "权重", ": its 得分 is blank, and the 总分 lacks it")
            cell(d.rate, owner(), "评定", "")
            if case .value(let e)? = d.expected { cell(e, owner(), "全年预计", "") }
            stated(d.stated, owner(), default: "完成率")
            if isYearEnd, indicator(i)?.status == .pending {
                out.append(Diagnostic(.warning, "W-year-end-pending",
                                      Bilingual(zh: "指标 \(d.name.text) 到年末仍没有实际值（pending）：自评的完成情况是最终的，总分缺它的得分",
                                                en: "\(owner()) is still pending at the year's end: a self-evaluation's completion is final, and the total lacks its score"),
                                      at: d.name.span,
                                      hint: Bilingual(zh: "填上 12 月 31 日的实际值；表中空着的写 `actual blank`（未填）",
                                                      en: "give its actual at December 31, or `actual blank` where the table leaves it empty")))
            }
            if indicator(i)?.status == .unverifiable {
                out.append(Diagnostic(.info, "I-unverifiable", "\(owner()) states only its score, without a target or an actual: it counts in the total as stated and cannot be checked",
                                      at: d.name.span, hint: "give `target …` and `actual …` to have the score computed"))
            }
        }
        for g in model.groups {
            cell(g.weight, "group \(g.name.text)", "权重", ": what is under it has no weight to share")
            stated(g.stated, "group \(g.name.text)", default: "得分")
        }
        stated(model.report.stated, "the report", default: "总分")
        for c in model.constants {
            if case .value(let e) = c.value, !c.fromPolicy { cell(e, c.name.text, "its value", "") }
        }
        return out
    }
}
