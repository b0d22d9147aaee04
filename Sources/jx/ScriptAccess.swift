#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import JXCore

/// `--import-path DIR`, for every command that loads a script.
struct ImportOptions: ParsableArguments {
    @Option(name: .customLong("import-path"), help: helpFor(.importPath, valueName: "folder"))
    var importPaths: [String] = []

    func validate() throws {
        for p in importPaths where !Files.isDirectory(p) {
            throw ValidationError(say(.noImportFolder(p)))
        }
    }

    var access: ScriptAccess { ScriptAccess(importPaths: importPaths) }
}

/// Which files a script may read. A script is a regular `.jx` file (its real name, symbolic
/// links followed, ends with `.jx`); an import must lie inside the main script's folder (or
/// below it) or inside a folder named with `--import-path` or in `JX_PATH`. So a script from
/// someone else cannot make jx read `/etc/shadow` and print its lines in an error.
struct ScriptAccess: Sendable {
    /// The folders imports may come from besides the main script's, as real paths.
    let roots: [String]

    init(importPaths: [String], environment: String? = ScriptAccess.jxPath) {
        var folders = importPaths
        if let env = environment { folders += env.split(separator: ":").map(String.init) }
        // A folder of JX_PATH that is not there is skipped, as PATH's are.
        roots = folders.compactMap { Files.isDirectory($0) ? ScriptAccess.real($0) : nil }
    }

    static var jxPath: String? {
        guard let v = getenv("JX_PATH") else { return nil }
        return String(cString: v)
    }

    func workspace(_ path: String) -> Workspace {
        Workspace(path: path, read: { Files.read($0) }, admit: admit)
    }

    /// The Workspace's admission: the file's real path as its identity, or why not.
    func admit(_ path: String, mainScript: String) -> Result<String, Workspace.FileError> {
        if path == "-" { return .success("-") }
        let real = ScriptAccess.real(path)
        guard Workspace.isScriptName(path), Workspace.isScriptName(real) else {
            // A link named like a script that leads to another file says where it leads.
            let target = ScriptAccess.name(of: real) == ScriptAccess.name(of: path) ? nil : real
            return .failure(.init(.onlyScripts(leadsTo: target), hint: .onlyScriptsHint))
        }
        if path == mainScript { return .success(real) }
        let home = ScriptAccess.real(ScriptAccess.folder(of: mainScript == "-" ? "./-" : mainScript))
        for root in [home] + roots where ScriptAccess.isInside(real, root) { return .success(real) }
        return .failure(.init(.outsideFolders(home), hint: .outsideFoldersHint(ScriptAccess.folder(of: real))))
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The absolute path with every symbolic link resolved; for a file not there yet, its
    /// folder's, with its name.
    static func real(_ path: String) -> String {
        if let r = realpath(path, nil) {
            defer { free(r) }
            return String(cString: r)
        }
        let folder = folder(of: path)
        if folder != path, let r = realpath(folder, nil) {
            defer { free(r) }
            let d = String(cString: r)
            return (d.hasSuffix("/") ? d : d + "/") + name(of: path)
        }
        return path
    }

    /// `a/b/c.jx` → `a/b`; `c.jx` → `.`; `/c.jx` → `/`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
