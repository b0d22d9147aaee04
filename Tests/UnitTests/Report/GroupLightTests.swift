import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// A group takes the most severe light of its indicators in the order red, yellow, green,
/// blue: blue (an over-run) is the least severe. Every format that shows a group shows it.
@Suite struct GroupLightTests {
    /// At 50% of the year: 50 of 100 is green, 90 of 100 an over-run (blue), 35 of 100 yellow.
    static let script = """
    import policy 预警
    report 分组预警 {
      year 2021
      node 2021-06-30
    }
    产出 {
      数量 {
        indicator 绿甲 target 100个 actual 50个
        indicator 蓝乙 target 100个 actual 90个
      }
      质量 {
        indicator 蓝丙 target 100个 actual 95个
      }
      时效 {
        indicator 黄丁 target 100个 actual 35个
        indicator 蓝戊 target 100个 actual 99个
      }
    }

    """

    func light(_ expr: String) -> String { value(Self.script, expr) }

    @Test func theIndicatorsHaveTheLightsTheTestCountsOn() {
        #expect(light("绿甲.light") == "green")
        #expect(light("蓝乙.light") == "blue")
        #expect(light("黄丁.light") == "yellow")
    }

    @Test func greenAndBlueIsGreen() {
        #expect(light("数量.light") == "green")
    }

    @Test func blueAloneIsBlue() {
        #expect(light("质量.light") == "blue")
    }

    @Test func yellowAndBlueIsYellowAndTheParentTakesTheMostSevere() {
        #expect(light("时效.light") == "yellow")
        #expect(light("产出.light") == "yellow")
    }

    @Test func theOrderOfSeverity() {
        #expect(Light.mostSevere([.blue, .green]) == .green)
        #expect(Light.mostSevere([.green, .blue, nil]) == .green)
        #expect(Light.mostSevere([.blue, .yellow, .green]) == .yellow)
        #expect(Light.mostSevere([.red, .blue]) == .red)
        #expect(Light.mostSevere([nil, .blue]) == .blue)
        #expect(Light.mostSevere([Light?]()) == nil)
        #expect(Light.allCases.sorted(by: >) == [.red, .yellow, .green, .blue])
    }

    func rendered(_ format: ReportFormat, _ options: ReportOptions = ReportOptions()) -> String {
        format.render(ReportData(workspace: workspace(Self.script)), options)
    }

    @Test func theTextReportsHeadingShowsTheGroupsLight() {
        let text = rendered(.text)
        #expect(text.contains("产出 / 数量  绿灯\n"))
        #expect(text.contains("产出 / 质量  蓝灯\n"))
        #expect(text.contains("产出 / 时效  黄灯\n"))
        // The summary counts lights most severe first.
        #expect(text.contains("黄灯 1 绿灯 1 蓝灯 3"))
    }

    @Test func theChineseReportsHeadingsShowTheLight() {
        let zh = rendered(.zh)
        #expect(zh.contains("\n1、产出情况（黄灯）\n"))
        #expect(zh.contains("\n①数量指标（绿灯）：\n"))
        #expect(zh.contains("\n②质量指标（蓝灯）：\n"))
    }

    @Test func markdownAndCSVListTheGroups() {
        let md = rendered(.markdown)
        #expect(md.contains("## 指标分组"))
        #expect(md.contains("| 2 | 产出/数量 | 数量 | 二级 | 2 | 绿灯 |"))
        let csv = rendered(.csv, ReportOptions(table: .groups))
        #expect(csv.hasPrefix("序号,路径,分组,层级,指标数,预警,权重,得分\r\n"))
        #expect(csv.contains("2,产出/数量,数量,二级,2,绿灯,,\r\n"))
        #expect(csv.contains("1,产出,产出,一级,5,黄灯,,\r\n"))
    }

    @Test func jsonAndHTMLShowTheGroupsLight() {
        let json = try? JSONSerialization.jsonObject(with: Data(rendered(.json).utf8)) as? [String: Any]
        let groups = json?["groups"] as? [[String: Any]] ?? []
        let lights = Dictionary(groups.map { ($0["name"] as? String ?? "", $0["light"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(lights == ["产出": "yellow", "数量": "green", "质量": "blue", "时效": "yellow"])
        let html = rendered(.html)
        #expect(html.contains("<h3>产出指标 <span class=\"chip yellow\">黄灯</span></h3>"))
        #expect(html.contains(">数量</text><circle class=\"fill-green\""))
        #expect(html.contains("<td colspan=\"6\">产出 / 数量 <span class=\"chip green\">绿灯</span></td>"))
    }
}
