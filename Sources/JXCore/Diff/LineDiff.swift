/// A line diff (Myers' O(ND) algorithm) and its unified rendering, for `jx fmt --diff`
/// and for golden expectations (`jx test`). The common head and tail are trimmed first,
/// so the usual small change costs little; past `maxEdits` edits the middle is shown as
/// replaced wholesale rather than spending quadratic memory on a minimal script.
public enum LineDiff {
    public enum Op: Equatable, Sendable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public static let maxEdits = 2000

    public static func diff(_ a: [String], _ b: [String]) -> [Op] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let midA = Array(a[head..<(a.count - tail)])
        let midB = Array(b[head..<(b.count - tail)])
        var ops = a[..<head].map { Op.same($0) }
        ops += myers(midA, midB) ?? (midA.map { .removed($0) } + midB.map { .added($0) })
        ops += a[(a.count - tail)...].map { Op.same($0) }
        return ops
    }

    /// The shortest edit script, or nil when it needs more than `maxEdits` edits.
    static func myers(_ a: [String], _ b: [String]) -> [Op]? {
        let n = a.count, m = b.count
        if n == 0 { return b.map { .added($0) } }
        if m == 0 { return a.map { .removed($0) } }
        // Compare small integers, not strings, in the inner loop.
        var ids: [String: Int] = [:]
        let x1 = a.map { s in ids[s] ?? { ids[s] = ids.count; return ids.count - 1 }() }
        let y1 = b.map { s in ids[s] ?? { ids[s] = ids.count; return ids.count - 1 }() }
        let limit = min(n + m, maxEdits)
        let off = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d]: v before round d, for diagonals -(d+1)...(d+1).
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(Array(v[(off - d - 1)...(off + d + 1)]))
            var k = -d
            while k <= d {
                var x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1
                var y = x - k
                while x < n, y < m, x1[x] == y1[y] { x += 1; y += 1 }
                v[off + k] = x
                if x >= n, y >= m { return backtrack(a, b, trace, d) }
                k += 2
            }
        }
        return nil
    }

    private static func backtrack(_ a: [String], _ b: [String], _ trace: [[Int]], _ last: Int) -> [Op] {
        var ops: [Op] = []
        var x = a.count, y = b.count
        for d in stride(from: last, through: 0, by: -1) {
            let v = trace[d]
            func at(_ k: Int) -> Int { v[k + d + 1] }
            let k = x - y
            let prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let prevX = at(prevK), prevY = prevX - prevK
            while x > prevX, y > prevY { ops.append(.same(a[x - 1])); x -= 1; y -= 1 }
            if d > 0 {
                if x == prevX { ops.append(.added(b[y - 1])); y -= 1 } else { ops.append(.removed(a[x - 1])); x -= 1 }
            }
        }
        return ops.reversed()
    }

    /// Lines of a text; a final line end does not start another line.
    public static func lines(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var ls = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { ls.removeLast() }
        return ls
    }

    /// `diff -u` output from `old` to `new` (empty when they are equal), with `context`
    /// unchanged lines around each change.
    public static func unified(_ old: String, _ new: String, from: String, to: String, context: Int = 3) -> String {
        let ops = diff(lines(old), lines(new))
        guard ops.contains(where: { !$0.isSame }) else { return "" }
        var out = "--- \(from)\n+++ \(to)\n"
        // Positions (in ops) of the changes, grouped into hunks that overlap in context.
        let changed = ops.indices.filter { !ops[$0].isSame }
        var groups: [(Int, Int)] = []
        for c in changed {
            let lo = max(0, c - context), hi = min(ops.count - 1, c + context)
            if let last = groups.last, lo <= last.1 + 1 { groups[groups.count - 1].1 = hi } else { groups.append((lo, hi)) }
        }
        // Line numbers at each op position.
        var aLine = [Int](repeating: 0, count: ops.count + 1), bLine = aLine
        for (i, op) in ops.enumerated() {
            aLine[i + 1] = aLine[i] + (op.inOld ? 1 : 0)
            bLine[i + 1] = bLine[i] + (op.inNew ? 1 : 0)
        }
        for (lo, hi) in groups {
            let aCount = aLine[hi + 1] - aLine[lo], bCount = bLine[hi + 1] - bLine[lo]
            let aStart = aCount == 0 ? aLine[lo] : aLine[lo] + 1
            let bStart = bCount == 0 ? bLine[lo] : bLine[lo] + 1
            out += "@@ -\(aStart),\(aCount) +\(bStart),\(bCount) @@\n"
            for op in ops[lo...hi] {
                switch op {
                case .same(let s): out += " " + s + "\n"
                case .removed(let s): out += "-" + s + "\n"
                case .added(let s): out += "+" + s + "\n"
                }
            }
        }
        return out
    }
}

extension LineDiff.Op {
    var isSame: Bool { if case .same = self { true } else { false } }
    /// The line is in the old text (unchanged or removed).
    var inOld: Bool { if case .added = self { false } else { true } }
    /// The line is in the new text (unchanged or added).
    var inNew: Bool { if case .removed = self { false } else { true } }
}
