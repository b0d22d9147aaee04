import Foundation
import JXCore
import ZIPFoundation

/// An `.xlsx` file as a `TableWorkbook`: the zip opened with ZIPFoundation, each XML part
/// read with Foundation's XMLParser. Only what the importer needs is read: sheet names and
/// order, shared and inline strings, the number format of each style, cell values and
/// formulas, merged ranges, the 1904 date system.
public enum XLSXReader {
    public struct Failure: Error, Sendable {
        public var messageID: TableImportMessage
        public var hintID: TableImportMessage
        init(_ message: TableImportMessage, hint: TableImportMessage) {
            messageID = message
            hintID = hint
        }
        /// In English, for tools and older tests.
        public var message: String { messageID.text.en }
        public var hint: String { hintID.text.en }
        /// As every command's diagnostics are shown, in the reader's language.
        public var diagnostic: Diagnostic { Diagnostic(.error, .importFile, .tableImport(messageID), hint: .tableImport(hintID)) }
    }

    /// A part larger than this is refused: a zip can claim any size (a "zip bomb").
    static let partLimit: UInt64 = 512 << 20

    public static func read(path: String) throws(Failure) -> TableWorkbook {
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw Failure(.notAZip(path), hint: .saveAsXLSX)
        }
        let workbookPath = try officeDocument(archive) ?? "xl/workbook.xml"
        guard let wb = try part(archive, workbookPath) else {
            throw Failure(.noWorkbookPart(path, part: workbookPath), hint: .notAWorkbook)
        }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let rels = try relationships(archive, folder.isEmpty ? "_rels/workbook.xml.rels" : "\(folder)/_rels/\(workbookPath.split(separator: "/").last ?? "workbook.xml").rels")
        var sheets: [(name: String, rid: String)] = []
        var date1904 = false
        try parse(wb, workbookPath) { name, a in
            if name == "sheet", let n = a["name"], let id = a["r:id"] ?? a["id"] { sheets.append((n, id)) }
            if name == "workbookPr", let v = a["date1904"] { date1904 = v == "1" || v == "true" }
        }
        let strings = try sharedStrings(archive, rels, folder)
        let formats = try styles(archive, rels, folder)
        var out: [TableSheet] = []
        for s in sheets {
            guard let target = rels[s.rid] else { continue }
            let p = resolve(target, in: folder)
            guard let data = try part(archive, p) else {
                throw Failure(.missingPart(sheet: s.name, part: p), hint: .damaged)
            }
            out.append(try sheet(s.name, data, p, strings: strings, formats: formats))
        }
        return TableWorkbook(sheets: out, date1904: date1904)
    }

    static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.isEmpty ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    static func part(_ archive: Archive, _ path: String) throws(Failure) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= partLimit else {
            throw Failure(.partTooLarge(path, bytes: entry.uncompressedSize, limitMB: partLimit >> 20), hint: .splitTheWorkbook)
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > partLimit { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw Failure(.cannotUnpack(path, reason: "\(error)"), hint: .damaged)
        }
        return data
    }

    static func parse(_ data: Data, _ path: String, start: @escaping (String, [String: String]) -> Void,
                      end: @escaping (String) -> Void = { _ in }, text: @escaping (String) -> Void = { _ in }) throws(Failure) {
        let events = XMLEvents()
        events.start = start
        events.end = end
        events.text = text
        if let problem = events.parse(data) {
            throw Failure(.cannotParse(path, problem: problem), hint: .damaged)
        }
    }

    static func officeDocument(_ archive: Archive) throws(Failure) -> String? {
        guard let data = try part(archive, "_rels/.rels") else { return nil }
        var found: String?
        try parse(data, "_rels/.rels") { name, a in
            if name == "Relationship", a["Type"]?.hasSuffix("/officeDocument") == true, let t = a["Target"] { found = resolve(t, in: "") }
        }
        return found
    }

    /// Id → target, from a part's relationships; the types too, by a key of their own.
    static func relationships(_ archive: Archive, _ path: String) throws(Failure) -> [String: String] {
        guard let data = try part(archive, path) else { return [:] }
        var out: [String: String] = [:]
        try parse(data, path) { name, a in
            if name == "Relationship", let id = a["Id"], let t = a["Target"] {
                out[id] = t
                if let type = a["Type"]?.split(separator: "/").last { out["type:" + type] = t }
            }
        }
        return out
    }

    static func sharedStrings(_ archive: Archive, _ rels: [String: String], _ folder: String) throws(Failure) -> [String] {
        let path = rels["type:sharedStrings"].map { resolve($0, in: folder) } ?? (folder.isEmpty ? "sharedStrings.xml" : folder + "/sharedStrings.xml")
        guard let data = try part(archive, path) else { return [] }
        var out: [String] = []
        var current = "", inText = false, phonetic = 0
        try parse(data, path, start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = phonetic == 0
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": out.append(current)
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { s in if inText { current += s } })
        return out
    }

    /// The number format code of each cell style (`s="3"` → `0.00%`).
    static func styles(_ archive: Archive, _ rels: [String: String], _ folder: String) throws(Failure) -> [String] {
        let path = rels["type:styles"].map { resolve($0, in: folder) } ?? (folder.isEmpty ? "styles.xml" : folder + "/styles.xml")
        guard let data = try part(archive, path) else { return [] }
        var codes: [Int: String] = [:]
        var xfs: [String] = []
        var inCellXfs = false
        try parse(data, path, start: { name, a in
            switch name {
            case "numFmt": if let id = a["numFmtId"].flatMap({ Int($0) }), let c = a["formatCode"] { codes[id] = c }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs:
                let id = a["numFmtId"].flatMap { Int($0) } ?? 0
                xfs.append(codes[id] ?? NumberFormat.builtIn(id) ?? "General")
            default: break
            }
        }, end: { name in if name == "cellXfs" { inCellXfs = false } })
        return xfs
    }
}
