/// Every text jx shows a user, by a typed ID and its arguments. Each area's catalogue is an
/// enum whose `text` switch gives the Chinese and the English of every case, so a message in
/// one language only, or an ID without a text, does not compile; tests match IDs and their
/// arguments, not sentences. Arguments are already-formatted figures and names.
public enum Message: Sendable, Hashable {
    case common(CommonMessage)
    case lexer(LexerMessage)
    case syntax(SyntaxMessage)
    case syntaxHint(SyntaxHintMessage)
    case format(FormatMessage)
    case workspace(WorkspaceMessage)
    case tableImport(TableImportMessage)
    case model(ModelMessage)
    case evaluation(EvaluationMessage)
    case indicator(IndicatorMessage)
    case blank(BlankMessage)
    case function(FunctionMessage)
    case checks(CheckMessage)
    case stated(StatedMessage)
    case rules(RuleMessage)
    case query(QueryMessage)
    case scriptTests(ScriptTestMessage)
    case report(ReportMessage)
    case session(SessionMessage)
    case commandLine(CommandLineMessage)
    case languageServer(LanguageServerMessage)

    public var text: Bilingual {
        switch self {
        case .common(let m): m.text
        case .lexer(let m): m.text
        case .syntax(let m): m.text
        case .syntaxHint(let m): m.text
        case .format(let m): m.text
        case .workspace(let m): m.text
        case .tableImport(let m): m.text
        case .model(let m): m.text
        case .evaluation(let m): m.text
        case .indicator(let m): m.text
        case .blank(let m): m.text
        case .function(let m): m.text
        case .checks(let m): m.text
        case .stated(let m): m.text
        case .rules(let m): m.text
        case .query(let m): m.text
        case .scriptTests(let m): m.text
        case .report(let m): m.text
        case .session(let m): m.text
        case .commandLine(let m): m.text
        case .languageServer(let m): m.text
        }
    }

    public func text(_ language: Language) -> String { text.text(language) }
}
