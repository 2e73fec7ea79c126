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
}
