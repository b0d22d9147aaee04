/// What each stated figure is checked against, scores and weights included: the one
/// answer the findings and the reports read, so a report's verdict beside a stated figure
/// is the finding's.
extension Judgement {
    /// The figure a stated line of a budget, an indicator or a group names, computed; nil
    /// when it names no figure of it.
    public func computedFigure(_ ref: EntityRef, _ c: StatedClaim) -> ComputedFigure? {
        switch ref {
        case .budget(let b):
            guard let m = c.member.flatMap({ Member.named($0.text) }), let r = ev.budget(b) else { return nil }
            switch m {
            case .score: return ComputedFigure(plain(score(ref)), what: "得分", how: budgetScoreHow(b, r))
            case .weight: return ComputedFigure(plain(budgetWeight(b)), what: "分值", how: .budgetWeight)
            default: return ev.budgetFigure(r, m)
            }
        case .indicator(let i):
            guard let m = c.member == nil ? .completion : Member.named(c.member!.text) else { return nil }
            switch m {
            case .score: return ComputedFigure(plain(score(ref)), what: "得分", how: indicatorScoreHow(i))
            case .weight: return ComputedFigure(plain(indicatorWeight(i)), what: "权重", how: .indicatorWeight)
            default: return ev.indicator(i).flatMap { ev.indicatorFigure(i, $0, m) }
            }
        case .group(let g):
            switch c.member.flatMap({ Member.named($0.text) }) {
            case .score?: return ComputedFigure(plain(groupScore(g)), what: "得分", how: .sumOfIndicatorScores)
            case .weight?: return ComputedFigure(plain(groupWeight(g)), what: "权重", how: .groupWeight)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// 总分, which the report states at the top level.
    /// 总分: of a project, or (nil) of the department's own part.
    public func totalFigure(project: Int? = nil) -> ComputedFigure {
        ComputedFigure(plain(totalScore(project: project)), what: "总分", how: .sumOfEveryScore)
    }

    /// The clause that scored it, as written, with the figures it reads: a table scored by
    /// bands or by deductions is explained by its own formula, not by 权重 × 完成率.
    func scoringClauseHow(_ ref: EntityRef, _ figures: [FigureHow.Figure]) -> FigureHow? {
        guard let src = ev.verdict(ref).scoredBy, src.rule >= 0, src.rule < ev.model.rules.count else { return nil }
        let rule = ev.model.rules[src.rule]
        guard src.clause >= 0, src.clause < rule.clauses.count, let e = rule.clauses[src.clause].value else { return nil }
        return .byRule(rule: rule.name.text, formula: ev.sourceText(e.span), figures: figures, decimals: scoreDecimals())
    }

    func indicatorScoreHow(_ i: Int) -> FigureHow {
        let w = indicatorWeight(i), comp = ev.indicator(i)?.completion
        var figures: [FigureHow.Figure] = []
        if let w { figures.append(.init(Bilingual(zh: "权重", en: "weight"), w.decimalString(maxDecimals: 2))) }
        if let comp { figures.append(.init(Bilingual(zh: "完成率", en: "completion"), Evaluator.percent(comp, ev.model.units).text())) }
        if let how = scoringClauseHow(.indicator(i), figures) { return how }
        guard let w, let comp else { return .scoringRule }
        return .weightTimesCompletion(weight: w.decimalString(maxDecimals: 2), completion: Evaluator.percent(comp, ev.model.units).text(), decimals: scoreDecimals())
    }

    func budgetScoreHow(_ b: Int, _ r: BudgetResult) -> FigureHow {
        let w = budgetWeight(b)
        var figures: [FigureHow.Figure] = []
        if let w { figures.append(.init(Bilingual(zh: "分值", en: "weight"), w.decimalString(maxDecimals: 2))) }
        if let x = r.execution { figures.append(.init(Bilingual(zh: "执行率", en: "执行率"), Evaluator.percent(x, ev.model.units).text())) }
        if let how = scoringClauseHow(.budget(b), figures) { return how }
        guard let w, let x = r.execution else { return .weightTimesExecutionRule }
        return .weightTimesExecution(weight: w.decimalString(maxDecimals: 2), execution: Evaluator.percent(x, ev.model.units).text(), decimals: scoreDecimals())
    }
}
