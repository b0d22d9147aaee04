/// `--help` of every command: what the command does, more about it, and each argument and
/// option. The headings the argument parser prints itself (USAGE, OPTIONS…) are put into
/// Chinese where the help is printed (`HelpText` in the command line).
public enum CommandHelpMessage: Sendable, Hashable {
    case jxAbstract, jxDiscussion
    case checkAbstract, checkDiscussion(limit: Int), checkFiles, checkStrict, checkQuiet, checkFormat
    case reportAbstract, reportFormats, reportExamples, reportFormat, reportOutput, reportForce, reportDecimals, reportTable, reportFont, reportBom
    case formatSummary(String)
    case formatNotes(String)
    case importAbstract, importDiscussion, importTable, importOutput, importForce, importMap, importPrintMap
    case evalAbstract, evalExpression
    case testAbstract, testDiscussion, testPaths, testFilter, testJUnit, testForce, testTAP, testUpdate, testVerbose, testJobs
    case replAbstract, replDiscussion, replFile, replTiming
    case fmtAbstract, fmtDiscussion, fmtFiles, fmtCheck, fmtDiff
    case policyAbstract, policyName
    case lspAbstract, lspDiscussion, lspStdio
    case script, scenario, importPath

    public var text: Bilingual {
        switch self {
        case .jxAbstract:
            Bilingual(zh: "预算绩效监控脚本：精确计算执行率、完成率、预警灯、得分，并生成报告。",
                      en: "Budget performance monitoring (预算绩效监控) scripts: exact rates, lights, scores and reports.")
        case .jxDiscussion:
            Bilingual(zh: "消息默认为中文；在命令行任意位置加 --lang en（或设置 JX_LANG=en）即改为英文。\nFor English: --lang en anywhere on the command line, or JX_LANG=en.",
                      en: "Messages are in Chinese by default; --lang en anywhere on the command line (or JX_LANG=en) switches to English.\n消息默认为中文（--lang zh）。")
        case .checkAbstract:
            Bilingual(zh: "解析并计算脚本，运行其中的规则和断言，列出发现的每个问题。",
                      en: "Parse and evaluate scripts, run their rules and assertions, and report every problem.")
        case .checkDiscussion(let n):
            Bilingual(zh: "多个文件并行检查，每个核一个；输出按文件给出的顺序排列。每个文件最多显示 \(n) 条诊断（末行的统计仍计入全部）。",
                      en: "Files are checked in parallel, one per core; what each prints comes in the order the files were named. "
                          + "A file shows at most \(n) diagnostics (the summary line still counts them all).")
        case .checkFiles: Bilingual(zh: "要检查的 .jx 脚本。", en: "The .jx scripts to check.")
        case .checkStrict: Bilingual(zh: "把警告当作错误（有警告即以 1 退出）。", en: "Treat warnings as errors (exit 1 if there are any).")
        case .checkQuiet: Bilingual(zh: "不显示提示信息（info）。", en: "Hide info notes.")
        case .checkFormat:
            Bilingual(zh: "text（诊断输出到标准错误）或 json（发现的问题输出到标准输出，格式与 JSON 报告相同）。",
                      en: "text (diagnostics on standard error) or json (the findings on standard output, as in the JSON report).")
        case .reportAbstract: Bilingual(zh: "生成脚本的监控报告。", en: "Render the monitoring report of a script.")
        case .reportFormats: Bilingual(zh: "格式：", en: "Formats:")
        case .reportExamples: Bilingual(zh: "示例：", en: "Examples:")
        case .reportFormat: Bilingual(zh: "报告格式（见上面的“格式”）。", en: "The format (see Formats above).")
        case .reportOutput:
            Bilingual(zh: "写入这个文件（原子写入），不输出到标准输出；文件已存在时需要加 --force。",
                      en: "Write to this file (atomically) instead of standard output; a file that exists needs --force.")
        case .reportForce:
            Bilingual(zh: "-o 的文件已存在时替换它（脚本本身和它 import 的文件永远不会被替换）。",
                      en: "Replace the -o file if it exists (never the script or one it imports).")
        case .reportDecimals: Bilingual(zh: "zh 报告正文中比率保留的小数位数（示例脚本用 0）。", en: "Decimals of rates in the zh text (the seed uses 0).")
        case .reportTable:
            Bilingual(zh: "选哪张表：indicators（指标）、budgets（预算）或 groups（指标分组）。CSV 每个文件一张表（默认 indicators）；Markdown 不指定时全部显示。",
                      en: "Which table: indicators, budgets or groups. CSV holds one table per file (default indicators); Markdown shows them all unless one is named.")
        case .reportFont:
            Bilingual(zh: "Word 报告（docx、pdf）的字体，写作 部位=字体：标题 一级标题 二级标题 正文 表格 页码（或 title heading subheading body table page）；每个部位写一次。",
                      en: "A font of the Word report (docx, pdf), as PART=FONT: 标题 一级标题 二级标题 正文 表格 页码 (or title heading subheading body table page); repeat for each.")
        case .reportBom:
            Bilingual(zh: "在输出开头加 UTF-8 字节顺序标记（BOM），让 Excel 按 UTF-8 读取 CSV（json 不能用）。",
                      en: "Start the output with a UTF-8 byte order mark, so Excel reads a CSV as UTF-8 (not with json).")
        case .formatSummary(let f): CommandHelpMessage.summary(f)
        case .formatNotes(let f): CommandHelpMessage.notes(f)
        case .importAbstract:
            Bilingual(zh: "从监控表或自评表生成脚本（.xlsx；.xls 和 .et 经由 LibreOffice）。",
                      en: "Write a script from a monitoring or self-evaluation table (.xlsx; .xls and .et through LibreOffice).")
        case .importDiscussion: CommandHelpMessage.importDiscussionText
        case .importTable: Bilingual(zh: "要导入的表格（.xlsx；.xls、.et、.ods 经由 LibreOffice）。", en: "The table (.xlsx; .xls, .et, .ods through LibreOffice).")
        case .importOutput:
            Bilingual(zh: "把脚本写到这个文件（原子写入），不输出到标准输出。", en: "Write the script here (atomically) instead of to standard output.")
        case .importForce: Bilingual(zh: "输出文件已存在时替换它。", en: "Replace the output file when it exists.")
        case .importMap: Bilingual(zh: "你自己的列映射（见 --print-map）。", en: "A column map of your own (see --print-map).")
        case .importPrintMap:
            Bilingual(zh: "打印一份随附的列映射以便复制：monitoring 或 self_evaluation。", en: "Print a shipped column map to copy: monitoring or self_evaluation.")
        case .evalAbstract:
            Bilingual(zh: "在脚本中算出一个值并打印，例如 新增建设用地报批.完成率。", en: "Print one value in a script's context, e.g. 新增建设用地报批.完成率.")
        case .evalExpression: Bilingual(zh: "要算的值：一个名称或算式。", en: "The expression.")
        case .testAbstract:
            Bilingual(zh: "运行路径下每个 .jx 脚本（及其每个情景）的全部断言。", en: "Run every assertion of every .jx script under the paths (and of each scenario).")
        case .testDiscussion:
            Bilingual(zh: "脚本通过的条件：没有错误；所有断言成立（它自己的和它各情景的）；如果旁边有 名称.expected，报告仍与该文件一致。"
                          + "`--update` 为每个脚本写 名称.expected。最后一行是 `N passed, N failed`（通过数、失败数；供 CI 读取，不翻译）；全部通过时退出码才是 0。",
                      en: "A script passes when it has no errors, all its assertions hold (its own and those of its scenarios) and, if NAME.expected lies beside it, "
                          + "it still reports what that file says. `--update` writes NAME.expected for every script. The last line is "
                          + "`N passed, N failed`; the exit code is 0 only when nothing failed.")
        case .testPaths: Bilingual(zh: "文件或文件夹（默认：当前文件夹）。", en: "Files or folders (default: the current folder).")
        case .testFilter:
            Bilingual(zh: "只运行相符的内容：文件路径、断言文字或情景名称中的一段。",
                      en: "Run only what matches: a part of the file path, of the assertion's text or of a scenario's name.")
        case .testJUnit:
            Bilingual(zh: "另外把 JUnit XML 报告写到这个文件；文件已存在时需要加 --force。",
                      en: "Also write a JUnit XML report to this file; a file that exists needs --force.")
        case .testForce:
            Bilingual(zh: "--junit 的文件已存在时替换它（这次读取的脚本和预期报告永远不会被替换）。",
                      en: "Replace the --junit file if it exists (never a script or an expected report the run reads).")
        case .testTAP: Bilingual(zh: "输出 TAP version 13 格式，而不是通常的文字。", en: "Write TAP version 13 instead of the usual text.")
        case .testUpdate: Bilingual(zh: "在每个脚本旁写 名称.expected：即它现在给出的报告。", en: "Write NAME.expected beside each script: the report it gives now.")
        case .testVerbose: Bilingual(zh: "列出每条断言，而不只是未通过的。", en: "List every assertion, not only failures.")
        case .testJobs: Bilingual(zh: "同时运行的脚本数（默认：每个核一个）。", en: "Scripts run at once (default: one per core).")
        case .replAbstract:
            Bilingual(zh: "会话中的模型：改一个实际值，看哪些数随之变化；可以撤销、对比情景、按目标反求。",
                      en: "A live model: change an actual and see what moved; undo, compare scenarios, solve for a goal.")
        case .replDiscussion:
            Bilingual(zh: "在会话中输入 :help 查看用法。标准输入不是终端时，逐行直接读取，只输出结果。",
                      en: "Type :help in the session. When standard input is not a terminal, lines are read plainly and nothing but results is printed.")
        case .replFile: Bilingual(zh: "要载入的 .jx 脚本。", en: "The .jx script to load.")
        case .replTiming: Bilingual(zh: "把每行花费的时间输出到标准错误。", en: "Print how long each line took to standard error.")
        case .fmtAbstract:
            Bilingual(zh: "把脚本排成标准版式：缩进、一行一条语句、列对齐；保留注释。",
                      en: "Lay scripts out canonically: indentation, one statement a line, aligned columns; comments kept.")
        case .fmtDiscussion:
            Bilingual(zh: "关键字的写法、全角标点和数字都保持原样，只改空格和换行，所以排版前后脚本的报告完全相同。有语法错误的脚本不做改动（以 1 退出）。给出文件夹时，查找其中的 .jx 文件。",
                      en: "Keyword spellings, full-width punctuation and numbers stay as written; only spaces and line ends change, so the report of a script is the same "
                          + "before and after. A script with syntax errors is left alone (exit 1). Folders are searched for .jx files.")
        case .fmtFiles:
            Bilingual(zh: "要排版的脚本或文件夹；`-` 从标准输入读取、写到标准输出。", en: "Scripts or folders to format; `-` reads standard input and writes standard output.")
        case .fmtCheck:
            Bilingual(zh: "不做任何修改；列出会被改动的文件，有的话以 1 退出。", en: "Change nothing; list the files that would change and exit 1 if there are any.")
        case .fmtDiff: Bilingual(zh: "用统一 diff 格式显示会改动什么；不做任何修改。", en: "Show what would change as a unified diff; change nothing.")
        case .policyAbstract:
            Bilingual(zh: "打印 jx 随附的一个政策，以便复制后修改（jx policy 预警 > 我的预警.jx）。",
                      en: "Print a policy shipped with jx, to copy and change (jx policy 预警 > 我的预警.jx).")
        case .policyName: Bilingual(zh: "政策名称；不写则列出全部。", en: "The policy's name; without it, the list.")
        case .lspAbstract:
            Bilingual(zh: "运行语言服务器（LSP 3.17，经由标准输入输出），供编辑器使用。",
                      en: "Run the language server (LSP 3.17 over standard input and output) for editors.")
        case .lspDiscussion:
            Bilingual(zh: "边输入边给出诊断；悬停显示每个数字的值和预警灯；每个指标和预算后面显示内嵌提示；还有补全、跳转到定义、查找引用、重命名、大纲、格式化和快速修复。编辑器会自己启动它（见仓库中的 Editors/）。",
                      en: "Diagnostics as you type, hover with each figure's value and light, inlay hints after every indicator and budget, completion, go to definition, "
                          + "references, rename, outline, formatting and quick fixes. Editors start it themselves (Editors/ in the repository).")
        case .lspStdio:
            Bilingual(zh: "为兼容会传这个参数的编辑器而接受；总是使用标准输入输出。",
                      en: "Accepted for editors that pass it; standard input and output are always used.")
        case .script: Bilingual(zh: ".jx 脚本。", en: "The .jx script.")
        case .scenario: Bilingual(zh: "先应用脚本中的这个情景。", en: "Apply a scenario of the script first.")
        case .importPath:
            Bilingual(zh: "也允许从这个文件夹 import（可重复；JX_PATH 中可再写多个，用冒号分隔）。",
                      en: "Also allow imports from this folder (repeatable; JX_PATH holds more, separated by colons).")
        }
    }

    public func text(_ language: Language) -> String { text.text(language) }
}
