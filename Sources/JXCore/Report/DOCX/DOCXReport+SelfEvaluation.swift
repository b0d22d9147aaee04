/// A self-evaluation's appendices: its 自评表 as the tables of `SelfEvaluation`, a budget table
/// and an indicator table for each part, in place of the monitoring tables (预警, 全年预计,
/// 完成目标可能性 say nothing after the year).
extension DOCXReport {
    func selfEvaluationTables(_ r: ReportData, _ w: inout DOCXWriter) {
        typealias C = DOCXWriter.Cell
        let parts = r.projects.isEmpty ? [nil] : r.parts.map { Optional($0) }
        var number = 0
        for part in parts {
            let own = part.map { r.only($0) } ?? r
            let lead = part.map { ReportData.heading(of: $0) + " " } ?? ""
            let budgets = SelfEvaluation.budgetTable(own, decimals: decimals)
            if !budgets.rows.isEmpty {
                number += 1
                w.paragraph("附表 \(number)  \(lead)预算执行情况", .caption)
                w.table(widths: [2400, 1100, 1100, 1100, 800, 900, 1445], header: [budgets.header.map { C(text: $0) }],
                        count: budgets.rows.count) { k in budgets.rows[k].enumerated().map { C(text: $0.element, bold: $0.offset == 0) } }
            }
            let indicators = SelfEvaluation.indicatorTable(own)
            if !indicators.rows.isEmpty {
                number += 1
                w.paragraph("附表 \(number)  \(lead)绩效指标自评表", .caption)
                w.table(widths: [1000, 1200, 2000, 1300, 1300, 700, 1100, 3157], header: [indicators.header.map { C(text: $0) }],
                        count: indicators.rows.count) { k in indicators.rows[k].map { C(text: $0) } }
                if let t = SelfEvaluation.total(own) { w.paragraph(t + "。", .body) }
            }
        }
    }
}
