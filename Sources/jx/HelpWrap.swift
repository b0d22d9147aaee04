#if canImport(Glibc)
import Glibc
#endif
import JXCore

/// The argument parser wraps help by characters, and a Chinese character takes two columns
/// on a terminal: its Chinese lines ran up to twice the screen's width. The parser is asked
/// for its text unwrapped, and each line too wide is wrapped here by display width, under
/// its own description column, between words or between two Chinese characters, never
/// before a closing mark.
enum HelpWrap {
    /// Wide enough that the parser wraps nothing.
    static let unwrapped = 100_000

    static func rewrapped(_ text: String, width: Int) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard DisplayWidth.of(line) > width,
                  let column = descriptionColumn(line) ?? indentation(line) else { out.append(line); continue }
            let label = String(line.prefix(column))
            for (n, part) in wrap(String(line.dropFirst(column)), width: max(20, width - column)).enumerated() {
                out.append((n == 0 ? label : String(repeating: " ", count: column)) + part)
            }
        }
        return out.joined(separator: "\n")
    }

    /// A line of a paragraph: the overview, a discussion, a line indented under a
    /// description. The usage line is left as the parser prints it, in every language.
    static func indentation(_ line: String) -> Int? {
        if line.hasPrefix("用法：") || line.hasPrefix("USAGE: ") || line.hasPrefix("Usage: ") { return nil }
        let spaces = line.prefix { $0 == " " }.count
        return spaces < line.count ? spaces : nil
    }

    /// Where an option's (or a format's) description starts: after its label and a gap of
    /// two spaces or more, within the parser's label column.
    static func descriptionColumn(_ line: String) -> Int? {
        let chars = Array(line)
        guard chars.count > 4, chars[0] == " ", chars[1] == " ", chars[2] != " " else { return nil }
        var i = 2
        while i + 1 < chars.count, i < 32 {
            if chars[i] == " ", chars[i + 1] == " " {
                var j = i
                while j < chars.count, chars[j] == " " { j += 1 }
                guard j < chars.count, chars[..<i].allSatisfy(\.isASCII) else { return nil }
                return j
            }
            i += 1
        }
        return nil
    }

    static let noBreakBefore: Set<Character> = ["，", "。", "、", "；", "：", "）", "」", "』", "》", "？", "！", ")", ",", ".", ";", ":"]
    static let noBreakAfter: Set<Character> = ["（", "「", "『", "《", "("]

    /// Greedy wrapping by display width, at the last place a line may break.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0
        // Where `line` may be cut, and whether a space stands there (it goes with the cut).
        var lastBreak: (index: Int, dropsSpace: Bool)? = nil
        func breakBefore(_ k: Int) -> (index: Int, dropsSpace: Bool)? {
            if line[k] == " " { return (k, true) }
            return k > 0 && canBreak(before: line[k], after: line[k - 1]) ? (k, false) : nil
        }
        func cut(at k: Int, dropsSpace: Bool) {
            let head = String(line[..<k])
            lines.append(head.hasSuffix(" ") ? String(head.dropLast()) : head)
            line = Array(line[(dropsSpace ? k + 1 : k)...])
            lineWidth = DisplayWidth.of(String(line))
            // The rest carried over keeps its own places to break.
            lastBreak = line.indices.reversed().lazy.compactMap(breakBefore).first
        }
        for c in text {
            let w = DisplayWidth.of(String(c))
            if lineWidth + w > width, !line.isEmpty {
                if c == " " { cut(at: line.count, dropsSpace: false); continue }
                if let b = lastBreak { cut(at: b.index, dropsSpace: b.dropsSpace) }
                else if canBreak(before: c, after: line.last) { cut(at: line.count, dropsSpace: false) }
            }
            line.append(c)
            lineWidth += w
            if let b = breakBefore(line.count - 1) { lastBreak = b }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(String(line)) }
        return lines
    }

    /// Between two characters where one is wide (Chinese), unless a mark binds them.
    static func canBreak(before c: Character, after prev: Character?) -> Bool {
        guard let prev, prev != " ", c != " " else { return false }
        guard DisplayWidth.of(String(c)) == 2 || DisplayWidth.of(String(prev)) == 2 else { return false }
        return !noBreakBefore.contains(c) && !noBreakAfter.contains(prev)
    }

    /// The terminal's width: COLUMNS, else the terminal's own, else 80 (as the parser does).
    static func terminalWidth() -> Int {
        if let s = getenv("COLUMNS"), let n = Int(String(cString: s)), n > 0 { return n }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
