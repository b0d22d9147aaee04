/// The indicator table: a row per 三级指标, its 一级 and 二级 from merged cells or the rows
/// above, its target put together from 指标性质, 指标值 and 度量单位 where a province
/// splits them, and the actual read in the target's unit.
extension TableReader {
    func readIndicators(_ h: Header, into p: inout ImportedProject) throws(TableError) {
        let cols = h.columns
        guard let nameColumn = cols[.level3], h.lastRow < grid.lastRow else { return }
        var level1: String?, level2: String?
        let firstColumn = cols.values.min() ?? 1
        for r in (h.lastRow + 1)...grid.lastRow {
            // The total row: 总分 (or 合计) in a cell left of or at the 三级指标 column.
            let lead = grid.rowTexts(r).filter { $0.column <= nameColumn }
            if lead.contains(where: { t in (map.names[.totalScore] ?? []).contains { HeaderText(t.text).match($0) != nil } }) {
                var none: [String] = []
                let score = try stated(r, cols[.score], .score, percent: false, uncomputed: &none)
                if let s = score { p.totalScore = .init(text: s, row: r) }
                if !none.isEmpty { p.remarks.append("第 \(r) 行总分是没有计算结果的公式（\(none.joined(separator: "，"))），由 jx 计算") }
                break
            }
            if let c = cols[.level1] {
                let t = grid.text(r, c)
                if !t.isEmpty, t != level1 { level1 = t; level2 = nil }
            }
            if let c = cols[.level2] {
                let t = grid.text(r, c)
                if !t.isEmpty { level2 = t }
            }
            let name = grid.text(r, nameColumn)
            // A header repeated on a printed page, or the 一级 label standing alone.
            if name.isEmpty || map.field(of: HeaderText(name), among: TableReader.indicatorFields) != nil {
                let figures = [cols[.target], cols[.weight], cols[.score], cols[.actual]].compactMap { $0 }.filter { !grid.text(r, $0).isEmpty }
                if name.isEmpty, !figures.isEmpty, grid.rowTexts(r).contains(where: { $0.column >= firstColumn }) {
                    let shown = figures.map { "\(CellAddress(row: r, column: $0)) \(grid.text(r, $0))" }.joined(separator: "，")
                    p.remarks.append("第 \(r) 行没有三级指标名称（\(shown)），未写入脚本")
                }
                continue
            }
            p.indicators.append(try indicator(r, name: name, level1: level1, level2: level2, h))
        }
    }

    func indicator(_ r: Int, name: String, level1: String?, level2: String?, _ h: Header) throws(TableError) -> ImportedProject.IndicatorRow {
        let cols = h.columns
        let measure = cols[.measure].map { grid.text(r, $0).replacingSlashes }.flatMap { $0.isEmpty || FigureText.isBlank($0) ? nil : $0 }
        var cmp: String?
        var qualitativeByNature = false
        if let c = cols[.comparator] {
            let t = grid.text(r, c)
            if !t.isEmpty {
                cmp = FigureText.comparator(t)
                if cmp == nil && t.contains("定性") { qualitativeByNature = true }
            }
        }
        let target = try self.target(r, cols[.target], comparator: cmp ?? "", measure: measure, qualitative: qualitativeByNature)
        var unit = measure
        if unit == nil, case .quantity(let q) = target, let (_, _, u) = FigureText.split(q), !u.isEmpty { unit = u }
        var row = ImportedProject.IndicatorRow(row: r, level1: level1, level2: level2, name: name, target: target,
                                               actual: try actual(r, cols[.actual], .actual, unit: unit, target: target))
        row.expected = try actual(r, cols[.expected], .expected, unit: unit, target: target)
        var notes: [String] = []
        // A tick under one of the cause columns, or the cause in words.
        row.cause = tickedOption(r, h.causes)
        if row.cause == nil, let c = cols[.cause] {
            let t = grid.text(r, c)
            if let known = TableField.causes.first(where: { t == $0 || t == $0 + "原因" }) { row.cause = known } else if !FigureText.isBlank(t) { notes.append(t) }
        }
        row.likelihood = tickedOption(r, h.likelihoods)
        if row.likelihood == nil, let c = cols[.likelihood] {
            let t = grid.text(r, c)
            if let known = TableField.likelihoods.first(where: { t == $0 }) { row.likelihood = known } else if !FigureText.isBlank(t) { notes.append("完成目标可能性：" + t) }
        }
        if let c = cols[.explanation] {
            let t = grid.text(r, c)
            if !FigureText.isBlank(t) { notes.append(t) }
        }
        if !notes.isEmpty { row.note = notes.joined(separator: "；") }
        var none: [String] = []
        row.weight = try stated(r, cols[.weight], .weight, percent: false, uncomputed: &none)
        row.score = try stated(r, cols[.score], .score, percent: false, uncomputed: &none)
        return row
    }

    static let ticks: Set<String> = ["√", "✓", "✔", "☑", "是", "1", "●", "○", "v", "V", "Y", "y", "■"]

    func tickedOption(_ r: Int, _ options: [String: Int]) -> String? {
        for (name, c) in options.sorted(by: { $0.value < $1.value }) {
            let t = grid.text(r, c)
            if TableReader.ticks.contains(t) || (!t.isEmpty && !FigureText.isBlank(t) && !["×", "否", "0", "✗", "x", "X"].contains(t)) { return name }
        }
        return nil
    }

    func target(_ r: Int, _ c: Int?, comparator: String, measure: String?, qualitative: Bool) throws(TableError) -> ImportedProject.Target {
        guard let c else { return .none }
        let at = CellAddress(row: r, column: c)
        switch grid.reading(r, c) {
        case .empty: return .none
        case .number(let n, let percent):
            if qualitative { return .qualitative(n) }
            return .quantity(comparator + n + unitAfter(percent: percent, measure: measure))
        case .date(let y, let m, let d): return .deadline("deadline \(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)")
        case .text(let t):
            if FigureText.isBlank(t) { return .none }
            if qualitative { return .qualitative(t) }
            if let d = FigureText.deadline(t) { return d }
            if let (cmp, n, u) = FigureText.split(t) {
                let unit = u.isEmpty ? (measure.flatMap { FigureText.isUnit($0) ? $0 : nil } ?? "") : u
                return .quantity((cmp.isEmpty ? comparator : cmp) + n + unit)
            }
            return .qualitative(t)
        case .error(let e): throw formulaError(at, .target, e)
        case .uncomputed(let f): throw uncomputed(at, .target, f)
        }
    }

    /// The unit a number cell gets: `%` from a percent format (never again from a 度量单位
    /// of `%`: 0.98 in `0%` is 98%, not 98%%, nor 0.98%), else the 度量单位.
    func unitAfter(percent: Bool, measure: String?) -> String {
        if percent { return "%" }
        guard let m = measure, FigureText.isUnit(m) else { return "" }
        return m == "％" ? "%" : m
    }

    func actual(_ r: Int, _ c: Int?, _ f: TableField, unit: String?, target: ImportedProject.Target) throws(TableError) -> ImportedProject.Actual {
        guard let c else { return .blank }
        let at = CellAddress(row: r, column: c)
        let isDeadline: Bool = if case .deadline = target { true } else { false }
        switch grid.reading(r, c) {
        case .empty: return .blank
        case .number(let n, let percent):
            return .quantity(n + unitAfter(percent: percent, measure: unit))
        case .date: return isDeadline ? .done : .text(grid.text(r, c))
        case .text(let t):
            if FigureText.isBlank(t) { return .blank }
            if FigureText.pendingWords.contains(t) { return .pending(nil) }
            if FigureText.doneWords.contains(t), isDeadline { return .done }
            if case .quantity = target, let (cmp, n, u) = FigureText.split(t), cmp.isEmpty {
                return .quantity(n + (u.isEmpty ? unitAfter(percent: false, measure: unit) : u))
            }
            if case .quantity = target { return .pending(t) }
            if isDeadline { return .pending(t) }
            return .text(t)
        case .error(let e): throw formulaError(at, f, e)
        case .uncomputed(let formula): throw uncomputed(at, f, formula)
        }
    }
}
