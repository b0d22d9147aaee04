/// A horizontal bar chart drawn as SVG by jx itself: one row per budget or indicator, a
/// label column, bars coloured by light, reference lines (时间进度, 100%), then the value,
/// the light in words (so it survives a black-and-white printer) and a detail column.
///
/// Geometry is computed from exact values: a bar's length is value ÷ scale × width, rounded
/// half up to a whole pixel (`Exact.rounded`); no floating point touches a figure. A value
/// beyond the scale is drawn to the edge with a break mark, and its label says the real value.
struct SVGBarChart {
    struct Row {
        var label: String
        var indent = 0
        var strong = false
        /// The bar; nil draws no bar (a pending indicator) and shows `valueText` in its place.
        var value: Exact?
        var valueText: String
        var light: Light?
        var detail = ""
        /// A pale bar behind the main one (a budget's 到位率 behind its 执行率).
        var background: Exact?
        /// A judged rate (qualitative, deadline): hatched rather than solid.
        var judged = false
        var tooltip: String?
        /// A short dashed mark across this row's bar: the time progress for an indicator
        /// judged against it, so the reader sees why 46.67% is green and 50% red.
        var marker: Exact?
        /// A sub-heading row (a level-2 group): its label, and its light if it has one.
        var heading = false
    }

    struct Line {
        var at: Exact
        var label: String
        var dashed: Bool
    }

    var id: String
    var rows: [Row]
    /// The value at the right edge of the plot (1 = 100%).
    var scale: Exact = .one
    var lines: [Line] = []
    var ticks: [Exact] = []
    /// The width of the label column in display columns; charts of one section share it so
    /// their bars line up. nil: fit this chart's labels.
    var labelColumns: Int? = nil

    static let width = 960
    static let rowHeight = 28
    static let barHeight = 14
    /// Room above the first row: for the labels of reference lines when there are any.
    var top: Int { lines.contains { !$0.label.isEmpty } ? 24 : 8 }
    static let bottom = 22
    static let columnWidth = 7          // px per display column of 13px text
    static let maxLabelColumns = 34
    static let valueWidth = 66
    static let lightWidth = 54
    static let detailWidth = 186

    static func labelColumns(for rows: [Row]) -> Int {
        min(maxLabelColumns, rows.map { DisplayWidth.of($0.label) + 2 * $0.indent }.max() ?? 8)
    }

    /// `value / scale × width`, rounded half up to a pixel and kept within the plot.
    static func pixels(_ value: Exact, scale: Exact, width: Int) -> Int {
        guard !value.isNegative, !scale.isZero, !scale.isNegative, width > 0 else { return 0 }
        // value × width ÷ scale, rounded half up, in integers: n ÷ d with n = value.num ×
        // width × scale.den and d = value.den × scale.num (through exact fractions and a
        // written rounding, 30% of the HTML charts' work).
        let (a, o1) = value.num.multipliedReportingOverflow(by: Int128(width))
        let (n, o2) = a.multipliedReportingOverflow(by: scale.den)
        let (d, o3) = value.den.multipliedReportingOverflow(by: scale.num)
        if !o1, !o2, !o3, n <= Int128.max / 2 - d {
            return Int(min((2 * n + d) / (2 * d), Int128(width)))
        }
        guard let v = try? value.multiplied(by: Exact(width)).divided(by: scale),
              let px = Int(v.rounded(0)) else { return 0 }
        return min(px, width)
    }

    func render() -> Markup {
        let labelColumns = labelColumns ?? SVGBarChart.labelColumns(for: rows)
        let labelWidth = max(96, labelColumns * SVGBarChart.columnWidth + 12)
        let x0 = labelWidth + 8
        let right = SVGBarChart.valueWidth + SVGBarChart.lightWidth + SVGBarChart.detailWidth
        let plot = SVGBarChart.width - x0 - right - 12
        let height = top + rows.count * SVGBarChart.rowHeight + SVGBarChart.bottom
        let plotBottom = top + rows.count * SVGBarChart.rowHeight
        var s: Markup = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(SVGBarChart.width) \(height)\" width=\"\(SVGBarChart.width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        // About 640 bytes a row (measured on a province's charts): grown once, not by doubling.
        s.reserve(640 * rows.count + 2048)
        defs(into: &s)
        // Grid and ticks first, so bars are drawn over them.
        for t in ticks {
            let x = x0 + SVGBarChart.pixels(t, scale: scale, width: plot)
            s += "<line class=\"grid\" x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(plotBottom)\"/>\n"
            s += "<text class=\"tick\" x=\"\(x)\" y=\"\(plotBottom + 15)\" text-anchor=\"middle\">\(HTML.escape((ReportData.percent(t, 0) ?? "") + "%"))</text>\n"
        }
        for (k, row) in rows.enumerated() {
            drawRow(row, y: top + k * SVGBarChart.rowHeight, x0: x0, plot: plot, labelColumns: labelColumns, into: &s)
        }
        for line in lines {
            let x = x0 + SVGBarChart.pixels(line.at, scale: scale, width: plot)
            s += "<line class=\"\(line.dashed ? "ref dashed" : "ref")\" x1=\"\(x)\" y1=\"\(top - 6)\" x2=\"\(x)\" y2=\"\(plotBottom + 2)\"/>\n"
            if !line.label.isEmpty {
                s += "<text class=\"ref-label\" x=\"\(x)\" y=\"\(top - 10)\" text-anchor=\"middle\">\(HTML.escape(line.label))</text>\n"
            }
        }
        s += "</svg>\n"
        return s
    }

    /// Hatching for judged rates, one pattern per light, named after this chart so that
    /// several charts on one page do not share ids.
    func defs(into s: inout Markup) {
        s += "<defs>\n"
        for l in Light.allCases + [nil] as [Light?] {
            s += "<pattern id=\"\(id)-hatch-\(l?.rawValue ?? "none")\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            s += "<rect width=\"6\" height=\"6\" class=\"fill-\(l?.rawValue ?? "none") pale\"/><rect width=\"3\" height=\"6\" class=\"fill-\(l?.rawValue ?? "none")\"/></pattern>\n"
        }
        s += "</defs>\n"
    }

    /// A light in its column: a dot and its name.
    func lightMark(_ l: Light, x0: Int, plot: Int, mid: Int, into s: inout Markup) {
        let xl = x0 + plot + 8 + SVGBarChart.valueWidth + 6
        s += "<circle class=\"fill-\(l.rawValue)\" cx=\"\(xl + 5)\" cy=\"\(mid)\" r=\"5\"/>"
        s += "<text class=\"light-text\" x=\"\(xl + 14)\" y=\"\(mid + 4)\">\(HTML.escape(l.chinese))</text>"
    }

    func drawRow(_ row: Row, y: Int, x0: Int, plot: Int, labelColumns: Int, into s: inout Markup) {
        let mid = y + SVGBarChart.rowHeight / 2
        let barY = mid - SVGBarChart.barHeight / 2
        let light = row.light?.rawValue ?? "none"
        if row.heading {
            s += "<text class=\"group\" x=\"4\" y=\"\(mid + 6)\">\(HTML.escape(HTML.clipped(row.label, columns: labelColumns)))</text>"
            if let l = row.light { lightMark(l, x0: x0, plot: plot, mid: mid, into: &s) }
            s += "\n"
            return
        }
        s += "<g class=\"row\">"
        if let t = row.tooltip { s += "<title>\(HTML.escape(t))</title>" }
        let label = HTML.clipped(row.label, columns: labelColumns - 2 * row.indent)
        s += "<text class=\"label\(row.strong ? " strong" : "")\" x=\"\(4 + row.indent * 14)\" y=\"\(mid + 4)\">\(HTML.escape(label))</text>"
        s += "<rect class=\"track\" x=\"\(x0)\" y=\"\(barY)\" width=\"\(plot)\" height=\"\(SVGBarChart.barHeight)\" rx=\"2\"/>"
        if let b = row.background {
            let w = SVGBarChart.pixels(b, scale: scale, width: plot)
            s += "<rect class=\"arrived\" x=\"\(x0)\" y=\"\(barY)\" width=\"\(w)\" height=\"\(SVGBarChart.barHeight)\" rx=\"2\"/>"
        }
        if let v = row.value {
            let w = SVGBarChart.pixels(v, scale: scale, width: plot)
            let fill = row.judged ? "fill=\"url(#\(id)-hatch-\(light))\"" : "class=\"fill-\(light)\""
            if w > 0 { s += "<rect \(fill) x=\"\(x0)\" y=\"\(barY)\" width=\"\(w)\" height=\"\(SVGBarChart.barHeight)\" rx=\"2\"/>" }
            if v > scale {
                // Beyond the scale: a white break near the end says the bar is cut short.
                let bx = x0 + plot - 10
                s += "<path class=\"break\" d=\"M\(bx) \(barY - 2) l4 0 l-3 \(SVGBarChart.barHeight + 4) l-4 0 z\"/>"
            }
            if let m = row.marker {
                let x = x0 + SVGBarChart.pixels(m, scale: scale, width: plot)
                s += "<line class=\"marker\" x1=\"\(x)\" y1=\"\(barY - 4)\" x2=\"\(x)\" y2=\"\(barY + SVGBarChart.barHeight + 4)\"/>"
            }
        } else {
            s += "<text class=\"pending\" x=\"\(x0 + 6)\" y=\"\(mid + 4)\">\(HTML.escape(row.valueText))</text>"
        }
        let xv = x0 + plot + 8 + SVGBarChart.valueWidth - 6
        if row.value != nil {
            s += "<text class=\"value\" x=\"\(xv)\" y=\"\(mid + 4)\" text-anchor=\"end\">\(HTML.escape(row.valueText))</text>"
        }
        if let l = row.light { lightMark(l, x0: x0, plot: plot, mid: mid, into: &s) }
        let xd = x0 + plot + 8 + SVGBarChart.valueWidth + SVGBarChart.lightWidth + 4
        let detail = HTML.clipped(row.detail, columns: (SVGBarChart.detailWidth - 8) / 6)
        s += "<text class=\"detail\" x=\"\(xd)\" y=\"\(mid + 4)\">\(HTML.escape(detail))</text>"
        s += "</g>\n"
    }
}
