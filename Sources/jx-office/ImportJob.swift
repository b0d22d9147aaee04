import Foundation
import JXCore
import JXOffice

/// `jx import`: the table read, converted, the script checked as `jx check` would check
/// it, and only then handed to jx on standard output (jx writes it, by its rules for every
/// file). Exit codes as jx's: 1 a table or map it cannot read, 2 a file it cannot open.
struct ImportJob {
    /// The language jx chose (`jx` hands its choice on in `JX_LANG`).
    static var language: Language { Output.language }

    /// A line of `jx import`'s own, in the language chosen.
    func say(_ m: TableImportMessage) -> String { m.text.text(ImportJob.language) }

    var table: String
    /// The script's name, for the diagnostics of a faulty import; `-` for none.
    var output: String
    var map: String?
    var shown: String

    func run() -> Int32 {
        var maps = ShippedMaps.all
        if let map {
            guard let data = FileManager.default.contents(atPath: map) else {
                Output.err(say(.cannotReadMap(map)) + "\n")
                return 2
            }
            var sources = SourceMap()
            let file = SourceFile(path: map, bytes: Array(data))
            let id = sources.add(file)
            let (read, ds) = ColumnMap.read(file, fileID: id)
            guard let read else {
                let r = DiagnosticRenderer(color: false, language: ImportJob.language)
                for d in ds { Output.err(r.render(d, sources: sources) + "\n") }
                Output.err(say(.mapErrors(map, count: ds.count)) + "\n")
                return 1
            }
            maps = [read]
        }
        var path = table
        var scratch: URL?
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        let ext = (table as NSString).pathExtension.lowercased()
        if ["xls", "et", "ods", "ett", "xlt"].contains(ext) {
            switch LibreOffice.convert(table, to: "xlsx") {
            case .success(let (file, dir)):
                path = file
                scratch = dir
            case .failure(let f):
                Output.err(f.rendered(ImportJob.language))
                return f.missing ? 2 : 1
            }
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            Output.err(say(.cannotReadTable(table)) + "\n")
            return 2
        }
        let book: TableWorkbook
        do { book = try XLSXReader.read(path: path) } catch {
            Output.err(DiagnosticRenderer(color: false, language: ImportJob.language).render(error.diagnostic, sources: SourceMap()))
            return 1
        }
        let outcome: TableImporter.Outcome
        do { outcome = try TableImporter.convert(book, maps: maps, source: shown) } catch {
            Output.err(error.rendered(ImportJob.language))
            Output.err(say(.noScriptWritten(shown)) + "\n")
            return 1
        }
        // The script is checked before it is written: an import that `jx check` would
        // reject is a fault of the importer, never handed to the user as a script.
        let name = output == "-" ? "imported.jx" : output
        let bytes = Array(outcome.script.utf8)
        let ws = Workspace(path: name, read: { p in p == name ? .success(bytes) : .failure(.init(say(.importsNoFile))) })
        let errors = ws.diagnostics().filter { $0.severity == .error }
        if !errors.isEmpty {
            let r = DiagnosticRenderer(color: false, language: ImportJob.language)
            for d in errors { Output.err(r.render(d, sources: ws.sources) + "\n") }
            Output.err(say(.importerFault(shown)) + "\n")
            return 1
        }
        for s in outcome.skipped { Output.err(say(.sheetLeftOut(s)) + "\n") }
        Output.out(Data(outcome.script.utf8))
        return 0
    }
}
