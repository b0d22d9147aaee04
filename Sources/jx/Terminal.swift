#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import JXCore

/// The process's I/O: output streams, colour decisions and exit. Kept in one place so the
/// core never prints.
///
/// Text for people goes out through `out` and `err`, and every control character in it is
/// shown as `\u{1B}` (`TerminalText.safe`), whatever wrote it: a script's names, values and
/// file names cannot act on the terminal, through a pipe either. `painted` keeps jx's own
/// colours; the painters (the diagnostic renderer, the text report, the test output)
/// escape a script's text before they paint it. Data (a CSV, a formatted script) goes out
/// through `data`, as it is, unless the output is a terminal.
enum Terminal {
    /// The language of what jx says (`LanguageChoice`), set once before any command runs
    /// and only read after.
    nonisolated(unsafe) static var language: Language = .zh

    static func out(_ s: String, painted: Bool = false) { write(TerminalText.safe(s, keepingColor: painted), to: 1) }

    static func err(_ s: String, painted: Bool = false) { write(TerminalText.safe(s, keepingColor: painted), to: 2) }

    /// Bytes meant for a program: untouched in a pipe or a file, made safe on a terminal.
    static func data(_ s: String) {
        if isTerminal(1) { out(s) } else { write(s, to: 1) }
    }

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

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static func colorEnabled(fd: Int32) -> Bool {
        if let v = getenv("NO_COLOR"), v.pointee != 0 { return false }
        if let t = getenv("TERM"), String(cString: t) == "dumb" { return false }
        return isatty(fd) == 1
    }
}
