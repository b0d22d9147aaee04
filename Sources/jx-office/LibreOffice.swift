import Foundation

/// LibreOffice, when it is installed, for the formats jx does not read itself (.xls, WPS
/// .et, .ods) and for PDF. Each run has its own profile, so runs side by side do not wait
/// on one another's lock, and a time limit, so a hung office cannot hang jx.
enum LibreOffice {
    struct Failure: Error {
        var message: String
        var hint: String
        var missing = false
    }

    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let p = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: p) { return p }
            }
        }
        return nil
    }

    /// Converts `input` into a new folder; returns the file made and the folder (the
    /// caller removes it).
    static func convert(_ input: String, to format: String, timeout: TimeInterval = 180) -> Result<(String, URL), Failure> {
        guard let soffice = executable() else {
            let kind = format == "pdf" ? "PDF" : "a table in \((input as NSString).pathExtension) format"
            return .failure(Failure(message: "jx makes \(kind) through LibreOffice, which is not installed",
                                    hint: format == "pdf" ? "install it (apt-get install libreoffice-writer-nogui), or write -f docx and print it from Word or WPS"
                                                          : "install it (apt-get install libreoffice-calc-nogui), or save the table as .xlsx in Excel or WPS",
                                    missing: true))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-office-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            return .failure(Failure(message: "cannot make a temporary folder: \(error.localizedDescription)", hint: "check TMPDIR"))
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        p.arguments = ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--norestore", "--convert-to", format,
                       "--outdir", dir.path, (input as NSString).standardizingPath.hasPrefix("/") ? input : FileManager.default.currentDirectoryPath + "/" + input]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch {
            return .failure(Failure(message: "LibreOffice (\(soffice)) did not start: \(error.localizedDescription)", hint: "check the installation of LibreOffice"))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(50_000) }
        if p.isRunning {
            p.terminate()
            return .failure(Failure(message: "LibreOffice took more than \(Int(timeout)) s to convert \(input)", hint: "convert it by hand and give jx the result"))
        }
        let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let made = dir.appendingPathComponent(base + "." + format).path
        guard FileManager.default.fileExists(atPath: made) else {
            return .failure(Failure(message: "LibreOffice could not convert \(input) to \(format)", hint: "open it in LibreOffice, Excel or WPS to see whether it is damaged"))
        }
        return .success((made, dir))
    }
}
