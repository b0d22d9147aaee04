import Testing
@testable import JXCore
import JXTestSupport

/// "Did you mean": the fast comparison (reused buffers, stopping once a candidate is too
/// far) must pick what comparing every candidate in full picks.
@Suite struct SuggestTests {
    /// The plain algorithm: full distance for every candidate within two in length.
    static func reference(_ word: String, among candidates: [String]) -> String? {
        let w = Array(word.unicodeScalars)
        guard !w.isEmpty, w.count < 64 else { return nil }
        var best: (String, Int)?
        for c in candidates {
            let cs = Array(c.unicodeScalars)
            if abs(cs.count - w.count) > 2 { continue }
            let d = Suggest.distance(w, cs)
            let allowed = max(1, min(2, (max(w.count, cs.count) + 1) / 3))
            guard d <= allowed, d < max(w.count, cs.count), d > 0 || c != word else { continue }
            if let b = best, d > b.1 || (d == b.1 && !Suggest.preferred(c, over: b.0, for: word)) { continue }
            best = (c, d)
        }
        return best?.0
    }

    @Test func theQuickWayPicksWhatTheFullComparisonPicks() {
        var rng = SplitMix(seed: 11)
        let letters = Array("执行率到位ab指标c").map(String.init)
        func word() -> String { (0..<(1 + Int(rng.next() % 7))).map { _ in letters[Int(rng.next() % UInt64(letters.count))] }.joined() }
        for _ in 0..<300 {
            let candidates = (0..<40).map { _ in word() }
            let w = word()
            #expect(Suggest.closest(w, among: candidates) == Self.reference(w, among: candidates))
        }
        #expect(Suggest.closest("执率行", among: ["执行率", "到位率"]) == "执行率")
        // Equally close candidates: one the word contains, else the first given.
        for order in [["万亩", "亩", "公亩"], ["公亩", "亩", "万亩"], ["亩", "公亩", "万亩"]] {
            #expect(Suggest.closest("亩亩", among: order) == "亩")
        }
        // A character changed is likelier than one added: 公项 is 公顷 mistyped, not 项.
        for order in [["项", "公顷"], ["公顷", "项"]] {
            #expect(Suggest.closest("公项", among: order) == "公顷")
        }
        #expect(Suggest.closest("顷", among: ["项", "公顷"]) == "公顷")
        #expect(Suggest.closest("执行律", among: ["执行率", "执行数"]) == "执行率")
        #expect(Suggest.closest("执行律", among: ["执行数", "执行率"]) == "执行数")
        // A one-character name is no misspelling of another: nothing of it would be left.
        #expect(Suggest.closest("乙", among: ["甲", "丙"]) == nil)
        #expect(Suggest.closest("乙方", among: ["甲方"]) == "甲方")
        #expect(Suggest.distance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    }
}
