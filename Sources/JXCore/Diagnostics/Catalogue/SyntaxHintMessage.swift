/// The parser's hints: what to type instead, in the analyst's words (the errors they follow
/// are `SyntaxMessage`).
public enum SyntaxHintMessage: Sendable, Hashable {
    /// A line of jx to type, as it is written in either language.
    case example(String)
    /// A rule with one clause, named `name`, over several lines.
    case ruleExample(String)
    /// The same block of jx in both languages (spelt as the script writes its keywords).
    case code(String)
    case removeOrOpenBrace
    case notAScript(limit: String)
    case fewLevels
    case namesAreWords
    case nameStartsWithDigit(String)
    case ownLine
    /// The keywords a statement starts with, as the script writes them.
    case statementStarts(String)
    case amountOnce(String)
    /// The fields, as the script writes them.
    case budgetLines(String), sourceFigures(String), indicatorFields(String)
    case unitAfterNumber
    case didYouMeanKeyword(close: String, twin: String)
    case quoteName(String)
    case quoteOrUnspace(String)
    case closeBraceAfterLastLine(SyntaxBlock)
    case closeBraceAfterLastField(String)
    case closeBraceAtEnd
    case addCloseBrace
    case addCloseParen
    case budgetStates, sourceStates
    case lightsAndSeverities
    case splitWithLet
    case nameToFigure
    case ambiguousComma
    case lineEndsEarly
    case chineseComma(plain: String, ascii: String)
    case roundToReport
    case largerUnit
    case oneComparator
    case prorateNo
    case dateForm
    case dateFormExample
    case yearRange
    case monthRange
    case dayFromOne
    case lastDay(String)
    case figureAsReported

    public var text: Bilingual {
        switch self {
        case .example(let s): Bilingual(zh: "照这样写：`\(s)`", en: s)
        case .ruleExample(let n):
            Bilingual(zh: "照这样写：\n规则 \(n) 对 每个 预算 {\n  红 当 执行率 < 时间进度 * 60%\n}",
                      en: "rule \(n) for each budget {\n  red when 执行率 < 时间进度 * 60%\n}")
        case .code(let s): Bilingual(zh: s, en: s)
        case .removeOrOpenBrace:
            Bilingual(zh: "删掉它，或在前面补上和它配对的 `{`", en: "remove it, or add the `{` it should close")
        case .notAScript(let limit):
            Bilingual(zh: "这是 .jx 脚本吗？只列出了前 \(limit) 个错误", en: "is this a .jx script? the first \(limit) errors are listed")
        case .fewLevels:
            Bilingual(zh: "脚本只需要几层；检查是否少了 `}` 或 `)`", en: "a script needs only a few levels; check for a missing `}` or `)`")
        case .namesAreWords:
            Bilingual(zh: "名称由文字、字母和数字组成；其他写法请加引号：\"2021年林业资金\"",
                      en: "names are words of letters and digits; quote other text: \"2021年林业资金\"")
        case .nameStartsWithDigit(let s):
            Bilingual(zh: "名称不能以数字开头：请加引号，如 \"\(s)…\"", en: "a name cannot start with a digit: put it in quotes, like \"\(s)…\"")
        case .ownLine:
            Bilingual(zh: "每条语句单独写一行", en: "put each statement on its own line")
        case .statementStarts(let starts):
            Bilingual(zh: "一行以 \(starts) 或分组名加 `{` 开头", en: "a line starts with \(starts) or a group name followed by `{`")
        case .amountOnce(let n):
            Bilingual(zh: "预算数写在名称后面（budget \(n) 1000万元）或写成一行 `预算数 1000万元`，只写一处",
                      en: "write the amount after the name (budget \(n) 1000万元) or as one line `预算数 1000万元`, not both")
        case .budgetLines(let l): Bilingual(zh: "预算的行有：\(l)", en: "a budget's lines are: \(l)")
        case .sourceFigures(let l): Bilingual(zh: "资金来源的数有：\(l)", en: "a funding source's figures are: \(l)")
        case .indicatorFields(let l): Bilingual(zh: "指标的字段有：\(l)", en: "an indicator's fields are: \(l)")
        case .unitAfterNumber:
            Bilingual(zh: "单位紧跟在数字后面（`15个`），带空格的文字加引号",
                      en: "write a unit right after the number without a space (`15个`), or quote text with spaces")
        case .didYouMeanKeyword(let close, let twin):
            Bilingual(zh: "是不是要写 `\(close)`（\(twin)）？", en: "did you mean `\(close)` (\(twin))?")
        case .quoteName(let n): Bilingual(zh: "写成 \"\(n)\"", en: "write \"\(n)\"")
        case .quoteOrUnspace(let n): Bilingual(zh: "写成 \"\(n)\"，或去掉空格", en: "write \"\(n)\", or remove the space")
        case .closeBraceAfterLastLine(let b):
            Bilingual(zh: "在 \(b.text.zh) 的最后一行之后加上 `}`", en: "add `}` after the last line of \(b.text.en)")
        case .closeBraceAfterLastField(let n):
            Bilingual(zh: "在指标 \(n) 的最后一个字段之后加上 `}`", en: "add `}` after the last field of indicator \(n)")
        case .closeBraceAtEnd: Bilingual(zh: "在它的末尾加上 `}`", en: "add `}` at its end")
        case .addCloseBrace: Bilingual(zh: "加上 `}`", en: "add `}`")
        case .addCloseParen: Bilingual(zh: "加上 `)`", en: "add `)`")
        case .budgetStates:
            Bilingual(zh: "预算能填报的数有：预算数、年初预算数、到位资金、执行数、全年预计执行数、执行率、到位率、预计执行率",
                      en: "a budget states 预算数, 年初预算数, 到位资金, 执行数, 全年预计执行数, 执行率, 到位率 or 预计执行率")
        case .sourceStates:
            Bilingual(zh: "资金来源能填报的数有：预算数、年初预算数、到位资金、执行数、全年预计执行数、执行率、到位率、预计执行率",
                      en: "a funding source states 预算数, 年初预算数, 到位资金, 执行数, 全年预计执行数, 执行率, 到位率 or 预计执行率")
        case .lightsAndSeverities:
            Bilingual(zh: "可以写 红、黄、绿、蓝，或 错误、警告、提示（英文 red、yellow、green、blue、error、warning、info）",
                      en: "use red, yellow, green, blue, error, warning or info")
        case .splitWithLet:
            Bilingual(zh: "用 `设`（`let`）把它拆成几个有名称的部分", en: "split it with `let` into named parts")
        case .nameToFigure:
            Bilingual(zh: "名称写到具体的预算或指标为止，如 年初预算.基本支出.执行率", en: "name a budget or an indicator and its figure, as 年初预算.基本支出.执行率")
        case .ambiguousComma:
            Bilingual(zh: "数字不要用逗号分隔千位；参数之间的逗号后面加一个空格：min(1, 100)",
                      en: "write the number without grouping, or put a space after an argument's comma: min(1, 100)")
        case .lineEndsEarly:
            Bilingual(zh: "这一行结束得太早：把值写上", en: "the line ends too early: write the value")
        case .chineseComma(let plain, let ascii):
            Bilingual(zh: "去掉逗号写成 \(plain)，或用英文逗号写成 \(ascii)", en: "write it without the comma, \(plain), or with an ASCII comma, \(ascii)")
        case .roundToReport:
            Bilingual(zh: "按报告的位数四舍五入后写上", en: "round it to the decimals the report shows")
        case .largerUnit:
            Bilingual(zh: "金额最多到 10^30；换一个更大的单位（万元、亿元）", en: "amounts up to 10^30 are supported; use a larger unit (万元, 亿元)")
        case .oneComparator:
            Bilingual(zh: "只写一种：`≥20公顷` 或 `20公顷以上`", en: "write either `≥20公顷` or `20公顷以上`")
        case .prorateNo:
            Bilingual(zh: "写 `按进度 否`：目标不按时间进度折算（合格率这类比率就是这样）",
                      en: "prorate no: the target is not pro-rated by time (rates like 合格率)")
        case .dateForm: Bilingual(zh: "日期按 年-月-日 写，如 2021-06-30", en: "write the date as YYYY-MM-DD")
        case .dateFormExample: Bilingual(zh: "日期按 年-月-日 写，如 2021-06-30", en: "write the date as YYYY-MM-DD, like 2021-06-30")
        case .yearRange: Bilingual(zh: "年份在 1900 到 2200 之间，如 2021-06-30", en: "years from 1900 to 2200, like 2021-06-30")
        case .monthRange: Bilingual(zh: "月份是 1 到 12：2021-06-30", en: "months are 1 to 12: 2021-06-30")
        case .dayFromOne: Bilingual(zh: "日从 1 开始", en: "days start at 1")
        case .lastDay(let d): Bilingual(zh: "这个月的最后一天是 \(d)", en: "its last day is \(d)")
        case .figureAsReported:
            Bilingual(zh: "照报告里的写法写这个数，如 47% 或 383.74万元", en: "write the figure as the report states it, like 47% or 383.74万元")
        }
    }
}
