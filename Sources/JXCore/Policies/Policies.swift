/// Policies shipped with jx, written in jx: `import policy 预警`. Users copy and change
/// them (`jx policy 预警 > my-rules.jx`); a script's own `let` overrides a policy's.
public enum Policies {
    public static let builtIn: [String: String] = [
        "预警": warningLights,
        "执行进度底线": executionFloors,
        "自评评分": selfEvaluation2020,
        "自评评分_执行20": selfEvaluationExecution20,
        "自评评分_执行10": selfEvaluationExecution10,
        "部门整体自评": departmentSelfEvaluation,
    ]

    /// A policy's line in `jx policy`: the first line of its comment.
    public static func summary(_ name: String) -> String? {
        guard let text = builtIn[name], let first = text.split(separator: "\n").first, first.hasPrefix("#") else { return nil }
        var line = Substring(first.dropFirst().drop { $0 == " " })
        // `预警：…` and `自评评分（2020 年…）：产出 50…` lead with their own name, which the list shows beside.
        guard line.hasPrefix(name) else { return String(line) }
        line = line.dropFirst(name.count)
        if line.hasPrefix("：") { return String(line.dropFirst()) }
        if line.hasPrefix("（"), let close = line.firstIndex(of: "）"), line[line.index(after: close)...].hasPrefix("：") {
            return String(line[line.index(after: line.startIndex)..<close]) + String(line[line.index(after: close)...])
        }
        return String(line)
    }

    /// The warning-light scheme of provincial monitoring systems (domain.md).
    public static let warningLights = """
    # 预警：预算执行与绩效指标的红黄绿蓝灯（各地阈值不同，复制后修改即可）
    let 红灯线 = 60%
    let 黄灯线 = 80%
    let 超额线 = 120%

    # 预算：执行率 ÷ 时间进度，低于 60% 红灯，60%–80% 黄灯，80% 以上绿灯
    rule 预算执行预警 for each budget {
      red    when 执行率 < 时间进度 * 红灯线  "执行率 {执行率} 低于序时进度 {时间进度} 的 {红灯线}"
      yellow when 执行率 < 时间进度 * 黄灯线  "执行率 {执行率} 低于序时进度 {时间进度} 的 {黄灯线}"
      green  otherwise                      "执行率 {执行率}，序时进度 {时间进度}"
    }

    # 指标：反向指标在界内为绿灯，否则红灯；定性指标按等级；累计指标按时间进度折算
    rule 指标预警 for each indicator {
      green  when 类型 == "reverse" and 状态 == met           "在 {目标} 以内"
      red    when 类型 == "reverse"                          "实际 {实际} 超出 {目标}"
      green  when 类型 == "equality" and 状态 == met          "实际 {实际} 等于 {目标}"
      red    when 类型 == "equality"                         "实际 {实际} 不等于 {目标}"
      green  when 类型 == "qualitative" and 等级 == "达成"     "达成"
      yellow when 类型 == "qualitative" and 等级 == "部分达成" "部分达成（{完成率}）"
      red    when 类型 == "qualitative"                      "未达成"
      red    when 按进度 and 完成率 < 时间进度 * 红灯线   "完成率 {完成率} 低于序时进度 {时间进度} 的 {红灯线}"
      yellow when 按进度 and 完成率 < 时间进度 * 黄灯线   "完成率 {完成率} 低于序时进度 {时间进度} 的 {黄灯线}"
      blue   when 按进度 and 完成率 >= 时间进度 * 超额线  "完成率 {完成率} 超过序时进度 {时间进度} 的 {超额线}，目标可能偏低"
      red    when not 按进度 and 完成率 < 红灯线          "完成率 {完成率} 低于 {红灯线}"
      yellow when not 按进度 and 完成率 < 黄灯线          "完成率 {完成率} 低于 {黄灯线}"
      blue   when not 按进度 and 完成率 >= 超额线         "完成率 {完成率} 超过 {超额线}，目标可能偏低"
      green  otherwise                                    "完成率 {完成率}"
    }

    """

    /// Fixed execution floors at months 4 / 6 / 8 / 10, and an explanation below 90% at year end.
    public static let executionFloors = """
    # 执行进度底线：4、6、8、10 月末执行率不低于 25%、40%、60%、80%，年底低于 90% 须说明
    let 四月底线 = 25%
    let 六月底线 = 40%
    let 八月底线 = 60%
    let 十月底线 = 80%
    let 年底线 = 90%

    rule 执行进度底线 for each budget {
      red    when 时间进度 >= 100% and 执行率 < 年底线       "年底执行率 {执行率} 低于 {年底线}，须说明原因"
      red    when 时间进度 >= 10/12 and 执行率 < 十月底线    "执行率 {执行率} 低于 10 月底线 {十月底线}"
      red    when 时间进度 >= 8/12 and 执行率 < 八月底线     "执行率 {执行率} 低于 8 月底线 {八月底线}"
      red    when 时间进度 >= 6/12 and 执行率 < 六月底线     "执行率 {执行率} 低于 6 月底线 {六月底线}"
      red    when 时间进度 >= 4/12 and 执行率 < 四月底线     "执行率 {执行率} 低于 4 月底线 {四月底线}"
      green  otherwise                                     "执行率 {执行率} 不低于底线"
    }

    """

    /// The national self-evaluation scoring rule of 2020.
    public static let selfEvaluation2020 = """
    # 自评评分（2020 年项目支出绩效自评）：产出 50、效益 30、满意度 10、预算执行率 10
    # 依据：《项目支出绩效评价管理办法》（财预〔2020〕10 号）附件的项目支出绩效自评表。公式：
    #   预算执行：得分 = 分值 × min(执行率, 100%)，分值未给时为 预算执行权重（10）
    #   正向指标：得分 = 权重 × min(实际值 ÷ 目标值, 100%)
    #   反向指标：未超过目标值得满分；超过时 得分 = 权重 × 完成率（默认 目标值 ÷ 实际值；set reverse deduct 为 1 − 超出 ÷ 目标）
    #   等于指标：相等得满分，否则 权重 × 完成率（封顶 100%）
    #   定性指标：按等级分段（见下），等级：优 ≥ 90，良 80–90，中 60–80，差 < 60
    # 一级权重可在脚本中用同名 let 覆盖；下级未给权重时平分上级权重
    let 产出权重 = 50
    let 效益权重 = 30
    let 满意度权重 = 10
    let 成本权重 = 0
    let 预算执行权重 = 10
    # 定性指标的等级分段：达成 80%–100%，部分达成 60%–80%，未达成 0–60%（一些省份用 80/50）
    let 达成下限 = 80%
    let 部分达成下限 = 60%
    let 优线 = 90
    let 良线 = 80
    let 中线 = 60

    rule 指标得分 for each indicator {
      score 权重 when 类型 == "reverse" and 状态 == met
      score 权重 * 完成率 when 类型 == "reverse"
      score 权重 * min(完成率, 100%) when 类型 == "qualitative" and 等级 == "达成" and 完成率 >= 达成下限
      score 权重 * 达成下限 when 类型 == "qualitative" and 等级 == "达成"
      score 权重 * min(max(完成率, 部分达成下限), 达成下限) when 类型 == "qualitative" and 等级 == "部分达成"
      score 权重 * min(完成率, 部分达成下限) when 类型 == "qualitative"
      score 权重 * min(完成率, 100%) otherwise
    }

    # 预算执行率得分只计一次：顶层预算的权重是表上的分值（weight 10），未给时几笔顶层预算
    # （年初预算、追加资金）按预算数占比分摊 预算执行权重
    rule 预算执行得分 for each budget where 顶层 {
      score 权重 * min(执行率, 100%) otherwise
    }

    """
}
