/// The layout of a self-evaluation (绩效自评), which the zh, HTML and Markdown reports share:
/// the 自评表 (budget rows with 分值 and 得分, indicator rows with 指标值, 实际完成值, 权重,
/// 得分 and 偏差原因分析及改进措施), 总分 and 等级, then the 自评报告 text.
///
/// A self-evaluation is judged over the year, so nothing here speaks of the monitoring
/// layout's node, time progress, lights or likelihood: a row still pending at December 31
/// has no actual (年末无实际完成值), not an actual yet to come.
public enum SelfEvaluation {
    /// A report is a self-evaluation when its title says so (自评), or when it is scored at
    /// a node of December 31 (the year is over: what it reports is the year's result).
    public static func applies(to r: ReportData) -> Bool {
        if r.title.contains("自评") { return true }
        guard let n = r.node, n.hasSuffix("12-31") else { return false }
        return r.totalScore != nil || !r.totalMissing.isEmpty || r.projects.contains { $0.totalScore != nil || !$0.missing.isEmpty }
    }

    /// The report's date in words, as a self-evaluation names it (自评时点).
    static func header(_ r: ReportData) -> [String] {
        var lines: [String] = []
        if let d = r.department { lines.append("部门单位名称：\(d)") }
        var when: [String] = []
        if let y = r.year { when.append("评价年度：\(y) 年") }
        if let n = r.node { when.append("自评时点：\(ChineseDate.full(n) ?? n)") }
        if !when.isEmpty { lines.append(when.joined(separator: "；") + "。") }
        return lines
    }

    static func score(_ e: Exact?) -> String { e?.decimalString(maxDecimals: 2) ?? "" }

    static func pct(_ e: Exact?, _ decimals: Int) -> String { ReportData.percent(e, decimals).map { $0 + "%" } ?? "" }

    /// The one-line summary, in a self-evaluation's words (no lights, no node).
    public static func summary(_ r: ReportData) -> String {
        let errors = r.findings.count(where: { $0.severity == .error })
        let warnings = r.findings.count(where: { $0.severity == .warning })
        var parts = ["\(r.budgets.count) 项预算", "\(r.indicators.count) 个指标"]
        let counts = RowCounts(r)
        let pending = counts.count(.pending)
        if pending > 0 { parts.append("\(pending) 个年末无实际完成值") }
        let blank = counts.count(.blank)
        if blank > 0 { parts.append("\(blank) 个未填") }
        parts.append("\(errors) 个错误，\(warnings) 个警告")
        if r.assertsPassed + r.assertsFailed > 0 { parts.append("断言 \(r.assertsPassed) 通过，\(r.assertsFailed) 失败") }
        return parts.joined(separator: "；")
    }

    // MARK: the 自评表

    /// The budget rows: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. A part of a
    /// budget is named under it (其中：基本支出); a blank cell says so.
    public static func budgetTable(_ r: ReportData, decimals: Int = 0) -> ReportTables.Table {
        let header = ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
        let rows = r.budgets.map { b -> [String] in
            let blank = b.blank
            func money(_ q: Quantity?, _ m: Member, statedAs member: String) -> String {
                if q == nil, let blank, blank.missing.contains(m) { return blank.shown(from: [m]) }
                return q == nil ? "" : ChineseReport.amount(q, statedAs: member, in: b)
            }
            var execution = pct(b.execution, decimals)
            if b.execution == nil, let blank, blank.missing.contains(.executed) || blank.missing.contains(.amount) {
                execution = blank.shown(from: [.amount, .executed])
            }
            var scored = score(b.score)
            if b.score == nil, b.weight != nil || blank?.missing.contains(.weight) == true, let blank { scored = blank.shown(from: [.amount, .executed, .weight]) }
            scored += disagreement(b.stated)
            let weight = blank?.missing.contains(.weight) == true ? Evaluator.blankText : score(b.weight)
            return [(b.depth > 0 ? String(repeating: "　", count: b.depth - 1) + "其中：" : "") + b.name,
                    money(b.initial, .initial, statedAs: "initial"), money(b.amount, .amount, statedAs: "amount"),
                    money(b.executed, .executed, statedAs: "executed"), weight, execution, scored]
        }
        return ReportTables.Table(header: header, rows: rows)
    }

    /// The indicator rows: 一级, 二级, 三级指标, 指标值, 实际完成值, 权重, 得分, 偏差原因分析及改进措施.
    public static func indicatorTable(_ r: ReportData) -> ReportTables.Table {
        let header = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "得分", "偏差原因分析及改进措施"]
        let rows = r.indicators.map { i -> [String] in
            [i.level1 ?? i.path.first ?? "", i.level2 ?? "", i.name, i.target, actual(i),
             ReportData.weightText(i) ?? score(i.weight), indicatorScore(i) + disagreement(i.statedFigures), remedy(i)]
        }
        return ReportTables.Table(header: header, rows: rows)
    }

    /// 实际完成值 as the table prints it: a pending row at the year's end has none.
    static func actual(_ i: ReportData.IndicatorRow) -> String {
        switch i.status {
        case .pending?: "\(ShownText.none)（年末无实际值）"
        case .blank? where i.blank?.missing.contains(.actual) == true: Evaluator.blankText
        default: i.actual
        }
    }

    /// 得分, or `—` with why it has none where it is weighted.
    static func indicatorScore(_ i: ReportData.IndicatorRow) -> String {
        if let s = i.score { return score(s) }
        if i.status == .pending, i.weight != nil { return "\(ShownText.none)（未计入总分）" }
        if let b = i.blank { return b.shown }
        return ""
    }

    /// 偏差原因分析及改进措施: the row's cause and its note.
    static func remedy(_ i: ReportData.IndicatorRow) -> String {
        [i.cause, i.note.map(ChineseReport.sentence)].compactMap { $0 }.joined(separator: "；")
    }

    /// `（表列 9.5，不符）` after a computed score the table states otherwise: the reader sees
    /// both where they differ (the finding says why); nothing where they agree.
    static func disagreement(_ figures: [ReportData.StatedFigure], member: String = Member.score.rawValue) -> String {
        guard let f = figures.first(where: { $0.member == member }), f.verdict == .differs else { return "" }
        return "（表列 \(f.written)，不符）"
    }

    /// `总分 74.7 分，等级：良`, or incomplete without a grade.
    static func total(_ r: ReportData) -> String? {
        guard r.totalScore != nil || !r.totalMissing.isEmpty else { return nil }
        let shown = (r.totalScore?.decimalString(maxDecimals: 2) ?? ShownText.none) + " 分" + disagreement(r.totalStated, member: "totalScore")
        return r.totalMissing.isEmpty ? "总分 \(shown)，等级：\(r.rating ?? ShownText.none)"
            : "总分 \(shown)（\(incomplete(r.totalMissing))），不评定等级"
    }

    /// What a total lacks, in a self-evaluation's words.
    public static func incomplete(_ missing: [MissingScore]) -> String {
        missing.isEmpty ? "" : "不完整：缺 " + missing.map { m in
            m.reason == .pendingAtYearEnd ? "\(m.name)（年末无实际完成值）" : m.chinese
        }.joined(separator: "、")
    }

    // MARK: the 自评报告

    /// One chapter of the 自评报告: its title and paragraphs (plain text).
    public struct Section: Sendable {
        public var title: String
        public var paragraphs: [String]
    }

    /// 绩效目标实现情况, 偏差原因及改进措施, 结果应用: for one part of the report.
    public static func narrative(_ r: ReportData, decimals: Int = 0) -> [Section] {
        [achievement(r, decimals), deviations(r, decimals), application(r)]
    }

    static func status(_ s: Status?) -> String {
        switch s {
        case .met?: "已完成"
        case .unmet?: "未完成"
        case .pending?: "年末无实际完成值"
        case .blank?: "未填"
        case .unverifiable?: "无法核验"
        case nil: "无法计算"
        }
    }

    static func achievement(_ r: ReportData, _ decimals: Int) -> Section {
        var ps: [String] = []
        for b in r.budgets where b.depth == 0 {
            var t = "\(b.name)全年预算数 \(ChineseReport.amount(b.amount, statedAs: "amount", in: b))"
            if let x = b.executed {
                t += "，全年执行数 \(ChineseReport.amount(x, statedAs: "executed", in: b))，预算执行率 \(pct(b.execution, decimals))"
            } else if let blank = b.blank {
                t += "，执行数\(blank.reason == .noSpending ? "未知" : "未填")，预算执行率 \(blank.shown(from: [.amount, .executed]))"
            }
            if let s = b.score { t += "，得分 \(score(s)) 分" + (b.weight.map { "（分值 \(score($0))）" } ?? "") }
            ps.append(t + "。")
        }
        if !r.indicators.isEmpty {
            let level1 = Set(r.indicators.compactMap(\.level1)).count
            let level2 = Set(r.indicators.compactMap { i in i.level2.map { (i.level1 ?? "") + "/" + $0 } }).count
            let levels = [("一级", level1), ("二级", level2), ("三级", r.indicators.count)].filter { $0.1 > 0 || $0.0 == "三级" }
            var t = "共设置" + levels.map { "\($0.0)指标 \($0.1) 个" }.joined(separator: "，")
            let tally = RowCounts(r)
            let counts = [Status.met, .unmet, .pending, .blank, .unverifiable].compactMap { s -> String? in
                let k = tally.count(s)
                return k > 0 ? "\(status(s)) \(k) 个" : nil
            }
            if !counts.isEmpty { t += "，其中" + counts.joined(separator: "、") }
            ps.append(t + "。")
            let groups = r.groups.filter { $0.level == 1 }.compactMap { g -> String? in
                let weight = g.weight.map { "权重 \(score($0))" }
                if let s = g.score { return "\(g.name) \(score(s)) 分" + (weight.map { "（\($0)）" } ?? "") }
                return weight.map { "\(g.name)未评分（\($0)）" }
            }
            if !groups.isEmpty { ps.append("各项得分：" + groups.joined(separator: "，") + "。") }
        }
        if let t = total(r) { ps.append(t + "。") }
        if ps.isEmpty { ps.append("本部分未设置预算和绩效指标。") }
        return Section(title: "绩效目标实现情况", paragraphs: ps)
    }

    /// Each budget not fully spent and each indicator not met (or without an actual, or with
    /// a cause or note): its figures, then the cause and the note as the script gives them.
    static func deviations(_ r: ReportData, _ decimals: Int) -> Section {
        var ps: [String] = []
        for b in r.budgets where b.depth == 0 {
            guard let e = b.execution, e < .one else { continue }
            var t = "\(b.name)：预算执行率 \(pct(e, decimals))"
            if let a = b.amount, let x = try? b.executed?.converted(to: a.unit), let rest = try? a.value.subtracting(x.value) {
                t += "，未执行 \(ChineseReport.amount(Quantity(rest, a.unit)))"
            }
            ps.append(t + "。")
        }
        for i in r.indicators where i.status != .met || i.cause != nil || i.note != nil {
            if i.status == .unverifiable && i.target.isEmpty && i.actual.isEmpty {
                // A row that only states its score: nothing measured to explain, but it cannot be checked.
                var t = "\(i.name)：表上只列得分" + (i.score.map { " \(score($0)) 分" } ?? "") + (i.weight.map { "（权重 \(score($0))）" } ?? "")
                t += "，未列指标值和实际完成值，无法核验。"
                if let c = i.cause { t += "偏差原因：\(ChineseReport.sentence(c))" }
                if let n = i.note { t += "改进措施及说明：\(ChineseReport.sentence(n))" }
                ps.append(t)
                continue
            }
            var t = "\(i.name)：指标值 \(ChineseReport.spaced(i.target))"
            switch i.status {
            case .pending?: t += "，年末无实际完成值，得分未计入总分"
            case .blank?:
                let cells = i.blank?.missing.compactMap { m -> String? in
                    // A blank 指标值 reads so already, in the lead.
                    switch m { case .actual: "实际完成值"; case .weight: "权重"; default: nil }
                } ?? []
                t += (cells.isEmpty ? "" : "，" + cells.joined(separator: "、") + "未填") + "，得分未计入总分"
            default: t += "，实际完成值 \(ChineseReport.spaced(i.actual))，完成率 \(pct(i.completion, decimals).isEmpty ? ShownText.none : pct(i.completion, decimals))，\(status(i.status))"
            }
            if let s = i.score { t += "，得分 \(score(s)) 分" + (i.weight.map { "（权重 \(score($0))）" } ?? "") }
            t += "。"
            if let c = i.cause { t += "偏差原因：\(ChineseReport.sentence(c))" }
            if let n = i.note { t += "改进措施及说明：\(ChineseReport.sentence(n))" }
            ps.append(t)
        }
        let numbered = ps.enumerated().map { "（\($0.offset + 1)）\($0.element)" }
        return Section(title: "偏差原因及改进措施", paragraphs: numbered.isEmpty ? ["预算全部执行，各项指标均已完成，无偏差。"] : numbered)
    }

    /// What the score is used for: a grade and the rows to improve, or what is missing first.
    static func application(_ r: ReportData) -> Section {
        var ps: [String] = []
        if !r.totalMissing.isEmpty {
            ps.append("总分\(incomplete(r.totalMissing))，补齐后方可评定等级并应用自评结果。")
        } else if let t = r.totalScore {
            ps.append("自评总分 \(score(t)) 分，等级 \(r.rating ?? ShownText.none)，作为以后年度预算安排和绩效目标设定的依据。")
        }
        let unmet = r.indicators.filter { $0.status == .unmet }.map(\.name)
        if !unmet.isEmpty { ps.append("未完成目标的指标（\(unmet.joined(separator: "、"))）在下一年度绩效目标设定和预算安排中予以改进。") }
        if ps.isEmpty { ps.append("本部分未评分。") }
        return Section(title: "结果应用", paragraphs: ps)
    }
}
