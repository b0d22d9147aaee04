import Foundation
import JXCore
import JXOffice

/// `jx report -f docx -o FILE`: jx renders the parts of the package, this zips them.
/// Standard input holds the parts (`PackageInput`); the archive goes to standard output,
/// and jx writes it by its rules for every file.
struct ZipJob {
    /// A format LibreOffice converts the archive to (`pdf`) before it goes out.
    var conversion: String?

    /// A line of its own, in the language jx chose.
    func say(_ m: FileMessage) -> String { m.text.text(Output.language) + "\n" }

    func run() -> Int32 {
        let input = ZipJob.standardInput()
        guard let frames = ReportPart.frames(input) else {
            Output.err(say(.partsNotFramed))
            return 2
        }
        let data: Data
        do { data = try OOXMLPackage.zip(input, frames) } catch {
            Output.err(say(.archiveFailed("\(error)")))
            return 1
        }
        guard let conversion else {
            Output.out(data)
            return 0
        }
        // The Word document in a folder of its own, converted there, then read back.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-zip-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = dir.appendingPathComponent("报告.docx")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try data.write(to: docx)
        } catch {
            Output.err(say(.noFolderForOffice(error.localizedDescription)))
            return 2
        }
        switch LibreOffice.convert(docx.path, to: conversion) {
        case .failure(let f):
            Output.err(f.rendered(Output.language))
            return f.missing ? 2 : 1
        case .success(let (file, scratch)):
            defer { try? FileManager.default.removeItem(at: scratch) }
            guard let made = FileManager.default.contents(atPath: file) else {
                Output.err(say(.cannotReadConverted))
                return 1
            }
            Output.out(made)
            return 0
        }
    }

    /// All of standard input, read straight into one array (a large document is held once).
    static func standardInput() -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        // Where the next part's header starts. Each header says how long its part is, so the
        // buffer is made large enough for the part at once: doubled as it filled, a Word
        // document of 300 MB was copied three times over, each copy into fresh pages.
        var next = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            out.append(contentsOf: chunk[0..<n])
            while let h = ReportPart.header(in: out, at: next) {
                next = h.body.upperBound
                // Room for the next few small headers and parts too; a sequence of parts still
                // grows the buffer geometrically.
                if out.capacity < next { out.reserveCapacity(max(next + (1 << 20), 2 * out.capacity)) }
            }
        }
        return out
    }
}
