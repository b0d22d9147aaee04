import Foundation
import JXCore
import ZIPFoundation

/// Office Open XML packages: parts deflated (at zlib's fastest level by `DeflatedZip`; by
/// ZIPFoundation past 4 GiB), each with the same fixed time (1980-01-01, the zip format's
/// first day), so one report makes one archive byte for byte, whenever it is made.
public enum OOXMLPackage {
    public static func zip(_ parts: [ReportPart]) throws -> Data {
        let bytes = ReportPart.framed(parts)
        return try zip(bytes, ReportPart.frames(bytes) ?? [])
    }

    /// The parts framed in `bytes` (`ReportPart.frames`), each read where it is.
    public static func zip(_ bytes: [UInt8], _ frames: [(path: String, range: Range<Int>)]) throws -> Data {
        // 1980-01-01 00:00 in the zip format's own terms (DOS time 0, date 1980-1-1).
        if let fast = try DeflatedZip.archive(bytes, frames, date: (time: 0, date: 1 << 5 | 1)) { return fast }
        let archive = try Archive(data: Data(), accessMode: .create)
        var c = DateComponents()
        c.year = 1980; c.month = 1; c.day = 1; c.hour = 0; c.minute = 0
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
        let date = cal.date(from: c) ?? Date(timeIntervalSince1970: 315_532_800)
        for f in frames {
            try archive.addEntry(with: f.path, type: .file, uncompressedSize: Int64(f.range.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                let start = f.range.lowerBound + Int(position)
                return Data(bytes[start..<min(start + size, f.range.upperBound)])
            }
        }
        guard let out = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return out
    }

    /// The parts of an archive, for tests and for reading a package back.
    public static func parts(of data: Data) throws -> [ReportPart] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [ReportPart] = []
        for entry in archive where entry.type == .file {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out.append(ReportPart(path: entry.path, bytes: Array(bytes)))
        }
        return out
    }
}
