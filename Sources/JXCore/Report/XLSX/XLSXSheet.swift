/// One worksheet as SpreadsheetML: rows of cells (text inline, numbers as numbers with a
/// number format), merged ranges and column widths. Cells are written in the order the
/// format requires (by row, then by column), whatever order they were put in.
struct XLSXSheet {
    /// The styles of `XLSXSheet.styles`: a figure stated at some precision is printed at it.
    enum Style: Equatable {
        case plain, header, text, money, number, title
        /// A rate with this many decimals (0–4): `0.00%`.
        case percent(Int)
        /// A number with this many decimals (0–4): `0.00`.
        case fixed(Int)

        var index: Int {
            switch self {
            case .plain: 0
            case .header: 1
            case .text: 2
            case .money: 3
            case .number: 4
            case .title: 5
            case .percent(let d): 6 + max(0, min(4, d))
            case .fixed(let d): 11 + max(0, min(4, d))
            }
        }
    }

    /// The number formats of `.percent` and `.fixed`, by decimals: Excel's built-in ones
    /// where it has them, else custom (164 on).
    static let percentFormats = [9, 164, 10, 165, 166], fixedFormats = [1, 167, 2, 168, 169]

    static let styles: String = {
        let bordered = "fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\""
        let figures = (percentFormats + fixedFormats).map { "<xf numFmtId=\"\($0)\" \(bordered)/>" }.joined()
        return "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"6\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0.000%\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"0.0000%\"/><numFmt numFmtId=\"167\" formatCode=\"0.0\"/><numFmt numFmtId=\"168\" formatCode=\"0.000\"/>"
            + "<numFmt numFmtId=\"169\" formatCode=\"0.0000\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"11\"/><name val=\"宋体\"/></font>"
            + "<font><b/><sz val=\"16\"/><name val=\"宋体\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"16\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"4\" \(bordered)/><xf numFmtId=\"0\" \(bordered)/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
            + figures + "</cellXfs></styleSheet>"
    }()

    enum Value {
        case text(String)
        /// A decimal, exactly as written out (never through a binary double).
        case number(String)
    }

    var name: String
    /// Each row's cells as put (row 1 first): a sheet of a province's indicators holds a
    /// few arrays per row, not a dictionary per row.
    private var rows: [[(column: Int, value: Value, style: Style)]] = []
    private(set) var merges: [String] = []
    var widths: [Int: Int] = [:]
    /// Rows taller than the default (headers of two lines), in points.
    var heights: [Int: Int] = [:]
    private(set) var lastRow = 0

    init(name: String) { self.name = name }

    mutating func put(_ row: Int, _ column: Int, _ v: Value, _ style: Style) {
        guard row >= 1, column >= 1 else { return }
        while rows.count < row { rows.append([]) }
        // A cell put again replaces the one before.
        if let k = rows[row - 1].firstIndex(where: { $0.column == column }) {
            rows[row - 1][k] = (column, v, style)
        } else {
            rows[row - 1].append((column, v, style))
        }
        lastRow = max(lastRow, row)
    }

    mutating func text(_ row: Int, _ column: Int, _ s: String?, _ style: Style = .text) {
        put(row, column, .text(s ?? ""), style)
    }

    mutating func number(_ row: Int, _ column: Int, _ e: Exact?, _ style: Style, decimals: Int = 6) {
        guard let e else { return put(row, column, .text(""), .text) }
        put(row, column, .number(e.decimalString(maxDecimals: decimals)), style)
    }

    mutating func merge(_ r1: Int, _ c1: Int, _ r2: Int, _ c2: Int) {
        guard r2 > r1 || c2 > c1 else { return }
        merges.append("\(XLSXSheet.address(r1, c1)):\(XLSXSheet.address(r2, c2))")
    }

    /// `A1`, `AB12`.
    static func address(_ row: Int, _ column: Int) -> String { columnName(column) + String(row) }

    static func columnName(_ column: Int) -> String {
        var n = column, s = ""
        while n > 0 {
            let d = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + d))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// The sheet's XML after `head` (an XML declaration, or nothing), written by bytes (a
    /// province's sheet has a million cells).
    func xml(after head: String = "") -> Markup {
        // Printed landscape, as wide as one page.
        var s = Markup()
        s.add(head)
        s.add("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        if !widths.isEmpty {
            s.add("<cols>")
            for c in widths.keys.sorted() {
                s.add("<col min=\"")
                s.add(c)
                s.add("\" max=\"")
                s.add(c)
                s.add("\" width=\"")
                s.add(widths[c] ?? 10)
                s.add("\" customWidth=\"1\"/>")
            }
            s.add("</cols>")
        }
        s.add("<sheetData>")
        for (k, cells) in rows.enumerated() where !cells.isEmpty {
            let r = k + 1
            s.add("<row r=\"")
            s.add(r)
            if let h = heights[r] {
                s.add("\" ht=\"")
                s.add(h)
                s.add("\" customHeight=\"1\">")
            } else {
                s.add("\">")
            }
            for (c, v, style) in cells.sorted(by: { $0.column < $1.column }) {
                s.add("<c r=\"")
                s.add(XLSXSheet.address(r, c))
                s.add("\" s=\"")
                s.add(style.index)
                switch v {
                case .text(let t) where t.isEmpty: s.add("\"/>")
                case .text(let t):
                    s.add("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    XMLText.add(t, to: &s)
                    s.add("</t></is></c>")
                case .number(let n):
                    s.add("\"><v>")
                    s.add(n)
                    s.add("</v></c>")
                }
            }
            s.add("</row>")
        }
        s.add("</sheetData>")
        if !merges.isEmpty {
            s.add("<mergeCells count=\"")
            s.add(merges.count)
            s.add("\">")
            for m in merges {
                s.add("<mergeCell ref=\"")
                s.add(m)
                s.add("\"/>")
            }
            s.add("</mergeCells>")
        }
        s.add("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>")
        return s
    }
}
