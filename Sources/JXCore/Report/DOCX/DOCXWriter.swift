/// WordprocessingML as text: paragraphs, runs and tables, escaped. Only what the report
/// uses, so every element here is one a reader of the document XML can look up.
struct DOCXWriter {
    var body = ""
    let style: DOCXStyle

    static func fonts(_ f: String) -> String {
        let e = XMLText.escape(f)
        return "<w:rFonts w:ascii=\"\(e)\" w:hAnsi=\"\(e)\" w:eastAsia=\"\(e)\" w:cs=\"\(e)\"/>"
    }

    static func run(_ text: String, font: String, size: Int, bold: Bool = false) -> String {
        "<w:r><w:rPr>\(fonts(font))\(bold ? "<w:b/>" : "")<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr><w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    enum Kind { case title, heading, subheading, minor, body, caption }

    mutating func paragraph(_ text: String, _ kind: Kind) {
        let line = "<w:spacing w:line=\"\(DOCXStyle.linePitch)\" w:lineRule=\"exact\" w:before=\"0\" w:after=\"0\"/>"
        switch kind {
        case .title:
            body += "<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:spacing w:before=\"0\" w:after=\"\(DOCXStyle.linePitch)\" w:line=\"700\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr>\(DOCXWriter.run(text, font: style.titleFont, size: DOCXStyle.titleSize))</w:p>"
        case .heading:
            body += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/>\(line)<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"0\"/></w:pPr>\(DOCXWriter.run(text, font: style.headingFont, size: DOCXStyle.headingSize))</w:p>"
        case .subheading:
            body += "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/>\(line)<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"1\"/></w:pPr>\(DOCXWriter.run(text, font: style.subheadingFont, size: DOCXStyle.headingSize))</w:p>"
        case .minor:
            body += "<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/>\(line)<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"2\"/></w:pPr>\(DOCXWriter.run(text, font: style.bodyFont, size: DOCXStyle.bodySize, bold: true))</w:p>"
        case .body:
            body += "<w:p><w:pPr>\(line)<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr>\(DOCXWriter.run(text, font: style.bodyFont, size: DOCXStyle.bodySize))</w:p>"
        case .caption:
            body += "<w:p><w:pPr><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>\(DOCXWriter.run(text, font: style.headingFont, size: 28))</w:p>"
        }
        // A line per paragraph: the document reads (and diffs) line by line.
        body += "\n"
    }

    /// A cell of a table: its text, how many grid columns it spans, and whether it starts
    /// or continues a vertical merge (a 一级指标 over its rows, a header over two rows).
    struct Cell {
        var text: String
        var span = 1
        var merge: Merge = .none
        var bold = false
        enum Merge { case none, start, `continue` }
    }

    /// A table of `widths` (twips) with `header` rows repeated on every page.
    mutating func table(widths: [Int], header: [[Cell]], rows: [[Cell]]) {
        var t = "<w:tbl>\n<w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        t += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined() + "</w:tblBorders>"
        t += "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        t += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>\n"
        for (k, row) in (header + rows).enumerated() {
            t += "<w:tr><w:trPr><w:cantSplit/>\(k < header.count ? "<w:tblHeader/>" : "")</w:trPr>"
            var col = 0
            for c in row {
                let w = widths[col..<min(widths.count, col + c.span)].reduce(0, +)
                col += c.span
                t += "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/>"
                if c.span > 1 { t += "<w:gridSpan w:val=\"\(c.span)\"/>" }
                switch c.merge {
                case .start: t += "<w:vMerge w:val=\"restart\"/>"
                case .continue: t += "<w:vMerge/>"
                case .none: break
                }
                t += "<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"280\" w:lineRule=\"auto\"/><w:jc w:val=\"\(k < header.count ? "center" : "left")\"/></w:pPr>"
                if c.merge != .continue { t += DOCXWriter.run(c.text, font: k < header.count ? style.headingFont : style.tableFont, size: DOCXStyle.tableSize, bold: c.bold) }
                t += "</w:p></w:tc>"
            }
            t += "</w:tr>\n"
        }
        body += t + "</w:tbl>\n"
    }

    /// Ends a section: what came before is laid out on pages of this orientation.
    mutating func endSection(landscape: Bool) {
        body += "<w:p><w:pPr>\(DOCXWriter.section(landscape: landscape))</w:pPr></w:p>\n"
    }

    static func section(landscape: Bool) -> String {
        let (w, h) = landscape ? (DOCXStyle.pageHeight, DOCXStyle.pageWidth) : (DOCXStyle.pageWidth, DOCXStyle.pageHeight)
        // Turned a quarter, the binding edge is at the top: its 28 mm margin goes there.
        let (top, bottom, left, right) = landscape ? (DOCXStyle.left, DOCXStyle.right, DOCXStyle.top, DOCXStyle.bottom)
                                                   : (DOCXStyle.top, DOCXStyle.bottom, DOCXStyle.left, DOCXStyle.right)
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"\(w)\" w:h=\"\(h)\"\(landscape ? " w:orient=\"landscape\"" : "")/>"
            + "<w:pgMar w:top=\"\(top)\" w:right=\"\(right)\" w:bottom=\"\(bottom)\" w:left=\"\(left)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
            + "<w:pgNumType w:fmt=\"decimal\"/><w:docGrid w:type=\"lines\" w:linePitch=\"\(DOCXStyle.linePitch)\"/></w:sectPr>"
    }
}
