#if canImport(Glibc)
import Glibc
#endif
import JXCore

/// Which language jx speaks: `--lang zh|en` anywhere on the command line, else `JX_LANG`,
/// else Chinese. Read once, before the arguments are parsed, so that every command (and
/// its diagnostics) hears the same choice without each declaring the option.
enum LanguageChoice {
    /// The arguments without `--lang X` / `--lang=X`, and the language they or the
    /// environment chose; a value jx does not know is an error message instead.
    static func take(_ arguments: [String], environment: String?) -> (arguments: [String], language: Language, error: String?) {
        var rest: [String] = []
        var chosen: String?
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { rest += arguments[i...]; break }
            if a == "--lang", i + 1 < arguments.count { chosen = arguments[i + 1]; i += 2; continue }
            if a.hasPrefix("--lang=") { chosen = String(a.dropFirst("--lang=".count)); i += 1; continue }
            rest.append(a)
            i += 1
        }
        if let chosen {
            guard let l = Language(setting: chosen) else {
                return (rest, .zh, "--lang \(chosen): 只支持 zh（中文）或 en（英文） / only zh (Chinese) or en (English)")
            }
            return (rest, l, nil)
        }
        return (rest, environment.flatMap(Language.init(setting:)) ?? .zh, nil)
    }

    static var environment: String? {
        guard let v = getenv("JX_LANG") else { return nil }
        return String(cString: v)
    }
}
