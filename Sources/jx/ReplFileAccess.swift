#if canImport(Glibc)
import Glibc
#endif
import JXCore

/// The REPL's file access: reads through `Files`, writes through `FileWrite`, and absolute paths
/// (symbolic links resolved) so that a save can tell the loaded script from another file.
enum ReplFileAccess {
    static func files(_ access: ScriptAccess) -> ReplFiles {
        ReplFiles(
            read: { Files.read($0) },
            write: { path, text, rules in
                do throws(Workspace.FileError) {
                    try FileWrite.write(path, text, .init(replace: rules.replace, inputs: rules.inputs))
                } catch { return .failure(error) }
                return .success(())
            },
            exists: Files.exists,
            absolute: absolute,
            admit: access.admit,
            writePackage: { path, parts, conversion, rules in
                Office.writePackage(path, parts, conversion: conversion, FileWrite.Rules(replace: rules.replace, inputs: rules.inputs))
            })
    }

    /// `~/.jx_history`; without HOME, history stays in memory.
    static func historyFile() -> String? {
        guard let home = getenv("HOME"), home.pointee != 0 else { return nil }
        let h = String(cString: home)
        return (h.hasSuffix("/") ? h : h + "/") + ".jx_history"
    }

    static func absolute(_ path: String) -> String {
        if let r = realpath(path, nil) {
            defer { free(r) }
            return String(cString: r)
        }
        // Not there yet: resolve its folder, keep its name.
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let r = realpath(dir.isEmpty ? "/" : dir, nil) {
            defer { free(r) }
            let d = String(cString: r)
            return (d.hasSuffix("/") ? d : d + "/") + name
        }
        return path
    }
}
