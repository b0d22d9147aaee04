import Testing
@testable import JXCore
import JXTestSupport

/// A number written without its unit against a figure with one, and a date that does not
/// exist, are errors with a hint; a node outside the report's year is a warning.
@Suite struct NoSilentNumbersTests {
    func first(_ code: String, _ text: String) -> Diagnostic? { workspace(text).diagnostics().first { $0.code == code } }

    @Test func aPercentTargetAgainstABareNumber() {
        let e = first("E-unit-mismatch", "indicator 合格率 target ≥95% actual 100")
        #expect(e?.severity == .error)
        #expect(e?.message == "indicator 合格率: the target ≥95% is in %, but the actual 100 is a bare number")
        #expect(e?.hint == "100%？ (a bare 100 is 10000%)")
        #expect(value("indicator 合格率 target ≥95% actual 100", "合格率.完成率").hasPrefix("error"), "no 10526.32%")
        #expect(first("E-unit-mismatch", "indicator 合格率 target 95 actual 96%")?.hint == "target 95%？ (a bare 95 is 9500%)")
        #expect(first("E-unit-mismatch", "indicator 合格率 target ≥95％ actual 100")?.hint == "100％？ (a bare 100 is 10000%)")
    }

    @Test func aBareNumberAgainstATargetWithAUnit() {
        let e = first("E-unit-mismatch", "indicator 面积 target 5000亩 actual 4000")
        #expect(e?.hint == "4000亩？")
        #expect(first("E-unit-mismatch", "indicator 个数 target 15 actual 7个")?.hint == "target 15个？")
    }

    @Test func zeroAndUnitsThatAgreeSayNothing() {
        #expect(codes("indicator 合格率 target ≥95% actual 0").isEmpty)
        #expect(codes("indicator 合格率 target ≥95% actual 96%").isEmpty)
        #expect(codes("indicator 次数 target 15 actual 7").isEmpty)
        #expect(value("indicator 合格率 target ≥0.95 actual 0.96", "合格率.完成率") == "101.05%")
    }

    @Test func aStatedPercentWrittenBare() {
        let e = first("E-unit-mismatch", "indicator 甲 target 15个 actual 7个 stated 47")
        #expect(e?.hint == "stated 47%？ (a bare 47 is 4700%)")
        #expect(codes("indicator 甲 target 15个 actual 7个 stated 47%").isEmpty)
    }

    @Test func aRuleOrAnAssertComparingAPercentWithABareNumber() {
        let e = first("E-unit-mismatch", "indicator 甲 target 15个 actual 7个\nassert 甲.完成率 < 60\n")
        #expect(e?.message == "cannot compare 46.67% (in %) with the bare number 60")
        #expect(e?.hint == "60%？ (a bare 60 is 6000%)")
        let rule = "indicator 甲 target 15个 actual 7个\nrule 低 for each indicator { red when 完成率 < 60 }\n"
        #expect(workspace(rule).diagnostics().contains { $0.code == "E-unit-mismatch" && $0.hint == "60%？ (a bare 60 is 6000%)" })
        #expect(value(rule, "甲.light").hasPrefix("error"), "no red light from 46.67% < 6000%")
        #expect(codes("indicator 甲 target 15个 actual 7个\nassert 甲.完成率 > 0\nassert 甲.完成率 < 60%\n").isEmpty)
    }

    @Test(arguments: [
        ("node 2021-02-30", "2021-02-30 is not a date: February 2021 has 28 days", "its last day is 2021-02-28"),
        ("node 2021-06-31", "2021-06-31 is not a date: June 2021 has 30 days", "its last day is 2021-06-30"),
        ("node 2021-13-01", "2021-13-01 is not a date: there is no month 13", "months are 1 to 12: 2021-06-30"),
        ("node 2021年4月31日", "2021年4月31日 is not a date: April 2021 has 30 days", "its last day is 2021年4月30日"),
        ("node 2100-02-29", "2100-02-29 is not a date: February 2100 has 28 days", "its last day is 2100-02-28"),
    ])
    func impossibleNodes(_ node: String, _ message: String, _ hint: String) {
        let e = first("E-date", "report 甲 {\n  \(node)\n}\n")
        #expect(e?.message == message)
        #expect(e?.hint == hint)
    }

    @Test func leapYearsAreRight() {
        #expect(first("E-date", "report 甲 {\n  year 2020\n  node 2020-02-29\n}\n") == nil)
        #expect(first("E-date", "report 甲 {\n  year 2000\n  node 2000-02-29\n}\n") == nil)
        #expect(first("E-date", "report 甲 {\n  year 2020\n  node 02-29\n}\n") == nil)
        #expect(first("E-date", "report 甲 {\n  year 2021\n  node 02-29\n}\n")?.message == "the node 2月29日 is not a date of 2021: February 2021 has 28 days")
    }

    @Test func impossibleDeadlines() {
        #expect(first("E-date", "indicator 甲 target 6月31日前完成 actual elapsed")?.message == "6月31日前完成 is not a date: June has 30 days")
        #expect(first("E-date", "indicator 甲 target deadline 12-32 actual done")?.message == "12-32 is not a date: December has 31 days")
        #expect(first("E-date", "indicator 甲 target 12月31日前完成 actual done") == nil)
        let feb = "report 甲 {\n  year 2021\n}\nindicator 乙 target 2月29日前完成 actual done\n"
        #expect(first("E-date", feb)?.message == "indicator 乙: the deadline 2月29日 is not a date of 2021: February 2021 has 28 days")
        #expect(first("E-date", feb.replacingOccurrences(of: "2021", with: "2024")) == nil)
    }

    @Test func aNodeOutsideTheReportsYear() {
        let w = first("W-node-year", "report 甲 {\n  year 2021\n  node 2022-06-30\n}\n")
        #expect(w?.severity == .warning)
        #expect(w?.message == "the node 2022-06-30 is not in the report's year 2021")
        #expect(first("W-node-year", "report 甲 {\n  year 2021\n  node 2021-06-30\n}\n") == nil)
    }
}

extension NoSilentNumbersTests {
    /// A stated figure comes out as stated: a negative actual (a 变动率 of -3%) is shown as
    /// written, as a positive one is, in every report.
    @Test func aNegativeActualIsShownAsWritten() {
        let data = ReportData(workspace: workspace("indicator 变动率 target ≤0% actual -3%\nindicator 增长 target 5% actual -2.5%\n"))
        #expect(data.indicators.map(\.actual) == ["-3%", "-2.5%"])
    }
}
