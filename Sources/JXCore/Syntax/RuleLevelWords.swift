/// The words of a rule clause's level, in English and Chinese (`red`, `红灯`, `得分` …).
extension RuleLevel {
    static func named(_ word: String) -> RuleLevel? {
        switch word {
        case "red", "红", "红灯": .red
        case "yellow", "黄", "黄灯": .yellow
        case "green", "绿", "绿灯": .green
        case "blue", "蓝", "蓝灯": .blue
        case "error", "错误": .error
        case "warning", "警告": .warning
        case "info", "提示": .info
        case "score", "得分": .score
        default: nil
        }
    }
}
