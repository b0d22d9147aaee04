/// One sheet read by one column map: where its headers stand (any row, any column order,
/// under any number of title rows), which rows are the funds block and which the
/// indicators, and each cell as a figure. A cell that should be a figure and is not
/// stops the reading with an error at that cell.
struct TableReader {
    let grid: SheetGrid
    let map: ColumnMap
    var sheetName: String { grid.sheet.name }

    typealias Columns = [TableField: Int]

    /// How well the map fits the sheet: headers it finds, and whether a title names the
    /// template. The importer picks the map that fits best.
    func fit() -> Int {
        guard let h = indicatorHeader() else { return 0 }
        var score = h.columns.count * 2
        if let b = budgetHeader(before: h.row) { score += b.columns.count }
        if titleMatches(before: h.row) { score += 5 }
        return score
    }

    func titleMatches(before row: Int) -> Bool {
        guard row > 1 else { return false }
        for r in 1..<row {
            for (_, t) in grid.rowTexts(r) {
                let k = HeaderText(t).key
                if map.titles.contains(where: { !$0.key.isEmpty && k.contains($0.key) }) { return true }
            }
        }
        return false
    }

    // MARK: headers

    struct Header {
        var row: Int
        /// The last row of the header (a two-row header: 偏差原因分析 over 经费保障 …).
        var lastRow: Int
        var columns: Columns
        var month: Int
        var causes: [String: Int] = [:]
        var likelihoods: [String: Int] = [:]
    }

    func matches(_ row: Int, among fields: [TableField]) -> (Columns, month: Int) {
        var cols: Columns = [:]
        var month = 0
        for (c, t) in grid.rowTexts(row) {
            guard let (f, m) = map.field(of: HeaderText(t), among: fields.filter({ cols[$0] == nil })) else { continue }
            cols[f] = c
            if m > 0 { month = m }
        }
        return (cols, month)
    }

    static let indicatorFields = TableField.allCases.filter { $0.section == .indicators }
    static let budgetFields = TableField.allCases.filter { $0.section == .budget }

    func indicatorHeader() -> Header? {
        guard grid.lastRow > 0 else { return nil }
        for r in 1...grid.lastRow {
            let (cols, month) = matches(r, among: TableReader.indicatorFields)
            guard cols[.level3] != nil, cols.count >= 3 else { continue }
            var h = Header(row: r, lastRow: r, columns: cols, month: month)
            // The row below is part of the header when it names fields or options (cells
            // merged over both rows repeat there, and are no data).
            for rr in r...min(r + 1, grid.lastRow) {
                if rr > r {
                    // A row with a 三级指标 of its own is data, whatever else it holds
                    // (a cause written in words is no header).
                    let level3Text = grid.text(rr, cols[.level3] ?? 0)
                    if !level3Text.isEmpty && level3Text != grid.text(r, cols[.level3] ?? 0) { break }
                }
                var found = false
                for (c, t) in grid.rowTexts(rr) {
                    let ht = HeaderText(t)
                    for (name, ns) in map.causeColumns where ns.contains(where: { ht.match($0) != nil }) { h.causes[name] = c; found = true }
                    for (name, ns) in map.likelihoodColumns where ns.contains(where: { ht.match($0) != nil }) { h.likelihoods[name] = c; found = true }
                }
                if rr > r {
                    let (more, m2) = matches(rr, among: TableReader.indicatorFields)
                    if found || !more.isEmpty {
                        for (f, c) in more where h.columns[f] == nil { h.columns[f] = c }
                        if m2 > 0 { h.month = m2 }
                        h.lastRow = rr
                    }
                }
            }
            return h
        }
        return nil
    }

    func budgetHeader(before limit: Int) -> Header? {
        guard limit > 1 else { return nil }
        for r in 1..<limit {
            let (cols, month) = matches(r, among: TableReader.budgetFields)
            if cols.count >= 2 { return Header(row: r, lastRow: r, columns: cols, month: month) }
        }
        return nil
    }

    // MARK: the sheet

    func read() throws(TableError) -> ImportedProject {
        guard let ih = indicatorHeader() else {
            let names = (map.names[.level3] ?? []).map(\.key).joined(separator: "、")
            throw TableError(.importNoHeader, sheet: sheetName, .noHeaderRow(names: names), hint: .checkTheSheet)
        }
        var p = ImportedProject(sheet: sheetName, template: map.template, name: sheetName)
        readProjectFields(into: &p, before: ih.row)
        let bh = budgetHeader(before: ih.row)
        p.month = [bh?.month ?? 0, ih.month].first { $0 > 0 }
        if map.template == .selfEvaluation { p.month = 12 }
        if let bh { p.budgetRows = try budgetRows(bh, until: ih.row) }
        try readIndicators(ih, into: &p)
        return p
    }

    func readProjectFields(into p: inout ImportedProject, before limit: Int) {
        var titles: [String] = []
        for r in 1..<max(limit, 1) {
            let texts = grid.rowTexts(r)
            for (k, (c, t)) in texts.enumerated() {
                let ht = HeaderText(t)
                if let (f, _) = map.field(of: ht, among: [.projectName, .department, .unit, .year]) {
                    // The value is the next cell to the right that shows something else
                    // (a merged label repeats over the cells it covers).
                    let value = texts[(k + 1)...].first { $0.column > c && $0.text != t }?.text
                    guard let v = value, map.field(of: HeaderText(v), among: TableField.allCases) == nil else { continue }
                    switch f {
                    case .projectName: p.name = v
                    case .department: p.department = v
                    case .unit: p.implementer = v
                    case .year: p.year = TableReader.year(in: v)
                    default: break
                    }
                }
            }
            // A title row: one text across the sheet (merged or not), before any labelled field.
            let own = texts.filter { !grid.isCovered(CellAddress(row: r, column: $0.column)) }
            if own.count == 1, p.name == sheetName, let t = own.first?.text, TableReader.year(in: t) == nil || t.count > 8, !TableReader.isAttachmentLabel(t) { titles.append(t) }
            if p.year == nil { for (_, t) in texts { if let y = TableReader.year(in: t) { p.year = y; break } } }
        }
        p.title = titles.first
    }

    /// `（2021年度）`, `2021年`: the year.
    static func year(in s: String) -> Int? {
        let chars = Array(s.map(HeaderText.fold))
        var i = 0
        while i + 4 <= chars.count {
            let d = chars[i..<(i + 4)]
            if d.allSatisfy({ $0.isASCII && $0.isNumber }), (i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber)),
               i + 4 == chars.count || chars[i + 4] == "年" || !(chars[i + 4].isASCII && chars[i + 4].isNumber),
               let y = Int(String(d)), (1990...2100).contains(y) {
                if i + 4 < chars.count, chars[i + 4] == "年" { return y }
                if chars.count == 4 { return y }
            }
            i += 1
        }
        return nil
    }

    // MARK: the funds block

    func budgetRows(_ h: Header, until limit: Int) throws(TableError) -> [ImportedProject.BudgetRow] {
        let first = h.columns.values.min() ?? 1
        let unit = moneyUnit(h)
        var rows: [ImportedProject.BudgetRow] = []
        guard h.lastRow + 1 < limit else { return [] }
        for r in (h.lastRow + 1)..<limit {
            let labels = grid.rowTexts(r).filter { $0.column < first }.map(\.text)
            var label: String?, isTotal = false
            for l in labels.reversed() {
                var ht = HeaderText(l)
                if ht.key.hasPrefix("其中:") { ht = HeaderText(String(ht.key.dropFirst(3))) }
                if (map.names[.totalRow] ?? []).contains(where: { ht.match($0) != nil }) { label = ht.key; isTotal = true; break }
                if (map.names[.sourceRow] ?? []).contains(where: { ht.match($0) != nil }) { label = ht.key; break }
            }
            guard let label else { continue }
            var row = ImportedProject.BudgetRow(label: label, isTotal: isTotal, row: r)
            row.initial = try money(r, h.columns[.initialBudget], unit, .initialBudget)
            row.adjusted = try money(r, h.columns[.adjustedBudget], unit, .adjustedBudget)
            row.executed = try money(r, h.columns[.executed], unit, .executed)
            row.expected = try money(r, h.columns[.expectedExecuted], unit, .expectedExecuted)
            row.rate = try stated(r, h.columns[.executionRate], .executionRate, percent: true, uncomputed: &row.uncomputed)
            row.weight = try stated(r, h.columns[.budgetWeight], .budgetWeight, percent: false, uncomputed: &row.uncomputed)
            row.score = try stated(r, h.columns[.budgetScore], .budgetScore, percent: false, uncomputed: &row.uncomputed)
            rows.append(row)
        }
        return rows
    }

    /// The money unit of the block: a header's brackets (`执行数（万元）`), else a label
    /// left of it (`项目资金（万元）`), else 万元, the unit of these tables.
    func moneyUnit(_ h: Header) -> String {
        for (_, c) in h.columns { if let u = HeaderText(grid.text(h.row, c)).moneyUnit { return u } }
        let first = h.columns.values.min() ?? 1
        for r in max(1, h.row - 1)...min(grid.lastRow, h.row + 6) {
            for (c, t) in grid.rowTexts(r) where c < first { if let u = HeaderText(t).moneyUnit { return u } }
        }
        return "万元"
    }

    func money(_ r: Int, _ c: Int?, _ unit: String, _ f: TableField) throws(TableError) -> String? {
        guard let c else { return nil }
        let at = CellAddress(row: r, column: c)
        switch grid.reading(r, c) {
        case .empty: return nil
        case .number(let n, let percent):
            guard !percent else { throw notAFigure(at, f, n + "%", .moneyNotPercent) }
            return n + unit
        case .text(let t):
            if FigureText.isBlank(t) { return nil }
            guard let (cmp, n, u) = FigureText.split(t), cmp.isEmpty, u.isEmpty || ["元", "万元", "亿元"].contains(u) else {
                throw notAFigure(at, f, t, .amountExample)
            }
            return n + (u.isEmpty ? unit : u)
        case .date: throw notAFigure(at, f, grid.text(r, c), .amountNotDate)
        case .error(let e): throw formulaError(at, f, e)
        case .uncomputed(let formula): throw uncomputed(at, f, formula)
        }
    }

    /// A figure the table states (a rate, a weight, a score), as printed.
    func stated(_ r: Int, _ c: Int?, _ f: TableField, percent: Bool, uncomputed: inout [String]) throws(TableError) -> String? {
        guard let c else { return nil }
        let at = CellAddress(row: r, column: c)
        switch grid.reading(r, c, printed: true) {
        case .empty: return nil
        case .number(let n, let isPercent):
            if percent { return n + "%" }
            guard !isPercent else { throw notAFigure(at, f, n + "%", .pointsNotPercent) }
            return n
        case .text(let t):
            if FigureText.isBlank(t) { return nil }
            guard let (cmp, n, u) = FigureText.split(t), cmp.isEmpty, u.isEmpty || (percent && u == "%") || (!percent && u == "分") else {
                throw notAFigure(at, f, t, percent ? .rateExample : .numberExample)
            }
            return percent ? n + "%" : n
        case .date: throw notAFigure(at, f, grid.text(r, c), .figureNotDate)
        case .error(let e): throw formulaError(at, f, e)
        case .uncomputed(let formula):
            uncomputed.append("\(f.key) \(at) =\(formula)")
            return nil
        }
    }

    func notAFigure(_ at: CellAddress, _ f: TableField, _ text: String, _ what: TableImportMessage.FigureKind) -> TableError {
        TableError(.importFigure, sheet: sheetName, cell: at, .notAFigure(field: f.key, text: text), hint: .writeFigure(what))
    }

    func formulaError(_ at: CellAddress, _ f: TableField, _ e: String) -> TableError {
        TableError(.importFormulaError, sheet: sheetName, cell: at, .formulaFailed(field: f.key, error: e), hint: .correctTheFormula)
    }

    func uncomputed(_ at: CellAddress, _ f: TableField, _ formula: String) -> TableError {
        TableError(.importUncomputed, sheet: sheetName, cell: at, .uncomputed(field: f.key, formula: formula), hint: .saveInSpreadsheet)
    }
}

extension TableReader {
    /// `附件3`, `附表 2`: the label a table carries in a document, not its title.
    static func isAttachmentLabel(_ s: String) -> Bool {
        let t = HeaderText(s).key
        guard t.hasPrefix("附件") || t.hasPrefix("附表") else { return false }
        return t.dropFirst(2).allSatisfy { $0.isNumber || "-.:".contains($0) }
    }
}
