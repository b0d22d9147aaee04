/// Decides what a Tab press does, from the text before the cursor and the
/// completer's candidates. Pure logic (no libedit), so it is unit-testable.
///
/// The word being completed is the trailing run of characters that are neither
/// whitespace nor punctuation/symbols (`_` counts as a word character). `.` is
/// punctuation, so in `名字.完` the word is `完` and member names complete.
///
/// A candidate may also spell out punctuation that precedes the word: with
/// `:he` typed, the word is `he`, yet the candidate `:help` still matches,
/// because each candidate is matched against the longest suffix of the current
/// whitespace-delimited token that starts at a word boundary. Candidates that
/// match no such suffix are ignored, so a completer may simply return every
/// name valid in the context and let this type filter them. When candidates
/// match typed parts of different lengths, only those matching the longest
/// are kept.
public enum CompletionPlan: Equatable, Sendable {
    /// Insert this text at the cursor (the unique remainder, or the longest
    /// common prefix of several remainders).
    case insert(String)
    /// Several candidates and nothing common to insert: show them.
    case list([String])
    /// No usable candidate, or the word is already complete: beep.
    case nothing

    public static func make(lineBeforeCursor: String, candidates: [String]) -> CompletionPlan {
        var seen = Set<String>()
        var matched: [(candidate: String, typed: Int, remainder: Substring)] = []
        for candidate in candidates where seen.insert(candidate).inserted {
            if let typed = typedPart(of: candidate, lineBeforeCursor: lineBeforeCursor) {
                matched.append((candidate, typed.count, candidate.dropFirst(typed.count)))
            }
        }
        // Prefer the candidates that explain the most typed text: after `:`
        // offer `:help`, not every name (which match the empty word after `:`).
        let longest = matched.map(\.typed).max() ?? 0
        matched.removeAll { $0.typed < longest }
        guard let first = matched.first else { return .nothing }
        if matched.count == 1 {
            return first.remainder.isEmpty ? .nothing : .insert(String(first.remainder))
        }
        let common = matched.dropFirst().reduce(first.remainder) { commonPrefix($0, $1.remainder) }
        return common.isEmpty ? .list(matched.map(\.candidate)) : .insert(String(common))
    }

    /// The word being completed: trailing non-separator characters.
    public static func word(lineBeforeCursor line: String) -> Substring {
        let start = line.lastIndex(where: isSeparator).map(line.index(after:)) ?? line.startIndex
        return line[start...]
    }

    /// Whitespace and punctuation/symbols end a word; `_` does not.
    static func isSeparator(_ character: Character) -> Bool {
        if character == "_" { return false }
        return character.isWhitespace || character.isPunctuation || character.isSymbol
    }

    /// The longest boundary-starting suffix of the last token that `candidate`
    /// begins with, i.e. the part of the candidate the user already typed.
    static func typedPart(of candidate: String, lineBeforeCursor line: String) -> Substring? {
        let tokenStart = line.lastIndex(where: \.isWhitespace).map(line.index(after:)) ?? line.startIndex
        var index = tokenStart
        while true {
            let isBoundary = index == tokenStart || isSeparator(line[line.index(before: index)])
            if isBoundary, candidate.hasPrefix(line[index...]) { return line[index...] }
            if index == line.endIndex { return nil }
            index = line.index(after: index)
        }
    }

    static func commonPrefix(_ a: Substring, _ b: Substring) -> Substring {
        var end = a.startIndex
        for (x, y) in zip(a, b) {
            if x != y { break }
            end = a.index(after: end)
        }
        return a[..<end]
    }
}
