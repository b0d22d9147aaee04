/// `jx test --tap`: TAP version 13 (testanything.org), a YAML block under each failure.
/// The closing summary is a TAP comment (`# 3 passed, 1 failed`), which consumers ignore.
public enum TAPOutput {
    public static func render(_ results: [ScriptTestResult]) -> String {
        let cases = results.flatMap(\.cases)
        var out = "TAP version 13\n1..\(cases.count)\n"
        for (n, c) in cases.enumerated() {
            out += (c.passed ? "ok" : "not ok") + " \(n + 1) - " + escapeDescription(title(c)) + "\n"
            guard !c.passed else { continue }
            out += "  ---\n"
            field(&out, "message", c.message)
            field(&out, "file", c.file)
            if let l = c.line { out += "  line: \(l)\n" }
            if let col = c.column { out += "  column: \(col)\n" }
            field(&out, "scenario", c.scenario)
            field(&out, "source", c.sourceLine)
            field(&out, "expected", c.expected)
            field(&out, "actual", c.actual)
            if let d = c.details, !d.isEmpty {
                out += "  details: |\n"
                for line in d.split(separator: "\n", omittingEmptySubsequences: false).dropLast(d.hasSuffix("\n") ? 1 : 0) {
                    out += "    " + line + "\n"
                }
            }
            out += "  ...\n"
        }
        let passed = cases.filter(\.passed).count
        out += "# \(passed) passed, \(cases.count - passed) failed\n"
        return out
    }

    static func title(_ c: TestCase) -> String {
        c.file + ": " + (c.scenario.map { "[scenario \($0)] " } ?? "") + c.name
    }

    /// `#` starts a directive in a test line and a line end ends it.
    static func escapeDescription(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "#": out += "\\#"
            case "\\": out += "\\\\"
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    static func field(_ out: inout String, _ key: String, _ value: String?) {
        guard let value else { return }
        out += "  \(key): " + yamlQuoted(value) + "\n"
    }

    /// A double-quoted YAML scalar.
    static func yamlQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += "\\x" + hex2(u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func hex2(_ v: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(v >> 4) & 15]) + String(digits[Int(v) & 15])
    }
}
