/// The monitoring report as one self-contained HTML page for a leader's desk: a summary, the
/// budget execution against the time progress, indicator completion by group with lights,
/// forecasts and scores, and the findings of the checks. Charts are SVG drawn here; the style
/// is inline; nothing is fetched and no script runs (the page's Content-Security-Policy
/// forbids both). Prints on A4.
public struct HTMLReport: ReportRenderer {
    /// The prefix of the element ids of the part being written (`p2-`), so that two
    /// projects' sections and charts do not share an id.
    var part = ""
    public init() {}

    public func render(_ r: ReportData) -> String { page(r).text }

    /// The page's bytes piece by piece as they are built (a section at a time), without
    /// holding the whole page or making it a `String` first.
    public func write(_ r: ReportData, to flush: ([UInt8]) -> Void) { emit(r) { flush($0.bytes) } }

    func page(_ r: ReportData) -> Markup {
        var out = Markup()
        emit(r) { out += $0 }
        return out
    }

    /// The page in its order, in pieces.
    func emit(_ r: ReportData, _ piece: (Markup) -> Void) {
        if SelfEvaluation.applies(to: r) {
            var out = Markup()
            out.add(renderSelfEvaluation(r))
            piece(out)
            return
        }
        var out = Markup()
        out.add(HTMLReport.head(r))
        out.add(masthead(r))
        out.add(lede(r))
        out.add(summary(r))
        var number = 0
        func next() -> String { number += 1; return ChineseReport.chineseNumber(number) }
        if r.projects.isEmpty {
            piece(out)
            out = Markup()
            sections(r, next, piece)
        } else {
            // 部门整体, then each project: a chapter of its own with its light and total.
            for (k, part) in r.parts.enumerated() {
                var writer = self
                writer.part = "p\(k + 1)-"
                out += "<div class=\"part\" id=\"part\(k + 1)\">\n<h2 class=\"part-title\">\(HTML.escape(ReportData.heading(of: part)))"
                if let l = part.light { out += " <span class=\"chip \(l.rawValue)\">\(l.chinese)</span>" }
                if part.totalScore != nil || !part.missing.isEmpty {
                    let grade = part.missing.isEmpty ? part.rating ?? "—" : ReportData.incomplete(part.missing)
                    out += " <span class=\"score\">总分 \(part.totalScore?.decimalString(maxDecimals: 2) ?? "—")（\(HTML.escape(grade))）</span>"
                }
                out += "</h2>\n"
                piece(out)
                out = Markup()
                writer.sections(r.only(part), next, piece)
                out += "</div>\n"
            }
        }
        out.add(findingSection(r, number: next()))
        out.add(footer(r))
        out += "</main>\n</body>\n</html>\n"
        piece(out)
    }

    /// The document up to the opening of `<main>`: the page's head, its style and policy.
    static func head(_ r: ReportData) -> String {
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="jx">
        <title>\(HTML.escape(r.title))</title>
        <style>
        \(HTMLStyle.css)</style>
        </head>
        <body>
        <main class="page">

        """
    }

    /// The sections of one part: budgets, indicators, forecasts and scores.
    /// Each section reads the report and nothing else: they are written at once, one a
    /// core (the indicators' charts and tables are two fifths of the page, the budgets'
    /// and the forecasts' the rest), and given on in their order.
    func sections(_ r: ReportData, _ next: () -> String, _ piece: (Markup) -> Void) {
        enum Section { case budgets, indicators, forecasts }
        var wanted: [(Section, String)] = []
        if !r.budgets.isEmpty { wanted.append((.budgets, next())) }
        if !r.indicators.isEmpty { wanted.append((.indicators, next())) }
        if hasForecastsOrScores(r) { wanted.append((.forecasts, next())) }
        let writer = self, jobs = wanted
        let written = Parallel.map(jobs.count) { k -> Markup in
            switch jobs[k].0 {
            case .budgets: writer.budgetSection(r, number: jobs[k].1)
            case .indicators: writer.indicatorSection(r, number: jobs[k].1)
            case .forecasts: writer.forecastSection(r, number: jobs[k].1)
            }
        }
        for w in written { piece(w) }
    }

    func masthead(_ r: ReportData) -> String {
        var eyebrow: [String] = []
        if let d = r.department { eyebrow.append(HTML.escape(d)) }
        if let y = r.year { eyebrow.append("\(y) 年") }
        eyebrow.append("预算绩效监控")
        var meta: [String] = []
        if let n = r.node { meta.append("监控节点 <b>\(HTML.escape(n))</b>") }
        if let t = ReportData.percent(r.timeProgress) { meta.append("时间进度 <b>\(t)%</b>") }
        var s = "<header class=\"masthead\">\n<div class=\"eyebrow\">\(eyebrow.joined(separator: " · "))</div>\n"
        s += "<h1>\(HTML.escape(r.title))</h1>\n<div class=\"meta\">\(meta.joined(separator: " · "))"
        if let sc = r.scenario { s += "<span class=\"scenario\">情景：\(HTML.escape(sc))</span>" }
        return s + "</div>\n</header>\n"
    }

    /// A light as a CSS class name; "none" when there is none.
    static func cls(_ l: Light?) -> String { l?.rawValue ?? "none" }

    static func pct(_ e: Exact?) -> String { ReportData.percent(e).map { $0 + "%" } ?? "—" }

    /// `383.74 / 1493.25 万元`: the part in the unit of the whole, so one unit is named.
    static func ofTotal(_ part: Quantity?, _ whole: Quantity?) -> String {
        guard let whole else { return part?.text() ?? "" }
        guard let part else { return "— / " + whole.text() }
        let p = (try? part.converted(to: whole.unit))?.value.decimalString(maxDecimals: 6) ?? part.text()
        return "\(p) / \(whole.value.decimalString(maxDecimals: 6)) \(whole.unit.name)"
    }

    func footer(_ r: ReportData) -> String {
        var parts = ["由 jx 根据脚本精确计算生成", "比率四舍五入保留两位小数"]
        if r.assertsPassed + r.assertsFailed > 0 { parts.append("断言 \(r.assertsPassed) 通过、\(r.assertsFailed) 失败") }
        return "<footer>\(parts.joined(separator: " · "))</footer>\n"
    }
}
