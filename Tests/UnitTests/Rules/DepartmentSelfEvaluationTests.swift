import Testing
@testable import JXCore
import JXTestSupport

/// 部门整体自评 scores each row of the department-wide table by its own 评分标准, picked by
/// the row's name: a deduction per point over the bound down to nothing, the bands of
/// 重点支出安排率 and 预算调整率 with their inclusive edges, a deduction per case, and the
/// common formulas for every other row. A script's `let` changes a deduction.
@Suite struct DepartmentSelfEvaluationTests {
    static func script(_ rows: String, lets: String = "") -> String {
        """
        import policy 部门整体自评
        \(lets)
        report "某局2021年度部门整体支出绩效自评" {
          year 2021
          node 2021-12-31
        }
        投入 {
          预算配置 {
        \(rows)
          }
        }
        """
    }

    @Test func isShippedListedAndCitesItsDocument() {
        let text = Policies.builtIn["部门整体自评"] ?? ""
        #expect(text.contains("财预〔2013〕53 号"))
        #expect(Policies.summary("部门整体自评")?.contains("投入、过程、产出、效果") == true)
    }

    /// 以 100% 为标准: full marks at or under the bound; 0.5 (供养人员), 0.5 (变动率) or 1
    /// (控制率) off for each point over it, never below zero.
    @Test(arguments: [
        ("财政供养人员控制率", "≤100%", "100%", "5"), ("财政供养人员控制率", "≤100%", "103%", "3.5"),
        ("在职人员控制率", "≤100%", "120%", "0"), ("\"“三公经费”变动率\"", "≤0%", "-5%", "5"),
        ("三公经费变动率", "≤0%", "2.4%", "3.8"), ("三公经费控制率", "≤100%", "101.5%", "3.5"),
        ("\"“三公经费”控制率\"", "≤100%", "99%", "5"),
    ])
    func deductionPerPoint(_ name: String, _ target: String, _ actual: String, _ score: String) {
        let s = DepartmentSelfEvaluationTests.script("    indicator \(name) target \(target) actual \(actual) weight 5")
        #expect(value(s, "预算配置.\(name).得分") == score, "\(name) \(actual)")
    }

    /// ≥ 90% full, 80%（含）– 90% 4 of 5, 70%（含）3, 60%（含）2, below 60% nothing.
    @Test(arguments: [("90%", "5"), ("89.9%", "4"), ("80%", "4"), ("70%", "3"), ("60%", "2"), ("59.9%", "0")])
    func keySpendingBands(_ actual: String, _ score: String) {
        let s = DepartmentSelfEvaluationTests.script("    indicator 重点支出安排率 target ≥90% actual \(actual) weight 5")
        #expect(value(s, "重点支出安排率.得分") == score, "\(actual)")
    }

    /// =0 full; 0–10%（含）2 of 3; 10–20%（含）1; 20–30%（含）0.5; over 30% nothing.
    @Test(arguments: [("0%", "3"), ("10%", "2"), ("10.5%", "1"), ("20%", "1"), ("30%", "0.5"), ("31%", "0")])
    func adjustmentBands(_ actual: String, _ score: String) {
        let s = DepartmentSelfEvaluationTests.script("    indicator 预算调整率 target =0% actual \(actual) weight 3")
        #expect(value(s, "预算调整率.得分") == score, "\(actual)")
    }

    /// 支付进度 0.5 and 资金使用合规性 1 off per case, down to zero.
    @Test func deductionPerCase() {
        let s = DepartmentSelfEvaluationTests.script("""
            indicator 支付进度 target =0个 actual 3个 weight 3
            indicator 资金使用合规性 target =0个 actual 5个 weight 3
        """)
        #expect(value(s, "支付进度.得分") == "1.5")
        #expect(value(s, "资金使用合规性.得分") == "0")
    }

    /// A row of no named standard takes the common formula; one with only a stated score
    /// counts as stated.
    @Test func otherRowsByTheCommonFormula() {
        let s = DepartmentSelfEvaluationTests.script("""
            indicator 政府采购执行率 target ≥95% actual 76% weight 5
            indicator 管理制度健全性 weight 3 stated 得分 2
        """)
        #expect(value(s, "政府采购执行率.得分") == "4")
        #expect(value(s, "管理制度健全性.得分") == "2")
        #expect(value(s, "预算配置.得分") == "6")
    }

    /// Provinces deduct other amounts: the script's own `let` takes the policy's place.
    @Test func aScriptChangesADeduction() {
        let s = DepartmentSelfEvaluationTests.script("    indicator 三公经费控制率 target ≤100% actual 102% weight 6",
                                                     lets: "let 三公经费控制率每点扣分 = 0.5")
        #expect(value(s, "三公经费控制率.得分") == "5")
    }

    /// The department-wide levels are standard: 投入 and 过程 are level 1, 预算配置 and
    /// 职责履行 level 2, with no note that they are not.
    @Test func departmentLevelsAreStandard() {
        let s = DepartmentSelfEvaluationTests.script("    indicator 重点支出安排率 target ≥90% actual 95% weight 5")
            + "\n产出 {\n  职责履行 {\n    indicator 重点工作办结率 target 100% actual 100% weight 5\n  }\n}\n"
        #expect(!codes(s).contains("I-nonstandard-level2"))
        #expect(value(s, "总分") == "10")
    }
}
