#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's I/O: output streams, colour decisions and exit. Kept in one place so the
/// core never prints.
enum Terminal {
    static func out(_ s: String) { write(s, to: 1) }

    static func err(_ s: String) { write(s, to: 2) }

    /// Writes all of `s`, retrying short writes (a pipe may take less than asked).
    static func write(_ s: String, to fd: Int32) {
        var s = s
        s.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                off += n
            }
        }
    }

    /// Writes all of `bytes`, retrying short writes.
    static func write(bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, base + off, buf.count - off)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                off += n
            }
        }
    }

    static func exit(_ code: Int32) -> Never { Glibc.exit(code) }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static func colorEnabled(fd: Int32) -> Bool {
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
        if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
        return isatty(fd) == 1
    }
}
