import Foundation
import Testing
import JXCore
import JXOffice

/// The Office side: the shipped column maps read without a fault, and a package zipped and
/// read back part for part, the same bytes each time.
@Suite struct OfficeTests {
    @Test func everyShippedMapReads() {
        for (i, f) in ShippedMaps.files.enumerated() {
            let r = ColumnMap.read(SourceFile(path: f.name, bytes: f.bytes), fileID: i)
            #expect(r.diagnostics.isEmpty, "\(f.name): \(r.diagnostics.map(\.message))")
        }
        #expect(Set(ShippedMaps.all.map(\.template)) == Set(TableTemplate.allCases))
    }

    @Test func aPackageZipsAndReadsBackTheSameEveryTime() throws {
        let parts = [ReportPart(path: "[Content_Types].xml", text: "<Types/>"), ReportPart(path: "word/document.xml", text: "<w:document>报告</w:document>")]
        let a = try OOXMLPackage.zip(parts), b = try OOXMLPackage.zip(parts)
        #expect(a == b)
        #expect(try OOXMLPackage.parts(of: a) == parts)
        #expect(ReportPart.unframed(ReportPart.framed(parts)) == parts)
        #expect(ReportPart.unframed(Array("x\u{0}9\nab".utf8)) == nil)
    }
}
