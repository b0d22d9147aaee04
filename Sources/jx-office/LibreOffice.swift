import Foundation
import JXCore

/// LibreOffice, when it is installed, for the formats jx does not read itself (.xls, WPS
/// .et, .ods) and for PDF. Each run has its own profile, so runs side by side do not wait
/// on one another's lock, and a time limit, so a hung office cannot hang jx.
enum LibreOffice {
    struct Failure: Error {
        var message: FileMessage
        var hint: FileMessage
        var missing = false

        /// `错误：…` and its hint, as jx's own command lines say them.
        func rendered(_ language: Language) -> String {
            CommandLineMessage.error(message.text.text(language)).text.text(language) + "\n"
                + CommandLineMessage.hint(hint.text.text(language)).text.text(language) + "\n"
        }
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
            let pdf = format == "pdf"
            return .failure(Failure(message: .officeMissing(pdf: pdf, format: (input as NSString).pathExtension), hint: .officeMissingHint(pdf: pdf), missing: true))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jx-office-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            return .failure(Failure(message: .noTemporaryFolder(error.localizedDescription), hint: .checkTMPDIR))
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        p.arguments = ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--norestore", "--convert-to", format,
                       "--outdir", dir.path, (input as NSString).standardizingPath.hasPrefix("/") ? input : FileManager.default.currentDirectoryPath + "/" + input]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch {
            return .failure(Failure(message: .officeDidNotStart(soffice, reason: error.localizedDescription), hint: .checkOfficeInstallation))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(50_000) }
        if p.isRunning {
            p.terminate()
            return .failure(Failure(message: .officeTimedOut(input, seconds: Int(timeout)), hint: .convertByHand))
        }
        let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let made = dir.appendingPathComponent(base + "." + format).path
        guard FileManager.default.fileExists(atPath: made) else {
            return .failure(Failure(message: .officeCannotConvert(input, to: format), hint: .openToSeeIfDamaged))
        }
        return .success((made, dir))
    }
}
