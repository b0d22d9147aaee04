internal import CEditLine

// libedit's wide API speaks `wchar_t` (UTF-32 on Linux). These helpers convert
// between Swift strings and NUL-terminated / counted wide buffers, and measure
// how many terminal columns text occupies (CJK characters take two).

/// Calls `body` with a NUL-terminated wide copy of `text`.
func withWideCString<R>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> R) -> R {
    var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    wide.append(0)
    return wide.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// Allocates a NUL-terminated wide copy of `text`; the caller deallocates it.
/// Used for buffers libedit keeps reading after the call returns (the prompt).
func makeWideCString(_ text: String) -> UnsafeMutablePointer<wchar_t> {
    let scalars = Array(text.unicodeScalars)
    let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: scalars.count + 1)
    for (index, scalar) in scalars.enumerated() {
        buffer[index] = wchar_t(bitPattern: scalar.value)
    }
    buffer[scalars.count] = 0
    return buffer
}

/// Decodes `count` wide characters starting at `start`; invalid code points
/// (which libedit should never produce) are skipped.
func stringFromWide(_ start: UnsafePointer<wchar_t>, count: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for index in 0..<max(count, 0) {
        if let scalar = Unicode.Scalar(UInt32(bitPattern: start[index])) {
            scalars.append(scalar)
        }
    }
    return String(scalars)
}

/// Terminal columns `text` occupies, per the C library's wcwidth (needs the
/// UTF-8 locale that `TerminalLocale.ensureUTF8()` sets). Non-printables count 0.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
        total + max(0, Int(jx_wcwidth(wchar_t(bitPattern: scalar.value))))
    }
}
