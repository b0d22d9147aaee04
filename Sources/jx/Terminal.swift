#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// The process's I/O: output streams, colour decisions and exit. Kept in one place so the
/// core never prints.
enum Terminal {
    static func out(_ s: String) { write(s, to: 1) }

    static func err(_ s: String) { write(s, to: 2) }

    /// Writes all of `s`, retrying short writes (a pipe may take less than asked).
    static func write(_ s: String, to fd: Int32) {
        var s = s
        s.withUTF8 { buf in _ = try? FileDescriptor(rawValue: fd).writeAll(buf) }
    }

    /// Writes all of `bytes`, retrying short writes.
    static func write(bytes: [UInt8], to fd: Int32) {
        _ = try? FileDescriptor(rawValue: fd).writeAll(bytes)
    }

    static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static func colorEnabled(fd: Int32) -> Bool {
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
        if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
        return isatty(fd) == 1
    }
}
