import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// The writer's fast paths (digits in place, texts without escapes copied whole) write exactly
/// what the plain ways did.
@Suite struct JSONWriterTests {
    @Test func integersAreWrittenAsStringWritesThem() {
        var random = SeededRandom(seed: 11)
        var values: [Int64] = [0, 1, -1, 9, 10, -10, 99, 100, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1]
        for _ in 0..<20_000 { values.append(Int64.random(in: Int64.min...Int64.max, using: &random) >> Int64.random(in: 0...63, using: &random)) }
        for value in values {
            var out = JSONWriter()
            out.integer(value)
            #expect(String(decoding: out.bytes, as: UTF8.self) == String(value))
        }
        var out = JSONWriter()
        out.integer(UInt64.max)
        #expect(String(decoding: out.bytes, as: UTF8.self) == String(UInt64.max))
    }

    /// Texts with and without characters to escape, against Foundation's encoder read back.
    @Test func stringsReadBackThroughJSONSerialization() throws {
        var random = SeededRandom(seed: 12)
        let pieces = ["a", "탄력적", "\"", "\\", "\n", "\t", "\u{1}", "/", " ", "🙂", "x y"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            var whole = JSONWriter(), part = JSONWriter()
            whole.string(text)
            part.string(text[...])  // a Substring takes the same path
            #expect(whole.bytes == part.bytes)
            let bytes = Data(("[" + String(decoding: whole.bytes, as: UTF8.self) + "]").utf8)
            let decoded = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String])
            #expect(decoded == [text])
        }
    }
}
