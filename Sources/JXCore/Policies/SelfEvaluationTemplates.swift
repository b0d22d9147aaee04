/// The self-evaluation templates beside MOF 2020's (`自评评分`): the same formulas where the
/// templates agree, their own split of the 100 points and their own bands where they differ.
extension Policies {
    /// 预算执行情况 20 分 + 年度绩效目标 80 分, the layout of the 项目支出绩效自评表 that
    /// several provinces used from 2020.
    public static let selfEvaluationExecution20 = """
    # 自评评分_执行20：预算执行情况 20 分（得分 = 20 × 执行率，最高 20 分）+ 年度绩效目标 80 分
    # 依据：2020 年起若干省份的项目支出绩效自评表（预算执行情况 20 分、年度绩效目标 80 分；
    # 年度绩效目标分为 年度绩效目标1、2 …，各含产出、效益指标）。公式：
    #   预算执行：得分 = 分值 × min(执行率, 100%)，分值未给时为 预算执行权重（20），多笔顶层预算按预算数占比分摊
    #   正向指标：得分 = 权重 × min(实际值 ÷ 目标值, 100%)
    #   反向指标（实际值越小越好）：未超过目标值得满分；超过时 得分 = 权重 × A/B（A 为目标值，B 为实际值），
    #     即 set reverse ratio 的完成率；一些表用 1 − 超出 ÷ 目标，在脚本中写 set reverse deduct
    #   等于指标：相等得满分，否则 权重 × 完成率（封顶 100%）
    #   定性指标：达成 80%–100%、部分达成 50%–80%、未达成 0–50%（按表上的 rate，落在分段内；未给 rate 按分段下限）
    #   等级：优 ≥ 90，良 80–90，中 60–80，差 < 60
    # 年度绩效目标 80 分在各目标块、产出和效益之间如何分配由表上的权重决定：本政策不设
    # 产出权重、效益权重，一级和目标块的权重取其所含指标权重之和。
    set reverse ratio
    let 预算执行权重 = 20
    let 年度绩效目标权重 = 80
    let 达成下限 = 80%
    let 部分达成下限 = 50%
    let 优线 = 90
    let 良线 = 80
    let 中线 = 60

    rule 指标得分 for each indicator {
      score 权重 when 类型 == "reverse" and 状态 == met
      score 权重 * min(完成率, 100%) when 类型 == "reverse"
      score 权重 * min(完成率, 100%) when 类型 == "qualitative" and 等级 == "达成" and 完成率 >= 达成下限
      score 权重 * 达成下限 when 类型 == "qualitative" and 等级 == "达成"
      score 权重 * min(max(完成率, 部分达成下限), 达成下限) when 类型 == "qualitative" and 等级 == "部分达成"
      score 权重 * min(完成率, 部分达成下限) when 类型 == "qualitative"
      score 权重 * min(完成率, 100%) otherwise
    }

    # 预算执行只计一次：顶层预算的分值是表上的分值，得分 = 分值 × 执行率，最高为分值
    rule 预算执行得分 for each budget where 顶层 {
      score 权重 * min(执行率, 100%) otherwise
    }

    """

    /// 预算执行 10 分 + 绩效指标 90 分: MOF 2020's formulas with the 90 points split as the
    /// table prints them rather than fixed at 产出 50 / 效益 30 / 满意度 10.
    public static let selfEvaluationExecution10 = """
    # 自评评分_执行10：预算执行 10 分（得分 = 10 × 执行率，最高 10 分）+ 绩效指标 90 分
    # 依据：《项目支出绩效评价管理办法》（财预〔2020〕10 号）的自评公式，用于绩效指标 90 分
    # 不按 产出 50、效益 30、满意度 10 固定分配、而由表上逐项给出权重的自评表。公式：
    #   预算执行：得分 = 分值 × min(执行率, 100%)，分值未给时为 预算执行权重（10）
    #   正向指标：得分 = 权重 × min(实际值 ÷ 目标值, 100%)
    #   反向指标：未超过目标值得满分；超过时 得分 = 权重 × 完成率（默认 目标值 ÷ 实际值；set reverse deduct 为 1 − 超出 ÷ 目标）
    #   等于指标：相等得满分，否则 权重 × 完成率（封顶 100%）
    #   定性指标：达成 80%–100%、部分达成 60%–80%、未达成 0–60%
    #   等级：优 ≥ 90，良 80–90，中 60–80，差 < 60
    # 一级指标的权重取其所含指标权重之和（本政策不设 产出权重 等常量）。
    let 预算执行权重 = 10
    let 绩效指标权重 = 90
    let 达成下限 = 80%
    let 部分达成下限 = 60%
    let 优线 = 90
    let 良线 = 80
    let 中线 = 60

    rule 指标得分 for each indicator {
      score 权重 when 类型 == "reverse" and 状态 == met
      score 权重 * min(完成率, 100%) when 类型 == "reverse"
      score 权重 * min(完成率, 100%) when 类型 == "qualitative" and 等级 == "达成" and 完成率 >= 达成下限
      score 权重 * 达成下限 when 类型 == "qualitative" and 等级 == "达成"
      score 权重 * min(max(完成率, 部分达成下限), 达成下限) when 类型 == "qualitative" and 等级 == "部分达成"
      score 权重 * min(完成率, 部分达成下限) when 类型 == "qualitative"
      score 权重 * min(完成率, 100%) otherwise
    }

    rule 预算执行得分 for each budget where 顶层 {
      score 权重 * min(执行率, 100%) otherwise
    }

    """
}
