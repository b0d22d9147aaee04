/// What the REPL needs from the file system. The host (the command line) supplies it, so
/// the core stays free of I/O and tests can hand it an in-memory folder.
public struct ReplFiles {
    public var read: Workspace.FileReader
    /// Writes `text` to `path` by the host's rules (`WriteRules`): atomically, and over a
    /// file that exists only when asked, never over one of `inputs`.
    public var write: (_ path: String, _ text: String, _ rules: WriteRules) -> Result<Void, Workspace.FileError>
    /// Writes a package format's parts to `path` as its archive (the host zips them, and
    /// converts it when `conversion` names a format: PDF), by the same rules.
    public var writePackage: (_ path: String, _ parts: [ReportPart], _ conversion: String?, _ rules: WriteRules) -> Result<Void, Workspace.FileError>
    public var exists: (String) -> Bool
    /// An absolute, normalized form of a path: to tell whether a save would overwrite the
    /// loaded script, and to write an import that finds the script from the saved file.
    public var absolute: (String) -> String
    /// Which scripts may be read (`Workspace.Admission`); nil admits every one.
    public var admit: Workspace.Admission?

    public init(read: @escaping Workspace.FileReader,
                write: @escaping (_ path: String, _ text: String, _ rules: WriteRules) -> Result<Void, Workspace.FileError>,
                exists: @escaping (String) -> Bool,
                absolute: @escaping (String) -> String,
                admit: Workspace.Admission? = nil,
                writePackage: @escaping (_ path: String, _ parts: [ReportPart], _ conversion: String?, _ rules: WriteRules) -> Result<Void, Workspace.FileError> = { _, _, _, _ in
                    .failure(.init("this host cannot write Office files; use jx report -f docx -o FILE"))
                }) {
        self.read = read
        self.write = write
        self.writePackage = writePackage
        self.exists = exists
        self.absolute = absolute
        self.admit = admit
    }

    /// No files at all: every read fails, every write is refused.
    public static var none: ReplFiles { ReplFiles(
        read: { _ in .failure(.init("no file access")) },
        write: { _, _, _ in .failure(.init("no file access")) },
        exists: { _ in false },
        absolute: { $0 }) }
}

/// What a write may replace: a file that exists only with `replace` (`:save!`), and never
/// one of `inputs` (the session's scripts), whatever is asked.
public struct WriteRules: Sendable, Equatable {
    public var replace: Bool
    public var inputs: [String]
    public init(replace: Bool, inputs: [String]) {
        self.replace = replace
        self.inputs = inputs
    }
}

/// Paths as plain strings (no Foundation in the core).
enum ReplPaths {
    /// `a/b/c.jx` → `c`.
    static func stem(_ path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { return String(base[..<dot]) }
        return base
    }

    /// `/w/a/x.jx` → `/w/a`; `/x.jx` → `/`.
    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The path of `target` as seen from the folder of `from` (both absolute and normalized):
    /// `/w/a/x.jx` from `/w/b/y.jx` is `../a/x.jx`.
    static func relative(_ target: String, from: String) -> String {
        guard target.hasPrefix("/"), from.hasPrefix("/") else { return target }
        let t = target.split(separator: "/").map(String.init)
        let f = Array(from.split(separator: "/").map(String.init).dropLast())
        var common = 0
        while common < t.count - 1, common < f.count, t[common] == f[common] { common += 1 }
        // Nothing in common but the root: the absolute path says more than ../../..
        if common == 0 { return target }
        let ups = Array(repeating: "..", count: f.count - common)
        return (ups + t[common...]).joined(separator: "/")
    }
}
