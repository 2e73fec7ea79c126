import Testing
@testable import RecallStore
import RecallTestSupport

/// The undo pre-pass finds `"undo"` in each line with `ReviewLog.contains` (first byte by
/// `memchr`, the rest compared in place, issue 13): the same answer as a plain search.
@Suite struct ReviewLogContainsTests {
    @Test func findsTheNeedleWhereAPlainSearchDoes() {
        var random = SeededRandom(seed: 1313)
        let needle = Array("\"undo\"".utf8)
        let alphabet = Array("\"undo,:{} ".utf8)
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let plain = line.count >= needle.count && (0...(line.count - needle.count)).contains { Array(line[$0..<$0 + needle.count]) == needle }
            #expect(line.withUnsafeBufferPointer { ReviewLog.contains($0, needle) } == plain, "\(String(decoding: line, as: UTF8.self))")
        }
        for (text, found) in [("\"undo\"", true), ("x\"undo\"", true), ("\"undo", false), ("\"und\"undo\"", true), ("", false), ("\"\"\"\"\"\"", false)] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { ReviewLog.contains($0, needle) } == found, "\(text)")
        }
    }
}
