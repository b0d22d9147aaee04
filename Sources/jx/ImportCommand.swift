#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import JXCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: helpText(.importAbstract),
        discussion: helpText(.importDiscussion)
    )

    @Argument(help: helpFor(.importTable)) var table: String?
    @Option(name: .shortAndLong, help: helpFor(.importOutput)) var output: String?
    @Flag(help: helpFor(.importForce)) var force = false
    @Option(help: helpFor(.importMap, valueName: "file")) var map: String?
    @Option(help: helpFor(.importPrintMap, valueName: "name")) var printMap: String?

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
