/// What `jx fmt` says.
public enum FormatMessage: Sendable, Hashable {
    case notUTF8
    case saveAsUTF8

    public var text: Bilingual {
        switch self {
        case .notUTF8:
            Bilingual(zh: "文件在这里不是 UTF-8 编码；jx fmt 只调整排版，而这些字节必须改动才能写回",
                      en: "the file is not valid UTF-8 here; jx fmt changes only layout, and would have to change these bytes")
        case .saveAsUTF8:
            Bilingual(zh: "请先把脚本另存为 UTF-8 编码（GBK 编码的文件须先转换，例如 `iconv -f GBK -t UTF-8`）",
                      en: "save the script as UTF-8 first (GBK files must be converted, e.g. `iconv -f GBK -t UTF-8`)")
        }
    }
}
