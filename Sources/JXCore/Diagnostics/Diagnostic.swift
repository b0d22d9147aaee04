/// Diagnostics are data: the core produces them, the command line renders them
/// (as text with a caret, or as JSON findings) in one place.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case error, warning, info
    var rank: Int { self == .error ? 2 : (self == .warning ? 1 : 0) }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

public struct Diagnostic: Sendable, Hashable {
    public var severity: Severity
    /// A stable code, e.g. `E-unit-mismatch`, so that tests and tools can match on it.
    public var code: String
    public var message: String
    public var span: Span?
    /// A short label shown beside the caret.
    public var label: String?
    /// How to fix it.
    public var hint: String?
    /// Other places that explain it: where a name declared twice was declared first.
    public var notes: [DiagnosticNote] = []
    /// The Chinese of the message, label and hint, when it was made in both languages.
    public var chinese: ChineseText?
    /// What the hint's "did you mean" proposes in place of the text the span covers, for a
    /// tool that applies it (an editor's quick fix); nil when the hint proposes no one word.
    public var replacement: String?
    /// The catalogue's IDs of the message, label and hint, for tests and tools that match what
    /// was said rather than how (nil while a text is still made inline).
    public var messageID: Message?
    public var labelID: Message?
    public var hintID: Message?

    /// Only through the catalogue (below): a text in one language does not compile.
    fileprivate init(_ severity: Severity, _ code: String, _ message: String, at span: Span? = nil, label: String? = nil, hint: String? = nil,
                     notes: [DiagnosticNote] = [], replacement: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.label = label
        self.hint = hint
        self.notes = notes
        self.replacement = replacement
    }
}

extension Diagnostic {
    /// Both languages: the English in `message`, `label` and `hint` (what tools and older
    /// tests read), the Chinese beside them.
    fileprivate init(_ severity: Severity, _ code: String, _ message: Bilingual, at span: Span? = nil, label: Bilingual? = nil,
                     hint: Bilingual? = nil, notes: [DiagnosticNote] = [], replacement: String? = nil) {
        self.init(severity, code, message.en, at: span, label: label?.en, hint: hint?.en, notes: notes, replacement: replacement)
        chinese = ChineseText(message: message.zh, label: label?.zh, hint: hint?.zh)
    }

    /// A diagnostic from the catalogue: its texts in both languages come from the IDs.
    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: Message, at span: Span? = nil, label: Message? = nil,
                hint: Message? = nil, notes: [DiagnosticNote] = [], replacement: String? = nil) {
        self.init(severity, code.rawValue, message.text, at: span, label: label?.text, hint: hint?.text, notes: notes, replacement: replacement)
        messageID = message
        labelID = label
        hintID = hint
    }
}

/// A second place a diagnostic points at, with what it is: "first declared here".
public struct DiagnosticNote: Sendable, Hashable {
    public var message: String
    public var span: Span?
    public var chinese: String?
    public var messageID: Message?
    public init(_ message: String, at span: Span?) {
        self.message = message
        self.span = span
    }
}

extension DiagnosticNote {
    public init(_ message: Message, at span: Span?) {
        self.init(message.text, at: span)
        messageID = message
    }
}

/// A place to collect diagnostics, with a cap so that a hostile file cannot make a run
/// spend its time and memory on millions of messages.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []
    public private(set) var dropped = 0
    public var limit = 10_000
    public init() {}
    public mutating func add(_ d: Diagnostic) {
        if items.count < limit { items.append(d) } else { dropped += 1 }
    }
    public mutating func append(contentsOf ds: [Diagnostic]) { for d in ds { add(d) } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}
