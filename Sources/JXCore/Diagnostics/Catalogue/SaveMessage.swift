/// `:save` in the REPL, and what it cannot write back into a script.
public indirect enum SaveMessage: Sendable, Hashable {
    case usage
    case isLoadedScript(path: String, command: String)
    case savedScript(changes: Int, path: String)
    case nothingToSave
    case scenarioExists(String, path: String)
    case savedScenario(changes: Int, name: String, path: String, run: String)
    case exists(path: String, command: String)
    case cannotWrite(path: String, reason: String)
    case error(SaveMessage)
    case fileHeader(run: String)
    case cannotWriteInto([SaveMessage])
    case sameText
    case reportHeader
    case aRule
    case aUnit
    case aScenario
    case declaredCounts
    case indicatorElsewhere(String)
    case spendingLine(String)
    case budgetRedeclared(String)
    case budgetField(String, field: BudgetField)
    case newBudgets
    case newIndicatorInGroup(String)

    /// A budget's figure that a change may touch.
    public enum BudgetField: Sendable, Hashable {
        case amount, initial, arrived, executed, expected, weight
        var text: Bilingual {
            switch self {
            case .amount: Bilingual(zh: "预算数", en: "its amount")
            case .initial: Bilingual(zh: "年初预算数", en: "initial")
            case .arrived: Bilingual(zh: "到位数", en: "arrived")
            case .executed: Bilingual(zh: "执行数", en: "executed")
            case .expected: Bilingual(zh: "预计执行数", en: "expected")
            case .weight: Bilingual(zh: "权重", en: "weight")
            }
        }
    }

    public var text: Bilingual {
        switch self {
        case .usage:
            Bilingual(zh: ":save 文件 [情景名]   或   :save --script 文件   （替换已有的文件用 :save!）",
                      en: ":save FILE [NAME]   or   :save --script FILE   (:save! to replace a file that exists)")
        case .isLoadedScript(let p, let c):
            Bilingual(zh: "错误：\(p) 是已载入的脚本；只有写 \(c) 才会覆盖它",
                      en: "error: \(p) is the loaded script; it is not overwritten unless you write \(c)")
        case .savedScript(let n, let p):
            Bilingual(zh: "已把 \(n) 处改动写进脚本，保存为 \(p)", en: "saved the script with \(n) change\(n == 1 ? "" : "s") written in to \(p)")
        case .nothingToSave: Bilingual(zh: "错误：没有可保存的：载入以来没有改动", en: "error: nothing to save: no changes since loading")
        case .scenarioExists(let name, let p):
            Bilingual(zh: "错误：脚本中已有名为 \(name) 的情景；请换一个名称：:save \(p) 情景名",
                      en: "error: the script already has a scenario named \(name); give another name: :save \(p) NAME")
        case .savedScenario(let n, let name, let p, let run):
            Bilingual(zh: "已把 \(n) 处改动保存为情景 \(name)，写入 \(p)\n  运行它：\(run)",
                      en: "saved \(n) change\(n == 1 ? "" : "s") as scenario \(name) in \(p)\n  run it: \(run)")
        case .exists(let p, let c): Bilingual(zh: "错误：\(p) 已存在；要替换它：\(c)", en: "error: \(p) exists; to replace it: \(c)")
        case .cannotWrite(let p, let r): Bilingual(zh: "错误：无法写入 \(p)：\(r)", en: "error: cannot write \(p): \(r)")
        case .error(let m): Bilingual(zh: "错误：" + m.text.zh, en: "error: " + m.text.en)
        case .fileHeader(let run):
            Bilingual(zh: "# 在 jx repl 中所做的改动，保存为情景：\(run)", en: "# Changes made in jx repl, as a scenario: \(run)")
        case .cannotWriteInto(let items):
            Bilingual(zh: "这些改动无法写回脚本：\(items.map(\.text.zh).joined(separator: "、"))；请改为保存成情景：:save 文件",
                      en: "these changes cannot be written into the script: \(items.map(\.text.en).joined(separator: ", ")); save them as a scenario instead: :save FILE")
        case .sameText:
            Bilingual(zh: "有两处改动落在脚本的同一段文字上；请改为保存成情景：:save 文件",
                      en: "two changes touch the same text; save them as a scenario instead: :save FILE")
        case .reportHeader: Bilingual(zh: "报告抬头", en: "the report header")
        case .aRule: Bilingual(zh: "规则", en: "a rule")
        case .aUnit: Bilingual(zh: "单位", en: "a unit")
        case .aScenario: Bilingual(zh: "情景", en: "a scenario")
        case .declaredCounts: Bilingual(zh: "申报的指标个数", en: "the declared counts")
        case .indicatorElsewhere(let n): Bilingual(zh: "指标 \(n)（在另一个文件中声明）", en: "indicator \(n) (declared in another file)")
        case .spendingLine(let n): Bilingual(zh: "支出明细 \(n)", en: "spending line \(n)")
        case .budgetRedeclared(let n): Bilingual(zh: "预算 \(n)（重新声明过）", en: "budget \(n) (declared again)")
        case .budgetField(let n, let f):
            Bilingual(zh: "预算 \(n) 的\(f.text.zh)（脚本里没有写这一项）", en: "budget \(n): \(f.text.en) (not written in the script)")
        case .newBudgets: Bilingual(zh: "新增的预算", en: "new budgets")
        case .newIndicatorInGroup(let n): Bilingual(zh: "新增指标 \(n)（它所在的分组在脚本中还没有指标，可手工写进该分组）", en: "new indicator \(n) (its group has no indicator in the script to place it beside; write it into the group by hand)")
        }
    }
}
