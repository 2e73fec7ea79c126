import Testing
import RecallTestSupport
@testable import RecallCore

/// The plain reader of the deck index's id arrays against the general reader (`JSONFields`):
/// on random arrays it gives the same strings, or nil and leaves the text to the general one.
@Suite struct PlainJSONCursorTests {
    static func general(_ text: String) -> [String]? {
        var strings: [String] = []
        let bytes = Array(text.utf8)
        let failure: JSONFields.Failure? = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONFields.Failure) {
                try JSONFields.forEachElement(in: buffer) { _, value in
                    if case .string(let s) = value { strings.append(String(s)) } else { strings.append("not a string") }
                }
                return nil
            } catch {
                return error
            }
        }
        return failure == nil ? strings : nil
    }

    static func plain(_ text: String) -> [String]? {
        Array(text.utf8).withUnsafeBufferPointer { PlainJSONCursor.strings(in: $0) }
    }

    @Test func idArraysReadAsTheGeneralReaderReadsThem() {
        var random = SeededRandom(seed: 0x1D5)
        var plainCount = 0
        for _ in 0..<3_000 {
            var elements: [String] = []
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                switch Int.random(in: 0..<6, using: &random) {
                case 0: elements.append(String(RandomJSON.stringRow(&random).json.dropFirst(5).dropLast()))
                case 1: elements.append(RandomJSON.number(&random))
                default:
                    var writer = JSONWriter()
                    writer.string(["bench-0000001", "vpc-nat-2", "서브넷-3", "", "a b"].randomElement(using: &random)!)
                    elements.append(String(decoding: writer.bytes, as: UTF8.self))
                }
            }
            let separator = Int.random(in: 0..<8, using: &random) == 0 ? ", " : ","
            let text = "[" + elements.joined(separator: separator) + "]"
            let general = Self.general(text)
            if let plain = Self.plain(text) {
                plainCount += 1
                #expect(plain == general, "\(text)")
            }
        }
        #expect(plainCount > 1_000, "most arrays take the plain path")
        #expect(Self.plain(#"["bench-0000001","서브넷-3"]"#) == ["bench-0000001", "서브넷-3"])
        #expect(Self.plain("[]") == [])
        #expect(Self.plain(#"["a\"b"]"#) == nil)
        #expect(Self.plain(#"["a"] "#) == nil)
    }

    /// `[n]` as the general reader reads it: the integer, or nil for a fraction, exponent or overflow.
    static func generalInteger(_ text: String) -> Int64? {
        var found: Int64?
        let bytes = Array("[\(text)]".utf8)
        _ = bytes.withUnsafeBufferPointer { buffer in
            try? JSONFields.forEachElement(in: buffer) { _, value in if case .integer(let n) = value { found = n } }
        }
        return found
    }

    @Test func theGeneralReaderReadsTheSmallestInt64AsAnInteger() {
        // A fuzz seed is a UInt64 written as its Int64 bit pattern: 2^63 is written as Int64.min.
        #expect(Self.generalInteger("-9223372036854775808") == .min)
        #expect(Self.generalInteger("-9223372036854775809") == nil)
    }

    @Test func integersReadAsTheGeneralReaderReadsThem() {
        var random = SeededRandom(seed: 0x8D1617)
        var texts = ["0", "-0", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "12345678",
                     "1234567812345678", "18446744073709551615", "99999999999999999999", "1.5", "1e5", "12345678.5"]
        for _ in 0..<5_000 {
            let digits = Int.random(in: 1...21, using: &random)
            var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            if Int.random(in: 0..<4, using: &random) != 0 { text = text.drop { $0 == "0" }.isEmpty ? "0" : String(text.drop { $0 == "0" }) }
            if Bool.random(using: &random) { text = "-" + text }
            texts.append(text)
            texts.append(String(Int64.random(in: .min ... .max, using: &random)))
        }
        for text in texts {
            let bytes = Array("\(text),".utf8)
            let plain = bytes.withUnsafeBufferPointer { buffer -> Int64? in
                var cursor = PlainJSONCursor(bytes: buffer)
                return cursor.integer()
            }
            if let plain { #expect(plain == Self.generalInteger(text), "\(text)") }
            else { #expect(Self.generalInteger(text) == nil || text.filter(\.isNumber).count > 19, "\(text) is left to the general reader") }
        }
    }
}
