/// 数据核对: the findings of the checks grouped by severity, errors first, each with its
/// Chinese lead-in, the detailed message, how to fix it and where in the script.
extension HTMLReport {
    /// `number` heads it 三、数据核对; `heading`, where given, is the whole heading.
    func findingSection(_ r: ReportData, number: String, heading: String? = nil) -> String {
        var s = "<section id=\"findings\">\n<h2>\(HTML.escape(heading ?? "\(number)、数据核对"))</h2>\n"
        guard !r.findings.isEmpty else {
            return s + "<p class=\"ok\">报告所写数字、分项合计与声明的指标个数均已核对，未发现问题。</p>\n</section>\n"
        }
        for severity in Severity.allCases {
            let group = r.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            s += "<h3>\(FindingText.severity(severity))（\(group.count)）</h3>\n<ul class=\"findings\">\n"
            for d in group {
                s += "<li class=\"\(severity.rawValue)\"><span class=\"lead\">\(HTML.escape(FindingText.leadIn(d.code)))</span> <code>\(HTML.escape(d.code))</code>"
                let zh = d.localized(.zh)
                s += "<span class=\"msg\">\(HTML.escape(zh.message))</span>"
                if let h = zh.hint { s += "<span class=\"hint\">建议：\(HTML.escape(h))</span>" }
                if let loc = FindingText.location(d, in: r) { s += "<span class=\"loc\">位置：\(HTML.escape(loc))</span>" }
                s += "</li>\n"
            }
            s += "</ul>\n"
        }
        return s + "</section>\n"
    }
}
