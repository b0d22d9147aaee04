import Foundation
import JXCore

extension XLSXReader {
    /// One worksheet part: its cells (value, format, formula) and merged ranges.
    static func sheet(_ name: String, _ data: Data, _ path: String, strings: [String], formats: [String]) throws(Failure) -> TableSheet {
        var sheet = TableSheet(name: name)
        var ref: CellAddress?, type = "n", style = 0
        var value: String?, formula: String?, inline = ""
        var reading = ""   // the element whose text is collected: v, f, t (inline)
        var buffer = ""
        var row = 0, column = 0
        var bad: String?
        try parse(data, path, start: { el, a in
            switch el {
            case "row":
                row = a["r"].flatMap { Int($0) } ?? row + 1
                column = 0
            case "c":
                column += 1
                if let r = a["r"] {
                    if let addr = CellAddress(r) { ref = addr; row = addr.row; column = addr.column } else if bad == nil { bad = r }
                } else {
                    ref = CellAddress(row: row, column: column)
                }
                type = a["t"] ?? "n"
                style = a["s"].flatMap { Int($0) } ?? 0
                value = nil; formula = nil; inline = ""
            case "v", "f": reading = el; buffer = ""
            case "t": reading = "t"; buffer = ""
            case "rPh": reading = "rPh"
            case "mergeCell":
                if let r = a["ref"], let range = CellRange(r) { sheet.merges.append(range) }
            default: break
            }
        }, end: { el in
            switch el {
            case "v": value = buffer; reading = ""
            case "f": formula = buffer; reading = ""
            case "t": if reading == "t" { inline += buffer }; reading = ""
            case "rPh": reading = ""
            case "c":
                guard let at = ref else { return }
                let format = style >= 0 && style < formats.count ? formats[style] : "General"
                let content: CellContent
                switch type {
                case "s":
                    if let i = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), i >= 0, i < strings.count { content = .text(strings[i]) }
                    else { content = .error("#共享字符串缺失") }
                case "inlineStr": content = .text(inline)
                case "str": content = value.map { .text($0) } ?? .empty
                case "b": content = .bool(value == "1" || value == "true")
                case "e": content = .error(value ?? "#ERROR")
                case "d": content = value.map { .text($0) } ?? .empty
                default:
                    if let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty {
                        content = CellNumber(v) != nil ? .number(v) : .error("#非数字 \(v)")
                    } else {
                        content = .empty
                    }
                }
                if content != .empty || formula != nil {
                    sheet.cells[at] = TableCell(content, format: format, formula: formula)
                }
                ref = nil
            default: break
            }
        }, text: { s in if !reading.isEmpty, reading != "rPh" { buffer += s } })
        if let bad {
            throw Failure(.badCellReference(sheet: name, bad), hint: .damaged)
        }
        return sheet
    }
}
