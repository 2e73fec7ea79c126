import Testing
@testable import RecallCore
import RecallTestSupport

/// `DecimalDouble` against `Double(String)`: the same bits for every text, fast path or not.
@Suite struct DecimalDoubleTests {
    static func read(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { DecimalDouble.value($0) }
    }

    static func expectSame(_ text: String) {
        let expected = Double(text)
        let got = read(text)
        #expect(got?.bitPattern == expected?.bitPattern, "\(text): \(String(describing: got)) but Double(String) gives \(String(describing: expected))")
    }

    @Test func theWritersShortestFormsOfRandomDoublesReadBackAsDoubleReadsThem() {
        var random = SeededRandom(seed: 0xD0B1E)
        for _ in 0..<20_000 {
            let value: Double
            switch Int.random(in: 0..<4, using: &random) {
            case 0: value = Double(bitPattern: random.next())  // any double, extremes included
            case 1: value = Double.random(in: 0.001...36500, using: &random)  // stability
            case 2: value = Double.random(in: 1...10, using: &random)  // difficulty
            default: value = Double.random(in: 0...0x1p64, using: &random)  // whole and near-whole numbers
            }
            guard value.isFinite else { continue }
            let text = PythonFloat.repr(value)
            Self.expectSame(text)
            if value.magnitude >= 1e-3, value.magnitude < 0x1p64 {
                #expect(Array(text.utf8).withUnsafeBufferPointer { DecimalDouble.fast($0) } != nil, "\(text) takes the fast path")
            }
            #expect(Self.read(text) == value, "\(text) reads back as the value written")
        }
    }

    @Test func randomDecimalTextsRoundAsDoubleRoundsThem() {
        var random = SeededRandom(seed: 0xDEC1)
        for _ in 0..<20_000 {
            let digits = (0..<Int.random(in: 1...20, using: &random)).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            let point = Int.random(in: 0...digits.count, using: &random)
            var text = String(digits.prefix(point).isEmpty ? "0" : digits.prefix(point))
            if point < digits.count { text += "." + digits.dropFirst(point) }
            if Bool.random(using: &random) { text = "-" + text }
            if Int.random(in: 0..<3, using: &random) == 0 { text += "e\(Int.random(in: -30...30, using: &random))" }
            Self.expectSame(text)
        }
    }

    @Test func extremesTiesAndNonNumbersAgreeWithDouble() {
        let values: [Double] = [0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
                                -.greatestFiniteMagnitude, 0x1p53, 0x1p53 + 2, 0x1p64, 1e16, 1e22, 1e23, 0.1, 0.3, 2.5, 1.3]
        for value in values { Self.expectSame(PythonFloat.repr(value)) }
        let texts = [
            "9007199254740993", "9007199254740995", "18014398509481986", "180143985094819860e-1", "180143985094819900e-1", "1801439850948199.0",
            "1801439850948198.6e1", "9007199254740993.0", "0.30000000000000004", "1.00000000000000011102230246251565404236316680908203125",
            "4.9406564584124654e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "1.8e308", "1e-400",
            "0.0012345678901234567", "1234567890123456789", "12345678901234567890", "0.1234567890123456789e-5",
            "1E5", "1e+05", "1e-05", "-0", "-0.0", "00", "1.", ".5", "-", "", "e5", "1e", "1e+", "1.5x", " 1", "inf", "nan", "0x1p3",
        ]
        for text in texts { Self.expectSame(text) }
    }
}
