internal import CEditLine

/// libedit's wide-character history list, optionally persisted to a file.
///
/// The file uses libedit's own format (`_HiStOrY_V2_` header, vis(3)-escaped
/// lines), written as UTF-8 because the locale is UTF-8. It is rewritten after
/// every added line, so history survives a crash or a kill; a failed save
/// (read-only home, missing directory) is deliberately ignored: losing history
/// must never break the REPL.
final class EditLineHistory {
    let handle: OpaquePointer
    private let file: String?

    init(file: String?, maxEntries: Int32 = 1000) {
        guard let handle = history_winit() else {
            fatalError("libedit: history_winit failed (out of memory)")
        }
        self.handle = handle
        self.file = file
        _ = jx_history_setsize(handle, maxEntries)
        _ = jx_history_setunique(handle, 1)  // no consecutive duplicates
        if let file {
            _ = jx_history_load(handle, file)  // a missing file is normal on first run
        }
    }

    deinit {
        history_wend(handle)
    }

    func add(_ line: String) {
        _ = withWideCString(line) { jx_history_enter(handle, $0) }
        if let file {
            _ = jx_history_save(handle, file)  // failure ignored on purpose (see type doc)
        }
    }
}
