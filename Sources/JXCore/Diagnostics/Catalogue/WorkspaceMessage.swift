/// Imports, files and policies: what loading a script says. A reason a file cannot be read
/// comes from the host already in the reader's language (`Workspace.FileError`), and is
/// carried as it is.
public enum WorkspaceMessage: Sendable, Hashable {
    /// Why a file cannot be read: the host's words, or too large a script.
    public enum Reason: Sendable, Hashable {
        case host(String)
        case tooLarge(mib: Int)
        var text: Bilingual {
            switch self {
            case .host(let s): Bilingual(zh: s, en: s)
            case .tooLarge(let m): WorkspaceMessage.fileTooLarge(mib: m).text
            }
        }
    }

    case cannotImport(path: String, reason: String)
    /// A host's own words (its hint why a file was refused), already in the reader's language.
    case hostSays(String)
    case importsItself(String)
    case removeAnImport
    case cannotRead(path: String, reason: Reason)
    case relativePaths
    /// A script past the 2 GiB a file may hold, with its size in MiB.
    case fileTooLarge(mib: Int)
    case noPolicy(String)
    case shippedPolicies([String])
    case onlyScripts(String)
    case onlyScriptsHint
    case noPolicyImported
    case noPolicyImportedHint

    /// What a failing `assert` found besides its own words.
    public enum AssertOutcome: Sendable, Hashable {
        case mismatch(expected: String, found: String)
        case notEvaluated
        /// The condition is a value of this kind, not true or false.
        case notComparison(ValueKind)
    }
    case assertionFailed(scenario: String?, note: String?, outcome: AssertOutcome?)
    case assertionIs(String)
    case updateAssertion
    case seeErrorAbove

    public var text: Bilingual {
        switch self {
        case .cannotImport(let p, let r): Bilingual(zh: "无法导入 \(p)：\(r)", en: "cannot import \(p): \(r)")
        case .hostSays(let s): Bilingual(zh: s, en: s)
        case .importsItself(let p):
            Bilingual(zh: "\(p) 经由它导入的文件又导入了它自己（循环导入）", en: "\(p) imports itself (through its imports)")
        case .removeAnImport: Bilingual(zh: "请删去其中一条 `import`", en: "remove one of the imports")
        case .cannotRead(let p, let r): Bilingual(zh: "无法读取 \(p)：\(r.text.zh)", en: "cannot read \(p): \(r.text.en)")
        case .relativePaths: Bilingual(zh: "路径从写 `import` 的那个文件所在的文件夹算起", en: "paths are relative to the importing file")
        case .fileTooLarge(let m):
            Bilingual(zh: "它有 \(m) MiB；脚本须小于 2 GiB（请拆成几个文件，再用 `import` 导入）",
                      en: "it is \(m) MiB; scripts must be smaller than 2 GiB (split it and import the parts)")
        case .noPolicy(let n): Bilingual(zh: "没有名为「\(n)」的政策", en: "there is no policy named \(n)")
        case .shippedPolicies(let ns):
            Bilingual(zh: "jx 自带的政策有：" + ns.map { "「\($0)」" }.joined(separator: "、"),
                      en: "the shipped policies are: " + ns.joined(separator: ", "))
        case .onlyScripts(let p): Bilingual(zh: "无法导入 \(p)：只能导入 .jx 脚本", en: "cannot import \(p): only .jx scripts can be imported")
        case .onlyScriptsHint:
            Bilingual(zh: "按文件名导入脚本，例如 `import \"水利局.jx\"`；导入自带的政策：`import policy 预警`",
                      en: "import a script by its file name, e.g. import \"水利局.jx\"; a shipped policy: import policy 预警")
        case .noPolicyImported:
            Bilingual(zh: "没有导入预警政策，也没有给出灯的规则：指标和预算不会亮红、黄、绿、蓝灯",
                      en: "no policy is imported and no rule gives lights: the indicators and budgets get no red, yellow, green or blue light")
        case .noPolicyImportedHint:
            Bilingual(zh: "灯由政策给出：在脚本开头写 `import policy 预警`（`jx policy 预警` 可看它的规则），或写自己的 `rule`",
                      en: "lights come from a policy: write `import policy 预警` at the top (`jx policy 预警` prints its rules), or write your own `rule`")
        case .assertionFailed(let sc, let note, let outcome):
            Bilingual(zh: "断言不成立" + (sc.map { "（情景「\($0)」）" } ?? "") + (note.map { "：\($0)" } ?? "")
                          + (outcome.map { (note == nil ? "：" : "；") + $0.text.zh } ?? ""),
                      en: "assertion failed" + (sc.map { " in scenario \($0)" } ?? "") + (note.map { ": \($0)" } ?? "")
                          + (outcome.map { ": " + $0.text.en } ?? ""))
        case .assertionIs(let x): Bilingual(zh: "实为 \(x)", en: "is \(x)")
        case .updateAssertion: Bilingual(zh: "如果新的数字是对的，请相应修改这条断言", en: "if the new figure is right, update the assertion")
        case .seeErrorAbove: Bilingual(zh: "原因见上面的错误", en: "see the error above")
        }
    }
}

extension WorkspaceMessage.AssertOutcome {
    var text: Bilingual {
        switch self {
        case .mismatch(let e, let x): Bilingual(zh: "应为 \(e)，实为 \(x)", en: "expected \(e), found \(x)")
        case .notEvaluated: Bilingual(zh: "条件无法算出", en: "it could not be evaluated")
        case .notComparison(let k): Bilingual(zh: "条件是\(k.text.zh)，不是比较式", en: "it is \(k.text.en), not a comparison")
        }
    }
}
