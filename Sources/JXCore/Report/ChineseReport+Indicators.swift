/// Section 三 (一): the indicators by level 1 and level 2, one line each as the seed writes
/// them, then (二) deviations, (三) scores and the findings of the checks.
extension ChineseReport {
    /// An indicator's level-1 key (`RowsByKey` orders them as first seen); indicators outside
    /// the standard groups are keyed by their first group, or by "" when they have none.
    static func level1Key(_ i: ReportData.IndicatorRow) -> String { i.level1 ?? (i.path.first ?? "") }

    func indicatorSection(_ r: ReportData) -> String {
        guard !r.indicators.isEmpty else { return "" }
        var out = (r.project == nil ? "## 三、部门单位整体绩效目标情况\n\n" : "## 三、项目绩效目标情况\n\n") + "### （一）绩效目标完成情况\n\n"
        let level1 = Set(r.indicators.compactMap { $0.level1.map(NameKey.init) }).count
        let level2 = Set(r.indicators.compactMap { i in i.level2.map { NameKey((i.level1 ?? "") + "/" + $0) } }).count
        let n = r.indicators.count
        // Indicators outside the standard groups have no level 1 or 2 to count.
        let levels = [("一级", level1), ("二级", level2), ("三级", n)].filter { $0.1 > 0 || $0.0 == "三级" }
        out += "共设置" + levels.map { "\($0.0)指标 \($0.1) 个" }.joined(separator: "，") + "。"
        out += "截止到监控节点，\(n) 个三级指标\(statusCounts(r))，完成情况如下：\n\n"
        // Rows by index: filtering them for each group copied every row once per group.
        for (n1, (l1, under)) in RowsByKey(r.indicators.map(ChineseReport.level1Key)).groups.enumerated() {
            out += "#### \(n1 + 1)、\(ChineseReport.lit(level1Heading(l1), under.map { r.indicators[$0].light }))\n\n"
            let level2 = RowsByKey(under.map { r.indicators[$0].level2 ?? "" }).groups
            // The seed lists 满意度 straight under its heading: its one level 2 says nothing more.
            let showLevel2 = !(l1 == "满意度" && level2.count == 1)
            for (n2, (l2, members)) in level2.enumerated() {
                let rows = members.map { under[$0] }
                if showLevel2 && !l2.isEmpty {
                    let name = l2.hasSuffix("指标") ? l2 : l2 + "指标"
                    out += "##### \(ChineseReport.circledNumber(n2 + 1))\(ChineseReport.lit(name + "：", rows.map { r.indicators[$0].light }))\n\n"
                }
                for (k, i) in rows.enumerated() {
                    out += line(k + 1, r.indicators[i], last: k == rows.count - 1) + "\n\n"
                }
            }
        }
        out += deviationSection(r)
        out += scoreSection(r)
        return out
    }

    /// "中已完成 4 个、未完成 13 个、未达监控节点 5 个" (empty when all are alike).
    func statusCounts(_ r: ReportData) -> String {
        let counts = RowCounts(r)
        let parts = [Status.met, .unmet, .pending, .blank, .unverifiable].compactMap { s -> String? in
            counts.count(s) > 0 ? "\(s.chinese) \(counts.count(s)) 个" : nil
        }
        return parts.count > 1 ? "中" + parts.joined(separator: "、") : ""
    }

    /// A heading with the light of the indicators under it, the most severe (red, yellow,
    /// green, blue) as a group's: "数量指标（绿灯）：". Without lights, the heading alone.
    static func lit(_ heading: String, _ lights: [Light?]) -> String {
        guard let l = Light.mostSevere(lights) else { return heading }
        let colon = heading.hasSuffix("：")
        return (colon ? String(heading.dropLast()) : heading) + "（\(l.chinese)）" + (colon ? "：" : "")
    }

    func level1Heading(_ l1: String) -> String {
        switch l1 {
        case "": "其他指标："
        case "满意度": "满意度指标："
        default: "\(l1)情况"
        }
    }

    /// "指标 1：办理建设项目用地初审，预期指标值：15 个，实际完成值 7 个，指标完成率 47%；"
    /// The last line of a group ends with 。 as Chinese lists do.
    func line(_ n: Int, _ i: ReportData.IndicatorRow, last: Bool) -> String {
        var s = "指标 \(n)：\(i.name)，预期指标值：\(ChineseReport.spaced(i.target))，"
        if i.status == .pending {
            s += "实际完成值未达监控节点，指标完成率未达监控节点"
        } else if i.status == .blank, let b = i.blank {
            s += "实际完成值\(b.missing.contains(.actual) ? "未填" : " " + ChineseReport.spaced(i.actual))，指标完成率 \(b.shown)"
        } else {
            let actual = ChineseReport.spaced(i.actual)
            let startsWithFigure = actual.first.map { $0.isNumber || ChineseReport.isComparator($0) } ?? false
            s += "实际完成值\(startsWithFigure ? " " : "")\(actual)，指标完成率 \(pct(i.completion))"
        }
        return s + (last ? "。" : "；")
    }

    /// `≥ ≤ < > = -`: what a figure may start with (a switch, not a search of a string).
    static func isComparator(_ c: Character) -> Bool {
        switch c {
        case "≥", "≤", "<", ">", "=", "-": true
        default: false
        }
    }
}
