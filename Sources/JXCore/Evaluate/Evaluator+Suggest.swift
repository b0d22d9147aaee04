/// "Did you mean …?" for names the evaluator does not know, within a budget.
///
/// A suggestion compares the word with every candidate: over the names of a million
/// indicators, a file with thousands of unknown names (or thousands of undeclared units,
/// each compared with all the others) would compare for hours. So each evaluation (a check,
/// one what-if change) may compare this many candidates in all; past that, an unknown name
/// is still reported, without a suggestion.
extension Evaluator {
    static let suggestionBudget = 2_000_000

    /// The closest of the candidates `make` gives, if `count` of them still fit the budget.
    func suggest(_ word: String, among count: Int, _ make: () -> [String]) -> String? {
        guard count <= suggestionsLeft else {
            suggestionsLeft = 0
            return nil
        }
        suggestionsLeft -= count
        return Suggest.closest(word, among: make())
    }
}
