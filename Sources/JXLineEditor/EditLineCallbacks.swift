internal import CEditLine

/// The C entry points libedit calls back into: the prompt and two key-bound
/// editor functions. They are capture-free `@convention(c)` closures; each one
/// finds its `EditLineReader` through libedit's client-data pointer, so no
/// global mutable state is needed (and several readers could coexist).
enum EditLineCallbacks {
    static func install(on editLine: OpaquePointer) {
        _ = jx_el_set_prompt(editLine, prompt)
        bind("^I", to: "jx-complete", help: "Complete the word before the cursor",
             function: complete, on: editLine)
        bind("^D", to: "jx-eof-or-delete", help: "End of input on an empty line, else delete the next character",
             function: endOfInputOrDelete, on: editLine)
    }

    private static func bind(_ key: String, to name: String, help: String,
                             function: @convention(c) (OpaquePointer?, Int32) -> UInt8,
                             on editLine: OpaquePointer) {
        _ = withWideCString(name) { name in
            withWideCString(help) { help in jx_el_addfn(editLine, name, help, function) }
        }
        _ = withWideCString(key) { key in
            withWideCString(name) { jx_el_bind(editLine, key, $0) }
        }
    }

    /// EL_PROMPT: the prompt of the reader that owns `el`. Never NULL (libedit
    /// would dereference it).
    private static let prompt: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<wchar_t>? = { el in
        EditLineReader.from(el)?.promptPointer ?? emptyPrompt
    }

    /// Tab. Returns a libedit CC_* code.
    private static let complete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
        UInt8(EditLineReader.from(el)?.complete() ?? CC_ERROR)
    }

    /// Ctrl-D. libedit's default (em-delete-or-list) echoes a visible "^D"
    /// before reporting end of input; this version ends input silently on an
    /// empty line and otherwise deletes the character under the cursor.
    private static let endOfInputOrDelete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
        guard let el, let info = el_wline(el)?.pointee else { return UInt8(CC_ERROR) }
        if info.buffer == info.lastchar { return UInt8(CC_EOF) }
        guard info.cursor != info.lastchar else { return UInt8(CC_ERROR) }  // at end: beep
        _ = el_cursor(el, 1)  // el_deletestr deletes BEFORE the cursor
        el_deletestr(el, 1)
        return UInt8(CC_REFRESH)
    }

    /// Fallback prompt if the client data were ever missing.
    nonisolated(unsafe) private static let emptyPrompt = makeWideCString("")
}
