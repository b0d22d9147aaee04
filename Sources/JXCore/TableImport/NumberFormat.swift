/// What a cell's number format says about the number: a percent (the cell holds 0.98 and
/// shows 98%), a date (the cell holds days since 1900), or a plain number shown with some
/// decimals. Only what changes the figure's meaning is read; colours and padding are not.
public enum NumberFormat: Equatable, Sendable {
    case general
    case number(decimals: Int)
    case percent(decimals: Int)
    case date
    case text

    /// Excel's built-in formats by id, for the cells whose style names no code of its own
    /// (the ids of ECMA-376 Part 1, 18.8.30; 27–36 and 50–58 are the East Asian dates).
    public static func builtIn(_ id: Int) -> String? {
        switch id {
        case 0: "General"
        case 1: "0"
        case 2: "0.00"
        case 3: "#,##0"
        case 4: "#,##0.00"
        case 9: "0%"
        case 10: "0.00%"
        case 11: "0.00E+00"
        case 12, 13: "# ?/?"
        case 14: "yyyy-mm-dd"
        case 15: "d-mmm-yy"
        case 16: "d-mmm"
        case 17: "mmm-yy"
        case 18...21: "h:mm"
        case 22: "yyyy-mm-dd h:mm"
        case 27...36, 50...58: "yyyy\"年\"m\"月\"d\"日\""
        case 37, 38: "#,##0"
        case 39, 40: "#,##0.00"
        case 45...47: "mm:ss"
        case 48: "##0.0E+0"
        case 49: "@"
        default: nil
        }
    }

    public init(code: String) {
        // The first section is the one for positive numbers; quoted text and [colour]
        // or [$-locale] parts say nothing about the figure.
        var section: [Character] = []
        var quoted = false, bracket = false, escape = false
        for ch in code {
            if escape { escape = false; continue }
            if quoted { if ch == "\"" { quoted = false }; continue }
            if bracket { if ch == "]" { bracket = false }; continue }
            switch ch {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": escape = true
            case ";": break
            default: section.append(ch)
            }
            if ch == ";" { break }
        }
        let s = String(section)
        let lower = s.lowercased()
        if lower == "general" || s.isEmpty { self = .general; return }
        if s == "@" { self = .text; return }
        if lower.contains(where: { "ymdhs".contains($0) }) && !lower.contains("e+") { self = .date; return }
        var decimals = 0
        if let dot = s.firstIndex(of: ".") {
            decimals = s[s.index(after: dot)...].prefix { $0 == "0" || $0 == "#" || $0 == "?" }.count
        }
        self = s.contains("%") ? .percent(decimals: decimals) : .number(decimals: decimals)
    }
}

/// Date serials: days since 1899-12-31 (serial 1 is 1900-01-01), with Lotus's 1900-02-29
/// that never was (serial 60), or since 1904-01-01 in the 1904 system.
public enum DateSerial {
    public static func civil(_ serial: Int, date1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial >= (date1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        var days: Int
        if date1904 {
            days = serial + 1461
        } else {
            if serial == 60 { return nil }
            days = serial < 60 ? serial : serial - 1
        }
        // `days` counts from 1899-12-31 (day 0). Walk whole years, then months.
        var year = 1900
        var d = days - 1   // days after 1900-01-01
        while true {
            let len = CivilDate.isLeap(year) ? 366 : 365
            if d < len { break }
            d -= len
            year += 1
        }
        var month = 1
        while d >= CivilDate.days(inMonth: month, year: year) {
            d -= CivilDate.days(inMonth: month, year: year)
            month += 1
        }
        return (year, month, d + 1)
    }
}
