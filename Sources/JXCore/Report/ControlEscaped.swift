/// A report read as text (the terminal table, the Chinese text, Markdown) with every
/// control character of a script's names and texts shown as `\u{…}` (`TerminalText`), in
/// a terminal, a pipe or a file alike: such text is for people, and a control character in
/// it can only act on their terminal. The data formats keep their own escaping (JSON's
/// `\u001b`, HTML's, CSV's cells as they are).
struct ControlEscaped: ReportRenderer {
    let inner: any ReportRenderer
    /// The renderer paints (the text table's lights): its colours stay.
    let painted: Bool

    func render(_ r: ReportData) -> String {
        TerminalText.safe(inner.render(r), keepingColor: painted)
    }
}
