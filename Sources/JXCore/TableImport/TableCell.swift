/// A workbook as the importer sees it: sheets of cells by address, each cell with what it
/// holds and the number format it is shown in. The host reads the file (`.xlsx` is a zip
/// of XML); everything from here on is a table, so the conversion is tested on cells.

/// `C7`: column 3, row 7, both from 1.
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// `AB12` → column 28, row 12. Nil for anything else (a sheet's own reference is
    /// untrusted input).
    public init?(_ reference: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for b in reference.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(b - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(b - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "$"): continue
            default: return nil
            }
            // Excel's last column is XFD (16384) and its last row 1048576.
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// `C`, `AB`.
    public static func columnName(_ column: Int) -> String {
        var n = column, s: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            s.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(s)
    }

    public var description: String { CellAddress.columnName(column) + String(row) }

    public static func < (a: CellAddress, b: CellAddress) -> Bool {
        a.row != b.row ? a.row < b.row : a.column < b.column
    }
}

/// A merged range, `A5:A12`: its top-left cell holds the value for all of it.
public struct CellRange: Hashable, Sendable {
    public var from: CellAddress
    public var to: CellAddress

    public init(from: CellAddress, to: CellAddress) {
        self.from = CellAddress(row: min(from.row, to.row), column: min(from.column, to.column))
        self.to = CellAddress(row: max(from.row, to.row), column: max(from.column, to.column))
    }

    public init?(_ reference: String) {
        let parts = reference.split(separator: ":")
        guard parts.count == 2, let a = CellAddress(String(parts[0])), let b = CellAddress(String(parts[1])) else { return nil }
        self.init(from: a, to: b)
    }
}

public enum CellContent: Equatable, Sendable {
    case empty
    case text(String)
    /// The number as the file stores it (`0.98`, `1.2E-3`, `65.329999999999998`): decimal
    /// text, never a binary double.
    case number(String)
    case bool(Bool)
    /// `#DIV/0!`, `#REF!`: a formula that failed.
    case error(String)
}

public struct TableCell: Equatable, Sendable {
    public var content: CellContent
    /// The number format code (`0%`, `0.00`, `yyyy-mm-dd`, `General`).
    public var format: String
    /// The formula, when the cell has one; `content` is then its cached value, or empty
    /// when the file was written by a program that does not compute (openpyxl).
    public var formula: String?

    public init(_ content: CellContent, format: String = "General", formula: String? = nil) {
        self.content = content
        self.format = format
        self.formula = formula
    }
}

public struct TableSheet: Sendable {
    public var name: String
    public var cells: [CellAddress: TableCell]
    public var merges: [CellRange]

    public init(name: String, cells: [CellAddress: TableCell] = [:], merges: [CellRange] = []) {
        self.name = name
        self.cells = cells
        self.merges = merges
    }

    public var lastRow: Int { cells.keys.map(\.row).max() ?? 0 }
    public var lastColumn: Int { cells.keys.map(\.column).max() ?? 0 }
}

public struct TableWorkbook: Sendable {
    public var sheets: [TableSheet]
    /// Dates count from 1904-01-01 rather than 1900 (old Mac workbooks).
    public var date1904: Bool

    public init(sheets: [TableSheet], date1904: Bool = false) {
        self.sheets = sheets
        self.date1904 = date1904
    }
}
