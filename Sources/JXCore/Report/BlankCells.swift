/// The cells of a row that are blank, and why: what every report shows as `—` with the
/// reason (text, zh, Markdown, HTML and CSV in words, JSON as a `blank` object). A blank is
/// not zero, so nothing computed from it is shown as a number.
public struct BlankCells: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// Written `blank` (未填), or computed from a cell that is.
        case blank
        /// A budget with an amount and no spending line: its 执行数 is unknown.
        case noSpending = "no-spending"
    }

    /// The figures left blank, in the order of the table's columns.
    public var missing: [Member]
    public var reason: Reason

    /// `未填：实际`, `无支出明细，执行数未知`.
    public var chinese: String {
        reason == .noSpending ? "无支出明细，执行数未知" : "未填：" + missing.map { $0.spellings[0] }.joined(separator: "、")
    }

    /// `blank: 实际`, `no spending lines: 执行数 unknown`.
    public var english: String {
        reason == .noSpending ? "no spending lines: 执行数 unknown" : "blank: " + missing.map { $0.spellings[0] }.joined(separator: ", ")
    }

    /// Where the computed figure would stand: `—（未填：实际）`.
    public var shown: String { "\(ShownText.none)（\(chinese)）" }

    /// The same for one figure computed from some of the cells (a 执行率 from 预算数 and
    /// 执行数): only those are named.
    public func shown(from cells: [Member]) -> String {
        var only = self
        only.missing = missing.filter { cells.contains($0) }
        return only.missing.isEmpty ? shown : only.shown
    }

    /// The figures a table prints, in its order: those a row's blank is reported by.
    static let written: [Member] = [.target, .actual, .weight, .initial, .amount, .arrived, .executed, .expected]

    /// An indicator's: its blank target or actual, and a blank weight.
    static func of(indicator r: IndicatorResult?, weightBlank: Bool) -> BlankCells? {
        var cells = r?.blank ?? []
        if weightBlank { cells.append(.weight) }
        return cells.isEmpty ? nil : BlankCells(missing: cells, reason: .blank)
    }

    /// A budget's (or a funding source's): its blank figures as written (or summed from a
    /// blank part); a 执行数 without any spending line is unknown for that reason.
    static func of(budget blank: [Member], noSpending: Bool, weightBlank: Bool) -> BlankCells? {
        var cells = written.filter { blank.contains($0) }
        if weightBlank { cells.append(.weight) }
        guard !cells.isEmpty else { return nil }
        if noSpending, cells == [.executed] { return BlankCells(missing: cells, reason: .noSpending) }
        return BlankCells(missing: cells, reason: .blank)
    }
}

extension ReportData {
    /// A total as the text reports write it: `26，等级 良`, or `26（不完整：缺 …）` without a
    /// grade when it lacks rows.
    public static func totalText(_ total: Exact?, rating: String?, missing: [MissingScore], gradeWord: String = "等级 ") -> String {
        let shown = total?.decimalString(maxDecimals: 2) ?? ShownText.none
        if !missing.isEmpty { return shown + "（\(incomplete(missing))）" }
        return shown + "，\(gradeWord)\(rating ?? ShownText.none)"
    }

    /// The status of an indicator as a table shows it: `未填：实际` for a blank one.
    public static func status(_ i: IndicatorRow) -> String {
        if i.status == .blank, let b = i.blank { return b.chinese }
        return i.status?.chinese ?? "错误"
    }

    /// An indicator's weight as a table shows it: `未填` when written blank.
    static func weightText(_ i: IndicatorRow) -> String? {
        i.blank?.missing.contains(.weight) == true ? Evaluator.blankText : nil
    }

    /// `不完整：缺 甲（实际未填）、资金（无支出明细，执行数未知）` for a total or a group's
    /// score that lacks rows; empty when it lacks none.
    public static func incomplete(_ missing: [MissingScore]) -> String {
        missing.isEmpty ? "" : "不完整：缺 " + missing.map(\.chinese).joined(separator: "、")
    }
}
