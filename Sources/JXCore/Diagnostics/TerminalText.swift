/// Text from a script on its way to a terminal. A name, a text or a comment may hold control
/// characters (`"\u{1B}]0;…\u{7}"` sets a terminal's title, `"\u{1B}[2J"` clears it, a lone
/// carriage return hides what came before it on the line), so every one is shown the way a
/// jx string writes it, `\u{1B}`, and does nothing. The controls are those of C0 and C1,
/// DEL, the line and paragraph separators, and the bidirectional overrides and isolates,
/// which reorder what a line seems to say.
///
/// Two uses, one rule: `escaped` for a piece of text that is measured or painted (a cell, a
/// source line under a caret, a message), and `safe` for a whole output on its way out,
/// which keeps its line ends and, where the host paints, its own colours.
public enum TerminalText {
    /// `s` with every control written as `\u{…}`; with `keepingLines`, line ends and tabs stay.
    public static func escaped(_ s: String, keepingLines: Bool = false) -> String {
        guard mayNeedEscaping(s, keepingLines: keepingLines) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let scalars = Array(s.unicodeScalars)
        for (k, u) in scalars.enumerated() {
            if isControl(u) && !(keepingLines && isLayout(scalars, k)) { out += spelled(u) } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// A whole output: lines and tabs kept, every other control escaped, except, when
    /// `keepingColor`, the colour sequences jx paints with (`ESC[1;31m` … `ESC[0m`, a closed
    /// list): a painter escapes the script's text before it paints, so the colours left are
    /// its own, and nothing else (a cursor move, a title, a screen cleared) can pass.
    public static func safe(_ s: String, keepingColor: Bool) -> String {
        guard mayNeedEscaping(s, keepingLines: true) else { return s }
        guard keepingColor, s.utf8.contains(0x1B) else { return escaped(s, keepingLines: true) }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if u == "\u{1B}", let n = colorSequence(scalars, at: i) {
                for k in i..<(i + n) { out.unicodeScalars.append(scalars[k]) }
                i += n
                continue
            }
            if isControl(u) && !isLayout(scalars, i) { out += spelled(u) } else { out.unicodeScalars.append(u) }
            i += 1
        }
        return out
    }

    /// The parameters of the colour sequences jx writes.
    static let colors: Set<String> = ["0", "1", "31", "32", "33", "34", "36", "1;31", "1;32", "1;33", "1;34", "1;36"]

    /// The length of `ESC [ params m` at `i` when the params are one of `colors`.
    static func colorSequence(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 2 < s.count, s[i + 1] == "[" else { return nil }
        var params = ""
        var k = i + 2
        while k < s.count, k - i < 8 {
            let c = s[k]
            if c == "m" { return colors.contains(params) ? k - i + 1 : nil }
            guard (c >= "0" && c <= "9") || c == ";" else { return nil }
            params.unicodeScalars.append(c)
            k += 1
        }
        return nil
    }

    /// A line end or a tab: `\n`, `\t`, and the `\r` of a `\r\n` (CSV's line end).
    static func isLayout(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        s[k] == "\n" || s[k] == "\t" || (s[k] == "\r" && k + 1 < s.count && s[k + 1] == "\n")
    }

    public static func isControl(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func spelled(_ u: Unicode.Scalar) -> String {
        "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
    }

    /// Whether `s` holds a control, by its UTF-8 bytes (C1 is `C2 80`…`C2 9F`, the
    /// separators and bidirectional controls `E2 80 A8`…`E2 80 AE` and `E2 81 A6`…`E2 81 A9`),
    /// so that the common text, Chinese punctuation included, is passed on untouched. An
    /// escaper with characters of its own (Markdown's `|`, HTML's `<`) names them in `also`.
    static func mayNeedEscaping(_ s: String, keepingLines: Bool, also: ASCIISet = ASCIISet("")) -> Bool {
        var s = s
        // The ASCII bytes worth a second look: controls, DEL and `also`; every other ASCII
        // byte is passed with one test of the mask.
        let stops = ASCIISet.controls.union(also)
        return s.withUTF8 { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                // A character of three bytes led by E3…EF (ideographs, CJK and full-width
                // punctuation) is never a control: passed whole. Of the other bytes from 0x80
                // on, only C2 and E2 may lead one.
                if b >= 0xE3 && b <= 0xEF {
                    i += 3
                    continue
                }
                if b >= 0x80 ? (b != 0xC2 && b != 0xE2) : !stops.contains(b) {
                    i += 1
                    continue
                }
                if also.contains(b) {
                    return true
                } else if b < 0x20 {
                    let crlf = b == 0x0D && i + 1 < n && p[i + 1] == 0x0A
                    if !(keepingLines && (b == 0x0A || b == 0x09 || crlf)) { return true }
                } else if b == 0x7F {
                    return true
                } else if b == 0xC2, i + 1 < n, p[i + 1] >= 0x80, p[i + 1] <= 0x9F {
                    return true
                } else if b == 0xE2, i + 2 < n {
                    let b1 = p[i + 1], b2 = p[i + 2]
                    if (b1 == 0x80 && b2 >= 0xA8 && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) { return true }
                }
                i += 1
            }
            return false
        }
    }
}
