/// WordprocessingML as UTF-8 bytes: paragraphs, runs and tables, escaped. Only what the
/// report uses, so every element here is one a reader of the document XML can look up.
///
/// A table cell names its styles (`TableText`, `TableHeading` and their characters':
/// `tableStyles`) instead of carrying its fonts, size and spacing, and a body paragraph's
/// run carries none (its font and size are the document's defaults): the tables of a
/// province's indicators are most of the document. Pieces are added with `add`, never as
/// `Markup` literals, which would each be an array of their own.
struct DOCXWriter {
    var body = Markup()
    let style: DOCXStyle

    static func fonts(_ f: String, to m: inout Markup) {
        let e = XMLText.escape(f)
        m.add("<w:rFonts w:ascii=\"")
        m.add(e)
        m.add("\" w:hAnsi=\"")
        m.add(e)
        m.add("\" w:eastAsia=\"")
        m.add(e)
        m.add("\" w:cs=\"")
        m.add(e)
        m.add("\"/>")
    }

    static func run(_ text: UnsafeBufferPointer<UInt8>, font: String, size: Int, bold: Bool = false, to m: inout Markup) {
        m.add("<w:r><w:rPr>")
        fonts(font, to: &m)
        if bold { m.add("<w:b/>") }
        m.add("<w:sz w:val=\"")
        m.add(size)
        m.add("\"/><w:szCs w:val=\"")
        m.add(size)
        m.add("\"/></w:rPr>")
        textElement(text, to: &m)
        m.add("</w:r>")
    }

    /// `<w:t>` of `text`, escaped; marked to keep its white space only when it has some (a
    /// table's cells, most of the document, seldom do).
    static func textElement(_ text: UnsafeBufferPointer<UInt8>, to m: inout Markup) {
        m.add(text.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } ? "<w:t xml:space=\"preserve\">" : "<w:t>")
        XMLText.add(text, to: &m)
        m.add("</w:t>")
    }

    static func textElement(_ text: String, to m: inout Markup) {
        var text = text
        text.withUTF8 { textElement($0, to: &m) }
    }

    static func run(_ text: String, font: String, size: Int, bold: Bool = false, to m: inout Markup) {
        var text = text
        text.withUTF8 { run($0, font: font, size: size, bold: bold, to: &m) }
    }

    enum Kind { case title, heading, subheading, minor, body, caption }

    mutating func paragraph(_ text: String, _ kind: Kind) {
        var text = text
        text.withUTF8 { paragraph($0, kind) }
    }

    /// A paragraph of UTF-8 `text`.
    mutating func paragraph(_ text: UnsafeBufferPointer<UInt8>, _ kind: Kind) {
        switch kind {
        case .title:
            body.add("<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:spacing w:before=\"0\" w:after=\"")
            body.add(DOCXStyle.linePitch)
            body.add("\" w:line=\"700\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr>")
            DOCXWriter.run(text, font: style.titleFont, size: DOCXStyle.titleSize, to: &body)
        case .heading:
            heading(text, style: "Heading1", level: 0, font: style.headingFont, bold: false)
        case .subheading:
            heading(text, style: "Heading2", level: 1, font: style.subheadingFont, bold: false)
        case .minor:
            heading(text, style: "Heading3", level: 2, font: style.bodyFont, bold: true)
        case .body:
            body.add("<w:p><w:pPr>")
            lineSpacing()
            // The body's font and size are the document's defaults (`DOCXReport.styles`):
            // its runs, most of the text, carry none of their own.
            body.add("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr><w:r>")
            DOCXWriter.textElement(text, to: &body)
            body.add("</w:r>")
        case .caption:
            body.add("<w:p><w:pPr><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>")
            DOCXWriter.run(text, font: style.headingFont, size: 28, to: &body)
        }
        // A line per paragraph: the document reads (and diffs) line by line.
        body.add("</w:p>\n")
    }

    private mutating func lineSpacing() {
        body.add("<w:spacing w:line=\"")
        body.add(DOCXStyle.linePitch)
        body.add("\" w:lineRule=\"exact\" w:before=\"0\" w:after=\"0\"/>")
    }

    private mutating func heading(_ text: UnsafeBufferPointer<UInt8>, style id: String, level: Int, font: String, bold: Bool) {
        body.add("<w:p><w:pPr><w:pStyle w:val=\"")
        body.add(id)
        body.add("\"/>")
        lineSpacing()
        body.add("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"")
        body.add(level)
        body.add("\"/></w:pPr>")
        DOCXWriter.run(text, font: font, size: level == 2 ? DOCXStyle.bodySize : DOCXStyle.headingSize, bold: bold, to: &body)
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

    /// A table of `widths` (twips) with `header` rows repeated on every page, then `count`
    /// rows made one at a time by `row` (a province's table is never held whole).
    mutating func table(widths: [Int], header: [[Cell]], count: Int, row: (Int) -> [Cell]) {
        body.add("<w:tbl>\n<w:tblPr><w:tblW w:w=\"")
        body.add(widths.reduce(0, +))
        body.add("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>")
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            body.add("<w:")
            body.add(edge)
            body.add(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
        }
        body.add("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>")
        for w in widths {
            body.add("<w:gridCol w:w=\"")
            body.add(w)
            body.add("\"/>")
        }
        body.add("</w:tblGrid>\n")
        for cells in header { tableRow(cells, widths: widths, isHeader: true) }
        for k in 0..<max(0, count) { tableRow(row(k), widths: widths, isHeader: false) }
        body.add("</w:tbl>\n")
    }

    private mutating func tableRow(_ cells: [Cell], widths: [Int], isHeader: Bool) {
        body.add(isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        var col = 0
        for c in cells {
            var w = 0
            for k in col..<max(col, min(widths.count, col + c.span)) { w += widths[k] }
            col += c.span
            body.add("<w:tc><w:tcPr><w:tcW w:w=\"")
            body.add(w)
            body.add("\" w:type=\"dxa\"/>")
            if c.span > 1 {
                body.add("<w:gridSpan w:val=\"")
                body.add(c.span)
                body.add("\"/>")
            }
            switch c.merge {
            case .start: body.add("<w:vMerge w:val=\"restart\"/>")
            case .continue: body.add("<w:vMerge/>")
            case .none: break
            }
            body.add(isHeader ? "<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableHeading\"/></w:pPr>"
                              : "<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>")
            if c.merge != .continue {
                body.add(isHeader ? "<w:r><w:rPr><w:rStyle w:val=\"TableHeadingChar\"/>" : "<w:r><w:rPr><w:rStyle w:val=\"TableTextChar\"/>")
                body.add(c.bold ? "<w:b/></w:rPr>" : "</w:rPr>")
                DOCXWriter.textElement(c.text, to: &body)
                body.add("</w:r>")
            }
            body.add("</w:p></w:tc>")
        }
        body.add("</w:tr>\n")
    }

    /// The styles of a table's cells, set once here instead of on every cell: the
    /// paragraph's tight spacing and alignment, and its text's font in 五号 (10.5 pt), a
    /// character style, so the paragraph mark keeps the body's size as a cell always had.
    static func tableStyles(id: String, name: String, font: String, centred: Bool, to m: inout Markup) {
        m.add("<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"280\" w:lineRule=\"auto\"/>")
        m.add(centred ? "<w:jc w:val=\"center\"/></w:pPr></w:style>" : "<w:jc w:val=\"left\"/></w:pPr></w:style>")
        m.add("<w:style w:type=\"character\" w:styleId=\"\(id)Char\"><w:name w:val=\"\(name) Char\"/><w:rPr>")
        fonts(font, to: &m)
        m.add("<w:sz w:val=\"\(DOCXStyle.tableSize)\"/><w:szCs w:val=\"\(DOCXStyle.tableSize)\"/></w:rPr></w:style>")
    }

    /// Ends a section: what came before is laid out on pages of this orientation.
    mutating func endSection(landscape: Bool) {
        body.add("<w:p><w:pPr>")
        body.add(DOCXWriter.section(landscape: landscape))
        body.add("</w:pPr></w:p>\n")
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
