import JXCore

/// The words the argument parser prints itself (USAGE, OPTIONS, `(default: …)`, its usage
/// errors), put into Chinese in this one place; jx's own help texts come from the catalogue
/// (`CommandHelpMessage`) already in the language chosen.
enum HelpText {
    static func localized(_ text: String, _ language: Language) -> String {
        guard language == .zh else { return text }
        var s = text
        for (english, chinese) in words { s = s.replacingAll(english, with: chinese) }
        for (pattern, make) in patterns {
            s = s.replacing(pattern) { make($0.output.map { $0.substring.map(String.init) ?? "" }) }
        }
        return s
    }

    static let words: [(String, String)] = [
        ("OVERVIEW: ", "概述："),
        ("USAGE: ", "用法："),
        ("ARGUMENTS:", "参数："),
        ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："),
        ("See 'jx help <subcommand>' for detailed help.", "用 'jx help <子命令>' 查看各命令的详细说明。"),
        ("Show the version.", "显示版本号。"),
        ("Show help information.", "显示帮助信息。"),
        ("Error: ", "错误："),
        ("Help:  ", "说明："),
        ("Usage: ", "用法："),
        ("Please provide one of the following:", "请从下面选一个："),
    ]

    nonisolated(unsafe) static let patterns: [(Regex<AnyRegexOutput>, ([String]) -> String)] = [
        (try! Regex(#" ?\(values:\s+([^)]*);\s+default:\s+([^)]*)\)"#), { "（可选：\($0[1])；默认：\($0[2])）" }),
        (try! Regex(#" ?\(values:\s+([^)]*)\)"#), { "（可选：\($0[1])）" }),
        (try! Regex(#" ?\(default:\s+([^)]*)\)"#), { "（默认：\($0[1])）" }),
        (try! Regex(#"See '([^']*)' for more information\."#), { "用 '\($0[1])' 查看详细说明。" }),
        (try! Regex(#"Missing expected argument '([^']*)'"#), { "缺少参数 '\($0[1])'" }),
        (try! Regex(#"Missing value for '([^']*)'"#), { "'\($0[1])' 缺少值" }),
        (try! Regex(#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#), { "没有选项 '\($0[1])'。是不是要写 '\($0[2])'？" }),
        (try! Regex(#"Unknown option '([^']*)'"#), { "没有选项 '\($0[1])'" }),
        (try! Regex(#"Unexpected arguments? (.*)"#), { "多出了参数 \($0[1])" }),
        (try! Regex(#"The value '([^']*)' is invalid for '([^']*)'\. ?"#), { "'\($0[2])' 的值 '\($0[1])' 无效。" }),
        (try! Regex(#"The value '([^']*)' is invalid for '([^']*)'"#), { "'\($0[2])' 的值 '\($0[1])' 无效" }),
    ]
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
