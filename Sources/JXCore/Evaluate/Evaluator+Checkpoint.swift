extension Evaluator {
    /// What an evaluator keeps apart from its model and its cells: the notes not tied to a
    /// cell. Scenarios run one after another on one evaluator (`Workspace.scenarioDiagnostics`)
    /// put the model back through `restore`, which invalidates what it touched, and the notes
    /// through `rewind`, so each scenario starts from what the script alone says.
    public struct Checkpoint { let notes: [Diagnostic] }

    public func checkpoint() -> Checkpoint { Checkpoint(notes: notes) }

    public func rewind(to c: Checkpoint) { notes = c.notes }
}
