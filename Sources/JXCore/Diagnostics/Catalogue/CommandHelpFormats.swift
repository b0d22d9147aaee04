/// The report formats as `jx report --help` lists them, and the longer texts of the help.
/// Keyed by the format's name; the registry (`ReportFormat.summary`) reads its English here.
extension CommandHelpMessage {
    static func summary(_ format: String) -> Bilingual {
        let (zh, en): (String, String)
        switch format {
        case "text": (zh, en) = ("终端里的表格；在终端上用颜色显示预警灯（设了 NO_COLOR 时不用颜色）", "a terminal table; lights in colour on a terminal, not with NO_COLOR")
        case "zh": (zh, en) = ("中文报告正文，纯文本，可直接粘贴到 Word 或 WPS", "the Chinese report text, plain, to paste into Word or WPS")
        case "json": (zh, en) = ("JSON 数据约定（schema 1）", "the JSON contract (schema 1)")
        case "jsonl": (zh, en) = ("每项预算、资金来源和指标各一行；数字按数字输出", "a line per budget, source and indicator; numbers as numbers")
        case "markdown": (zh, en) = ("预算表和指标表、发现的问题、一行汇总", "the budget and indicator tables, the findings, a summary line")
        case "csv": (zh, en) = ("RFC 4180（UTF-8、CRLF），每个文件一张表，符合电子表格的要求", "RFC 4180 (UTF-8, CRLF), one table per file, as spreadsheets expect")
        case "html": (zh, en) = ("一个自带全部内容的网页，带图表，可按 A4 打印", "one self-contained page with charts, printable on A4")
        case "docx": (zh, en) = ("按公文格式（GB/T 9704）排版的 Word 文档，用 -o 文件.docx", "a Word document laid out as a 公文 (GB/T 9704), with -o FILE.docx")
        case "xlsx": (zh, en) = ("填好的监控表或自评表，用 -o 文件.xlsx", "the filled monitoring or self-evaluation table, with -o FILE.xlsx")
        case "pdf": (zh, en) = ("Word 报告的 PDF 版，由 LibreOffice 生成，用 -o 文件.pdf", "the Word report as PDF, made by LibreOffice, with -o FILE.pdf")
        default: (zh, en) = (format, format)
        }
        return Bilingual(zh: zh, en: en)
    }

    /// What `jx report`'s options do to a format, a line each (empty for most formats).
    static func notes(_ format: String) -> Bilingual {
        let (zh, en): ([String], [String])
        switch format {
        case "docx":
            zh = ["用 -o 时写成压缩包；不用 -o 时输出同一文档的", "单个 XML 文件（Flat OPC），Word 也能打开。"]
            en = ["Written zipped with -o; without it, the same document as one", "XML file (Flat OPC), which Word also opens."]
        case "xlsx":
            zh = ["每个项目一张工作表，列按国家模板排列，", "jx import 可以读回。用 -o 时写成压缩包。"]
            en = ["A sheet per project, in the national template's columns, which", "jx import reads back. Written zipped with -o."]
        case "pdf":
            zh = ["需要 LibreOffice（apt-get install libreoffice-writer-nogui）", "和中文字体（fonts-noto-cjk）。"]
            en = ["Needs LibreOffice (apt-get install libreoffice-writer-nogui)", "and a CJK font (fonts-noto-cjk)."]
        case "csv":
            zh = ["默认是指标表（全部计算列）；--table budgets 为预算表，", "--table groups 为分组表（灯、权重、得分）。给 Excel 用请加",
                  "--bom。以 = + - @ 开头的单元格前面会加一个 '，", "防止被当作公式执行。"]
            en = ["The indicators (every computed column), or the budgets with", "--table budgets, or the groups (light, weight, score) with",
                  "--table groups. Add --bom for Excel. A cell starting with", "= + - @ gets a leading ' so no formula runs."]
        default:
            (zh, en) = ([], [])
        }
        return Bilingual(zh: zh.joined(separator: "\n"), en: en.joined(separator: "\n"))
    }

    static let importDiscussionText = Bilingual(zh: """
        读取各省常见版式的项目支出绩效目标执行监控表和项目支出绩效自评表：表头按名称查找，
        不管列的顺序、上面有几行标题；合并的一级/二级指标单元格向下填充；保留百分比格式；
        每张工作表是一个项目。生成的脚本检查无误，并写明表中印出的比率和得分，`jx check`
        会逐一重新计算核对。某个单元格读不出来时，导入停止并指出它的工作表、行和列；这时不写出脚本。

        列映射：随 jx 提供的映射（monitoring.jxmap、self_evaluation.jxmap）涵盖国家模板及各省的
        变体；--map 文件 读取你自己的映射（可以先复制一份随附的：jx import --print-map monitoring）。

        示例：
          jx import 监控表.xlsx -o 项目.jx
          jx import 自评表.xls -o 自评.jx --force
          jx import 表.xlsx --map 我省监控表.jxmap
        """, en: """
        Reads 项目支出绩效目标执行监控表 and 项目支出绩效自评表 laid out as provinces lay them
        out: headers found by name in any column order under any title rows, merged 一级/二级
        cells filled down, percent formats honoured, each sheet a project. The script checks
        clean and states the table's printed rates and scores, so `jx check` recomputes each.
        A cell that cannot be read stops the import with its sheet, row and column; no
        script is written then.

        Column maps: the shipped ones (monitoring.jxmap, self_evaluation.jxmap) cover the
        national templates and their provincial variants; --map FILE reads your own (copy a
        shipped one: jx import --print-map monitoring).

        Examples:
          jx import 监控表.xlsx -o 项目.jx
          jx import 自评表.xls -o 自评.jx --force
          jx import 表.xlsx --map 我省监控表.jxmap
        """)
}
