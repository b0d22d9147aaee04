import Testing
@testable import JXCore
import JXTestSupport

@Suite struct ExactTests {
    @Test func parsesDecimalsAndThousandsExactly() throws {
        #expect(try Exact.parse("1,493.25").decimalString() == "1493.25")
        #expect(try Exact.parse("396.186998").decimalString() == "396.186998")
        #expect(try Exact.parse("0.1").adding(Exact.parse("0.2")) == Exact.parse("0.3"))
    }

    @Test func roundsHalfUpNotToEven() throws {
        #expect(try Exact.parse("2.345").rounded(2) == "2.35")
        #expect(try Exact.parse("0.125").rounded(2) == "0.13")
        #expect(try Exact.parse("2.5").rounded(0) == "3")
        #expect(try Exact.parse("3.5").rounded(0) == "4")
        #expect(try Exact.parse("-2.5").rounded(0) == "-3")
        #expect(try Exact.parse("9.995").rounded(2) == "10.00")
        #expect(try Exact.parse("-0.001").rounded(2) == "0.00")
    }

    /// A unit written after the digits, in the 64-bit path and past it, and after a minus
    /// that rounding leaves out.
    @Test func roundsWithAUnitAfterTheDigits() throws {
        #expect(try Exact.parse("0.125").rounded(2, suffix: "%") == "0.13%")
        #expect(try Exact.parse("-0.001").rounded(2, suffix: "%") == "0.00%")
        #expect(try Exact.parse("-1493.25").decimalString(suffix: "万元") == "-1493.25万元")
        let huge = try Exact.parse("123456789012345678901234567.5")
        #expect(huge.rounded(0, suffix: "亩") == "123456789012345678901234568亩")
        #expect(Quantity(try Exact.parse("6.666666"), Unit(name: "%", dimension: "ratio", factor: .one, dimensionLabel: "比率")).text() == "6.67%")
    }

    @Test func ratiosStayExactUntilShown() throws {
        let r = try Exact(30).divided(by: Exact(450))
        #expect(try r.multiplied(by: .hundred).rounded(2) == "6.67")
        #expect(try r.multiplied(by: Exact(450)) == Exact(30))
        #expect(!r.isTerminatingDecimal)
    }

    @Test func overflowIsAnErrorNotATrap() {
        let big = try! Exact.parse("100000000000000000000000000000000000")
        #expect(throws: ArithmeticError.self) { try big.multiplied(by: big) }
        #expect(throws: ArithmeticError.self) { try Exact.parse("1" + String(repeating: "0", count: 60)) }
        #expect(throws: ArithmeticError.self) { try Exact.one.divided(by: .zero) }
    }

    @Test func roundingAHugeDenominatorDoesNotTrap() throws {
        let x = try Exact.parse("0.99999999999999999999999999999999999999")
        #expect(x.rounded(2) == "1.00")
        #expect(x.rounded(38) == "0.99999999999999999999999999999999999999")
    }

    @Test func comparesWithoutOverflow() throws {
        let a = try Exact.fraction(Int128.max / 3, 7)
        let b = try Exact.fraction(Int128.max / 3, 11)
        #expect(b < a)
        #expect(!(a < a))
    }

    /// `rounded` takes a 64-bit path for usual magnitudes: it must give the digits of
    /// half-up rounding, checked against a reference in 128-bit arithmetic.
    @Test func roundingMatchesAReferenceAcrossMagnitudes() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let n = Int128(Int64.random(in: -(1 << 62)...(1 << 62), using: &rng) >> Int.random(in: 0...60, using: &rng))
            let d = Int128(Int64.random(in: 1...(1 << 58), using: &rng) >> Int.random(in: 0...57, using: &rng)) | 1
            let k = Int.random(in: 0...6, using: &rng)
            let x = try Exact.fraction(n, d)
            // Reference: round(|n|·10^k / d) half up = (2·|n|·10^k + d) ÷ 2d, then placed.
            var scale: Int128 = 1
            for _ in 0..<k { scale *= 10 }
            let m = (2 * n.magnitude * UInt128(scale) + d.magnitude) / (2 * d.magnitude)
            var digits = String(m)
            if k > 0 {
                if digits.count <= k { digits = String(repeating: "0", count: k + 1 - digits.count) + digits }
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -k))
            }
            let expected = (n < 0 && m != 0 ? "-" : "") + digits
            #expect(x.rounded(k) == expected, "\(n)/\(d) to \(k)")
        }
    }

    /// A value's exact decimals come from the 2s and 5s of its denominator (and there are
    /// none when anything else divides it), also past 64 bits.
    @Test func exactDecimalsCountTwosAndFives() throws {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let a = Int.random(in: 0...40, using: &rng), b = Int.random(in: 0...25, using: &rng)
            let other: Int128 = [1, 1, 3, 7, 9, 11][Int.random(in: 0...5, using: &rng)]
            var den: Int128 = other
            for _ in 0..<a { den *= 2 }
            for _ in 0..<b { den *= 5 }
            let x = try Exact.fraction(1, den)
            #expect(x.exactDecimals == (other == 1 ? max(a, b) : nil), "1/\(den)")
            #expect(x.isTerminatingDecimal == (other == 1))
        }
    }

    /// Two figures round alike exactly when their written roundings are equal: signs,
    /// carries into the whole part, -0.00, and numbers too large for 64 bits.
    @Test func roundsAlikeAsTheirWrittenRoundings() throws {
        var rng = SplitMix(seed: 11)
        func pick() throws -> Exact {
            let big = rng.next() % 8 == 0
            let n = Int128(Int64(bitPattern: rng.next()) % (big ? Int64.max : 200_000)) * (big ? 1_000_000 : 1)
            let d = Int128(rng.next() % (big ? 1_000_000_000_000 : 2_000) + 1)
            return try Exact.fraction(n, d)
        }
        for _ in 0..<3000 {
            let a = try pick()
            let decimals = Int(rng.next() % 5)
            // Half the pairs are near each other, where rounding decides.
            let b = rng.next() % 2 == 0 ? try pick() : try a.adding(Exact.fraction(Int128(rng.next() % 7) - 3, 2000))
            #expect(a.roundsAlike(b, decimals: decimals) == (a.rounded(decimals) == b.rounded(decimals)), "\(a) \(b) \(decimals)")
        }
        #expect(try Exact.parse("-0.001").roundsAlike(Exact.parse("0.001"), decimals: 2) == (Exact.parse("-0.001").rounded(2) == "0.00"))
        #expect(try Exact.parse("9.995").roundsAlike(Exact.parse("10"), decimals: 2))
    }

    /// Values near and past 64 bits, where `Exact` leaves its 64-bit storage: every
    /// operation agrees with the same fraction worked out in 128 bits, and a value reached
    /// two ways is one value (equal, one hash), whichever storage it ended in.
    @Test func valuesPast64BitsAgreeWith128BitFractions() throws {
        let edges: [Int128] = [1, 2, 3, 7, 10, 100, 1 << 31, (1 << 62) + 1, Int128(Int64.max) - 1, Int128(Int64.max),
                               Int128(Int64.max) + 1, 1 << 64, (1 << 70) + 3, Int128(UInt64.max)]
        var values: [Exact] = []
        for n in edges {
            for d in [Int128(1), 3, 1 << 40, Int128(Int64.max), 1 << 66] {
                values.append(try Exact.fraction(n, d))
                values.append(try Exact.fraction(-n, d))
            }
        }
        values.append(try Exact.fraction(Int128(Int64.min), 1))
        func reference(_ n: Int128, _ d: Int128) -> Exact? {
            try? Exact.fraction(n, d)
        }
        for a in values {
            for b in values {
                // a/b ± c/e over the product of the denominators, unreduced: when that
                // fits 128 bits, the result must be its value.
                let (ad, o1) = a.num.multipliedReportingOverflow(by: b.den)
                let (bc, o2) = b.num.multipliedReportingOverflow(by: a.den)
                let (dd, o3) = a.den.multipliedReportingOverflow(by: b.den)
                if !o1, !o2, !o3 {
                    let (s, o4) = ad.addingReportingOverflow(bc)
                    if !o4, let r = reference(s, dd) { #expect(try a.adding(b) == r, "\(a) + \(b)") }
                    #expect((a < b) == (ad < bc), "\(a) < \(b)")
                }
                let (nn, o5) = a.num.multipliedReportingOverflow(by: b.num)
                if !o5, !o3, let r = reference(nn, dd) { #expect(try a.multiplied(by: b) == r, "\(a) × \(b)") }
                #expect((a == b) == (a.num == b.num && a.den == b.den))
                if a == b { #expect(a.hashValue == b.hashValue) }
            }
            #expect(try a.negated().negated() == a)
            #expect(try a.subtracting(a).isZero)
            #expect(a.isNegative == (a.num < 0))
        }
        // 2^63 reached by a sum, a product and a quotient, past 64-bit storage each time.
        let m = Exact(Int(Int64.max))
        let viaSum = try m.adding(.one)
        let viaProduct = try Exact(1 << 62).multiplied(by: Exact(2))
        let viaQuotient = try Exact.fraction(Int128(1) << 64, 2)
        #expect(viaSum == viaProduct && viaProduct == viaQuotient)
        #expect(Set([viaSum, viaProduct, viaQuotient]).count == 1)
        #expect(viaSum.rounded(0) == "9223372036854775808")
        // And back: taking one off gives the 64-bit value again.
        #expect(try viaSum.subtracting(.one) == m)
        #expect(try Exact.fraction(Int128(Int64.min), 1).negated().rounded(0) == "9223372036854775808")
    }
}
