import Foundation
import JXCore
import JXOffice

/// `jx report -f docx -o FILE`: jx renders the parts of the package, this zips them.
/// Standard input holds the parts (`PackageInput`); the archive goes to standard output,
/// and jx writes it by its rules for every file.
struct ZipJob {

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
        Output.out(data)
        return 0
    }
}
