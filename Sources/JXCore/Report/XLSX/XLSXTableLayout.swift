/// One part of a report laid out as its table: the title, the project's line, the funds
/// block, the indicator table with 一级 and 二级 merged over their rows, and (a
/// self-evaluation) the 总分 row. The headers are those the shipped column maps read.
struct XLSXTableLayout {
    let report: ReportData
    let part: ReportData.Part
    let selfEvaluation: Bool

    /// The month of the node (`2021-06-30`, `06-30`), for 1-X月 headers; December without one.
    var month: Int {
        let parts = report.node?.split(separator: "-") ?? []
        guard parts.count >= 2, let m = Int(parts[parts.count - 2]) else { return 12 }
        return m
    }

    /// The first budget of the part, named as the project's funds (资金总额).
    var total: ReportData.BudgetRow? { part.budgets.first { $0.depth == 0 } }

    func sheet(named name: String) -> XLSXSheet {
        var s = XLSXSheet(name: name)
        let columns = selfEvaluation ? 10 : 11
        for (c, w) in [1: 12, 2: 22, 3: 30, 4: 14, 5: 16, 6: 14, 7: 16, 8: 16, 9: 12, 10: 16, 11: 28] where c <= columns { s.widths[c] = w }
        // A project's table names it; the department's own part is named by its sheet, after
        // its funds (XLSXReport.sheets), as `jx import` names a table without 项目名称.
        let projectName = part.project
        s.text(1, 1, report.title, .title)
        s.heights[1] = 28
        s.merge(1, 1, 1, columns)
        if let projectName {
            s.text(2, 1, "项目名称", .header)
            s.text(2, 2, projectName)
            s.merge(2, 2, 2, 4)
        }
        s.text(2, 5, "主管部门", .header)
        s.text(2, 6, part.budgets.first?.department ?? part.indicators.first?.department ?? report.department)
        s.merge(2, 6, 2, 8)
        s.text(2, 9, "年度", .header)
        s.put(2, 10, report.year.map { .text(String($0)) } ?? .text(""), .text)
        var row = funds(&s, from: 4)
        row = indicators(&s, from: row + 1)
        if selfEvaluation {
            s.text(row, 1, "总分", .header)
            s.merge(row, 1, row, 7)
            XLSXTableLayout.figure(&s, row, 9, part.stated.first, computed: part.totalScore, percent: false)
        }
        return s
    }

    /// The funds block from `row`; returns the row after it.
    func funds(_ s: inout XLSXSheet, from row: Int) -> Int {
        let unit = total?.amount?.unit
        let u = unit.map { "（\($0.name)）" } ?? ""
        let headers = selfEvaluation
            ? ["项目", "年初预算数\(u)", "全年预算数\(u)", "全年执行数\(u)", "分值", "执行率", "得分"]
            : ["项目", "年初预算数\(u)", "调整后预算数\(u)", "1-\(month)月执行数\(u)", "1-\(month)月执行率", "全年预计执行数\(u)"]
        s.text(row, 1, "项目资金\(u)", .header)
        s.heights[row] = 32
        for (k, h) in headers.enumerated() { s.text(row, 2 + k, h, .header) }
        func money(_ q: Quantity?) -> Exact? {
            guard let q else { return nil }
            guard let unit, let c = try? q.converted(to: unit) else { return q.value }
            return c.value
        }
        var r = row
        func line(_ label: String, initial: Quantity?, amount: Quantity?, executed: Quantity?, expected: Quantity?, execution: Exact?, weight: Exact?, score: Exact?,
                  stated: [ReportData.StatedFigure]) {
            r += 1
            s.text(r, 2, label)
            s.number(r, 3, money(initial), .money)
            s.number(r, 4, money(amount), .money)
            s.number(r, 5, money(executed), .money)
            let rate = (selfEvaluation ? 7 : 6)
            XLSXTableLayout.figure(&s, r, rate, stated.first { $0.member == Member.execution.rawValue }, computed: execution, percent: true)
            if selfEvaluation {
                s.number(r, 6, weight, .number, decimals: 2)
                XLSXTableLayout.figure(&s, r, 8, stated.first { $0.member == Member.score.rawValue }, computed: score, percent: false)
            } else {
                s.number(r, 7, money(expected), .money)
            }
        }
        for b in part.budgets {
            let label = b.index == total?.index ? "资金总额" : String(repeating: "　", count: b.depth) + b.name
            line(label, initial: b.initial, amount: b.amount, executed: b.executed, expected: b.expected, execution: b.execution, weight: b.weight, score: b.score,
                 stated: b.stated)
            // The project's funds by source (a source's rate where the script states it);
            // a part's sources would read as the project's, so parts show their own row only.
            guard b.index == total?.index else { continue }
            for src in b.sourceRows {
                line(src.name, initial: src.initial, amount: src.amount,
                     executed: src.executed, expected: src.expected, execution: nil, weight: nil, score: nil, stated: src.stated)
            }
        }
        if r == row { r += 1; s.text(r, 2, "资金总额") }
        s.merge(row, 1, r, 1)
        return r + 1
    }

    /// The indicator table from `row`; returns the row after it.
    func indicators(_ s: inout XLSXSheet, from row: Int) -> Int {
        let headers = selfEvaluation
            ? ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
            : ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "1-\(month)月执行情况", "全年预计完成情况", "偏差原因", "完成目标可能性", "原因说明"]
        for (k, h) in headers.enumerated() { s.text(row, 1 + k, h, .header) }
        s.heights[row] = 32
        var r = row
        var start1 = row + 1, start2 = row + 1
        var last1: String?? = .none, last2: String?? = .none
        for i in part.indicators {
            r += 1
            // The groups as the script names them (产出指标, not the level's short name).
            let level1 = i.level1 == nil ? nil : i.path.first, level2 = i.level2 == nil ? nil : (i.path.count > 1 ? i.path[1] : nil)
            if last1 != .some(level1) {
                if r > start1 { s.merge(start1, 1, r - 1, 1) }
                start1 = r
                last1 = .some(level1)
                last2 = .none
            }
            if last2 != .some(level2) {
                if r > start2 { s.merge(start2, 2, r - 1, 2) }
                start2 = r
                last2 = .some(level2)
            }
            s.text(r, 1, level1)
            s.text(r, 2, level2)
            s.text(r, 3, i.name)
            cells(&s, r, i)
        }
        if r > row {
            s.merge(start1, 1, r, 1)
            s.merge(start2, 2, r, 2)
        }
        return r + 1
    }

    /// A row's figures: 指标性质, the target's number and its unit, the actual in the
    /// target's unit (in words where it is none), and the rest as the template has them.
    func cells(_ s: inout XLSXSheet, _ r: Int, _ i: ReportData.IndicatorRow) {
        let unit = i.targetQuantity?.unit
        switch i.kind {
        case .qualitative?:
            s.text(r, 4, "定性")
            s.text(r, 5, i.target)
        case .deadline?:
            s.text(r, 4, "")
            s.text(r, 5, i.target.hasPrefix("deadline ") ? String(i.target.dropFirst(9)) : i.target)
        default:
            s.text(r, 4, XLSXTableLayout.comparator(i))
            if let t = i.targetQuantity { s.number(r, 5, t.value, .number) } else { s.text(r, 5, i.target) }
        }
        s.text(r, 6, unit?.name)
        s.put(r, 7, actual(i.actualQuantity, written: i.actual, unit: unit, pending: i.status == .pending), i.actualQuantity == nil ? .text : .number)
        // A blank cell of the script is a blank cell of the table.
        let blank = i.blank?.reason == .blank ? i.blank?.missing ?? [] : []
        if blank.contains(.target) { s.text(r, 5, nil) }
        if blank.contains(.actual) { s.text(r, 7, nil) }
        if selfEvaluation {
            s.number(r, 8, i.weight, .number, decimals: 2)
            XLSXTableLayout.figure(&s, r, 9, i.statedFigures.first { $0.member == Member.score.rawValue }, computed: i.score, percent: false)
            s.text(r, 10, i.note)
        } else {
            // 全年预计 as the script gives it; jx's own forecast is the report's, not the table's.
            if let w = i.expectedWritten {
                let written = w.hasPrefix("\"") && w.hasSuffix("\"") && w.count >= 2 ? String(w.dropFirst().dropLast()) : w
                s.put(r, 8, actual(i.expected, written: written, unit: unit, pending: false), i.expected == nil ? .text : .number)
            } else {
                s.text(r, 8, nil)
            }
            s.text(r, 9, i.cause)
            s.text(r, 10, i.likelihood)
            s.text(r, 11, i.note)
        }
    }

    func actual(_ q: Quantity?, written: String, unit: Unit?, pending: Bool) -> XLSXSheet.Value {
        if pending { return .text(Status.pending.chinese) }
        guard let q else { return .text(written == "done" ? "已完成" : written) }
        guard let unit else { return .text(written) }
        guard let c = try? q.converted(to: unit) else { return .text(written) }
        return .number(c.value.decimalString(maxDecimals: 6))
    }

    /// A rate or a score: as the script states it, at the precision it is written in, else
    /// as computed (rates to two decimals, scores as they are).
    static func figure(_ s: inout XLSXSheet, _ r: Int, _ c: Int, _ stated: ReportData.StatedFigure?, computed: Exact?, percent: Bool) {
        if let f = stated {
            // A cell the table leaves blank (`stated 得分 blank`) stays blank.
            guard let q = f.value else { return s.text(r, c, nil) }
            let v = percent ? (try? q.value.divided(by: .hundred)) : q.value
            return s.number(r, c, v, percent ? .percent(f.decimals) : .fixed(f.decimals))
        }
        guard let computed else { return s.text(r, c, nil) }
        s.number(r, c, computed, percent ? .percent(2) : .number)
    }

    /// The comparator of a target as the tables write it in 指标性质.
    static func comparator(_ i: ReportData.IndicatorRow) -> String {
        switch i.kind {
        case .reverse?, .cost?: return "≤"
        case .equality?: return "="
        default:
            let t = i.target
            return t.hasPrefix("≥") || t.hasPrefix(">=") || t.hasPrefix("＞") || t.hasPrefix(">") || t.hasSuffix("以上") ? "≥" : ""
        }
    }
}
