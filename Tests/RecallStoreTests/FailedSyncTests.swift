import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore
@testable import RecallStore

/// A sync that fails when told to, and counts its calls: the disk error a test cannot cause.
final class FlakySync {
    var calls = 0
    /// Calls (1-based) that fail with EIO.
    var failing: Set<Int>

    init(failing: Set<Int>) { self.failing = failing }

    var sync: FileSync {
        FileSync { [self] fd in
            calls += 1
            if failing.contains(calls) {
                errno = EIO
                return -1
            }
            return fsync(fd)
        }
    }
}

@Suite struct FailedSyncTests {
    /// The answer whose fsync failed is not acknowledged, so it must not stay in the log: the next
    /// answer takes its seq, and the next start reads the log without damage.
    @Test func aFailedSyncCutsTheLineBackAndTheNextAnswerIsSaved() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let flaky = FlakySync(failing: [2])
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base, sync: flaky.sync)
        try store.record(review("a", .good), at: TestClock.base)
        let acknowledged = folder.bytes(folder.deviceLogName)!
        let error = #expect(throws: ProgressError.self) {
            try store.record(review("b", .again), at: TestClock.base + .minutes(1))
        }
        #expect(error?.description.contains("cannot make the answer durable (fsync failed: Input/output error)") == true)
        #expect(folder.bytes(folder.deviceLogName)! == acknowledged, "the unacknowledged line is cut back")
        #expect(store.state.cards["b"] == nil)
        try store.record(review("c", .good), at: TestClock.base + .minutes(2))
        try store.close()

        let reopened = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1))
        #expect(reopened.warnings.isEmpty)
        #expect(Set(reopened.state.cards.keys) == ["a", "c"])
        #expect(try ReviewLog.readAll(folder.file(folder.deviceLogName)).0.map(\.seq) == [1, 2])
        try reopened.close()
    }

    /// When even the cut back cannot be made durable, the log's end is unknown: every later
    /// write is refused, with a message to restart, and nothing more is appended.
    @Test func whenTheCutBackFailsTooEveryLaterWriteIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let flaky = FlakySync(failing: [1, 2])
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base, sync: flaky.sync)
        let first = #expect(throws: ProgressError.self) {
            try store.record(review("a", .good), at: TestClock.base)
        }
        #expect(first?.description.contains("start recall again") == true)
        let before = folder.bytes(folder.deviceLogName)!
        for attempt in 0..<2 {
            let later = #expect(throws: ProgressError.self) {
                try store.record(review("b", .good), at: TestClock.base + .minutes(Int64(attempt + 1)))
            }
            #expect(later?.description.contains("start recall again") == true)
        }
        #expect(throws: ProgressError.self) { try store.undoLast(at: TestClock.base + .minutes(5)) }
        #expect(throws: ProgressError.self) { try store.suspend(card: "a", at: TestClock.base + .minutes(5)) }
        #expect(folder.bytes(folder.deviceLogName)! == before, "nothing more is written")
        #expect(flaky.calls == 2, "no more syncs: no more writes")
        store.abandonWithoutCompacting()

        let reopened = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1))
        #expect(reopened.state.lastSeq(of: reopened.writer.device) <= 1)
        try reopened.record(review("b", .good), at: TestClock.base + .hours(1))
        try reopened.close()
    }

    /// The same for the appender alone, which `doctor` and the tests use directly.
    @Test func theAppenderCutsBackToItsLastAcknowledgedLine() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file(ReviewLog.fileName)
        try ReviewLog.create(path, header: ReviewLog.headerLine(device: "testdev1", created: TestClock.base))
        let flaky = FlakySync(failing: [2])
        let appender = try LogAppender(path: path, sync: flaky.sync)
        try appender.append(LogEntry(seq: 1, time: TestClock.base, event: .review(review("a", .good))).line)
        let acknowledged = folder.bytes(ReviewLog.fileName)!
        #expect(throws: ProgressError.self) {
            try appender.append(LogEntry(seq: 2, time: TestClock.base, event: .review(review("b", .good))).line)
        }
        #expect(folder.bytes(ReviewLog.fileName)! == acknowledged)
        #expect(appender.size == acknowledged.count)
        try appender.append(LogEntry(seq: 2, time: TestClock.base, event: .review(review("c", .good))).line)
        #expect(try ReviewLog.readAll(path).0.map(\.seq) == [1, 2])
    }
}
