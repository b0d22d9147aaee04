/// `jx report -f xlsx`: the filled table as a workbook, a sheet per part (the department's
/// own, each project), laid out as the table it came from would be — the monitoring table
/// (项目支出绩效目标执行监控表) at a node before the year's end, the self-evaluation table
/// (项目支出绩效自评表) at December 31 — so that the analyst goes on in Excel or WPS, and
/// `jx import` reads it back to the same figures. Numbers are numbers, with their units in
/// a column of their own (度量单位; money in the unit its header names) and number formats
/// (money `#,##0.00`, rates `0.00%`). The headers are the national template's, which the
/// shipped column maps read.
public struct XLSXReport: ReportRenderer {
    public init() {}

    static let xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

    public func parts(_ r: ReportData) -> [ReportPart]? {
        packageParts(r, head: XLSXReport.xmlHead).map { ReportPart(path: String($0.path.dropFirst()), bytes: $0.body.bytes) }
    }

    /// As one text: the package in Flat OPC form, part by part (Excel needs the zipped
    /// file, `-o FILE.xlsx`; this is what the golden tests read).
    public func render(_ r: ReportData) -> String {
        var s = Markup()
        s.add(XLSXReport.xmlHead + "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">\n")
        for p in packageParts(r) where p.path != "/[Content_Types].xml" {
            s.add("<pkg:part pkg:name=\"\(p.path)\" pkg:contentType=\"\(p.type)\"><pkg:xmlData>")
            s += p.body
            s.add("</pkg:xmlData></pkg:part>\n")
        }
        s.add("</pkg:package>\n")
        return s.text
    }

    /// The parts, each after `head` (the XML declaration of a part on its own; none in Flat
    /// OPC): a sheet is written once, never copied.
    func packageParts(_ r: ReportData, head: String = "") -> [(path: String, type: String, body: Markup)] {
        let sheets = XLSXReport.sheets(r)
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships"
        var parts: [(path: String, type: String, body: Markup)] = []
        func text(_ s: String) -> Markup {
            var m = Markup()
            m.add(head)
            m.add(s)
            return m
        }
        let relsType = "application/vnd.openxmlformats-package.relationships+xml"
        parts.append(("/_rels/.rels", relsType,
                      text("<Relationships xmlns=\"\(pkgRel)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")))
        parts.append(("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                      text("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(rel)\"><sheets>"
                        + sheets.enumerated().map { k, s in "<sheet name=\"\(XMLText.escape(s.name))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>" }.joined()
                        + "</sheets></workbook>")))
        parts.append(("/xl/_rels/workbook.xml.rels", relsType,
                      text("<Relationships xmlns=\"\(pkgRel)\">"
                        + sheets.indices.map { k in "<Relationship Id=\"rId\(k + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(k + 1).xml\"/>" }.joined()
                        + "<Relationship Id=\"rIdStyles\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>")))
        parts.append(("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", text(XLSXSheet.styles)))
        for (k, s) in sheets.enumerated() { parts.append(("/xl/worksheets/sheet\(k + 1).xml", XLSXReport.sheetType, s.xml(after: head))) }
        let types = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"\(relsType)\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + parts.filter { !$0.path.hasSuffix(".rels") }.map { "<Override PartName=\"\($0.path)\" ContentType=\"\($0.type)\"/>" }.joined() + "</Types>"
        return [("/[Content_Types].xml", "", text(types))] + parts
    }

    /// A sheet per part; names as Excel allows them (31 characters, none of `[]:*?/\`, each once).
    static func sheets(_ r: ReportData) -> [XLSXSheet] {
        var used: Set<String> = []
        // The next number to try after each name: many projects of one name are numbered in turn.
        var next: [String: Int] = [:]
        let parts = r.parts
        return parts.map { part in
            let own = part.budgets.first { $0.depth == 0 }?.name ?? (selfEvaluation(r) ? "自评表" : "监控表")
            var base = String((part.project ?? (parts.count > 1 ? "部门整体" : own))
                .map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(28))
            if base.isEmpty { base = "表" }
            var name = base, k = next[base] ?? 2
            while used.contains(name) { name = base + "(\(k))"; k += 1 }
            next[base] = k
            used.insert(name)
            return XLSXTableLayout(report: r, part: part, selfEvaluation: selfEvaluation(r)).sheet(named: name)
        }
    }

    /// A self-evaluation is the table of the year's end.
    static func selfEvaluation(_ r: ReportData) -> Bool { r.node?.hasSuffix("12-31") == true }
}
