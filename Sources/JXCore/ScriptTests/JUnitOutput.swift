/// `jx test --junit FILE`: JUnit XML as CI servers read it (Jenkins, GitLab, GitHub
/// actions): a `testsuite` per script, a `testcase` per assertion (and for errors in the
/// script and for its expected report), a `failure` with the details under each failure.
public enum JUnitOutput {
    public static func render(_ results: [ScriptTestResult]) -> String {
        let total = results.reduce(0) { $0 + $1.cases.count }
        let failed = results.reduce(0) { $0 + $1.failed }
        let time = results.reduce(0.0) { $0 + $1.seconds }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"jx test\" tests=\"\(total)\" failures=\"\(failed)\" errors=\"0\" time=\"\(seconds(time))\">\n"
        for r in results {
            out += "  <testsuite name=\"\(attr(r.path))\" tests=\"\(r.cases.count)\" failures=\"\(r.failed)\" errors=\"0\" skipped=\"0\""
            out += " time=\"\(seconds(r.seconds))\" file=\"\(attr(r.path))\""
            if r.cases.isEmpty { out += "/>\n"; continue }
            out += ">\n"
            let className = attr(classname(r.path))
            for c in r.cases {
                let name = (c.scenario.map { "[scenario \($0)] " } ?? "") + c.name
                out += "    <testcase classname=\"\(className)\" name=\"\(attr(name))\" file=\"\(attr(c.file))\""
                if let l = c.line { out += " line=\"\(l)\"" }
                if c.passed { out += "/>\n"; continue }
                out += ">\n      <failure message=\"\(attr(c.message ?? "failed"))\" type=\"\(c.kind.rawValue)\">"
                out += text(body(c))
                out += "</failure>\n    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// The failure as a person reads it: where, the source, expected and actual, details.
    static func body(_ c: TestCase) -> String {
        var lines: [String] = []
        if let l = c.line { lines.append("\(c.file):\(l):\(c.column ?? 1)") }
        if let s = c.sourceLine { lines.append("  " + s) }
        if let e = c.expected { lines.append("expected: " + e) }
        if let a = c.actual { lines.append("  actual: " + a) }
        if let n = c.note { lines.append("note: " + n) }
        if let d = c.details { lines.append(d) }
        return lines.joined(separator: "\n")
    }

    /// `Scripts/county/县汇总.jx` → `Scripts.county.县汇总`: CI servers group by the dots.
    static func classname(_ path: String) -> String {
        var p = path.hasSuffix(".jx") ? String(path.dropLast(3)) : path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p.replacingOccurrences("/", ".")
    }

    static func seconds(_ s: Double) -> String {
        let ms = max(0, Int((s * 1000).rounded()))
        let frac = String(ms % 1000)
        return "\(ms / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    /// Escaped for an attribute value; line ends kept as character references.
    static func attr(_ s: String) -> String { escape(s, attribute: true) }
    static func text(_ s: String) -> String { escape(s, attribute: false) }

    /// XML 1.0 allows neither most control characters nor U+FFFE/U+FFFF, not even escaped:
    /// they become U+FFFD.
    static func escape(_ s: String, attribute: Bool) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += attribute ? "&quot;" : "\""
            case "'": out += attribute ? "&apos;" : "'"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            case "\t": out += attribute ? "&#9;" : "\t"
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { out += "\u{FFFD}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}

extension String {
    /// Plain replacement without Foundation.
    func replacingOccurrences(_ target: Character, _ with: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += with } else { out.append(ch) } }
        return out
    }
}
