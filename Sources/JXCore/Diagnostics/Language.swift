/// The language a user reads: Chinese by default, English on request (`--lang en`,
/// `JX_LANG=en`). The command line chooses it; the core only carries both texts.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// `zh`, `zh_CN.UTF-8`, `en`, `en_US`, `EN`: the language a setting names, if any.
    public init?(setting: String) {
        let s = setting.lowercased()
        if s.hasPrefix("zh") || s.hasPrefix("cn") || s == "中文" { self = .zh }
        else if s.hasPrefix("en") { self = .en }
        else { return nil }
    }
}

/// A text in Chinese and in English. A message added since the languages were split is
/// made of one of these, so that it cannot exist in one language only.
public struct Bilingual: Sendable, Hashable {
    public var zh: String
    public var en: String
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
    public func text(_ language: Language) -> String { language == .zh ? zh : en }
}

/// The Chinese of a diagnostic whose English is its `message`, `label` and `hint`.
public struct ChineseText: Sendable, Hashable {
    public var message: String
    public var label: String?
    public var hint: String?
}

extension Diagnostic {
    /// The diagnostic as read in `language`: in Chinese where it has Chinese (a message made
    /// before the split has English only, and shows it in both).
    public func localized(_ language: Language) -> Diagnostic {
        var d = self
        if language == .zh, let zh = chinese {
            d.message = zh.message
            d.label = zh.label
            d.hint = zh.hint
        }
        d.notes = notes.map { n in
            var n = n
            if language == .zh, let zh = n.chinese { n.message = zh }
            return n
        }
        return d
    }
}

extension DiagnosticNote {
    public init(_ message: Bilingual, at span: Span?) {
        self.init(message.en, at: span)
        chinese = message.zh
    }
}
