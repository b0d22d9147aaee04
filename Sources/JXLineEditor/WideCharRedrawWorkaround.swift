internal import CEditLine

/// Works around a libedit redraw bug with double-width (CJK) characters.
///
/// libedit stores a wide character on its virtual screen as the character
/// followed by a filler cell. When it diffs old and new screen lines to send
/// the terminal the minimal insert-/delete-character sequences, the common
/// tail may start on a filler cell, splitting a wide character; the cursor then
/// ends one column off and later edits garble the line (e.g. type 完成率abc,
/// Left x4, Backspace, Right, X shows "完  Xabc" although the buffer is right).
/// Seen with libedit 3.1-20221030 under TERM=xterm-256color / screen /
/// tmux-256color; tcsh fixed the same code by skipping filler cells.
///
/// Declaring that the terminal cannot insert or delete characters makes libedit
/// rewrite the rest of the line instead, which keeps wide characters whole.
/// The cost is a few more bytes per keystroke, irrelevant for REPL lines.
enum WideCharRedrawWorkaround {
    /// termcap names of the insert/delete-character capabilities libedit uses.
    static let disabledCapabilities = ["dc", "DC", "dm", "ed", "ic", "IC", "im", "ei", "ip"]

    static func apply(to editLine: OpaquePointer) {
        for capability in disabledCapabilities {
            _ = withWideCString(capability) { name in
                withWideCString("") { jx_el_settc(editLine, name, $0) }
            }
        }
    }
}
