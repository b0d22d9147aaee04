import Foundation
import JXCore
import JXOffice

/// `jx report -f docx -o FILE`: jx renders the parts of the package, this zips them.
/// Standard input holds the parts (`PackageInput`); the archive is written atomically.
struct ZipJob {
    var output: String
    var force: Bool

    func run() -> Int32 {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let parts = ReportPart.unframed(Array(input)) else {
            Output.err("error: jx-office zip: the parts on standard input are not in the form jx writes\n")
            return 2
        }
        let data: Data
        do { data = try OOXMLPackage.zip(parts) } catch {
            Output.err("error: cannot make the archive: \(error)\n")
            return 1
        }
        do { try Output.write(data, to: output, force: force) } catch {
            switch error {
            case .exists: Output.err("error: \(output) exists; add --force to replace it\n")
            case .failed(let m): Output.err("error: cannot write \(output): \(m)\n")
            }
            return 2
        }
        return 0
    }
}
