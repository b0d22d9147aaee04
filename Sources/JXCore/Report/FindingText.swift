/// Chinese wording around a finding, for the reports an analyst hands on (zh, HTML,
/// Markdown). The core's messages stay in English (they are what `jx check` prints and
/// what tests match on); a short Chinese lead-in per code says what kind of problem it is,
/// so the 数据核对 section reads as Chinese before the detail.
public enum FindingText {
    /// The lead-in for a finding code, e.g. `W-breakdown` → 预算分项合计与总额不符.
    public static func leadIn(_ code: String) -> String {
        switch code {
        case "W-breakdown": "预算分项合计与总额不符"
        case "W-sources": "资金来源合计与预算数不符"
        case "W-declared-count": "报告所称指标个数与实际列出的不符"
        case "W-stated-mismatch": "报告所写数字与计算结果不符"
        case "W-stated-unavailable": "报告所写数字无法核算"
        case "W-spent-over-arrived": "支出超过到位资金"
        case "W-over-budget": "支出超过预算"
        case "W-zero-budget": "预算数为零"
        case "W-negative-target": "指标目标为负数"
        case "W-deadline-actual": "时限指标的完成值有误"
        case "W-qualitative-unjudged": "定性指标未评定完成率"
        case "W-rate-ignored": "评定完成率未被采用"
        case "W-budget-in-group": "指标分组中出现预算"
        case "W-unit-redefined": "计量单位重复定义"
        case "W-score-rows": "报告所列得分合计与总分不符"
        case "I-new-unit": "新计量单位"
        case "I-no-policy": "未导入预警政策"
        case "I-nonstandard-level2": "非标准的二级指标分类"
        case "E-assign-outside-scenario": "情景之外不能改值"
        case "E-grade": "定性等级无法识别"
        case "E-rate": "评定完成率有误"
        case "E-overflow", "E-number": "数字超出范围或写法有误"
        case "E-ambiguous": "名称有歧义"
        case "E-actual-not-number": "实际完成值不是数量"
        case "E-assert": "断言不成立"
        case "E-unit-mismatch", "E-unit": "计量单位不一致"
        case "E-unknown-name": "名称无法识别"
        case "E-duplicate": "名称重复"
        case "W-invisible-name": "名称含不可见字符"
        case "E-date": "日期不存在"
        case "W-node-year": "监控节点不在报告年度内"
        case "E-rule-subject", "E-rule-unreachable", "E-rule-scope", "E-rule-message": "规则写法有误"
        case "E-division-by-zero": "除数为零"
        case "E-zero-target": "指标目标为零"
        case "E-no-target": "指标缺少预期指标值"
        case "E-no-actual": "指标缺少实际完成值"
        case "E-no-node": "缺少监控节点"
        case "E-budget-amount": "预算缺少预算数"
        case "E-cycle": "数值循环引用"
        case "E-syntax", "E-lex", "E-unclosed-quote": "脚本语法错误"
        case "E-import", "E-import-cycle": "导入文件出错"
        default: code.hasPrefix("E-") ? "错误" : code.hasPrefix("W-") ? "需核对" : "提示"
        }
    }

    /// 错误 / 警告 / 提示.
    public static func severity(_ s: Severity) -> String {
        switch s {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }

    /// `（qiemo-2021.jx 第 39 行）`: the file's last path component is enough in a report
    /// that leaves the machine; the full path is in `jx check`.
    /// The places its notes point at follow: `（dup.jx 第 6 行，另见第 5 行）`.
    public static func location(_ d: Diagnostic, in r: ReportData) -> String? {
        guard let loc = r.location(of: d) else { return nil }
        func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
        var out = "\(name(loc.path)) 第 \(loc.line) 行"
        for n in d.notes {
            guard let s = n.span, let f = r.sources[s.file] else { continue }
            out += f.path == loc.path ? "，另见第 \(f.line(of: s.start)) 行" : "，另见 \(name(f.path)) 第 \(f.line(of: s.start)) 行"
        }
        return out
    }
}
