import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

@Suite struct ProgressStoreTests {
    @Test func answersSurviveReopening() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let data = folder.file("data/nested")
        let store = try ProgressStore.open(folder: data, now: TestClock.base)
        let first = try store.record(review("a", .good), at: TestClock.base)
        try store.record(review("b", .again), at: TestClock.base + .minutes(1))
        try store.record(review("a", .good), at: TestClock.base + .minutes(11))
        #expect(first.schedule.state == .learning)
        let state = store.state
        try store.close()
        #expect(try DataFolder.exists(DataFolder.configPath(data)))

        let reopened = try ProgressStore.open(folder: data, now: TestClock.base + .hours(1))
        #expect(reopened.state == state)
        #expect(reopened.warnings.isEmpty)
        #expect(reopened.state.cards["a"]?.schedule?.state == .review)
        #expect(reopened.state.lastSeq(of: reopened.writer.device) == 3)
        try reopened.record(review("b", .good), at: TestClock.base + .hours(1))
        #expect(reopened.state.lastSeq(of: reopened.writer.device) == 4)
    }

    @Test func aTornLastLineIsKeptAsideAndCutOffByTheWriter() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .good), at: TestClock.base)
        try store.close()
        let good = folder.bytes(folder.deviceLogName)!
        try folder.append(folder.deviceLogName, #"{"seq":2,"type":"re"#)

        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings[0].hasPrefix(folder.file(folder.deviceLogName) + ":3: warning: ignoring an incomplete last line"))
        #expect(folder.bytes(folder.deviceLogName)! == good + Array(#"{"seq":2,"type":"re"#.utf8), "readers never change the log")

        let writer = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        #expect(writer.warnings.count == 1)
        #expect(writer.warnings[0].contains(":3: dropped an incomplete last line"))
        #expect(folder.bytes(folder.deviceLogName)! == good)
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.file("damaged"))
        #expect(aside.count == 1)
        #expect(folder.bytes("damaged/" + aside[0]) == Array(#"{"seq":2,"type":"re"#.utf8))
        try writer.record(review("a", .good), at: TestClock.base + .minutes(10))
        #expect(try ReviewLog.readAll(folder.file(folder.deviceLogName)).0.map(\.seq) == [1, 2])
    }

    /// The study screen left open (one store) must not block `recall answer` from a script
    /// (another): both record, and neither's answer is lost or overwritten.
    @Test func twoOpenStoresBothRecordAndNeitherLosesAnAnswer() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let screen = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        let script = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try script.record(review("b", .good), at: TestClock.base + .minutes(1))
        #expect(try screen.refresh())
        #expect(screen.state.cards["b"] != nil)
        #expect(try !screen.refresh())
        try screen.record(review("a", .good), at: TestClock.base + .minutes(2))
        try script.record(review("c", .again), at: TestClock.base + .minutes(3))
        try screen.record(review("a", .good), at: TestClock.base + .minutes(13))
        #expect(try ReviewLog.readAll(folder.file(folder.deviceLogName)).0.map(\.seq) == [1, 2, 3, 4])
        #expect(Set(screen.state.cards.keys) == ["a", "b", "c"])
        try script.close()
        try screen.close()
        let reopened = try ProgressStore.open(folder: folder.path, now: TestClock.base + .hours(1))
        #expect(reopened.state == screen.state)
        #expect(reopened.state.lastSeq(of: reopened.writer.device) == 4)
        try reopened.close()
    }

    /// Undo takes back this session's answer, but not once another process answered the card since.
    @Test func undoLeavesAnAnswerGivenElsewhereAlone() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let screen = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        let script = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try screen.record(review("a", .good), at: TestClock.base)
        try script.record(review("a", .again), at: TestClock.base + .minutes(1))
        #expect(try screen.undoLast(at: TestClock.base + .minutes(2)) == nil)
        #expect(screen.state.cards["a"]?.schedule?.reps == 2)
        try screen.record(review("b", .good), at: TestClock.base + .minutes(3))
        #expect(try screen.undoLast(at: TestClock.base + .minutes(4)) == "b")
        #expect(screen.state.cards["b"] == nil)
    }

    @Test func aWriterThatKeepsTheLockRefusesWithThePID() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try DataFolder.create(folder.path)
        let held = try StoreLock.acquire(folder: folder.path)
        #expect(throws: ProgressError.locked(folder: folder.path, pid: getpid())) {
            try ProgressStore.open(folder: folder.path, now: TestClock.base, lockWait: 50)
        }
        #expect(ProgressError.locked(folder: "/d", pid: 42).description == "another recall (pid 42) is using /d; close it first")
        _ = try ProgressLoader.loadForReading(folder: folder.path)  // readers need no lock
        held.release()
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base, lockWait: 50)
        try store.close()
    }

    @Test func aFailedOpenLeavesADamagedLogAsItIs() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write(ReviewLog.fileName, "garbage\n")
        #expect(throws: ProgressError.self) { try ProgressStore.open(folder: folder.path, now: TestClock.base) }
        #expect(folder.bytes(ReviewLog.fileName)! == Array("garbage\n".utf8))
        #expect(folder.bytes("device.json") == nil && folder.bytes("log") == nil, "nothing else is made either")
    }
}
