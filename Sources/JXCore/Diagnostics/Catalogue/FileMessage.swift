/// Why the command line cannot read or write a file: the reasons after `cannot read X:`.
public enum FileMessage: Sendable, Hashable {
    /// What a path is when it is not a regular file.
    public enum Kind: Sendable, Hashable {
        case folder, characterDevice, blockDevice, fifo, socket, other
        var text: Bilingual {
            switch self {
            case .folder: Bilingual(zh: "文件夹", en: "a folder")
            case .characterDevice: Bilingual(zh: "字符设备", en: "a character device")
            case .blockDevice: Bilingual(zh: "块设备", en: "a block device")
            case .fifo: Bilingual(zh: "命名管道（FIFO）", en: "a FIFO (named pipe)")
            case .socket: Bilingual(zh: "套接字", en: "a socket")
            case .other: Bilingual(zh: "特殊文件", en: "not a regular file")
            }
        }
    }

    /// The system's reason, in words for the commonest ones.
    public enum System: Sendable, Hashable {
        case noSuchFile, permission, noSpace, readOnlyFileSystem, other(String)
        var text: Bilingual {
            switch self {
            case .noSuchFile: Bilingual(zh: "没有这个文件或文件夹", en: "No such file or directory")
            case .permission: Bilingual(zh: "没有权限", en: "Permission denied")
            case .noSpace: Bilingual(zh: "磁盘空间不足", en: "No space left on device")
            case .readOnlyFileSystem: Bilingual(zh: "文件系统是只读的", en: "Read-only file system")
            case .other(let s): Bilingual(zh: s, en: s)
            }
        }
    }

    case system(System)
    case isFolder
    case notRegular(Kind)
    case tooLarge(standardInput: Bool, mib: Int?, limit: Int)
    case danglingLink
    case cannotWriteKind(Kind)
    case isInput(other: String?)
    case exists
    case readOnly(mode: String)
    case noFolder(String)
    case notAFolder(String)
    case cannotMakeIn(String, System)
    case noTemporaryName(String)
    case onlyScripts(leadsTo: String?)
    case onlyScriptsHint
    case outsideFolders(String)
    case outsideFoldersHint(String)
    case archiveNotMade
    case workerMissing
    case workerMissingInstall
    case cannotRun(String, System)

    /// LibreOffice, which converts what jx does not read or write itself (.xls, PDF).
    case officeMissing(pdf: Bool, format: String)
    case officeMissingHint(pdf: Bool)
    case noTemporaryFolder(String)
    case checkTMPDIR
    case officeDidNotStart(String, reason: String)
    case checkOfficeInstallation
    case officeTimedOut(String, seconds: Int)
    case convertByHand
    case officeCannotConvert(String, to: String)
    case openToSeeIfDamaged
    /// `jx-office`'s own refusals: it is run by jx, which hands it the parts of a package.
    case partsNotFramed
    case archiveFailed(String)
    case noFolderForOffice(String)
    case cannotReadConverted
    case workerRunByJX

    public var text: Bilingual {
        switch self {
        case .system(let s): s.text
        case .isFolder: Bilingual(zh: "它是文件夹，不是文件", en: "it is a folder, not a file")
        case .notRegular(let k):
            Bilingual(zh: "它是\(k.text.zh)，不是普通文件；jx 只从文件读取脚本（或用 `-` 读标准输入）",
                      en: "it is \(k.text.en), not a regular file; jx reads scripts from files (or `-` for standard input)")
        case .tooLarge(let stdin, let mib, let limit):
            Bilingual(zh: (stdin ? "标准输入" : "它") + (mib.map { "有 \($0) MiB；" } ?? "超过 \(limit) MiB；")
                          + "jx 从一个文件最多读取 \(limit) MiB（请把脚本拆成互相 import 的几个文件）",
                      en: (stdin ? "standard input" : "it") + (mib.map { " is \($0) MiB; " } ?? " is larger than \(limit) MiB; ")
                          + "jx reads at most \(limit) MiB from one file (split the script into files that import each other)")
        case .danglingLink: Bilingual(zh: "它是指向不存在的文件的符号链接", en: "it is a symbolic link to a file that does not exist")
        case .cannotWriteKind(let k):
            Bilingual(zh: "它是\(k.text.zh)；jx 只写入普通文件、FIFO 和终端", en: "it is \(k.text.en); jx writes to files, FIFOs and terminals")
        case .isInput(let other):
            Bilingual(zh: "它是这次读取的脚本\(other.map { " \($0)" } ?? "")（脚本本身或它 import 的文件）；jx 不会覆盖它",
                      en: "it is \(other.map { "the script \($0)" } ?? "a script") read here (the script or one it imports); jx does not write over it")
        case .exists: Bilingual(zh: "文件已存在", en: "it exists")
        case .readOnly(let m):
            Bilingual(zh: "它是只读的（权限 \(m)）；如果确实要改，请先设为可写", en: "it is read-only (mode \(m)); make it writable first if it should change")
        case .noFolder(let f): Bilingual(zh: "没有 \(f) 这个文件夹", en: "there is no folder \(f)")
        case .notAFolder(let f): Bilingual(zh: "\(f) 不是文件夹", en: "\(f) is not a folder")
        case .cannotMakeIn(let f, let s): Bilingual(zh: "无法在 \(f) 中新建文件：\(s.text.zh)", en: "no file can be made in \(f): \(s.text.en)")
        case .noTemporaryName(let f):
            Bilingual(zh: "无法在 \(f) 中新建临时文件（100 个名字都已被占用）", en: "no temporary file could be made in \(f) (100 names are taken)")
        case .onlyScripts(let r): Bilingual(zh: "jx 只读取 .jx 脚本" + (r.map { "（它指向 \($0)）" } ?? ""), en: "jx reads only .jx scripts" + (r.map { " (it leads to \($0))" } ?? ""))
        case .onlyScriptsHint:
            Bilingual(zh: "脚本的文件名以 .jx 结尾；要检查别的文件，请用管道：jx check - < 文件",
                      en: "a script's file name ends with .jx; to check another file, pipe it: jx check - < FILE")
        case .outsideFolders(let h):
            Bilingual(zh: "它不在脚本所在的文件夹（\(h)）和 import 路径之内", en: "it is outside the script's folder (\(h)) and the import paths")
        case .outsideFoldersHint(let f):
            Bilingual(zh: "要允许从它所在的文件夹 import：--import-path \(f)，或把这个文件夹加进 JX_PATH",
                      en: "to allow imports from its folder: --import-path \(f), or add it to JX_PATH")
        case .archiveNotMade: Bilingual(zh: "压缩包没有生成（jx-office 在上面说明了原因）", en: "the archive was not made (jx-office said why above)")
        case .workerMissing:
            Bilingual(zh: "jx 旁边没有 jx-office；Office 格式由它生成（swift build 会同时编译这两个程序）",
                      en: "jx-office is not beside jx; it does the Office formats (swift build builds both)")
        case .workerMissingInstall:
            Bilingual(zh: "jx 旁边没有 jx-office；Office 格式由它生成（swift build 会同时编译这两个程序；安装时请放在一起）",
                      en: "jx-office is not beside jx; it does the Office formats (swift build builds both; install them together)")
        case .cannotRun(let w, let s): Bilingual(zh: "无法运行 \(w)：\(s.text.zh)", en: "cannot run \(w): \(s.text.en)")
        case .officeMissing(let pdf, let f):
            Bilingual(zh: pdf ? "jx 借助 LibreOffice 生成 PDF，但本机没有安装 LibreOffice" : "jx 借助 LibreOffice 读取 \(f) 格式的表格，但本机没有安装 LibreOffice",
                      en: "jx makes \(pdf ? "PDF" : "a table in \(f) format") through LibreOffice, which is not installed")
        case .officeMissingHint(let pdf):
            pdf ? Bilingual(zh: "请安装它（`apt-get install libreoffice-writer-nogui`），或改用 `-f docx`，再用 Word 或 WPS 打印",
                            en: "install it (apt-get install libreoffice-writer-nogui), or write -f docx and print it from Word or WPS")
                : Bilingual(zh: "请安装它（`apt-get install libreoffice-calc-nogui`），或在 Excel 或 WPS 中把表格另存为 .xlsx",
                            en: "install it (apt-get install libreoffice-calc-nogui), or save the table as .xlsx in Excel or WPS")
        case .noTemporaryFolder(let r): Bilingual(zh: "无法新建临时文件夹：\(r)", en: "cannot make a temporary folder: \(r)")
        case .checkTMPDIR: Bilingual(zh: "请检查 TMPDIR 的设置", en: "check TMPDIR")
        case .officeDidNotStart(let p, let r): Bilingual(zh: "LibreOffice（\(p)）没有启动：\(r)", en: "LibreOffice (\(p)) did not start: \(r)")
        case .checkOfficeInstallation: Bilingual(zh: "请检查 LibreOffice 的安装", en: "check the installation of LibreOffice")
        case .officeTimedOut(let i, let t):
            Bilingual(zh: "LibreOffice 转换 \(i) 超过了 \(t) 秒", en: "LibreOffice took more than \(t) s to convert \(i)")
        case .convertByHand: Bilingual(zh: "请手工转换，再把转换结果交给 jx", en: "convert it by hand and give jx the result")
        case .officeCannotConvert(let i, let f):
            Bilingual(zh: "LibreOffice 无法把 \(i) 转换为 \(f)", en: "LibreOffice could not convert \(i) to \(f)")
        case .openToSeeIfDamaged:
            Bilingual(zh: "请用 LibreOffice、Excel 或 WPS 打开它，看看文件是否损坏", en: "open it in LibreOffice, Excel or WPS to see whether it is damaged")
        case .partsNotFramed:
            Bilingual(zh: "错误：`jx-office zip`：标准输入上的各部件不是 jx 写出的格式", en: "error: jx-office zip: the parts on standard input are not in the form jx writes")
        case .archiveFailed(let e): Bilingual(zh: "错误：无法生成压缩包：\(e)", en: "error: cannot make the archive: \(e)")
        case .noFolderForOffice(let e):
            Bilingual(zh: "错误：无法为 LibreOffice 新建临时文件夹：\(e)", en: "error: cannot make a temporary folder for LibreOffice: \(e)")
        case .cannotReadConverted: Bilingual(zh: "错误：无法读取 LibreOffice 生成的文件", en: "error: cannot read what LibreOffice made")
        case .workerRunByJX:
            Bilingual(zh: "`jx-office` 由 jx 调用（`jx import`、`jx report -f docx`）；请运行 `jx --help`",
                      en: "jx-office is run by jx (jx import, jx report -f docx); run jx --help")
        }
    }
}
