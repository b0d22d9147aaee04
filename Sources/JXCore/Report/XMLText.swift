/// Text inside the Office formats' XML (Word, Excel): escaped, and without the control
/// characters XML 1.0 cannot hold (a script's string may hold them), which become U+FFFD.
enum XMLText {
    static func escape(_ s: String) -> String {
        var s = s
        guard s.withUTF8({ needsEscaping($0) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // Characters XML 1.0 forbids (control characters a script's string may hold).
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// The same text added to markup: a report's tables are most of a document, and most of
    /// their cells have nothing to escape, so those are copied as they are.
    static func add(_ s: String, to m: inout Markup) {
        var s = s
        s.withUTF8 { add($0, to: &m) }
    }

    /// UTF-8 text added to markup, escaped.
    static func add(_ p: UnsafeBufferPointer<UInt8>, to m: inout Markup) {
        if needsEscaping(p) { m.add(escape(String(decoding: p, as: UTF8.self))) } else { m.add(p) }
    }

    /// Whether any byte is one `escape` changes: `&<>"`, a control byte other than tab and
    /// line ends, or U+FFFE / U+FFFF (EF BF BE, EF BF BF).
    static func needsEscaping(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < p.count {
            let b = p[i]
            switch b {
            case 0x26, 0x3C, 0x3E, 0x22: return true
            case 0x09, 0x0A, 0x0D: break
            case ..<0x20: return true
            case 0xEF where i + 2 < p.count && p[i + 1] == 0xBF && p[i + 2] >= 0xBE: return true
            default: break
            }
            i += 1
        }
        return false
    }
}
