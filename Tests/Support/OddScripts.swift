/// Scripts written the way few would, to try the formatter on what Scripts/ does not show:
/// Chinese keywords, full-width punctuation, every field, continuation lines, `;`, tabs, CRLF.
public enum OddScripts {
    public static let all: [String] = [everything, crowded, windows]

    public static let everything = #"""
# 各种少见写法
unit 株
unit 万株 = 10000 株
unit 千亩 = 1000亩
set reverse deduct
import policy 预警
报告 "2021 年 某局 监控" ｛
  单位 某局
  年度 2021
  监控节点 2021年6月30日   # 中文日期
｝
let 红灯线 = 55%  # 覆盖政策
let 系数 = (1 +
  2) * 3
预算 "总 预算" 100万元 来自 财政资金，其他资金 {
  到位 50万元
  支出 工资 20万元 "含#号的说明"
  拨付 乡镇 5万元
  来源 财政资金 80万元
  来源 其他资金 20万元
  报告值 执行率 20%
  预算 子项 40万元 {
    支出 材料 10万元
  }
}
产出指标 weight 50 {
  数量指标 {
    指标 植树 目标 10万株 实际 30000株 权重 20 报告值 30%
    指标 投诉 目标 ≤10次 实际 12次
    指标 "事故 次数" 目标 =0起 实际 0起
    indicator 面积 {
      target 20公顷以上   # 以上
      actual 150亩 "含已报未批"
      expected 300亩
      cause 经费保障
      likelihood 有可能
      note "说明 # 不是注释"
      prorate no
    }
  }
  质量 {
    indicator 评价 target “明显提升” actual “有所提升” grade 部分达成 rate 70%
    indicator 完工 target deadline 2021-12-31 actual elapsed
  }
}
rule 额外 for each indicator in 产出指标 where 完成率 < 50% {
  warning when 完成率 < 10% "完成率 {完成率} 过低"
  info otherwise
}
规则 预算检查 对 每个 预算 {
  红 当 执行率 < 时间进度 * 红灯线 且
     执行率 < 30%   "执行率 {执行率}"
  绿 否则
}
declared 一级 1，二级 2，三级 6
断言 植树.完成率 == 30% ± 0.5%
assert 投诉.状态 == unmet "投诉超标"
assert min(植树.完成率, 100%) <= 100% and not (面积.完成率 > 200%)
assert 系数 == 9; assert 总 == 1 or true
情景 追加 { 植树.actual = 10万株; 红灯线 = 40% ; assert 植树.完成率 == 100% }
"""#

    public static let crowded = "产出{数量{indicator a target 1个 actual 1个;indicator bb target 22个 actual 2个}}  # 挤在一行\n" +
        "budget b 10万元{spent x 1万元;spent yy 2万元 \"n\"}\nscenario s{a.actual=2个;assert a.完成率==200%}\n" +
        "rule r for each budget{red when 执行率<10%;green otherwise}\n\n\n\n# 末尾注释\n\n"

    public static let windows = "report r {\r\n\tyear 2021\r\n\tnode 2021-06-30\r\n}\r\n\r\n\tindicator 报批\ttarget 450亩\tactual 30亩\t# 制表符\r\n"
}
