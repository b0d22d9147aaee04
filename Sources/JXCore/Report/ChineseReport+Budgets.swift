/// Section 二 (the year's budget and its parts) and section 五 (extra allocations, 追加资金,
/// which reports describe apart because they arrive during the year with their own money).
extension ChineseReport {
    /// Top-level budgets whose name says 追加 are reported apart, as the seed does in 五.
    static func isExtra(_ b: ReportData.BudgetRow) -> Bool { b.name.contains("追加") }

    func children(of b: ReportData.BudgetRow, in r: ReportData) -> [ReportData.BudgetRow] {
        r.budgets.filter { $0.path.count == b.path.count + 1 && Array($0.path.prefix(b.path.count)) == b.path }
    }

    func budgetSection(_ r: ReportData) -> String {
        let mains = r.budgets.filter { $0.depth == 0 && !ChineseReport.isExtra($0) }
        guard !mains.isEmpty else { return "" }
        var out = r.project == nil ? "## 二、部门单位年度预算执行情况\n\n" : "## 二、项目预算执行情况\n\n"
        let we = r.project == nil ? "我部门" : "本项目"
        let year = r.year.map { " \($0) 年" } ?? ""
        var part = 0
        let parts = BudgetChildren(r)
        for b in mains {
            // One budget is "the" year's budget (我部门 2021 年预算); several are named.
            let subject = mains.count == 1 ? "\(we)\(year)预算" : "\(we)\(year)\(b.name)"
            // Its own spending lines here; its parts get sections of their own below.
            out += overview(b, subject: subject, r) + usesText(b, r, parts: false) + "\n\n"
            for c in parts.of(b) {
                part += 1
                out += "### （\(ChineseReport.chineseNumber(part))）\(c.name)绩效目标完成情况\n\n"
                out += "本年度\(c.name)预算安排总额为 \(ChineseReport.amount(c.amount, statedAs: "amount", in: c))"
                if let i = c.initial { out += "（年初预算 \(ChineseReport.amount(i, statedAs: "initial", in: c))）" }
                out += sourcesText(c, lead: "，其中") + "。\n\n"
                if c.executed != nil || !c.spends.isEmpty {
                    out += "截止到监控节点，\(c.name)实际支出资金 \(ChineseReport.amount(c.executed, statedAs: "executed", in: c))"
                    out += "，预算执行率 \(pct(c.execution))\(expectedText(c))。"
                    out += sourceFiguresText(c)
                    out += usesText(c, r, children: parts)
                    out += "\n\n"
                } else if c.expected != nil || !sourceFiguresText(c).isEmpty {
                    out += "全年预计执行数 \(ChineseReport.amount(c.expected, statedAs: "expected", in: c))，预计执行率 \(pct(c.expectedExecution))。" + sourceFiguresText(c) + "\n\n"
                }
            }
        }
        return out
    }

    /// "我部门 2021 年预算 1493.25 万元，实际到位资金 383.74 万元，到位率 26%。截至 2021 年
    /// 6 月底资金执行数 383.74 万元，预算执行率 26%。"
    func overview(_ b: ReportData.BudgetRow, subject: String, _ r: ReportData) -> String {
        var out = "\(subject) \(ChineseReport.amount(b.amount, statedAs: "amount", in: b))"
        var aside: [String] = []
        if let i = b.initial { aside.append("年初预算 \(ChineseReport.amount(i, statedAs: "initial", in: b))") }
        let sources = sourcesText(b, lead: "其中：")
        if !sources.isEmpty { aside.append(sources) }
        if !aside.isEmpty { out += "（\(aside.joined(separator: "；"))）" }
        if let a = b.arrived { out += "，实际到位资金 \(ChineseReport.amount(a, statedAs: "arrived", in: b))，到位率 \(pct(b.arrival))" }
        out += "。"
        if let x = b.executed {
            let what = ChineseReport.isExtra(b) ? b.name : "资金"
            out += "\(ChineseDate.upTo(r.node))\(r.node == nil ? "，" : "")\(what)执行数 \(ChineseReport.amount(x, statedAs: "executed", in: b))，预算执行率 \(pct(b.execution))\(expectedText(b))。"
        } else if let blank = b.blank, blank.missing.contains(.executed) || blank.missing.contains(.amount) {
            out += "\(ChineseDate.upTo(r.node))\(r.node == nil ? "，" : "")执行数\(blank.reason == .noSpending ? "未知" : "未填")，预算执行率 \(blank.shown(from: [.amount, .executed]))。"
        } else if b.expected != nil {
            out += "全年预计执行数 \(ChineseReport.amount(b.expected, statedAs: "expected", in: b))，预计执行率 \(pct(b.expectedExecution))。"
        }
        out += sourceFiguresText(b)
        // With indicators, scores have their section (三 (三)); a table of budgets alone says it here.
        if r.indicators.isEmpty, let w = b.weight {
            out += "预算执行分值 \(w.decimalString(maxDecimals: 2)) 分" + (b.score.map { "，得分 \($0.decimalString(maxDecimals: 2)) 分" } ?? "") + "。"
        }
        return out
    }

    /// "，全年预计执行数 1150 万元，预计执行率 96%", after the execution so far.
    func expectedText(_ b: ReportData.BudgetRow) -> String {
        guard let e = b.expected else { return "" }
        return "，全年预计执行数 \(ChineseReport.amount(e, statedAs: "expected", in: b))，预计执行率 \(pct(b.expectedExecution))"
    }

    /// The 其中 rows' own figures: "其中财政资金到位资金 800 万元，到位率 89%，执行数 450 万元，
    /// 执行率 50%；其他资金…。" (their amounts are in the sentence on the budget).
    func sourceFiguresText(_ b: ReportData.BudgetRow) -> String {
        let rows = b.sourceRows.compactMap { s -> String? in
            var parts: [String] = []
            if let a = s.arrived { parts.append("到位资金 \(ChineseReport.amount(a))，到位率 \(pct(s.arrival))") }
            if let x = s.executed { parts.append("执行数 \(ChineseReport.amount(x))，执行率 \(pct(s.execution))") }
            if let e = s.expected { parts.append("全年预计执行数 \(ChineseReport.amount(e))，预计执行率 \(pct(s.expectedExecution))") }
            return parts.isEmpty ? nil : s.name + parts.joined(separator: "，")
        }
        return rows.isEmpty ? "" : "其中" + rows.joined(separator: "；") + "。"
    }

    /// "其中财政资金 1343.25 万元，其他资金 0 万元", or the names alone when no shares are given.
    func sourcesText(_ b: ReportData.BudgetRow, lead: String) -> String {
        guard !b.sources.isEmpty else { return "" }
        let withAmounts = b.sourceAmounts.count == b.sources.count && b.sourceAmounts.allSatisfy { $0 != nil }
        if withAmounts {
            let items = zip(b.sources, b.sourceAmounts).map { "\($0) \(ChineseReport.amount($1))" }
            return lead + items.joined(separator: "，")
        }
        return (lead.hasPrefix("，") ? "，" : "") + "资金来源：" + b.sources.joined(separator: "、")
    }

    /// "其中用于：工资福利 324.88 万元（支付职工工资、福利支出），车辆运行维护 15.95 万元…。"
    /// Child budgets are described with what was allocated onward and what was paid.
    func usesText(_ b: ReportData.BudgetRow, _ r: ReportData, parts: Bool = true, children index: BudgetChildren? = nil) -> String {
        var items: [String] = []
        for s in b.spends where !s.isAllocation { items.append(spendText(s)) }
        for s in b.spends where s.isAllocation { items.append(allocationText(s)) }
        if parts { for c in index?.of(b) ?? children(of: b, in: r) { items.append(partText(c)) } }
        return items.isEmpty ? "" : "其中用于：" + items.joined(separator: "；") + "。"
    }

    func spendText(_ s: (name: String, amount: Quantity?, note: String?, isAllocation: Bool)) -> String {
        "\(s.name) \(ChineseReport.amount(s.amount))" + (s.note.map { "（\($0)）" } ?? "")
    }

    func allocationText(_ s: (name: String, amount: Quantity?, note: String?, isAllocation: Bool)) -> String {
        (s.name.hasPrefix("拨付") ? "" : "拨付") + spendText(s)
    }

    /// "乡村绿化美化村 160 万元，8 个村，已拨付乡镇 160 万元，实际支付 42.6 万元".
    func partText(_ c: ReportData.BudgetRow) -> String {
        var t = "\(c.name) \(ChineseReport.amount(c.amount, statedAs: "amount", in: c))"
        for n in c.notes { t += "，\(n)" }
        let allocations = c.spends.filter(\.isAllocation)
        let paid = c.spends.filter { !$0.isAllocation }
        for a in allocations { t += "，已" + (a.name.hasPrefix("拨付") ? a.name : "拨付\(a.name)") + " \(ChineseReport.amount(a.amount))" }
        if let x = c.executed {
            t += (allocations.isEmpty ? "，已支付 " : "，实际支付 ") + ChineseReport.amount(x, statedAs: "executed", in: c)
            if paid.count == 1, let note = paid[0].note { t += "（\(note)）" }
            if paid.count > 1 { t += "（" + paid.map { spendText($0) }.joined(separator: "，") + "）" }
        }
        return t
    }

    /// Section 五: "我单位 2021 年追加资金 2649.45 万元（其中：…），实际到位资金 …。截至 …
    /// 追加资金执行数 441.3 万元，预算执行率 17%。其中用于：…。"
    func otherSection(_ r: ReportData) -> String {
        let extras = r.budgets.filter { $0.depth == 0 && ChineseReport.isExtra($0) }
        guard !extras.isEmpty else { return "" }
        var out = "## 五、其他需要说明的问题\n\n"
        let year = r.year.map { " \($0) 年" } ?? ""
        let parts = BudgetChildren(r)
        for b in extras {
            out += overview(b, subject: "我单位\(year)\(b.name)", r)
            out += usesText(b, r, children: parts) + "\n\n"
        }
        return out
    }
}
