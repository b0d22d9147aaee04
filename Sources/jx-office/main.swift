import Foundation
import JXCore
import JXOffice

// The worker behind `jx import` and the Office report formats: the only program of jx
// that links Foundation (see Package.swift). `jx` has parsed and checked the user's
// arguments already and hands them on in a fixed order; this is not a command for users.
//
//   jx-office import TABLE OUTPUT|- FORCE(0|1) MAP|"" SHOWN-NAME
//   jx-office print-map NAME
//   jx-office zip OUTPUT FORCE(0|1)        (the parts on standard input, see PackageInput)

let args = Array(CommandLine.arguments.dropFirst())
switch args.first {
case "import" where args.count == 5:
    exit(ImportJob(table: args[1], output: args[2], map: args[3].isEmpty ? nil : args[3], shown: args[4]).run())
case "print-map" where args.count == 2:
    let wanted = args[1].hasSuffix(".jxmap") ? args[1] : args[1] + ".jxmap"
    guard let f = ShippedMaps.files.first(where: { $0.name == wanted }) else {
        Output.err(TableImportMessage.noShippedMap(args[1], shipped: ShippedMaps.files.map { String($0.name.dropLast(6)) }).text.text(Output.language) + "\n")
        exit(2)
    }
    Output.out(Data(f.bytes))
    exit(0)
case "zip" where args.count == 1 || args.count == 2:
    exit(ZipJob(conversion: args.count == 2 ? args[1] : nil).run())
default:
    Output.err(FileMessage.workerRunByJX.text.text(Output.language) + "\n")
    exit(2)
}
