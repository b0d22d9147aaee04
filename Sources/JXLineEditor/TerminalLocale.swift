#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the C library's character-type locale into UTF-8.
///
/// A C program starts in the "C" locale, where libedit treats every byte >= 0x80
/// as invalid and silently drops it, so Chinese input vanishes. libedit also
/// samples the codeset once, inside el_init, so this must run BEFORE el_init.
///
/// Only LC_CTYPE is changed (not LC_ALL): that is all multibyte decoding and
/// wcwidth need, and leaving LC_NUMERIC alone keeps C-level number formatting
/// ("1.5", never "1,5") independent of the user's locale.
enum TerminalLocale {
    static func ensureUTF8() {
        // The user's environment first (LC_ALL / LC_CTYPE / LANG).
        _ = setlocale(LC_CTYPE, "")
        if codesetIsUTF8() { return }
        // LANG unset or non-UTF-8 (common under tmux, cron, minimal containers):
        // C.UTF-8 is built into glibc >= 2.35; en_US.UTF-8 covers older systems / macOS.
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if setlocale(LC_CTYPE, fallback) != nil, codesetIsUTF8() { return }
        }
    }

    static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
