/// The command line: `--help` of every command, its options, its file messages.
public enum CommandLineMessage: Sendable, Hashable {
    public var text: Bilingual {
        switch self {}
    }
}
