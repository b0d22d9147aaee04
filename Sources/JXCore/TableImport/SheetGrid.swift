/// A sheet as a grid in which every cell of a merged range holds the range's value (a
/// 一级指标 merged over eight rows is read on each of them), and the text each cell shows.
struct SheetGrid {
    let sheet: TableSheet
    let date1904: Bool
    /// Cell → the top-left cell of its merged range.
    private var mergedInto: [CellAddress: CellAddress] = [:]
    let lastRow: Int
    let lastColumn: Int

    init(_ sheet: TableSheet, date1904: Bool) {
        self.sheet = sheet
        self.date1904 = date1904
        var into: [CellAddress: CellAddress] = [:]
        var lastRow = sheet.lastRow, lastColumn = sheet.lastColumn
        for m in sheet.merges {
            // A range is bounded by the sheet's own limits; a hostile one cannot make
            // millions of entries.
            let rows = m.to.row - m.from.row + 1, cols = m.to.column - m.from.column + 1
            guard rows > 0, cols > 0, rows * cols <= 100_000 else { continue }
            for r in m.from.row...m.to.row {
                for c in m.from.column...m.to.column where !(r == m.from.row && c == m.from.column) {
                    into[CellAddress(row: r, column: c)] = m.from
                }
            }
            lastRow = max(lastRow, m.to.row)
            lastColumn = max(lastColumn, m.to.column)
        }
        mergedInto = into
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// The cell that holds the value shown at `a`.
    func origin(_ a: CellAddress) -> CellAddress { mergedInto[a] ?? a }

    func cell(_ row: Int, _ column: Int) -> TableCell? { sheet.cells[origin(CellAddress(row: row, column: column))] }

    /// Whether `a` is a cell a merged range covers beyond its first.
    func isCovered(_ a: CellAddress) -> Bool { mergedInto[a] != nil }

    /// What a cell holds, read for a script: a number with its percent sign from the
    /// format (the cell's 0.98 in `0%` is 98%), a date from its serial, or text. `printed`
    /// rounds a number to the decimals its format shows, for the figures a table states
    /// (an 执行率 printed as 65% is checked at 65%); otherwise Excel's 15 digits are kept.
    func reading(_ row: Int, _ column: Int, printed: Bool = false) -> CellReading {
        guard let c = cell(row, column) else { return .empty }
        switch c.content {
        case .empty: return c.formula != nil ? .uncomputed(c.formula ?? "") : .empty
        case .text(let s):
            let t = s.trimmedCell
            return t.isEmpty ? .empty : .text(t)
        case .bool(let b): return .text(b ? "TRUE" : "FALSE")
        case .error(let e): return .error(e)
        case .number(let raw):
            guard let n = CellNumber(raw)?.significant(15) else { return .text(raw) }
            switch NumberFormat(code: c.format) {
            case .percent(let d): return .number(printed ? n.shifted(2).text(decimals: d) : n.shifted(2).text(), percent: true)
            case .number(let d): return .number(printed ? n.text(decimals: d) : n.text(), percent: false)
            case .date:
                if let day = n.integer, let (y, m, dd) = DateSerial.civil(day, date1904: date1904) { return .date(y, m, dd) }
                return .number(n.text(), percent: false)
            case .general, .text: return .number(n.text(), percent: false)
            }
        }
    }

    /// The text a cell shows, trimmed; empty for none.
    func text(_ row: Int, _ column: Int) -> String {
        switch reading(row, column, printed: true) {
        case .empty, .uncomputed: ""
        case .text(let s), .error(let s): s
        case .number(let n, let p): p ? n + "%" : n
        case .date(let y, let m, let d): "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
        }
    }

    /// The texts of a row, by column (empty cells left out).
    func rowTexts(_ row: Int) -> [(column: Int, text: String)] {
        guard lastColumn > 0 else { return [] }
        return (1...lastColumn).compactMap { c in
            let t = text(row, c)
            return t.isEmpty ? nil : (c, t)
        }
    }
}

enum CellReading: Equatable {
    case empty
    case text(String)
    /// Decimal text; `percent`: in percent (the format's sign), not a fraction.
    case number(String, percent: Bool)
    case date(Int, Int, Int)
    case error(String)
    /// A formula the file holds no value for (written by a program that does not compute).
    case uncomputed(String)
}
