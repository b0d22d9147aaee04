#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import JXCore

/// What the command line says, in the language chosen (`Terminal.language`).
func say(_ m: CommandLineMessage) -> String { m.text(Terminal.language) }

func say(_ m: FileMessage) -> String { CommandLineMessage.file(m).text(Terminal.language) }

extension Workspace.FileError {
    /// A reason from the catalogue, in the language chosen.
    init(_ m: FileMessage, kind: Kind = .other, hint: FileMessage? = nil) {
        self.init(say(m), hint: hint.map(say), kind: kind)
    }
}

extension FileMessage.System {
    /// The reason `errno` (or `code`) gives, in words for the commonest ones.
    static func from(_ code: Int32 = errno) -> FileMessage.System {
        switch code {
        case ENOENT: .noSuchFile
        case EACCES, EPERM: .permission
        case ENOSPC: .noSpace
        case EROFS: .readOnlyFileSystem
        default: .other(String(cString: strerror(code)))
        }
    }
}

/// A help text of the catalogue in the language chosen: commands' abstracts and discussions.
func helpText(_ m: CommandHelpMessage) -> String { m.text(Terminal.language) }

/// An argument's or option's help in the language chosen.
func helpFor(_ m: CommandHelpMessage, valueName: String? = nil, visibility: ArgumentVisibility = .default) -> ArgumentHelp {
    ArgumentHelp(helpText(m), valueName: valueName, visibility: visibility)
}
