/// Lays out completion candidates in columns (down, then across, like `ls`)
/// for printing below the edited line. Widths are display columns, so CJK
/// words (two columns per character) stay aligned.
enum CandidateColumns {
    static func format(_ candidates: [String], terminalWidth: Int,
                       width: (String) -> Int = displayWidth) -> String {
        guard !candidates.isEmpty else { return "" }
        let widths = candidates.map(width)
        let columnWidth = widths.max()! + 2
        let columns = max(1, min(candidates.count, max(terminalWidth - 1, 1) / columnWidth))
        let rows = (candidates.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                line += candidates[index]
                let isLastInRow = column == columns - 1 || index + rows >= candidates.count
                if !isLastInRow {
                    line += String(repeating: " ", count: columnWidth - widths[index])
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
