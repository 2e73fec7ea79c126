import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

@Suite struct ReviewLogTests {
    /// A device file of schema 2 (named as the one-file tests below name it).
    func makeLog(_ folder: TempFolder, entries: Int) throws -> String {
        let path = folder.file(ReviewLog.fileName)
        try ReviewLog.create(path, header: ReviewLog.headerLine(device: "testdev1", created: TestClock.base))
        let appender = try LogAppender(path: path)
        for seq in 1...max(entries, 1) where entries > 0 {
            try appender.append(LogEntry(seq: seq, time: TestClock.base + .minutes(Int64(seq)),
                                         event: .review(review("c\(seq % 3)", .good))).line)
        }
        return path
    }

    @Test func appendedEntriesReadBack() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try makeLog(folder, entries: 5)
        let (entries, result) = try ReviewLog.readAll(path)
        #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(entries.allSatisfy { $0.device == "testdev1" }, "entries get the header's device")
        #expect(result.lastSeq == 5)
        #expect(result.lineCount == 6)
        #expect(result.torn == nil)
        #expect(result.endOffset == folder.bytes(ReviewLog.fileName)!.count)
        #expect(result.header.created == TestClock.base)
        #expect(try ReviewLog.seq(endingAt: result.endOffset, in: path) == 5)
    }

    @Test func tornLastLineWithoutNewlineIsDroppedWithItsPlace() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try makeLog(folder, entries: 2)
        let before = folder.bytes(ReviewLog.fileName)!
        try folder.append(ReviewLog.fileName, #"{"seq":3,"type":"rev"#)
        let (entries, result) = try ReviewLog.readAll(path)
        #expect(entries.count == 2)
        let torn = try #require(result.torn)
        #expect(torn.line == 4)
        #expect(torn.offset == before.count)
        #expect(torn.reason == "it has no newline at the end")
        #expect(result.endOffset == before.count)
        #expect(result.lineCount == 3)
    }

    @Test func unparsableLastLineIsTornButInTheMiddleIsDamage() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try makeLog(folder, entries: 2)
        try folder.append(ReviewLog.fileName, "\0\0\0\0\n")
        let (entries, result) = try ReviewLog.readAll(path)
        #expect(entries.count == 2)
        #expect(result.torn?.line == 4)
        try folder.append(ReviewLog.fileName, String(decoding: LogEntry(seq: 3, time: TestClock.base, event: .undo(EventID(device: "testdev1", seq: 2))).line, as: UTF8.self))
        #expect(throws: ProgressError.damaged(file: path, line: 4, reason: .line(.expectedObject))) {
            try ReviewLog.readAll(path)
        }
    }

    @Test func seqMustGrow() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try makeLog(folder, entries: 2)
        try LogAppender(path: path).append(LogEntry(seq: 2, time: TestClock.base, event: .undo(EventID(device: "testdev1", seq: 1))).line)
        #expect(throws: ProgressError.damaged(file: path, line: 4, reason: .seqOutOfOrder(seq: 2, after: 2))) {
            try ReviewLog.readAll(path)
        }
    }

    @Test func badHeadersAreRecognised() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file(ReviewLog.fileName)
        func problem(_ text: String) -> ProgressError? {
            try? folder.write(ReviewLog.fileName, text)
            do {
                _ = try ReviewLog.readAll(path)
                return nil
            } catch {
                return error
            }
        }
        #expect(problem("") == .damaged(file: path, line: nil, reason: .emptyLog))
        #expect(problem(#"{"recall":"review-log","sch"#) == .damaged(file: path, line: 1, reason: .headerIncomplete))
        #expect(problem("hello\n")?.description.contains("not a recall review log: the first line is not JSON") == true)
        #expect(problem(#"{"card_id":1,"rating":3}"# + "\n") == .damaged(file: path, line: 1, reason: .notReviewLog))
        #expect(problem(#"{"recall":"review-log","schema":3,"created":"2026-01-01T00:00:00Z"}"# + "\n") == .newerSchema(file: path, schema: 3, supported: 2))
        #expect(problem(#"{"recall":"review-log","schema":1,"created":"2026-01-01T00:00:00Z"}"# + "\n") == nil)
        #expect(problem(#"{"recall":"review-log","schema":2,"device":"testdev1","created":"2026-01-01T00:00:00Z"}"# + "\n")?.description.contains("fails its guard") == true)
        #expect(problem(String(decoding: ReviewLog.headerLine(device: "testdev1", created: TestClock.base), as: UTF8.self)) == nil)
    }

    @Test func undoneIDsAreFound() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try makeLog(folder, entries: 3)
        let appender = try LogAppender(path: path)
        try appender.append(LogEntry(seq: 4, time: TestClock.base, event: .undo(EventID(device: "testdev1", seq: 3))).line)
        try appender.append(LogEntry(seq: 5, time: TestClock.base, event: .review(review("undo", .good))).line)
        #expect(try ReviewLog.undoneIDs(path) == [EventID(device: "testdev1", seq: 3)])
    }

    /// Issue 14 point 6: a same-length change inside a line (a flipped digit) parses as JSON, so
    /// schema 1 replayed it as a different answer; schema 2's guard catches it, with the line.
    @Test func aChangedDigitInAnOldLineIsCaught() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try makeLog(folder, entries: 3)
        var bytes = folder.bytes(ReviewLog.fileName)!
        let text = String(decoding: bytes, as: UTF8.self)
        let at = try #require(text.range(of: "\"rating\":3")).upperBound
        bytes[text.utf8.distance(from: text.startIndex, to: at) - 1] = UInt8(ascii: "1")
        try folder.write(ReviewLog.fileName, String(decoding: bytes, as: UTF8.self))
        #expect(throws: ProgressError.damaged(file: path, line: 2, reason: .line(.checksumMismatch))) {
            try ReviewLog.readAll(path)
        }
    }

    /// A schema-1 log reads as it is: no guard, no device, `undoes` a bare seq.
    @Test func aSchema1LogReadsAsItIs() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file(ReviewLog.fileName)
        var bytes = ReviewLog.schema1HeaderLine(created: TestClock.base)
        bytes += LogEntry(seq: 1, time: TestClock.base, event: .review(review("a", .good))).schema1Line
        bytes += LogEntry(seq: 2, time: TestClock.base, event: .undo(EventID(device: "", seq: 1))).schema1Line
        try folder.write(ReviewLog.fileName, String(decoding: bytes, as: UTF8.self))
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""undoes":1}"#))
        let (entries, result) = try ReviewLog.readAll(path)
        #expect(result.header.schema == 1)
        #expect(entries.map(\.id) == [EventID(device: "", seq: 1), EventID(device: "", seq: 2)])
        #expect(entries[1].event == .undo(EventID(device: "", seq: 1)))
        #expect(try ReviewLog.undoneIDs(path) == [EventID(device: "", seq: 1)])
    }
}
