import Foundation
import CZlib

/// A zip archive of parts written here with zlib at its fastest level. ZIPFoundation, which
/// reads every archive jx reads and writes any other, deflates only at zlib's default level
/// and in small pieces: zipping a province's Word document (350 MB of XML at 10^5
/// indicators) took it 2.9 s, longer than everything else the report does but the model.
/// At level 1 the document is a third larger (still a thirtieth of the XML) and made in a
/// third of the time. Entries are plain (no data descriptors, no zip64): a package with a
/// part or an offset past 4 GiB is not written here (`nil`), and ZIPFoundation writes it.
enum DeflatedZip {
    /// The archive, or nil when a part or an offset does not fit in 32 bits.
    static func archive(_ bytes: [UInt8], _ frames: [(path: String, range: Range<Int>)], date: (time: UInt16, date: UInt16)) throws -> Data? {
        guard frames.allSatisfy({ $0.range.count < Int(UInt32.max) }) else { return nil }
        var out: [UInt8] = []
        var central: [UInt8] = []
        for f in frames {
            let offset = out.count
            guard offset < Int(UInt32.max) else { return nil }
            let name = Array(f.path.utf8)
            guard name.count < 0xFFFF else { return nil }
            let (crc, deflated) = try bytes.withUnsafeBufferPointer { p in
                try compress(UnsafeBufferPointer(rebasing: p[f.range]))
            }
            guard deflated.count < Int(UInt32.max) else { return nil }
            // The fields both headers hold, from the version needed to the extra field's length.
            var fields: [UInt8] = []
            fields.append16(20)                  // version needed: 2.0 (deflate)
            fields.append16(0)                   // flags
            fields.append16(8)                   // deflated
            fields.append16(date.time)
            fields.append16(date.date)
            fields.append32(crc)
            fields.append32(UInt32(deflated.count))
            fields.append32(UInt32(f.range.count))
            fields.append16(UInt16(name.count))
            fields.append16(0)                   // no extra field
            // The local header, then the data.
            out.append32(0x0403_4B50)
            out += fields
            out += name
            out += deflated
            // Its entry in the central directory.
            central.append32(0x0201_4B50)
            central.append16(3 << 8 | 20)        // made by: Unix, 2.0
            central += fields
            central.append16(0)                  // comment
            central.append16(0)                  // disk
            central.append16(0)                  // internal attributes
            central.append32(0o100644 << 16)     // a regular file, rw-r--r--
            central.append32(UInt32(offset))
            central += name
        }
        let start = out.count
        guard start < Int(UInt32.max), frames.count < 0xFFFF else { return nil }
        out += central
        out.append32(0x0605_4B50)
        out.append16(0)
        out.append16(0)
        out.append16(UInt16(frames.count))
        out.append16(UInt16(frames.count))
        out.append32(UInt32(central.count))
        out.append32(UInt32(start))
        out.append16(0)                          // no comment
        return Data(out)
    }

    struct Failed: Error { let code: Int32 }

    /// The bytes' CRC-32 and their raw deflate stream (no zlib header), at level 1.
    static func compress(_ input: UnsafeBufferPointer<UInt8>) throws -> (UInt32, [UInt8]) {
        // zlib counts in 32 bits: the input goes in pieces of at most a gigabyte.
        let piece = 1 << 30
        var crc: uLong = crc32(0, nil, 0)
        var strm = z_stream()
        var status = deflateInit2_(&strm, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failed(code: status) }
        defer { deflateEnd(&strm) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 16 + 1024)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var at = 0
        repeat {
            let n = min(piece, input.count - at)
            let base = input.baseAddress.map { UnsafeMutablePointer(mutating: $0 + at) }
            if n > 0 { crc = crc32(crc, base, uInt(n)) }
            strm.next_in = base
            strm.avail_in = uInt(n)
            at += n
            let flush = at == input.count ? Z_FINISH : Z_NO_FLUSH
            repeat {
                let made: Int = chunk.withUnsafeMutableBufferPointer { c in
                    strm.next_out = c.baseAddress
                    strm.avail_out = uInt(c.count)
                    status = deflate(&strm, flush)
                    return c.count - Int(strm.avail_out)
                }
                guard status != Z_STREAM_ERROR else { throw Failed(code: status) }
                out += chunk[0..<made]
            } while strm.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END)
        } while at < input.count
        return (UInt32(truncatingIfNeeded: crc), out)
    }
}

private extension Array where Element == UInt8 {
    mutating func append16(_ v: UInt16) {
        append(UInt8(v & 0xFF))
        append(UInt8(v >> 8))
    }

    mutating func append32(_ v: UInt32) {
        append16(UInt16(v & 0xFFFF))
        append16(UInt16(v >> 16))
    }
}
