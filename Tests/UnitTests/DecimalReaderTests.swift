import Testing
@testable import JXCore
import JXTestSupport

/// One reading of numbers (`DecimalReader`) for the lexer, a plain line's one-pass scan
/// and `Exact.parse`: they must agree on where a number ends and on its value, and the
/// 64-bit reading must hand over to 128 bits without a seam.
@Suite struct DecimalReaderTests {
    /// Where the lexer ends the number at the start of `text`.
    func lexedNumber(_ text: String) -> String {
        let f = SourceFile(path: "t", text: text)
        var l = Lexer(source: f, fileID: 0)
        let t = l.next()
        return t.kind == .number ? f.text(t.start..<t.end) : ""
    }

    /// A plain line's reading of the target `text` (with the unit 亩): digits and decimals.
    func plainTarget(_ text: String) -> (Int64, Int)? {
        var line = Array(" \(text)亩 actual 1亩".utf8)
        return line.withUnsafeMutableBufferPointer { b in
            PlainLineScan.scan(UnsafeBufferPointer(b), from: 0).map { ($0.target.digits, Int($0.target.decimals)) }
        }
    }

    @Test(arguments: [
        ("1,493.25亩", "1,493.25"), ("12345,678", "12345"), ("1,23", "1"), ("1,2345", "1"),
        ("1,234,567", "1,234,567"), ("1,234,56", "1,234"), ("123,456.5.5", "123,456.5"), ("5.亩", "5"),
        ("0.000001", "0.000001"), ("1000,000", "1000"), ("12,345,", "12,345"),
    ])
    func whereANumberEnds(text: String, number: String) throws {
        #expect(lexedNumber(text) == number)
        #expect(try Exact.parse(number) == Exact.parse(number.replacingOccurrences(",", "")))
    }

    @Test func stricterThanCommasAnywhere() throws {
        for bad in ["1,2", "12345,678", ".5", "5.", "-", "--5", "", "1,,234", "1.2.3", "+5", "5亩"] {
            #expect(throws: ArithmeticError.malformed, "\(bad)") { try Exact.parse(bad) }
        }
        #expect(try Exact.parse("-1,493.25") == Exact.fraction(-149325, 100))
        #expect(CSVReport.defused("-1,493.25") == "-1,493.25")
        #expect(CSVReport.defused("-1,2") == "'-1,2")
    }

    /// Across the 18th digit, where the 64-bit reading hands over to 128 bits.
    @Test func digitsPastSixtyFourBits() throws {
        for count in 1...40 {
            for decimals in [0, 1, count / 2, count - 1] where decimals < count {
                let digits = String((0..<count).map { Array("9876543210")[($0 * 7 + 3) % 10] })
                let text = decimals == 0 ? digits : String(digits.dropLast(decimals)) + "." + String(digits.suffix(decimals))
                var n: Int128 = 0, overflow = false
                for c in digits.utf8 {
                    let (m, o1) = n.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(Int128(c - 48))
                    n = s
                    overflow = overflow || o1 || o2
                }
                if overflow {
                    #expect(throws: ArithmeticError.overflow, "\(text)") { try Exact.parse(text) }
                    continue
                }
                var scale: Int128 = 1
                for _ in 0..<decimals { scale *= 10 }
                #expect(try Exact.parse(text) == Exact.fraction(n, scale), "\(text)")
                #expect(try Exact.parse("-" + text) == Exact.fraction(-n, scale), "-\(text)")
                let plain = plainTarget(text)
                if count <= 18 {
                    #expect(plain?.0 == Int64(n) && plain?.1 == decimals, "\(text)")
                } else {
                    #expect(plain == nil, "\(text): beyond 64 bits is for the parser")
                }
            }
        }
        #expect(try Exact.parse("0." + String(repeating: "9", count: 38)).den == Int128(10).power(38))
        #expect(throws: ArithmeticError.self) { try Exact.parse("0." + String(repeating: "0", count: 38) + "1") }
    }

    /// Random numbers, well and badly grouped: the lexer, the plain line and `Exact`
    /// read the same number.
    @Test func theThreeReadersAgree() throws {
        var rng = SplitMix(seed: 12)
        let pieces = ["0", "1", "7", "12", "345", "6789", ",", ",", ".", "00"]
        for _ in 0..<5000 {
            var text = String(Int(rng.next() % 9) + 1)
            for _ in 0..<Int(rng.next() % 6) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let number = lexedNumber(text + "亩")
            let value = try Exact.parse(number)
            let written = number.split(separator: ".").dropFirst().first?.count ?? 0
            if let (digits, decimals) = plainTarget(number) {
                #expect(decimals == written)
                #expect(PlainLine.value(digits, decimals: decimals) == value, "\(text)")
            }
            // Whatever follows the number is not part of it.
            if number.count < text.count { #expect(throws: ArithmeticError.self, "\(text)") { try Exact.parse(text) } }
        }
    }
}

extension Int128 {
    fileprivate func power(_ k: Int) -> Int128 { (0..<k).reduce(1) { p, _ in p * self } }
}
