/// What reading an Excel table into a script says.
public enum TableImportMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
