/// The command line: what its commands print besides diagnostics and reports. `--help` is
/// `CommandHelpMessage`; why a file cannot be read or written is `FileMessage`.
public enum CommandLineMessage: Sendable, Hashable {
    case doesNotExist(String)
    case cannotRead(path: String, reason: String)
    case hint(String)
    case cannotWrite(path: String, reason: String, replaceWith: String?)
    case noScenario(file: String, name: String, has: [String])
    case toFileOnly(format: String)
    case moreDiagnostics(hidden: Int, shown: Int)
    case counts(errors: Int, warnings: Int)
    case stdinWithFiles
    case notFormatted(String)
    case formattedLabel(String)
    case formatted(String)
    case wouldReformat(Int, of: Int)
    case importNoTable
    case importOverTable
    case importCannotWrite(path: String, reason: String, exists: Bool)
    case importWrote(script: String, table: String)
    case error(String)
    case cannotParse(String)
    case noPolicy(String, policies: [String])
    case fontPart(String, parts: [String], english: [String])
    case fontFormats
    case bomWith(format: String)
    case bomWithJSON
    case tableFormats([String])
    case noImportFolder(String)
    case replBanner(version: String)
    case help(CommandHelpMessage)
    case file(FileMessage)

    public var text: Bilingual {
        switch self {
        case .doesNotExist(let p): Bilingual(zh: "错误：\(p) 不存在", en: "error: \(p) does not exist")
        case .cannotRead(let p, let r): Bilingual(zh: "错误：无法读取 \(p)：\(r)", en: "error: cannot read \(p): \(r)")
        case .hint(let h): Bilingual(zh: "  = 提示：\(h)", en: "  = hint: \(h)")
        case .cannotWrite(let p, let r, let flag):
            Bilingual(zh: "错误：无法写入 \(p)：\(r)" + (flag.map { "；要替换它，请加 \($0)" } ?? ""),
                      en: "error: cannot write \(p): \(r)" + (flag.map { "; to replace it, add \($0)" } ?? ""))
        case .noScenario(let f, let n, let has):
            Bilingual(zh: "错误：\(f) 中没有名为 \(n) 的情景" + (has.isEmpty ? "" : "；它有：\(has.joined(separator: "、"))"),
                      en: "error: \(f) has no scenario named \(n)" + (has.isEmpty ? "" : "; it has: \(has.joined(separator: ", "))"))
        case .toFileOnly(let f):
            Bilingual(zh: "错误：\(f) 报告只能写入文件：请加 -o 报告.\(f)", en: "error: a \(f) report is written to a file: add -o 报告.\(f)")
        case .moreDiagnostics(let h, let s):
            Bilingual(zh: "注意：另有 \(h) 条诊断没有显示（只显示前 \(s) 条）",
                      en: "note: \(h) more diagnostic\(h == 1 ? "" : "s") not shown (the first \(s) are)")
        case .counts(let e, let w):
            Bilingual(zh: "错误 \(e) 个，警告 \(w) 个", en: "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")")
        case .stdinWithFiles:
            Bilingual(zh: "错误：`-`（标准输入）不能和文件一起使用", en: "error: `-` (standard input) cannot be mixed with files")
        case .notFormatted(let p): Bilingual(zh: "\(p)：没有排版（错误见上方）", en: "\(p): not formatted (its errors are above)")
        case .formattedLabel(let p): Bilingual(zh: "\(p)（排版后）", en: "\(p) (formatted)")
        case .formatted(let p): Bilingual(zh: "已排版 \(p)", en: "formatted \(p)")
        case .wouldReformat(let n, let m):
            Bilingual(zh: "\(m) 个文件中有 \(n) 个需要重新排版", en: "\(n) of \(m) file\(m == 1 ? "" : "s") would be reformatted")
        case .importNoTable:
            Bilingual(zh: "请写出要导入的表格：jx import 表格.xlsx -o 脚本.jx", en: "name the table to import: jx import TABLE.xlsx -o SCRIPT.jx")
        case .importOverTable:
            Bilingual(zh: "输出会覆盖表格本身：请用 -o 另写一个文件名", en: "the output would replace the table itself: name another file with -o")
        case .importCannotWrite(let p, let r, let exists):
            Bilingual(zh: "错误：无法写入 \(p)：\(r)" + (exists ? "；加 --force 可替换它" : "") + "（没有写出脚本）",
                      en: "error: cannot write \(p): \(r)" + (exists ? "; add --force to replace it" : "") + " (no script written)")
        case .importWrote(let s, let t): Bilingual(zh: "已从 \(t) 生成 \(s)", en: "wrote \(s) from \(t)")
        case .cannotParse(let line): Bilingual(zh: "无法解析这一行：\(line)", en: "cannot parse \(line)")
        case .error(let m): Bilingual(zh: "错误：\(m)", en: "error: \(m)")
        case .noPolicy(let n, let ps):
            Bilingual(zh: "错误：没有名为 \(n) 的政策；可用的政策有：\(ps.joined(separator: "、"))",
                      en: "error: there is no policy named \(n); the policies are: \(ps.joined(separator: ", "))")
        case .fontPart(let f, let parts, let english):
            Bilingual(zh: "--font \(f)：请写成 部位=字体，部位是 \(parts.joined(separator: " ")) 之一（或 \(english.joined(separator: " "))），例如 --font 正文=宋体",
                      en: "--font \(f): write PART=FONT, the part one of \(parts.joined(separator: " ")) (or \(english.joined(separator: " "))), e.g. --font 正文=宋体")
        case .fontFormats: Bilingual(zh: "--font 只用于 --format docx 和 pdf", en: "--font applies to --format docx and pdf")
        case .bomWith(let f): Bilingual(zh: "--bom 不能和 --format \(f) 一起用", en: "--bom cannot be used with --format \(f)")
        case .bomWithJSON:
            Bilingual(zh: "--bom 不能和 --format json 一起用：JSON 不能以字节顺序标记开头",
                      en: "--bom cannot be used with --format json: JSON must not start with a byte order mark")
        case .tableFormats(let fs):
            Bilingual(zh: "--table 只用于 --format " + CommandLineMessage.spoken(fs, "和"),
                      en: "--table applies to --format " + CommandLineMessage.spoken(fs, "and", comma: ", "))
        case .noImportFolder(let p):
            Bilingual(zh: "--import-path \(p)：没有这个文件夹", en: "--import-path \(p): there is no folder of that name")
        case .replBanner(let v): Bilingual(zh: "jx \(v)：输入 :help 查看帮助，Ctrl-D 退出", en: "jx \(v): :help for help, Ctrl-D to quit")
        case .help(let m): m.text
        case .file(let m): m.text
        }
    }

    public func text(_ language: Language) -> String { text.text(language) }

    /// `a, b and c` / `a、b 和 c`.
    static func spoken(_ names: [String], _ last: String, comma: String = "、") -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: comma) + " \(last) " + names[names.count - 1]
    }
}
