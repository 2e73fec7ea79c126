import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// `LogFiles.readAhead`: the same entries as `read`, in order, across many batches; a damaged
/// line stops it with `read`'s error after the entries before it; an error of the caller stops
/// the reader thread and comes back, with no hang.
@Suite struct ReadAheadTests {
    /// A device file of `count` reviews, written by hand so that a test can break one line.
    func folder(count: Int, damagedLine: Int? = nil) throws -> (TempFolder, LogFiles) {
        let folder = try TempFolder()
        var bytes = ReviewLog.headerLine(device: "testdevice", created: TestClock.base)
        for n in 1...count {
            let event = ReviewEvent.review(review("card-\(n % 97)", Rating(rawValue: n % 4 + 1)!))
            var line = LogEntry(seq: n, time: TestClock.base + .seconds(Int64(n)), event: event, device: "testdevice").line
            if n + 1 == damagedLine { line = Array(#"{"seq":"broken"}"#.utf8) + [0x0A] }  // line 1 is the header
            bytes += line
        }
        try folder.write("log/testdevice.jsonl", String(decoding: bytes, as: UTF8.self))
        return (folder, try #require(try LogFiles.find(folder: folder.path)))
    }

    @Test func givesWhatReadGivesAcrossManyBatches() throws {
        let (folder, log) = try folder(count: 3 * 4096 + 17)
        defer { folder.remove() }
        var expected: [LogEntry] = []
        let plain = try log.read(positions: false) { expected.append($0) }
        var seen: [LogEntry] = []
        let ahead = try log.readAhead { seen.append($0) }
        #expect(seen == expected)
        #expect(seen.count == 3 * 4096 + 17)
        #expect(ahead.entries == plain.entries)
        #expect(ahead.results.map(\.endOffset) == plain.results.map(\.endOffset))
        #expect(ahead.results.map(\.lastSeq) == plain.results.map(\.lastSeq))
    }

    @Test func aDamagedLineIsReadsErrorAfterTheEntriesBeforeIt() throws {
        let (folder, log) = try folder(count: 9000, damagedLine: 5000)
        defer { folder.remove() }
        let plain = #expect(throws: ProgressError.self) { try log.read(positions: false) { _ in } }
        var seen = 0
        let ahead = #expect(throws: ProgressError.self) { try log.readAhead { _ in seen += 1 } }
        #expect(ahead == plain)
        #expect(ahead?.description.contains(":5000:") == true, "\(String(describing: ahead))")
        #expect(seen == 4998, "the entries of lines 2 to 4999")
    }

    struct Enough: Error {}

    @Test func theCallersErrorStopsTheReader() throws {
        let (folder, log) = try folder(count: 40_000)
        defer { folder.remove() }
        var seen = 0
        #expect(throws: Enough.self) {
            try log.readAhead { _ in
                seen += 1
                if seen == 100 { throw Enough() }
            }
        }
        #expect(seen == 100)
        // The reader thread ended (the call returned), and the log reads again from the start.
        var again = 0
        _ = try log.readAhead { _ in again += 1 }
        #expect(again == 40_000)
    }
}
