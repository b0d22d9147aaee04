import Testing
import Foundation
@testable import JXCore
import JXTestSupport

/// Every score a table states — a row's, a group's, a budget's, a project's 总分, the
/// report's — stands in the JSON beside the computed one with the verdict, and in JSON
/// Lines on the rows that state one.
@Suite struct StatedScoresJSONTests {
    static let script = """
    import policy 自评评分
    report "某县2021年度项目自评" {
      year 2021
      node 2021-12-31
    }
    project 道路 {
      budget 项目资金 100万元 {
        spent 工程 90万元
        stated 得分 9.5
      }
      产出 {
        stated 得分 40
        数量 {
          indicator 道路长度 target 10公里 actual 8公里 weight 50 stated 得分 40
        }
      }
      效益 {
        社会效益 {
          indicator 通行时间缩短 target 10天 actual blank weight 30
        }
      }
      满意度 {
        满意度 {
          indicator 群众满意度 target ≥90% actual 95% weight 10 stated 得分 9
        }
      }
      stated 总分 59
    }
    """

    static func json() throws -> [String: Any] {
        let text = ReportFormat.json.render(ReportData(workspace: workspace(script)))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func figure(_ row: Any?) -> (stated: String, computed: String?, verdict: String)? {
        guard let figures = (row as? [String: Any])?["statedFigures"] as? [[String: Any]],
              let f = figures.first(where: { $0["figure"] as? String == "score" || $0["figure"] as? String == "totalScore" }) else { return nil }
        return (f["stated"] as? String ?? "", (f["computed"] as? [String: Any])?["value"] as? String, f["verdict"] as? String ?? "")
    }

    @Test func everyStatedScoreBesideTheComputedOne() throws {
        let d = try StatedScoresJSONTests.json()
        let budget = (d["budgets"] as? [[String: Any]])?.first
        let b = StatedScoresJSONTests.figure(budget)
        #expect(b?.stated == "9.5" && b?.computed == "9" && b?.verdict == "differs")
        let groups = try #require(d["groups"] as? [[String: Any]])
        let output = StatedScoresJSONTests.figure(groups.first { $0["name"] as? String == "产出" })
        #expect(output?.stated == "40" && output?.computed == "40" && output?.verdict == "agrees")
        let indicators = try #require(d["indicators"] as? [[String: Any]])
        let satisfaction = StatedScoresJSONTests.figure(indicators.first { $0["name"] as? String == "群众满意度" })
        #expect(satisfaction?.stated == "9" && satisfaction?.computed == "10" && satisfaction?.verdict == "differs")
        let project = try #require((d["projects"] as? [[String: Any]])?.first?["score"] as? [String: Any])
        let total = StatedScoresJSONTests.figure(project)
        // The blank row leaves the total incomplete: the stated 总分 cannot be checked.
        #expect(total?.stated == "59" && total?.verdict == "unavailable")
        #expect(project["complete"] as? Bool == false)
    }

    /// A group's score that lacks a row names it, as a total does.
    @Test func aGroupSaysWhatItsScoreLacks() throws {
        let groups = try #require(try StatedScoresJSONTests.json()["groups"] as? [[String: Any]])
        let benefit = try #require(groups.first { $0["name"] as? String == "效益" })
        #expect(benefit["complete"] as? Bool == false)
        let missing = try #require(benefit["missing"] as? [[String: Any]])
        #expect(missing.map { $0["name"] as? String } == ["通行时间缩短"])
        #expect(missing.first?["cells"] as? [String] == ["actual"])
    }

    @Test func jsonLinesCarryTheStatedScore() throws {
        let text = ReportFormat.jsonl.render(ReportData(workspace: workspace(StatedScoresJSONTests.script)))
        let rows = try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let budget = try #require(rows.first { $0["type"] as? String == "budget" })
        #expect((budget["statedScore"] as? NSNumber)?.stringValue == "9.5")
        #expect(budget["statedScoreVerdict"] as? String == "differs")
        let road = try #require(rows.first { $0["name"] as? String == "道路长度" })
        #expect(road["statedScoreVerdict"] as? String == "agrees")
        let time = try #require(rows.first { $0["name"] as? String == "通行时间缩短" })
        #expect(time["statedScore"] is NSNull && time["statedScoreVerdict"] is NSNull)
    }
}
