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

    /// A receiver reading the parts as they arrive learns each part's length from its header
    /// alone, before the part's bytes; a header not yet whole, or broken, says nothing.
    @Test func aHeaderSaysItsPartsLengthBeforeThePartArrives() {
        let framed = ReportPart.framed([ReportPart(path: "word/document.xml", text: "<w:document>报告</w:document>"), ReportPart(path: "a", text: "b")])
        let first = Array(framed.prefix(while: { $0 != 0x0A })) + [0x0A]
        let h = ReportPart.header(in: first, at: 0)
        #expect(h.map { Array(first[$0.path]) } == Array("word/document.xml".utf8))
        #expect(h?.body == first.count..<(first.count + "<w:document>报告</w:document>".utf8.count))
        #expect(ReportPart.header(in: Array(first.dropLast()), at: 0) == nil)
        guard let end = h?.body.upperBound else { return }
        #expect(ReportPart.header(in: framed, at: end).map { Array(framed[$0.body]) } == Array("b".utf8))
        #expect(ReportPart.header(in: Array("\u{0}5\nabcde".utf8), at: 0) == nil)
        #expect(ReportPart.header(in: Array("x\u{0}-1\n".utf8), at: 0) == nil)
        #expect(ReportPart.header(in: Array(repeating: 0x41, count: 5000) + [0] + Array("1\nx".utf8), at: 0) == nil)
    }
}
