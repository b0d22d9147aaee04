/// "did you mean …?": the closest known word by edit distance, if it is close enough.
public enum Suggest {
    public static func closest(_ word: String, among candidates: some Sequence<String>) -> String? {
        let w = Array(word.unicodeScalars)
        guard !w.isEmpty, w.count < 64 else { return nil }
        var best: (String, Int)?
        // One buffer for the candidate and two rows for the distance, reused: over many
        // candidates, allocating them each time cost more than comparing.
        var cs: [Unicode.Scalar] = []
        cs.reserveCapacity(w.count + 2)
        var prev: [Int] = [], cur: [Int] = []
        for c in candidates {
            // Lengths first: most candidates differ by more than two and need no copy.
            let n = c.unicodeScalars.count
            if abs(n - w.count) > 2 { continue }
            // Short words get one edit, longer ones two.
            let allowed = max(1, min(2, (max(w.count, n) + 1) / 3))
            cs.removeAll(keepingCapacity: true)
            cs.append(contentsOf: c.unicodeScalars)
            let d = distance(w, cs, limit: allowed, &prev, &cur)
            // A candidate with nothing of the word left is no suggestion: 甲 for 乙.
            guard d <= allowed, d < max(w.count, n), d > 0 || c != word else { continue }
            if let b = best, d > b.1 || (d == b.1 && !preferred(c, over: b.0, for: word)) { continue }
            best = (c, d)
        }
        return best?.0
    }

    /// Between two equally close candidates (`a` after `b` in order): one the word repeats
    /// a character of or leaves one out of (亩 for 亩亩, 公顷 for 顷), else one as long as the
    /// word, one character changed (公顷 for 公项, not 项), else the first. Callers give
    /// candidates in a fixed order (never a dictionary's, which changes from run to run).
    static func preferred(_ a: String, over b: String, for word: String) -> Bool {
        let ra = rank(a, for: word), rb = rank(b, for: word)
        return ra > rb
    }

    static func rank(_ c: String, for word: String) -> Int {
        if c.contains(word) { return 2 }
        if word.contains(c), word.allSatisfy({ c.contains($0) }) { return 2 }
        return c.count == word.count ? 1 : 0
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var prev: [Int] = [], cur: [Int] = []
        return distance(a, b, limit: Int.max, &prev, &cur)
    }

    /// The edit distance (with transpositions), or some number above `limit` once it is
    /// sure to exceed it: a row's least value never falls in the rows after it.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, _ prev: inout [Int], _ cur: inout [Int]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        prev.removeAll(keepingCapacity: true)
        prev.append(contentsOf: 0...b.count)
        cur.removeAll(keepingCapacity: true)
        cur.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            cur[0] = i
            var least = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                // Transposition: 率执 for 执率.
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev[j - 1]) }
                least = min(least, cur[j])
            }
            if least > limit { return least }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
