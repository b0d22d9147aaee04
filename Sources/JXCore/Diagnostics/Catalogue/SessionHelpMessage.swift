/// `:help` of the REPL, the longest text it says: in its own file so that the replies stay
/// readable. The examples are jx as typed, the same in both languages.
extension SessionMessage {
    static func helpText(formats: [String]) -> Bilingual {
        let zhFormats = formats.count > 1 ? formats.dropLast().joined(separator: "、") + " 或 " + formats[formats.count - 1] : formats.joined()
        let enFormats = formats.count > 1 ? formats.dropLast().joined(separator: ", ") + " or " + formats[formats.count - 1] : formats.joined()
        return Bilingual(zh: """
        输入一条语句即可修改会话中的模型，并看到哪些数值随之变化：
          新增建设用地报批.actual = 300亩
          indicator 新增建设用地报批 target 450亩 actual 300亩     （重新声明：替换原来的指标）
          红灯线 = 50%                                              （常量）
          年初预算.arrived = 500万元        工资福利 = 400万元        （预算数字）
        输入一个表达式即可看到它的值：   新增建设用地报批.完成率   （只写名称则显示这一行）
        单变量求解：   solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%
        行末是左花括号或运算符时，在下一行接着写（提示符 ..>）。

        :undo  :redo          撤销或重做上一处改动（再次显示变化）
        :diff                 载入以来的全部改动，写成 jx 语句
        :reset                回到载入时的脚本（可用 :redo 逐条重做）
        :scenario 情景名      应用脚本中的一个情景（作为一处可撤销的改动）
        :compare A B          并排对比两个情景（`base`：载入时；`current`：现在）
        :save 文件 [情景名]   把改动写成 `scenario 情景名 { … }` 存入文件（文件会 import 该脚本）
        :save --script 文件   把改动写进整份脚本后保存
        :save! …              同上，但覆盖已有的文件（包括已载入的脚本；
                              但绝不覆盖它 import 的文件）
        :report [格式]        按现在的模型出报告，与 jx report -f 相同：
                              \(zhFormats)（不写格式时为 text）
        :report 格式 文件     同上，写入文件（html 页面可用浏览器打开）；
                              文件已存在时用 :report! 替换
        :load 文件  :reload   载入脚本；重新读取脚本并保留改动
        :help  :quit          （Ctrl-D 也可退出；Ctrl-C 丢弃正在输入的这一行）

        """, en: """
        Type a statement to change the live model, and see what moved:
          新增建设用地报批.actual = 300亩
          indicator 新增建设用地报批 target 450亩 actual 300亩     (declared again: replaces it)
          红灯线 = 50%                                              (a constant)
          年初预算.arrived = 500万元        工资福利 = 400万元        (budget figures)
        Type an expression to see its value:   新增建设用地报批.完成率   (a name alone shows its row)
        Goal seek:   solve 新增建设用地报批.actual for 新增建设用地报批.完成率 = 100%
        An open brace or a trailing operator continues on the next line (..>).

        :undo  :redo          undo or redo the last change (what moved is shown again)
        :diff                 every change since loading, as jx statements
        :reset                back to the script as loaded (:redo replays)
        :scenario NAME        apply a scenario of the script (one undoable change)
        :compare A B          two scenarios side by side (`base`: as loaded; `current`: now)
        :save FILE [NAME]     the changes as `scenario NAME { … }` in FILE (it imports the script)
        :save --script FILE   the whole script with the changes written in
        :save! …              the same over a FILE that exists (the loaded script too; never
                              a file it imports)
        :report [FORMAT]      the report of the model as it is now, as jx report -f gives it:
                              \(enFormats) (text if not named)
        :report FORMAT FILE   the same written to FILE (an html page to open in a browser);
                              :report! to replace a FILE that exists
        :load FILE  :reload   load a script; read it again, keeping the changes
        :help  :quit          (Ctrl-D quits too; Ctrl-C drops the line being typed)

        """)
    }
}
