#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import JXCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a script from a monitoring or self-evaluation table (.xlsx; .xls and .et through LibreOffice).",
        discussion: """
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
        """
    )

    @Argument(help: "The table (.xlsx; .xls, .et, .ods through LibreOffice).") var table: String?
    @Option(name: .shortAndLong, help: "Write the script here (atomically) instead of to standard output.") var output: String?
    @Flag(help: "Replace the output file when it exists.") var force = false
    @Option(help: ArgumentHelp("A column map of your own (see --print-map).", valueName: "file")) var map: String?
    @Option(help: ArgumentHelp("Print a shipped column map to copy: monitoring or self_evaluation.", valueName: "name")) var printMap: String?

    func validate() throws {
        if table == nil && printMap == nil { throw ValidationError("name the table to import: jx import TABLE.xlsx -o SCRIPT.jx") }
        if let o = output, let t = table, o == t { throw ValidationError("the output would replace the table itself: name another file with -o") }
    }

    func run() throws {
        if let name = printMap {
            Office.exec(["print-map", name])
        }
        guard let table else { throw ExitCode(2) }
        // The name the script's first comment gives the table: as typed, without folders.
        let shown = table.split(separator: "/").last.map(String.init) ?? table
        Office.exec(["import", table, output ?? "-", force ? "1" : "0", map ?? "", shown])
    }
}

