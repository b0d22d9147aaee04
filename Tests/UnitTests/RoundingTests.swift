import Testing
@testable import JXCore
import JXTestSupport

/// round, floor, ceil and clamp, and the decimals a table scores at (得分小数位).
@Suite struct RoundingTests {
    @Test func roundIsHalfUp() {
        #expect(value("", "round(7.35, 0)") == "7")
        #expect(value("", "round(7.5, 0)") == "8")
        #expect(value("", "round(2.345, 2)") == "2.35")
        #expect(value("", "round(2.344, 2)") == "2.34")
        // Half away from zero, as 四舍五入 on paper.
        #expect(value("", "round(-7.5, 0)") == "-8")
        #expect(value("", "四舍五入(7.45, 1)") == "7.5")
    }

    @Test func floorAndCeilGoToWholeNumbers() {
        #expect(value("", "floor(7.9)") == "7")
        #expect(value("", "floor(-7.1)") == "-8")
        #expect(value("", "ceil(7.1)") == "8")
        #expect(value("", "ceil(-7.9)") == "-7")
        #expect(value("", "ceil(7)") == "7")
    }

    @Test func quantitiesKeepTheirUnits() {
        // A ratio is rounded as the number it stands for, and comes back plain.
        #expect(value("", "round(47.567%, 2)") == "0.48")
        #expect(value("", "round(10 * 73.5%, 0)") == "7")
        #expect(value("let 面积 = 12.6亩", "floor(面积)") == "12亩")
        #expect(value("", "clamp(120%, 0%, 100%)") == "100.00%")
        #expect(value("", "clamp(-3, 0, 10)") == "0")
        #expect(value("", "clamp(5, 0, 10)") == "5")
        #expect(value("let x = 30亩", "clamp(x, 0亩, 20亩)") == "20亩")
    }

    @Test func mismatchedUnitsAreAnError() {
        #expect(value("let x = 30亩", "clamp(x, 0元, 20元)").hasPrefix("error: cannot compare"))
        #expect(value("", "clamp(120%, 0, 100)").hasPrefix("error:"))
    }

    @Test func aBlankArgumentGivesBlank() {
        #expect(value("let x = blank", "round(x, 0)") == "blank")
        #expect(value("let x = blank", "clamp(5, x, 10)") == "blank")
    }

    @Test func wrongArityOrTypesShowTheUsage() {
        let ws = workspace("let a = round(7.35)\nlet b = clamp(\"x\", 0, 1)\nlet c = round(7.35, 0.5)\nlet d = clamp(5, 10, 0)")
        let ds = ws.diagnostics().filter { $0.code == "E-function-args" }
        #expect(ds.count == 4)
        #expect(ds.allSatisfy { $0.hint?.contains("(") == true })
        #expect(ds.first?.hint?.contains("round(7.35, 0) is 7") == true)
        #expect(ds.first?.chinese?.message.contains("2 个参数") == true)
    }

    @Test func roundIsUsableInAScoringRule() {
        let s = """
        rule 整分 for each indicator {
          score round(权重 * min(完成率, 100%), 0) otherwise
        }
        产出 weight 20 {
          数量 {
            indicator a target 100个 actual 73.5个 weight 10
            indicator b target 100个 actual 75个 weight 10
          }
        }
        """
        #expect(value(s, "a.得分") == "7")
        #expect(value(s, "b.得分") == "8")
        #expect(value(s, "产出.得分") == "15")
    }

    @Test func scoreDecimalsRoundEachRowBeforeTheSum() {
        let s = """
        import policy 自评评分
        let 得分小数位 = 0
        产出 weight 20 {
          数量 {
            indicator a target 100个 actual 73.5个 weight 10
            indicator b target 100个 actual 73.5个 weight 10
          }
        }
        """
        // 7.35 each: rounded to 7, the group sums 14, not round(14.7) = 15.
        #expect(value(s, "a.得分") == "7")
        #expect(value(s, "产出.得分") == "14")
        #expect(value(s.replacingOccurrences(of: "let 得分小数位 = 0\n", with: ""), "产出.得分") == "14.7")
    }

    @Test func aStatedScoreAgainstARoundedOneSaysItWasRounded() {
        let s = "import policy 自评评分\nlet 得分小数位 = 0\n产出 weight 50 {\n 数量 {\n  indicator a target 100个 actual 73.5个 weight 50 stated 得分 36\n }\n}"
        let d = workspace(s).diagnostics().first { $0.code == "W-stated-mismatch" }
        #expect(d?.message == "the report states 得分 36 for a, but 权重 * min(完成率, 100%) of rule 指标得分 (weight 50, completion 73.50%), rounded half up to 0 decimals (得分小数位) = 37")
    }

    @Test func aScoreDecimalsThatIsNotWholeIsSaid() {
        #expect(codes("import policy 自评评分\nlet 得分小数位 = 0.5\n产出 weight 20 {\n 数量 {\n  indicator a target 1个 actual 1个\n }\n}").contains("W-score-decimals"))
    }
}
