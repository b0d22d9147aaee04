/// Dates as Chinese reports write them. The seed says "截至 2021 年 6 月底" for a node on the
/// last day of a month, and a day otherwise.
enum ChineseDate {
    /// `2021-06-30` → (2021, 6, 30); a node without a year gives nil for it.
    static func parts(_ node: String) -> (year: Int?, month: Int, day: Int)? {
        let p = node.split(separator: "-").compactMap { Int($0) }
        switch p.count {
        case 3: return (p[0], p[1], p[2])
        case 2: return (nil, p[0], p[1])
        default: return nil
        }
    }

    /// `2021 年 6 月 30 日`.
    static func full(_ node: String) -> String? {
        guard let d = parts(node) else { return nil }
        return (d.year.map { "\($0) 年 " } ?? "") + "\(d.month) 月 \(d.day) 日"
    }

    /// `截至 2021 年 6 月底` at a month's end, `截至 2021 年 7 月 15 日` otherwise.
    static func upTo(_ node: String?) -> String {
        guard let n = node, let d = parts(n) else { return "截止到监控节点" }
        let year = d.year.map { "\($0) 年 " } ?? ""
        if CivilDate.isMonthEnd(month: d.month, day: d.day, year: d.year) { return "截至 \(year)\(d.month) 月底" }
        return "截至 \(year)\(d.month) 月 \(d.day) 日"
    }

    /// The heading of the execution column, as monitoring tables print it: `1-6月执行数` at a
    /// node that ends a month, `全年执行数` at the year's end, `截至7月15日执行数` otherwise.
    static func executedHeading(_ node: String?) -> String {
        guard let n = node, let d = parts(n) else { return "执行数" }
        guard CivilDate.isMonthEnd(month: d.month, day: d.day, year: d.year) else { return "截至\(d.month)月\(d.day)日执行数" }
        return d.month == 12 ? "全年执行数" : d.month == 1 ? "1月执行数" : "1-\(d.month)月执行数"
    }
}
