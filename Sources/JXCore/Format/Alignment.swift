/// Turns lines into text: indentation, columns of consecutive rows of one kind padded to
/// the same display width (a CJK character is two columns, so Chinese names line up in a
/// terminal and in review tools), and trailing comments of consecutive lines in one column.
enum Alignment {
    static let indentUnit = "  "
    /// Extra indentation of a line that continues an expression.
    static let continuationIndent = "    "
    /// Space before a trailing comment, at least.
    static let commentGap = 2

    /// Space between the columns of a table: two, so that CJK columns read apart; one
    /// before the `=` of constants, as in `let 红灯线 = 60%`.
    static func columnGap(_ kind: LineShapes.Kind) -> Int { kind == .constant ? 1 : 2 }

    static func render(_ lines: [FormattedLine]) -> String {
        var texts = lines.map { indentation($0) }
        let contents = alignedContents(lines)
        for i in lines.indices { texts[i] += contents[i] }
        alignComments(lines, &texts)
        var out = ""
        for t in texts { out += t; out += "\n" }
        return out
    }

    static func indentation(_ l: FormattedLine) -> String {
        if l.isBlank { return "" }
        return String(repeating: indentUnit, count: l.depth) + (l.continuation ? continuationIndent : "")
    }

    /// Each line's content; rows in a run of one kind (adjacent, same depth) get every
    /// column but their last padded to the widest cell of that column, plus the gap.
    static func alignedContents(_ lines: [FormattedLine]) -> [String] {
        var out = lines.map { $0.cells.joined(separator: " ") }
        var i = 0
        while i < lines.count {
            guard let kind = lines[i].kind else { i += 1; continue }
            var j = i
            while j + 1 < lines.count, lines[j + 1].kind == kind, lines[j + 1].depth == lines[i].depth { j += 1 }
            // A table of one row is a plain line.
            if i == j { i += 1; continue }
            var widths: [Int] = []
            for k in i...j {
                let cells = lines[k].cells
                for c in 0..<max(0, cells.count - 1) {
                    if widths.count <= c { widths.append(0) }
                    widths[c] = max(widths[c], DisplayWidth.of(cells[c]))
                }
            }
            let gap = columnGap(kind)
            for k in i...j {
                let cells = lines[k].cells
                var s = ""
                for (c, cell) in cells.enumerated() {
                    s += c < cells.count - 1 ? DisplayWidth.padRight(cell, to: widths[c] + gap) : cell
                }
                out[k] = s
            }
            i = j + 1
        }
        return out
    }

    /// Trailing comments of consecutive lines start in one column.
    static func alignComments(_ lines: [FormattedLine], _ texts: inout [String]) {
        var i = 0
        while i < lines.count {
            guard lines[i].comment != nil else { i += 1; continue }
            if lines[i].isCommentOnly {
                texts[i] += lines[i].comment!
                i += 1
                continue
            }
            var j = i
            while j + 1 < lines.count, lines[j + 1].comment != nil, !lines[j + 1].isCommentOnly { j += 1 }
            let column = (i...j).map { DisplayWidth.of(texts[$0]) }.max()! + commentGap
            for k in i...j { texts[k] = DisplayWidth.padRight(texts[k], to: column) + lines[k].comment! }
            i = j + 1
        }
    }
}
