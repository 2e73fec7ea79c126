import Testing
import RecallCore
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
            let first = line.count >= needle.count ? (0...(line.count - needle.count)).first { Array(line[$0..<$0 + needle.count]) == needle } : nil
            #expect(line.withUnsafeBufferPointer { ReviewLog.find(needle, in: $0) } == first, "\(String(decoding: line, as: UTF8.self))")
        }
        for (text, found) in [("\"undo\"", true), ("x\"undo\"", true), ("\"undo", false), ("\"und\"undo\"", true), ("", false), ("\"\"\"\"\"\"", false)] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { ReviewLog.contains($0, needle) } == found, "\(text)")
        }
    }

    /// The pre-pass searches whole blocks, not lines: whatever the block size, so wherever an
    /// undo line is cut, it finds what parsing every line finds; a torn last line is not read.
    @Test(arguments: [1, 7, 64, 199, 4_096, 1 << 20])
    func undoneIDsOfWholeBlocksAreThoseOfEveryLine(blockSize: Int) throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var random = SeededRandom(seed: 1314)
        var text = String(decoding: ReviewLog.headerLine(device: "k7f3q2mz", created: TestClock.base), as: UTF8.self)
        var expected = Set<EventID>()
        for seq in 1...600 {
            let event: ReviewEvent
            if seq > 1, Int.random(in: 0..<4, using: &random) == 0 {
                let target = EventID(device: Bool.random(using: &random) ? "k7f3q2mz" : "abcd1234", seq: Int.random(in: 1..<seq, using: &random))
                expected.insert(target)
                event = .undo(target)
            } else {
                // Cards and decks named "undo" too: a line that mentions it is no undo.
                event = .review(ReviewRecord(card: Bool.random(using: &random) ? "\"undo\"-카드" : "카드-\(seq)", rating: .good,
                                             scheduler: .fsrs, deck: "undo", file: "Decks/undo.md"))
            }
            text += String(decoding: LogEntry(seq: seq, time: TestClock.base + .minutes(Int64(seq)), event: event).line, as: UTF8.self)
        }
        let torn = LogEntry(seq: 601, time: TestClock.base, event: .undo(EventID(device: "k7f3q2mz", seq: 600))).line.dropLast()
        text += String(decoding: torn, as: UTF8.self)
        let path = try folder.write(ReviewLog.fileName, text)
        #expect(try ReviewLog.undoneIDs(path, blockSize: blockSize) == expected)
        let (entries, _) = try ReviewLog.readAll(path)
        #expect(Set(entries.compactMap { if case .undo(let id) = $0.event { id } else { nil } }) == expected)
    }
}
