extension SourceFile {
    /// The offset of the first byte that is not valid UTF-8, if there is one. The lexer
    /// reports such bytes in names and texts; a comment keeps them unread, so a tool that
    /// writes the text back (`jx fmt`) asks here first instead of turning them into U+FFFD.
    public func firstInvalidUTF8() -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var it = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &it) {
            case .valid(let s): offset += s.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
