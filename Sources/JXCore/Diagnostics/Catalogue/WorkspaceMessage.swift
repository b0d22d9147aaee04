/// Imports, files and policies: what loading a script says.
public enum WorkspaceMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
