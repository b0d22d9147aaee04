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

    func indicatorScoreHow(_ i: Int) -> FigureHow {
        guard let w = indicatorWeight(i), let comp = ev.indicator(i)?.completion else { return .scoringRule }
        return .weightTimesCompletion(weight: w.decimalString(maxDecimals: 2), completion: Evaluator.percent(comp, ev.model.units).text(), decimals: scoreDecimals())
    }

    func budgetScoreHow(_ b: Int, _ r: BudgetResult) -> FigureHow {
        guard let w = budgetWeight(b), let x = r.execution else { return .weightTimesExecutionRule }
        return .weightTimesExecution(weight: w.decimalString(maxDecimals: 2), execution: Evaluator.percent(x, ev.model.units).text(), decimals: scoreDecimals())
    }
}
