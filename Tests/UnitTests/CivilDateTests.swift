import Testing
@testable import JXCore
import JXTestSupport

/// One month length for time progress and the report's "截至 N 月底": they must agree on
/// where February ends, with or without a year.
@Suite struct CivilDateTests {
    @Test func leapYearsByTheGregorianRule() {
        #expect(!CivilDate.isLeap(1900))
        #expect(CivilDate.isLeap(2000))
        #expect(CivilDate.isLeap(2024))
        #expect(!CivilDate.isLeap(2023))
        #expect(!CivilDate.isLeap(2100))
    }

    @Test func february() {
        #expect(CivilDate.days(inMonth: 2, year: 2024) == 29)
        #expect(CivilDate.days(inMonth: 2, year: 2023) == 28)
        #expect(CivilDate.days(inMonth: 2, year: 1900) == 28)
        #expect(CivilDate.days(inMonth: 2, year: 2000) == 29)
        #expect(CivilDate.days(inMonth: 2, year: nil) == 28)
        #expect(CivilDate.isMonthEnd(month: 2, day: 28, year: nil))
        #expect(CivilDate.isMonthEnd(month: 2, day: 29, year: nil))
        #expect(!CivilDate.isMonthEnd(month: 2, day: 28, year: 2024))
        #expect(CivilDate.isMonthEnd(month: 2, day: 28, year: 1900))
        #expect(!CivilDate.isMonthEnd(month: 2, day: 28, year: 2000))
    }

    @Test func otherMonths() {
        #expect((1...12).map { CivilDate.days(inMonth: $0, year: 2021) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CivilDate.isMonthEnd(month: 6, day: 30, year: nil))
        #expect(!CivilDate.isMonthEnd(month: 7, day: 30, year: nil))
    }

    /// Where the report says "月底", time progress counts the whole month, and back.
    @Test(arguments: [
        ("02-28", nil, true), ("02-29", nil, true), ("1900-02-28", 1900, true),
        ("2000-02-28", 2000, false), ("2000-02-29", 2000, true), ("2021-06-30", 2021, true), ("2021-07-15", 2021, false),
    ] as [(String, Int?, Bool)])
    func reportTextAndTimeProgressAgree(node: String, year: Int?, end: Bool) throws {
        let p = node.split(separator: "-").map { Int($0)! }
        let (month, day) = (p[p.count - 2], p[p.count - 1])
        let months = try #require(Evaluator.monthsElapsed(month: month, day: day, year: year))
        #expect((months == Exact(month)) == end)
        #expect(ChineseDate.upTo(node).hasSuffix("\(month) 月底") == end)
    }
}
