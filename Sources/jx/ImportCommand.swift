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
        if table == nil && printMap == nil { throw ValidationError(say(.importNoTable)) }
        if let o = output, let t = table, o == t { throw ValidationError(say(.importOverTable)) }
    }

    func run() throws {
        if let name = printMap {
            Office.exec(["print-map", name])
        }
        guard let table else { throw ExitCode(2) }
        // The name the script's first comment gives the table: as typed, without folders.
        let shown = table.split(separator: "/").last.map(String.init) ?? table
        // The worker reads, converts and checks; the script comes back here and is written
        // by jx's rules for every file (never over the table, a script read, or without --force).
        let made: (code: Int32, output: [UInt8])
        switch Office.run(["import", table, output ?? "-", map ?? "", shown]) {
        case .failure(let e):
            Terminal.err(say(.error(e.message)) + "\n")
            throw ExitCode(2)
        case .success(let r): made = r
        }
        guard made.code == 0 else { throw ExitCode(made.code) }
        guard let output else {
            Terminal.out(String(decoding: made.output, as: UTF8.self))
            return
        }
        do throws(Workspace.FileError) {
            try FileWrite.write(output, bytes: made.output, FileWrite.Rules(replace: force, inputs: [table]))
        } catch {
            Terminal.err(say(.importCannotWrite(path: output, reason: error.message, exists: error.kind == .exists)) + "\n")
            throw ExitCode(2)
        }
        Terminal.err(say(.importWrote(script: output, table: shown)) + "\n")
    }
}
