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
        func cell(_ e: Expr?, _ owner: @autoclosure () -> Bilingual, _ what: Bilingual, _ consequence: Bilingual = Bilingual(zh: "", en: "")) {
            guard let e, let s = e.blankSpan else { return }
            let o = owner()
            out.append(Diagnostic(.warning, "W-blank", Bilingual(zh: "\(o.zh)：\(what.zh)未填\(consequence.zh)", en: "\(o.en): \(what.en) is blank (未填)\(consequence.en)"), at: s,
                                  hint: Bilingual(zh: "知道后填上；在那之前它不按 0 计算", en: "fill in the figure when it is known; until then it is not counted as 0")))
        }
        func stated(_ claims: [StatedClaim], _ owner: @autoclosure () -> Bilingual, default member: Bilingual) {
            for c in claims where c.value == nil {
                let o = owner()
                out.append(Diagnostic(.warning, "W-blank", Bilingual(zh: "\(o.zh)：所写的\(c.member?.text ?? member.zh)未填，不核对",
                                                                    en: "\(o.en): the stated \(c.member?.text ?? member.en) is blank (未填): nothing is checked against it"),
                                      at: c.valueSpan, hint: Bilingual(zh: "写上表中印的数，或删去这一行", en: "write the figure the table prints, or leave the line out")))
            }
        }
        func w(_ zh: String, _ en: String) -> Bilingual { Bilingual(zh: zh, en: en) }
        let figure = w("数", "figure")
        // Read in place: a copy of each node would retain every part of it.
        for b in model.budgets.indices {
            let node = model.budgets[b]
            func owner() -> Bilingual { w("预算 \(node.name.text)", "budget \(node.name.text)") }
            cell(node.amount, owner(), w("预算数", "预算数"), w("：各项比率也是空的，不是 0%", ": its rates are blank too, not 0%"))
            cell(node.initial, owner(), w("年初预算数", "年初预算数"))
            cell(node.arrived, owner(), w("到位资金", "到位资金"), w("：到位率也是空的，不是 0%", ": its 到位率 is blank too, not 0%"))
            cell(node.executed, owner(), w("执行数", "执行数"), w("：执行率也是空的，不是 0%", ": its 执行率 is blank too, not 0%"))
            cell(node.expected, owner(), w("全年预计执行数", "全年预计执行数"), w("：预计执行率也是空的", ": its 预计执行率 is blank too"))
            cell(node.weight, owner(), w("分值", "分值"), w("：得分是空的，总分缺它", ": its 得分 is blank, and the 总分 lacks it"))
            for s in node.spends + node.allocations {
                let spend = model.spends[s].name.text
                cell(model.spends[s].amount, w("\(owner().zh)的支出 \(spend)", "\(spend) of \(owner().en)"), w("金额", "the amount"),
                     node.spends.contains(s) ? w("：预算的执行数也是空的", ": the budget's 执行数 is blank too") : w("", ""))
            }
            for source in node.sources {
                func o() -> Bilingual { w("\(owner().zh)的资金来源 \(source.name.text)", "source \(source.name.text) of \(owner().en)") }
                cell(source.amount, o(), w("预算数", "预算数"))
                cell(source.initial, o(), w("年初预算数", "年初预算数"))
                cell(source.arrived, o(), w("到位资金", "到位资金"))
                cell(source.executed, o(), w("执行数", "执行数"))
                cell(source.expected, o(), w("全年预计执行数", "全年预计执行数"))
                stated(source.stated, o(), default: figure)
            }
            stated(node.stated, owner(), default: figure)
            // Said once, at the budget that has nothing spent; a parent that sums it is unknown by it.
            if node.children.isEmpty, budget(b)?.noSpending == true {
                out.append(Diagnostic(.info, "I-no-spending",
                                      w("预算 \(node.name.text) 有金额而没有支出明细：执行数未知（不是 0），执行率和预警灯也未知",
                                        "budget \(node.name.text) has an amount and no spending lines: its 执行数 is unknown (not 0), and so are its 执行率 and its light"),
                                      at: node.name.span,
                                      hint: w("加上 `spent …` 或 `executed …` 行（表中空着的写 `executed blank`）",
                                              "add `spent …` lines or `executed …` (`executed blank` where the table leaves it empty)")))
            }
        }
        for (i, ind) in model.indicators.enumerated() where !ind.decl.isCompact {
            let d = ind.decl
            func owner() -> Bilingual { w("指标 \(d.name.text)", "indicator \(d.name.text)") }
            if case .value(_, let e)? = d.target { cell(e, owner(), w("目标", "目标"), w("：完成率、预警灯和得分也是空的，不是 0", ": its 完成率, light and score are blank too, not 0")) }
            if case .value(let e)? = d.actual { cell(e, owner(), w("实际", "实际"), w("：完成率、预警灯和得分也是空的，不是 0", ": its 完成率, light and score are blank too, not 0")) }
            cell(d.weight, owner(), w("权重", "权重"), w("：得分是空的，总分缺它", ": its 得分 is blank, and the 总分 lacks it"))
            cell(d.rate, owner(), w("评定", "评定"))
            if case .value(let e)? = d.expected { cell(e, owner(), w("全年预计", "全年预计")) }
            stated(d.stated, owner(), default: w("完成率", "完成率"))
            if isYearEnd, indicator(i)?.status == .pending {
                out.append(Diagnostic(.warning, "W-year-end-pending",
                                      Bilingual(zh: "指标 \(d.name.text) 到年末仍没有实际值（pending）：自评的完成情况是最终的，总分缺它的得分",
                                                en: "\(owner().en) is still pending at the year's end: a self-evaluation's completion is final, and the total lacks its score"),
                                      at: d.name.span,
                                      hint: Bilingual(zh: "填上 12 月 31 日的实际值；表中空着的写 `actual blank`（未填）",
                                                      en: "give its actual at December 31, or `actual blank` where the table leaves it empty")))
            }
            if indicator(i)?.status == .unverifiable {
                out.append(Diagnostic(.info, "I-unverifiable",
                                      w("指标 \(d.name.text) 只写了得分，没有目标值和实际值：按所填得分计入总分，无法核实",
                                        "indicator \(d.name.text) states only its score, without a target or an actual: it counts in the total as stated and cannot be checked"),
                                      at: d.name.span, hint: w("写上 `target …` 和 `actual …`，由 jx 计算得分", "give `target …` and `actual …` to have the score computed")))
            }
        }
        for g in model.groups {
            cell(g.weight, w("分组 \(g.name.text)", "group \(g.name.text)"), w("权重", "权重"), w("：下面的指标没有权重可分", ": what is under it has no weight to share"))
            stated(g.stated, w("分组 \(g.name.text)", "group \(g.name.text)"), default: w("得分", "得分"))
        }
        stated(model.report.stated, w("报告", "the report"), default: w("总分", "总分"))
        for c in model.constants {
            if case .value(let e) = c.value, !c.fromPolicy { cell(e, w(c.name.text, c.name.text), w("它的值", "its value")) }
        }
        return out
    }
}
