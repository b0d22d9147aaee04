/// "did you mean …?": the closest known word by edit distance, if it is close enough.
public enum Suggest {
    public static func closest(_ word: String, among candidates: some Sequence<String>) -> String? {
        let w = Array(word.unicodeScalars)
        guard !w.isEmpty, w.count < 64 else { return nil }
        var best: (String, Int)?
        for c in candidates {
            // Lengths first: most candidates differ by more than two and need no copy.
            if abs(c.unicodeScalars.count - w.count) > 2 { continue }
            let cs = Array(c.unicodeScalars)
            let d = distance(w, cs)
            // Short words get one edit, longer ones two.
            let allowed = max(1, min(2, (max(w.count, cs.count) + 1) / 3))
            if d <= allowed, d > 0 || c != word, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                // Transposition: 率执 for 执率.
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev[j - 1]) }
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
