/// The REPL's replies and its `:help`. The lines of what moved keep the script's own field
/// names (完成率、执行率); these are the words around them.
public enum SessionMessage: Sendable, Hashable {
    case help(formats: [String])
    case unfinishedDropped(command: String)
    case importInLiveModel
    case importInLiveModelHint
    case applied
    case changeKept
    case nothingMoved
    case noValue
    case holds(actual: String?)
    case nothingToUndo
    case undone(String)
    case nothingToRedo
    case redone(String)
    case noChangesSinceLoading
    case reset(count: Int)
    case usage(String)
    case scenarioUsage
    case compareUsage
    case scenarioList([String])
    case unknownCommand(String, suggestion: String?)
    case cannotRead(path: String, reason: String)
    case hintLine(String)
    case previousDropped(count: Int)
    case loaded(path: String, budgets: Int, indicators: Int, scenarios: [String], errors: Int, warnings: Int)
    case noScriptLoaded
    case cannotReadUnchanged(path: String, reason: String)
    case appliedAgain(done: Int, of: Int)
    case noScenarioNamed(String, suggestion: String?, scenarios: [String])
    case scenarioApplied(String, changes: Int)
    case assertions(hold: Int, fail: Int)
    case moved(MovedMessage)
    case solve(SolveMessage)
    case save(SaveMessage)
    case report(ReplReportMessage)
    case compare(CompareMessage)

    public var text: Bilingual {
        switch self {
        case .help(let formats): SessionMessage.helpText(formats: formats)
        case .unfinishedDropped(let c):
            Bilingual(zh: "（\(c) 之前没写完的输入已丢弃）", en: "(the unfinished input before \(c) was dropped)")
        case .importInLiveModel:
            Bilingual(zh: "会话中的模型不能再加 import", en: "an import cannot be added to a live model")
        case .importInLiveModelHint:
            Bilingual(zh: "把 import 写进脚本后用 :reload 重新载入，或用 :load 载入另一个文件",
                      en: "add it to the script and :reload, or :load another file")
        case .applied: Bilingual(zh: "已生效", en: "ok")
        case .changeKept: Bilingual(zh: "（改动已生效；用 :undo 可以撤回）", en: "(the change is applied; :undo takes it back)")
        case .nothingMoved: Bilingual(zh: "没有数值变化", en: "nothing moved")
        case .noValue:
            Bilingual(zh: "算不出值：它用到的数据尚未填报或有错误", en: "no value: it depends on something pending or in error")
        case .holds(let a):
            Bilingual(zh: "成立" + (a.map { "（\($0)）" } ?? ""), en: "holds" + (a.map { " (\($0))" } ?? ""))
        case .nothingToUndo: Bilingual(zh: "没有可以撤销的改动", en: "nothing to undo")
        case .undone(let l): Bilingual(zh: "已撤销：\(l)", en: "undone: \(l)")
        case .nothingToRedo: Bilingual(zh: "没有可以重做的改动", en: "nothing to redo")
        case .redone(let l): Bilingual(zh: "已重做：\(l)", en: "redone: \(l)")
        case .noChangesSinceLoading: Bilingual(zh: "载入以来没有改动", en: "no changes since loading")
        case .reset(let n):
            Bilingual(zh: "已回到载入时的脚本：撤销了 \(n) 处改动", en: "reset: \(n) change\(n == 1 ? "" : "s") undone")
        case .usage(let u): Bilingual(zh: "用法：\(u)", en: "usage: \(u)")
        case .scenarioUsage: Bilingual(zh: ":scenario 情景名", en: ":scenario NAME")
        case .compareUsage:
            Bilingual(zh: ":compare A B   （A、B 是情景名；`base` 是载入时的脚本，`current` 是当前会话）",
                      en: ":compare A B   (scenario names, `base` for the script as loaded, `current` for this session)")
        case .scenarioList(let names):
            names.isEmpty ? Bilingual(zh: "", en: "")
                : Bilingual(zh: "\n脚本中的情景：" + names.joined(separator: "、"), en: "\nscenarios of the script: " + names.joined(separator: ", "))
        case .unknownCommand(let name, let s):
            Bilingual(zh: "错误：没有 :\(name) 这个命令" + (s.map { "；是不是要写 \($0)？" } ?? "；:help 列出全部命令"),
                      en: "error: unknown command :\(name)" + (s.map { "; did you mean \($0)?" } ?? "; :help lists them"))
        case .cannotRead(let p, let r): Bilingual(zh: "错误：无法读取 \(p)：\(r)", en: "error: cannot read \(p): \(r)")
        case .hintLine(let h): Bilingual(zh: "  = 提示：\(h)", en: "  = hint: \(h)")
        case .previousDropped(let n):
            Bilingual(zh: "（上一个脚本的 \(n) 处改动已丢弃；载入前用 :diff 可以看到它们）",
                      en: "(\(n) change\(n == 1 ? "" : "s") of the previous script dropped; :diff before :load shows them)")
        case .loaded(let p, let b, let i, let sc, let e, let w):
            Bilingual(zh: "已载入 \(p)：预算 \(b) 项，指标 \(i) 个" + (sc.isEmpty ? "" : "，情景：" + sc.joined(separator: "、"))
                          + "；错误 \(e) 个，警告 \(w) 个",
                      en: "loaded \(p): \(b) budgets, \(i) indicators" + (sc.isEmpty ? "" : ", scenarios: " + sc.joined(separator: ", "))
                          + "; \(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")")
        case .noScriptLoaded: Bilingual(zh: "错误：还没有载入脚本；请用 :load 文件", en: "error: no script is loaded; :load FILE")
        case .cannotReadUnchanged(let p, let r):
            Bilingual(zh: "错误：无法读取 \(p)：\(r)；会话保持不变", en: "error: cannot read \(p): \(r); the session is unchanged")
        case .appliedAgain(let d, let n):
            Bilingual(zh: "\(n) 处改动中有 \(d) 处已重新应用", en: "\(d) of \(n) change\(n == 1 ? "" : "s") applied again")
        case .noScenarioNamed(let name, let s, let names):
            Bilingual(zh: "错误：没有名为 \(name) 的情景" + (s.map { "；是不是要写 \($0)？" } ?? SessionMessage.scenarioList(names).text.zh),
                      en: "error: there is no scenario named \(name)" + (s.map { "; did you mean \($0)?" } ?? SessionMessage.scenarioList(names).text.en))
        case .scenarioApplied(let name, let n):
            Bilingual(zh: "情景 \(name)：改动 \(n) 处", en: "scenario \(name): \(n) change\(n == 1 ? "" : "s")")
        case .assertions(let h, let f): Bilingual(zh: "断言：成立 \(h) 条，不成立 \(f) 条", en: "assertions: \(h) hold, \(f) fail")
        case .moved(let m): m.text
        case .solve(let m): m.text
        case .save(let m): m.text
        case .report(let m): m.text
        case .compare(let m): m.text
        }
    }

    public func text(_ language: Language) -> String { text.text(language) }
}

/// The words around what moved: a thing added or removed, and the lines left out.
public enum MovedMessage: Sendable, Hashable {
    case new(String)
    case removed
    case more(Int)
    case budgetNumber(Int)
    case indicatorNumber(Int)

    public var text: Bilingual {
        switch self {
        case .new(let s): Bilingual(zh: "新增：\(s)", en: "new: \(s)")
        case .removed: Bilingual(zh: "已删除", en: "removed")
        case .more(let n): Bilingual(zh: "……另有 \(n) 行（:report 显示全部）", en: "… and \(n) more (:report shows everything)")
        case .budgetNumber(let b): Bilingual(zh: "第 \(b) 项预算", en: "budget #\(b)")
        case .indicatorNumber(let i): Bilingual(zh: "第 \(i) 个指标", en: "indicator #\(i)")
        }
    }
}

/// `:report` in the REPL.
public enum ReplReportMessage: Sendable, Hashable {
    case usage(formats: [String])
    case unknownFormat(String, formats: [String])
    case toFileOnly(String)
    case wrote(format: String, path: String)

    public var text: Bilingual {
        switch self {
        case .usage(let f): Bilingual(zh: ":report [\(f.joined(separator: "|"))] [文件]", en: ":report [\(f.joined(separator: "|"))] [FILE]")
        case .unknownFormat(let n, let f):
            Bilingual(zh: "错误：没有 \(n) 这种报告格式；可用的格式有 \(f.joined(separator: "、"))",
                      en: "error: unknown report format \(n); the formats are \(f.joined(separator: ", "))")
        case .toFileOnly(let n):
            Bilingual(zh: "错误：\(n) 报告只能写入文件：:report \(n) 报告.\(n)", en: "error: a \(n) report is written to a file: :report \(n) 报告.\(n)")
        case .wrote(let f, let p): Bilingual(zh: "已把 \(f) 报告写入 \(p)", en: "wrote the \(f) report to \(p)")
        }
    }
}

/// `:compare A B`.
public enum CompareMessage: Sendable, Hashable {
    case noScenario(String)
    case compareOneOf(scenarios: [String])
    case rowsDiffer(Int, of: Int, onlyThose: Bool)

    public var text: Bilingual {
        switch self {
        case .noScenario(let n): Bilingual(zh: "没有名为 \(n) 的情景", en: "there is no scenario named \(n)")
        case .compareOneOf(let names):
            Bilingual(zh: "可以对比 base、current" + (names.isEmpty ? "" : " 或这些情景：" + names.joined(separator: "、")),
                      en: "compare base, current or one of: " + (["base", "current"] + names).joined(separator: ", "))
        case .rowsDiffer(let d, let n, let only):
            Bilingual(zh: "共 \(n) 行，其中 \(d) 行不同" + (only ? "（只列出这些行）" : "（标 *）"),
                      en: "\(d) of \(n) rows differ " + (only ? "(only those are shown)" : "(*)"))
        }
    }
}
