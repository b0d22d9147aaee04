#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import JXCore
import JXLSP

struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: helpText(.lspAbstract),
        discussion: helpText(.lspDiscussion))

    @OptionGroup var imports: ImportOptions
    @Flag(help: helpFor(.lspStdio)) var stdio = false

    func run() throws {
        let access = imports.access
        var reader = MessageReader { buf in
            while true {
                let n = Glibc.read(0, buf.baseAddress, buf.count)
                if n < 0 && errno == EINTR { continue }
                return max(0, n)
            }
        }
        let host = LanguageServer.Host(read: { Files.read($0) }, admit: access.admit, language: Terminal.language)
        let code = LanguageServer.run(reader: &reader, host: host) { Terminal.write(bytes: $0, to: 1) }
        if code != 0 { throw ExitCode(code) }
    }
}
