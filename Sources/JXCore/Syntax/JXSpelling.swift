/// How jx writes a text back as source: a string literal in double quotes, with `\"`,
/// `\\`, `\n` and `\t` escaped, so that the parser reads back the same text.
public enum JXSpelling {
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(ch)
            }
        }
        return out + "\""
    }
}
