/// `jx report -f docx`: the report as a Word document in the form a finance bureau files
/// (GB/T 9704, see `DOCXStyle`): the Chinese report text of `-f zh` with its headings as
/// headings, then the budget table and, on a landscape page, the indicator table with its
/// merged header and its 一级 and 二级 cells merged over their rows. The parts are rendered
/// here; the host zips them (`parts`). As text the document is one Flat OPC XML file
/// (`render`), which Word opens as it is, and which the golden tests read.
public struct DOCXReport: ReportRenderer {
    public var decimals: Int
    public var style: DOCXStyle

    public init(decimals: Int = 0, style: DOCXStyle = DOCXStyle()) {
        self.decimals = decimals
        self.style = style
    }

    static let xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    static let types: [(path: String, type: String)] = [
        ("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ]

    public func parts(_ r: ReportData) -> [ReportPart]? {
        // Each part made with its XML declaration first: the document is never copied.
        var bodies = partBodies(r, head: DOCXReport.xmlHead)
        var out = [ReportPart(path: "[Content_Types].xml", text: DOCXReport.xmlHead + contentTypes())]
        for (path, _) in DOCXReport.types {
            out.append(ReportPart(path: String(path.dropFirst()), bytes: bodies.removeValue(forKey: path)?.bytes ?? Array(DOCXReport.xmlHead.utf8)))
        }
        return out
    }

    public func render(_ r: ReportData) -> String {
        let bodies = partBodies(r)
        var s = Markup()
        s.add(DOCXReport.xmlHead + "<?mso-application progid=\"Word.Document\"?>\n<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">\n")
        for (path, type) in DOCXReport.types {
            s.add("<pkg:part pkg:name=\"\(path)\" pkg:contentType=\"\(type)\"><pkg:xmlData>")
            if let body = bodies[path] { s += body }
            s.add("</pkg:xmlData></pkg:part>\n")
        }
        s.add("</pkg:package>\n")
        return s.text
    }

    func contentTypes() -> String {
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + DOCXReport.types.filter { !$0.path.hasSuffix(".rels") }.map { "<Override PartName=\"\($0.path)\" ContentType=\"\($0.type)\"/>" }.joined() + "</Types>"
    }

    /// Each part's XML, after `head` (the XML declaration of a part on its own; none in the
    /// one document of Flat OPC).
    func partBodies(_ r: ReportData, head: String = "") -> [String: Markup] {
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        func headed(_ m: Markup) -> Markup {
            var h = Markup()
            h.add(head)
            h += m
            return h
        }
        var core: Markup = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
        XMLText.add(r.title, to: &core)
        core.add("</dc:title><dc:creator>jx</dc:creator></cp:coreProperties>")
        let small: [String: Markup] = [
            "/_rels/.rels": "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>",
            "/word/_rels/document.xml.rels": "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdFooter\" Type=\"\(rel)/footer\" Target=\"footer1.xml\"/></Relationships>",
            "/word/styles.xml": styles(),
            "/word/footer1.xml": footer(),
            "/docProps/core.xml": core,
        ]
        var bodies = small.mapValues(headed)
        bodies["/word/document.xml"] = document(r, head: head)
        return bodies
    }

    func document(_ r: ReportData, head: String = "") -> Markup {
        var w = DOCXWriter(style: style)
        var text = ChineseReport(decimals: decimals, plain: false).render(r)
        // Room made at once for about what a paragraph and a table row take: a large
        // document grown by doubling was copied whole at each step and held twice meanwhile
        // (room never written is never resident).
        w.body.reserve(4 * text.utf8.count + 2600 * r.indicators.count + 1600 * r.budgets.count + 4096)
        w.body.add(head)
        w.body.add("<w:document \(DOCXReport.ns)><w:body>")
        // The Chinese report's lines, by bytes: `#` marks a heading's level, `- ` an item.
        text.withUTF8 { p in
            var start = 0
            while start < p.count {
                var end = start
                while end < p.count, p[end] != 0x0A { end += 1 }
                var from = start
                var hashes = 0
                while from < end, p[from] == UInt8(ascii: "#") { from += 1; hashes += 1 }
                while from < end, p[from] == UInt8(ascii: " ") { from += 1 }
                if from + 1 < end, p[from] == UInt8(ascii: "-"), p[from + 1] == UInt8(ascii: " ") { from += 2 }
                // A line is its text, without the carriage return of a `\r\n` a string held.
                var to = end
                if to > from, p[to - 1] == 0x0D { to -= 1 }
                if from < to {
                    let line = UnsafeBufferPointer(rebasing: p[from..<to])
                    switch hashes {
                    case 1: w.paragraph(line, .title)
                    case 2: w.paragraph(line, .heading)
                    case 3: w.paragraph(line, .subheading)
                    case 0: w.paragraph(line, .body)
                    default: w.paragraph(line, .minor)
                    }
                }
                start = end + 1
            }
        }
        if SelfEvaluation.applies(to: r) {
            if !r.indicators.isEmpty { w.endSection(landscape: false) }
            selfEvaluationTables(r, &w)
        } else if !r.budgets.isEmpty {
            w.paragraph("附表 1  预算执行情况表", .caption)
            budgetTable(r, &w)
        }
        if !r.indicators.isEmpty && !SelfEvaluation.applies(to: r) {
            w.endSection(landscape: false)
            w.paragraph("附表 2  绩效指标完成情况表", .caption)
            indicatorTable(r, &w)
        }
        w.body.add(DOCXWriter.section(landscape: !r.indicators.isEmpty))
        w.body.add("</w:body></w:document>")
        return w.body
    }

    func budgetTable(_ r: ReportData, _ w: inout DOCXWriter) {
        typealias C = DOCXWriter.Cell
        let unit = r.budgets.first?.amount?.unit.name ?? "万元"
        let header: [[C]] = [
            [C(text: "预算项目", merge: .start), C(text: "预算数（\(unit)）", merge: .start), C(text: "到位资金", merge: .start),
             C(text: "执行情况", span: 2), C(text: "到位率", merge: .start), C(text: "预警", merge: .start)],
            [C(text: "", merge: .continue), C(text: "", merge: .continue), C(text: "", merge: .continue),
             C(text: "执行数"), C(text: "执行率"), C(text: "", merge: .continue), C(text: "", merge: .continue)],
        ]
        w.table(widths: [2600, 1300, 1300, 1300, 900, 800, 645], header: header, count: r.budgets.count) { k in
            let b = r.budgets[k]
            func money(_ q: Quantity?) -> String {
                guard let q else { return "—" }
                guard let u = b.amount?.unit, let c = try? q.converted(to: u) else { return q.text() }
                return c.value.decimalString(maxDecimals: 6)
            }
            return [C(text: String(repeating: "　", count: b.depth) + b.name, bold: b.depth == 0), C(text: money(b.amount)), C(text: money(b.arrived)),
                    C(text: money(b.executed)), C(text: ReportData.percent(b.execution).map { $0 + "%" } ?? "—"),
                    C(text: ReportData.percent(b.arrival).map { $0 + "%" } ?? "—"), C(text: b.light?.chinese ?? "")]
        }
    }

    func indicatorTable(_ r: ReportData, _ w: inout DOCXWriter) {
        typealias C = DOCXWriter.Cell
        let header: [[C]] = [
            [C(text: "绩效指标", span: 3), C(text: "指标值", merge: .start), C(text: "实际完成值", merge: .start), C(text: "完成率", merge: .start),
             C(text: "预警", merge: .start), C(text: "全年预计", merge: .start), C(text: "完成目标可能性", merge: .start), C(text: "偏差原因及说明", merge: .start)],
            [C(text: "一级指标"), C(text: "二级指标"), C(text: "三级指标")] + Array(repeating: C(text: "", merge: .continue), count: 7),
        ]
        let rows = r.indicators
        w.table(widths: [1100, 1300, 2400, 1300, 1300, 900, 700, 1200, 1000, 1557], header: header, count: rows.count) { k in
            let i = rows[k]
            // 一级 and 二级 merged over the rows that share them, as the national table is.
            let sameFirst = k > 0 && rows[k - 1].level1 == i.level1
            let sameSecond = sameFirst && rows[k - 1].level2 == i.level2
            let completion = i.status == .pending ? "未达监控节点" : i.status == .blank ? i.blank?.shown ?? "—" : (ReportData.percent(i.completion).map { $0 + "%" } ?? "—")
            let why = [i.cause, i.note].compactMap { $0 }.joined(separator: "：")
            return [C(text: i.level1 ?? "", merge: sameFirst ? .continue : .start), C(text: i.level2 ?? "", merge: sameSecond ? .continue : .start),
                    C(text: i.name), C(text: i.target), C(text: i.actual), C(text: completion), C(text: i.light?.chinese ?? ""),
                    C(text: i.expected.map(ReportData.figure) ?? ""), C(text: i.likelihood ?? ""), C(text: why)]
        }
    }

    func styles() -> Markup {
        func heading(_ id: String, _ name: String, _ font: String, _ level: Int, to m: inout Markup) {
            m.add("<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"\(level)\"/></w:pPr><w:rPr>")
            DOCXWriter.fonts(font, to: &m)
            m.add("<w:sz w:val=\"\(DOCXStyle.headingSize)\"/></w:rPr></w:style>")
        }
        var m = Markup()
        m.add("<w:styles \(DOCXReport.ns)><w:docDefaults><w:rPrDefault><w:rPr>")
        DOCXWriter.fonts(style.bodyFont, to: &m)
        m.add("<w:sz w:val=\"\(DOCXStyle.bodySize)\"/><w:szCs w:val=\"\(DOCXStyle.bodySize)\"/><w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"\(DOCXStyle.linePitch)\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>")
        m.add("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>")
        m.add("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr>")
        DOCXWriter.fonts(style.titleFont, to: &m)
        m.add("<w:sz w:val=\"\(DOCXStyle.titleSize)\"/></w:rPr></w:style>")
        heading("Heading1", "heading 1", style.headingFont, 0, to: &m)
        heading("Heading2", "heading 2", style.subheadingFont, 1, to: &m)
        heading("Heading3", "heading 3", style.bodyFont, 2, to: &m)
        DOCXWriter.tableStyles(id: "TableText", name: "Table Text", font: style.tableFont, centred: false, to: &m)
        DOCXWriter.tableStyles(id: "TableHeading", name: "Table Heading", font: style.headingFont, centred: true, to: &m)
        m.add("</w:styles>")
        return m
    }

    /// `— 1 —`, centred, in 四号 宋体.
    func footer() -> Markup {
        var rPr = Markup()
        rPr.add("<w:rPr>")
        DOCXWriter.fonts(style.pageNumberFont, to: &rPr)
        rPr.add("<w:sz w:val=\"\(DOCXStyle.pageNumberSize)\"/></w:rPr>")
        var m = Markup()
        m.add("<w:ftr \(DOCXReport.ns)><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>")
        DOCXWriter.run("— ", font: style.pageNumberFont, size: DOCXStyle.pageNumberSize, to: &m)
        for field in ["<w:fldChar w:fldCharType=\"begin\"/>", "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>",
                      "<w:fldChar w:fldCharType=\"separate\"/>", "<w:t>1</w:t>", "<w:fldChar w:fldCharType=\"end\"/>"] {
            m.add("<w:r>")
            m += rPr
            m.add(field)
            m.add("</w:r>")
        }
        DOCXWriter.run(" —", font: style.pageNumberFont, size: DOCXStyle.pageNumberSize, to: &m)
        m.add("</w:p></w:ftr>")
        return m
    }
}
