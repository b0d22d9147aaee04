/// `jx test` and its output: what each case checks, why it failed, and the words of the
/// text output around them. The closing `N passed, N failed` is not here: CI reads it, so
/// it is the same in every language.
public enum ScriptTestMessage: Sendable, Hashable {
    case scriptReadable
    case cannotRead(path: String, reason: String, hint: String?)
    case scenarioApplies
    case scenarioCannotApply(String)
    case noErrors
    case errorsInScript(Int)
    case writeExpected(String)
    case cannotWrite(path: String, reason: String)
    case reportMatches(String)
    case reportDiffers(String)
    case now(String)
    case passedMark
    case failedMark
    case assertionCount(Int, expectedReport: Bool)
    case counts(passed: Int, failed: Int)
    case wrote(String)
    case assertionFailed(scenario: String?, note: String?)
    case expected
    case actual
    case failed
    case updateHint(String)
    case nothingMatches(scripts: Int, filter: String)

    public var text: Bilingual {
        switch self {
        case .scriptReadable: Bilingual(zh: "脚本可以读取", en: "the script can be read")
        case .cannotRead(let p, let r, let h):
            Bilingual(zh: "无法读取 \(p)：\(r)" + (h.map { "（\($0)）" } ?? ""), en: "cannot read \(p): \(r)" + (h.map { " (\($0))" } ?? ""))
        case .scenarioApplies: Bilingual(zh: "情景可以应用", en: "the scenario applies")
        case .scenarioCannotApply(let n): Bilingual(zh: "情景 \(n) 无法应用", en: "scenario \(n) cannot be applied")
        case .noErrors: Bilingual(zh: "脚本没有错误", en: "the script has no errors")
        case .errorsInScript(let n): Bilingual(zh: "脚本中有 \(n) 个错误", en: "\(n) error\(n == 1 ? "" : "s") in the script")
        case .writeExpected(let f): Bilingual(zh: "写入 \(f)", en: "write \(f)")
        case .cannotWrite(let f, let r): Bilingual(zh: "无法写入 \(f)：\(r)", en: "cannot write \(f): \(r)")
        case .reportMatches(let f): Bilingual(zh: "报告与 \(f) 一致", en: "the report matches \(f)")
        case .reportDiffers(let f): Bilingual(zh: "报告与 \(f) 不一致", en: "the report differs from \(f)")
        case .now(let p): Bilingual(zh: "\(p)（现在）", en: "\(p) now")
        // Both four columns wide, so that the paths line up.
        case .passedMark: Bilingual(zh: "通过", en: "ok  ")
        case .failedMark: Bilingual(zh: "失败", en: "FAIL")
        case .assertionCount(let n, let golden):
            Bilingual(zh: "断言 \(n) 条" + (golden ? "，预期报告" : ""), en: "\(n) assertion\(n == 1 ? "" : "s")" + (golden ? ", expected report" : ""))
        case .counts(let p, let f): Bilingual(zh: "通过 \(p)，失败 \(f)", en: "\(p) passed, \(f) failed")
        case .wrote(let f): Bilingual(zh: "已写入 \(f)", en: "wrote \(f)")
        case .assertionFailed(let sc, let note):
            Bilingual(zh: "断言不成立" + (sc.map { "（情景 \($0)）" } ?? "") + (note.map { "：\($0)" } ?? ""),
                      en: "assertion failed" + (sc.map { " in scenario \($0)" } ?? "") + (note.map { ": \($0)" } ?? ""))
        // The same width in each language: the two values line up.
        case .expected: Bilingual(zh: "应为 ", en: "expected ")
        case .actual: Bilingual(zh: "实为 ", en: "  actual ")
        case .failed: Bilingual(zh: "未通过", en: "failed")
        case .updateHint(let f):
            Bilingual(zh: "（如果这个变化是对的：jx test --update \(f)）", en: " (if the change is right: jx test --update \(f))")
        case .nothingMatches(let n, let f):
            Bilingual(zh: "注意：\(n) 个脚本中没有与 --filter \(f) 相符的内容",
                      en: "note: nothing in \(n) script\(n == 1 ? "" : "s") matches --filter \(f)")
        }
    }

    public func text(_ language: Language) -> String { text.text(language) }
}
