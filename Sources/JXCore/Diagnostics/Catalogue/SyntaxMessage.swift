/// The parser's errors, labels and notes: what was expected, what was found (the hints, what
/// to type instead, are `SyntaxHintMessage`).
public enum SyntaxMessage: Sendable, Hashable {
    case expected(SyntaxWanted, found: SyntaxFound)
    case unexpectedAfterStatement(SyntaxFound)
    case unexpectedAfterGoal(SyntaxFound)
    case statementNotExpression
    case strayCloseBrace
    /// How many more errors were dropped, already counted.
    case moreErrors(String)
    case nestingTooDeep(String)
    case tooManyOperands(String)
    case tooManyParts(String)
    case sayWhichStatedTotal, sayWhichStatedBudgetFigure
    case projectNeedsBrace(String)
    case unknownKeyword(String)
    case budgetLineOutside(word: String, budget: String)
    case namePunctuated(name: String, mark: String)
    case nameSpaced(String)
    case amountTwice(String)
    case levelWord(String)
    case countsMissing
    case ruleSubject(String)
    case notALevel(String)
    case ambiguousComma(String)
    case chineseComma(String)
    case tooManyDecimals(number: String, decimals: String, maxDigits: String)
    case numberTooLarge(String)
    case twoComparators
    case prorateYesNo(String)
    case invalidDate
    case yearOutOfRange(date: String, year: String)
    case noSuchMonth(date: String, month: String)
    /// `2021-02-30`: the month (with its year, when written) in each language, and how many days it has.
    case noSuchDay(date: String, monthZh: String, monthEn: String, days: String)
    case blockNotClosed(SyntaxBlock)
    case blockLeftOpenBefore(SyntaxBlock)
    case blockIndentEnds(SyntaxBlock)
    case reportHeaderNotClosed
    case ruleNotClosed(String)
    case indicatorFieldsNotClosed(String)
    case indicatorFieldsLeftOpen(String)
    // Labels and notes.
    case openedHere
    case closeBraceBeforeThisLine
    case blockOpenedHere(SyntaxBlock)
    case fieldsOpenHere

    public var text: Bilingual {
        switch self {
        case .expected(let w, let f):
            Bilingual(zh: "这里要\(w.text.zh)，\(f.instead)", en: "expected \(w.text.en), found \(f.text.en)")
        case .unexpectedAfterStatement(let f):
            Bilingual(zh: "这条语句已经结束，后面却还有 \(f.text.zh)", en: "unexpected \(f.text.en) after the end of the statement")
        case .unexpectedAfterGoal(let f):
            Bilingual(zh: "目标的数值后面多了 \(f.text.zh)", en: "unexpected \(f.text.en) after the goal")
        case .statementNotExpression:
            Bilingual(zh: "这里要一条语句，却是一个表达式", en: "expected a statement, found an expression")
        case .strayCloseBrace:
            Bilingual(zh: "这个 `}` 前面没有和它配对的 `{`", en: "this `}` closes nothing")
        case .moreErrors(let n):
            Bilingual(zh: "文件这一部分还有 \(n) 个错误没有列出", en: "\(n) more errors in this part of the file are not listed")
        case .nestingTooDeep(let n):
            Bilingual(zh: "嵌套超过 \(n) 层", en: "nesting is deeper than \(n) levels")
        case .tooManyOperands(let n):
            Bilingual(zh: "一个算式里的数和名称超过了 \(n) 个", en: "an expression with more than \(n) operands")
        case .tooManyParts(let n):
            Bilingual(zh: "名称的层级太多（超过 \(n) 层 `.`）", en: "a name with more than \(n) parts joined by `.`")
        case .sayWhichStatedTotal:
            Bilingual(zh: "请写明填报的是哪个数，如 `填报 总分 92.5` 或 `填报 得分 45`",
                      en: "say which figure is stated, e.g. `stated 总分 92.5` or `stated 得分 45`")
        case .sayWhichStatedBudgetFigure:
            Bilingual(zh: "请写明填报的是哪个数，如 `填报 执行率 26%`", en: "say which figure is stated, e.g. `stated 执行率 26%`")
        case .projectNeedsBrace(let n):
            Bilingual(zh: "项目 \(n) 后面要写 `{`，项目的内容写在花括号里", en: "expected `{` to open the project \(n)")
        case .unknownKeyword(let w):
            Bilingual(zh: "不认识 `\(w)`：一行要以关键字开头", en: "`\(w)` is not a keyword a line can start with")
        case .budgetLineOutside(let w, let budget):
            Bilingual(zh: "`\(w)` 是预算里的一行，要写在 `\(budget) 名称 金额 { … }` 里面",
                      en: "`\(w)` is a line of a budget: it goes inside `\(budget) NAME AMOUNT { … }`")
        case .namePunctuated(let n, let mark):
            Bilingual(zh: "名称 \(n) 里有「\(mark)」：这样的名称要加引号", en: "the name \(n) has `\(mark)` in it: put the name in quotes")
        case .nameSpaced(let n):
            Bilingual(zh: "名称 \(n) 里有空格：这样的名称要加引号", en: "the name \(n) has a space in it: put the name in quotes")
        case .amountTwice(let n):
            Bilingual(zh: "预算 \(n) 的预算数写了两次", en: "the amount of budget \(n) is given twice")
        case .levelWord(let w):
            Bilingual(zh: "这里要写一级、二级或三级，却是 `\(w)`", en: "expected 一级, 二级 or 三级, found `\(w)`")
        case .countsMissing:
            Bilingual(zh: "这里要报告声明的各级指标个数", en: "expected the counts the report declares")
        case .ruleSubject(let w):
            Bilingual(zh: "规则只能对每个预算或每个指标，不能对 `\(w)`", en: "a rule applies to each budget or each indicator, not `\(w)`")
        case .notALevel(let w):
            Bilingual(zh: "`\(w)` 不是灯色，也不是级别", en: "`\(w)` is not a light or a severity")
        case .ambiguousComma(let n):
            Bilingual(zh: "`\(n)` 里的逗号既可能分隔参数，也可能是千位分隔", en: "the comma in `\(n)` could separate arguments or group thousands")
        case .chineseComma(let n):
            Bilingual(zh: "数字 \(n) 里有中文逗号 `，`", en: "a Chinese comma `，` inside the number \(n)")
        case .tooManyDecimals(let n, let decimals, let max):
            Bilingual(zh: "数字 \(n) 的小数位太多（\(decimals) 位）：一个数最多 \(max) 位，小数也算在内",
                      en: "the number \(n) has too many decimals (\(decimals)): a number has at most \(max) digits, decimals included")
        case .numberTooLarge(let n):
            Bilingual(zh: "数字 \(n) 太大", en: "the number \(n) is too large")
        case .twoComparators:
            Bilingual(zh: "目标值写了两个比较符号", en: "the target has two comparators")
        case .prorateYesNo(let w):
            Bilingual(zh: "按进度 只能写 是 或 否，却是 `\(w)`", en: "prorate takes yes or no, found `\(w)`")
        case .invalidDate:
            Bilingual(zh: "这不是一个有效的日期", en: "this is not a valid date")
        case .yearOutOfRange(let date, let y):
            Bilingual(zh: "\(date) 的年份 \(y) 超出了能读的范围", en: "\(date) is not a date jx reads: the year \(y) is out of range")
        case .noSuchMonth(let date, let m):
            Bilingual(zh: "\(date) 不是日期：没有 \(m) 月", en: "\(date) is not a date: there is no month \(m)")
        case .noSuchDay(let date, let zh, let en, let days):
            Bilingual(zh: "\(date) 不是日期：\(zh)只有 \(days) 天", en: "\(date) is not a date: \(en) has \(days) days")
        case .blockNotClosed(let b):
            Bilingual(zh: "\(b.text.zh) 的块没有用 `}` 关上", en: "the block of \(b.text.en) is not closed")
        case .blockLeftOpenBefore(let b):
            Bilingual(zh: "\(b.text.zh) 的块没有用 `}` 关上：这一行已是下一条语句",
                      en: "the block of \(b.text.en) is not closed: this line is the next statement")
        case .blockIndentEnds(let b):
            Bilingual(zh: "\(b.text.zh) 的块没有用 `}` 关上：缩进到这一行就结束了",
                      en: "the block of \(b.text.en) is not closed: its indentation ends at this line")
        case .reportHeaderNotClosed:
            Bilingual(zh: "报告头的块没有用 `}` 关上", en: "the report block is not closed")
        case .ruleNotClosed(let n):
            Bilingual(zh: "规则 \(n) 没有用 `}` 关上", en: "the rule \(n) is not closed")
        case .indicatorFieldsNotClosed(let n):
            Bilingual(zh: "指标 \(n) 的字段没有用 `}` 关上", en: "the fields of indicator \(n) are not closed")
        case .indicatorFieldsLeftOpen(let n):
            Bilingual(zh: "指标 \(n) 的字段没有用 `}` 关上：这一行已是下一条语句",
                      en: "the fields of indicator \(n) are not closed: this line is the next statement")
        case .openedHere:
            Bilingual(zh: "从这里开始", en: "opened here")
        case .closeBraceBeforeThisLine:
            Bilingual(zh: "在这一行之前加上 `}`", en: "add `}` before this line")
        case .blockOpenedHere(let b):
            Bilingual(zh: "\(b.text.zh) 的块从这里开始", en: "the block of \(b.text.en) opened here")
        case .fieldsOpenHere:
            Bilingual(zh: "字段从这里开始", en: "its fields open here")
        }
    }
}
