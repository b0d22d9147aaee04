/// Every text that came from a script passes through here before it enters the page: names,
/// targets, notes, messages, file names. One function for text and attribute values alike
/// (both quotes are escaped), so there is no second, weaker path to forget. The page also
/// forbids scripts in its Content-Security-Policy, a second wall behind this one.
public enum HTML {
    private static let specials = ASCIISet("&<>\"'")

    public static func escape(_ s: String) -> String {
        // Most text has none of these, and is the page's as it is.
        guard TerminalText.mayNeedEscaping(s, keepingLines: false, also: specials) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // A control character is not allowed in a page (not even as a reference): it
            // is shown as a jx string writes it.
            case _ where TerminalText.isControl(u) && u != "\n" && u != "\t": out += TerminalText.escaped(String(u))
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Text cut to `columns` display columns (a CJK character is two), with `…` when cut, for
    /// labels in a chart whose space is fixed; the full text goes in a tooltip.
    static func clipped(_ s: String, columns: Int) -> String {
        guard DisplayWidth.of(s) > columns else { return s }
        var out = ""
        var used = 0
        for c in s {
            let w = DisplayWidth.of(String(c))
            if used + w > columns - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}
