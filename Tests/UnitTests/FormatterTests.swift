import Testing
@testable import JXCore
import JXTestSupport

/// `jx fmt`: the layout rules, on small texts whose output is written out in full.
@Suite struct FormatterLayoutTests {
    func fmt(_ s: String) -> String { Fixtures.format(s) ?? "<not formatted>" }

    @Test func indentsByBraceDepthAndSplitsStatements() {
        let input = "产出 { 数量 {indicator a target 1个 actual 1个; indicator b target 2个 actual 1个 } }\n"
        #expect(fmt(input) == """
        产出 {
          数量 {
            indicator a  target 1个  actual 1个
            indicator b  target 2个  actual 1个
          }
        }

        """)
    }

    @Test func alignsIndicatorColumnsByDisplayWidth() {
        let out = fmt("""
        数量 {
        indicator 新增建设用地报批 target 450亩 actual 30亩 stated 7%
        indicator ab target ≥98% actual 60%
        indicator 挂牌出让土地 target 20公顷 actual pending
        }
        """)
        let rows = out.split(separator: "\n").filter { $0.contains("indicator") }.map(String.init)
        #expect(rows.count == 3)
        // `target` starts at the same terminal column on every row, though the names
        // differ in characters, bytes and width.
        let columns = rows.map { row -> Int in
            let prefix = row[..<row.range(of: "target")!.lowerBound]
            return DisplayWidth.of(String(prefix))
        }
        #expect(Set(columns).count == 1)
        #expect(rows[0] == "  indicator 新增建设用地报批  target 450亩   actual 30亩  stated 7%")
        #expect(rows[1] == "  indicator ab                target ≥98%    actual 60%")
        #expect(rows[2] == "  indicator 挂牌出让土地      target 20公顷  actual pending")
    }

    @Test func alignsBudgetLinesAndRuleClauses() {
        #expect(fmt("""
        budget 基本支出 100万元 {
        spent 工资福利 60万元 "工资"
          spent 车辆运行维护 5万元
          stated 执行率 65%
        }
        rule 执行 for each budget {
        red when 执行率 < 30% "太慢"
          yellow when 执行率 < 50%
         green otherwise "好"
        }
        let 红灯线 = 60%
        let 超额线 = 120%
        let 满意度权重 = 10
        """) == """
        budget 基本支出 100万元 {
          spent 工资福利      60万元  "工资"
          spent 车辆运行维护  5万元
          stated 执行率       65%
        }
        rule 执行 for each budget {
          red     when 执行率 < 30%  "太慢"
          yellow  when 执行率 < 50%
          green   otherwise          "好"
        }
        let 红灯线     = 60%
        let 超额线     = 120%
        let 满意度权重 = 10

        """)
    }

    @Test func keepsCommentsWhereTheyWere() {
        let input = """
        # 表头说明

        report 测试 {   # 报告
          node 2021-06-30 # 半年
          # 年度另计
        }
        budget 预算 100万元 { spent 工资 10万元 } # 一行写完
        产出 {
            # 数量类
            数量 {
                indicator a target 1个 actual 1个   # 第一
                indicator bb target 2个 actual 1个
                # 尾注
            }
        }
        let x = 1 +   # 续行
          2
        # 文末
        """
        let out = fmt(input)
        #expect(Fixtures.comments(out) == Fixtures.comments(input))
        #expect(out == """
        # 表头说明

        report 测试 {      # 报告
          node 2021-06-30  # 半年
          # 年度另计
        }
        budget 预算 100万元 {
          spent 工资 10万元
        }  # 一行写完
        产出 {
          # 数量类
          数量 {
            indicator a   target 1个  actual 1个  # 第一
            indicator bb  target 2个  actual 1个
            # 尾注
          }
        }
        let x = 1 +  # 续行
            2
        # 文末

        """)
    }

    @Test func semicolonsAreSeparatorsOnly() {
        #expect(fmt("产出 {; # 产出\n数量 { ; };;let a = 1;  # 一\n}\n") == """
        产出 {  # 产出
          数量 {}
          let a = 1  # 一
        }

        """)
    }

    @Test func collapsesBlankLines() {
        #expect(fmt("\n\n\nlet a = 1\n\n\n\nlet b = 2\n产出 {\n\n  数量 {}\n\n}\n\n\n") == """
        let a = 1

        let b = 2
        产出 {
          数量 {}
        }

        """)
    }

    @Test func keepsKeywordsPunctuationAndNumbersAsWritten() {
        let input = "指标 便民服务 目标 ≥98％ 实际 1,493.25万元 报告值 61%\n断言 便民服务.完成率 ＞ 50％\n"
        #expect(fmt(input) == input)
    }

    @Test func keepsAdjacencyThatMatters() {
        // A space in a date or before the `(` of a call would change what the line says.
        let input = "report r {\n  node 2021-06-30\n}\nindicator 报批 target 12月31日前完成 actual elapsed\nlet m = min(1,  2)\nlet n = 1,234 +  1\n"
        let out = fmt(input)
        #expect(out.contains("node 2021-06-30"))
        #expect(out.contains("target 12月31日前完成"))
        #expect(out.contains("min(1, 2)"))
        #expect(out.contains("let n = 1,234 + 1\n"))
        #expect(Fixtures.tokens(out) == Fixtures.tokens(input))
    }

    @Test func bracedIndicatorGetsAFieldALine() {
        #expect(fmt("indicator 报批 { target 450亩 actual 30亩\n stated 7% }\n") == """
        indicator 报批 {
          target 450亩
          actual 30亩
          stated 7%
        }

        """)
    }

    @Test func continuationLinesAreIndented() {
        #expect(fmt("rule r for each budget {\nred when 执行率 < 10% and\n执行率 > 0% \"x\"\n}\nlet y = (1 +\n\n2)\n") == """
        rule r for each budget {
          red when 执行率 < 10% and
              执行率 > 0% "x"
        }
        let y = (1 +
            2)

        """)
    }

    @Test func refusesScriptsWithSyntaxErrors() {
        guard case .failed(let ds) = Formatter.format("indicator a target\nbudget { }\n") else {
            Issue.record("a script with syntax errors was formatted")
            return
        }
        #expect(!ds.isEmpty)
        #expect(ds.allSatisfy { $0.severity == .error })
    }

    @Test func fullWidthBracesAndQuotedNamesStayAsWritten() {
        #expect(fmt("产出｛数量｛indicator \"2021 新增\" target 1个 actual 1个｝｝\n分组 x｛｝\n") == """
        产出 ｛
          数量 ｛
            indicator "2021 新增" target 1个 actual 1个
          ｝
        ｝
        分组 x ｛｝

        """)
    }

    @Test func emptyAndCommentOnlyScripts() {
        #expect(fmt("") == "")
        #expect(fmt("\n\n  \n") == "")
        #expect(fmt("   # 只有注释   \n\n\n# 第二行") == "# 只有注释\n\n# 第二行\n")
    }

    @Test func keepsAByteOrderMarkAndDropsCarriageReturns() {
        #expect(fmt("\u{FEFF}let a = 1\r\nlet b = 2  # 注\r\n") == "\u{FEFF}let a = 1\nlet b = 2  # 注\n")
    }
}
