/// A message's own words, without what it quotes from the script or shows as typed:
/// `code`, "quotes" and 「names」 are left out, so that a test looking for English words in a
/// Chinese text does not find the user's own.
public func ownWords(_ text: String) -> String {
    var plain = ""
    var inside: Character?
    for ch in text {
        if let close = inside {
            if ch == close { inside = nil }
            continue
        }
        switch ch {
        case "`": inside = "`"
        case "\"": inside = "\""
        case "「": inside = "」"
        default: plain.append(ch)
        }
    }
    return plain
}
