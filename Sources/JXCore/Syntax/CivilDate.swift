/// The calendar of the dates scripts write (`DateLiteral`): the Gregorian one, without
/// Foundation's `Calendar` (no time zones, no locale). One place for the length of a
/// month, so that time progress and the report's "截至 6 月底" agree on where a month ends.
public enum CivilDate {
    /// Gregorian: every fourth year, but not a century unless divisible by 400 (1900 is
    /// not, 2000 is).
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days of `month` (1–12). February of an unknown year has 28, as three years in
    /// four: a node `02-28` written without a year means the end of February. A day past
    /// it (`02-29`, which only a leap year has) is the month's end too: see `isMonthEnd`.
    public static func days(inMonth month: Int, year: Int?) -> Int {
        switch month {
        case 2: year.map(isLeap) == true ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `day` ends its month: its last day, or past it (a February 29 of an unknown
    /// year; time progress counts any such day as the whole month).
    public static func isMonthEnd(month: Int, day: Int, year: Int?) -> Bool {
        day >= days(inMonth: month, year: year)
    }

    /// The most days `month` can have: February's 29 of a leap year, for a date written
    /// without its year.
    public static func maxDays(inMonth month: Int) -> Int {
        month == 2 ? 29 : days(inMonth: month, year: 2021)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    public static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : "month \(month)"
    }

    /// A date written the way `like` was: `2021-02-28`, `02-28`, `2021年2月28日`, `2月28日`.
    public static func written(year: Int?, month: Int, day: Int, like: String) -> String {
        if like.contains("月") { return (year.map { "\($0)年" } ?? "") + "\(month)月\(day)日" }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return (year.map { "\($0)-" } ?? "") + two(month) + "-" + two(day)
    }
}
