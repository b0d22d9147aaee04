/// From a workbook to a script: each sheet read with the column map that fits it best
/// (or the one the user gave), each sheet with an indicator table a project. The first
/// cell that cannot be read stops the import: a half-read table is never a script.
public enum TableImporter {
    public struct Outcome: Sendable {
        public var script: String
        public var projects: [ImportedProject]
        /// Sheets left out, and why (a sheet with no indicator table: a cover, notes).
        public var skipped: [String]
    }

    /// `maps`: the candidates; with one, it is used for every sheet.
    public static func convert(_ book: TableWorkbook, maps: [ColumnMap], source: String) throws(TableError) -> Outcome {
        var projects: [ImportedProject] = []
        var used: [String] = []
        var skipped: [String] = []
        for sheet in book.sheets {
            let grid = SheetGrid(sheet, date1904: book.date1904)
            let readers = maps.map { TableReader(grid: grid, map: $0) }
            let best = readers.map { ($0, $0.fit()) }.max { $0.1 < $1.1 }
            guard let (reader, fit) = best, fit > 0 else {
                skipped.append(sheet.name)
                continue
            }
            var p = try reader.read()
            // Two sheets of one project name would give two budgets of one name.
            if projects.contains(where: { $0.name == p.name }) { p.name = p.name + "（" + sheet.name + "）" }
            projects.append(p)
            used.append(reader.map.name)
        }
        guard !projects.isEmpty else {
            let names = maps.flatMap { ($0.names[.level3] ?? []).map(\.key) }
            throw TableError(.importNoHeader, sheet: book.sheets.first?.name, .noIndicatorSheet(names: Set(names).sorted().joined(separator: "、")),
                             hint: .checkTheFile)
        }
        let script = ScriptWriter(projects: projects, source: source, maps: used).script()
        return Outcome(script: script, projects: projects, skipped: skipped)
    }
}
