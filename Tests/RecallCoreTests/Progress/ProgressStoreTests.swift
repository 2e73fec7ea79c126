import Foundation
import Testing
@testable import RecallCore

@Suite struct ProgressStoreTests {
    @Test func answersSurviveReopening() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let data = folder.file("data/nested")
        let store = try ProgressStore.open(folder: data, now: TestClock.base)
        let first = try store.record(review("a", .good), at: TestClock.base)
        try store.record(review("b", .again), at: TestClock.base + .minutes(1))
        try store.record(review("a", .good), at: TestClock.base + .minutes(11))
        #expect(first.state == .learning)
        let state = store.state
        try store.close()
        #expect(DataFolder.exists(DataFolder.configPath(data)))

        let reopened = try ProgressStore.open(folder: data, now: TestClock.base + .hours(1))
        #expect(reopened.state == state)
        #expect(reopened.warnings.isEmpty)
        #expect(reopened.state.cards["a"]?.schedule?.state == .review)
        #expect(reopened.state.lastSeq == 3)
        try reopened.record(review("b", .good), at: TestClock.base + .hours(1))
        #expect(reopened.state.lastSeq == 4)
    }

    @Test func aTornLastLineIsKeptAsideAndCutOffByTheWriter() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .good), at: TestClock.base)
        try store.close()
        let good = folder.bytes(ReviewLog.fileName)!
        try folder.append(ReviewLog.fileName, #"{"seq":2,"type":"re"#)

        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings[0].hasPrefix(folder.file(ReviewLog.fileName) + ":3: warning: ignoring an incomplete last line"))
        #expect(folder.bytes(ReviewLog.fileName)! == good + Array(#"{"seq":2,"type":"re"#.utf8), "readers never change the log")

        let writer = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        #expect(writer.warnings.count == 1)
        #expect(writer.warnings[0].contains(":3: dropped an incomplete last line"))
        #expect(folder.bytes(ReviewLog.fileName)! == good)
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.file("damaged"))
        #expect(aside.count == 1)
        #expect(folder.bytes("damaged/" + aside[0]) == Array(#"{"seq":2,"type":"re"#.utf8))
        try writer.record(review("a", .good), at: TestClock.base + .minutes(10))
        #expect(try ReviewLog.readAll(folder.file(ReviewLog.fileName)).0.map(\.seq) == [1, 2])
    }

    @Test func aSecondWriterIsRefusedWithThePID() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        #expect(throws: ProgressError.locked(folder: folder.path, pid: getpid())) {
            try ProgressStore.open(folder: folder.path, now: TestClock.base)
        }
        #expect(ProgressError.locked(folder: "/d", pid: 42).description == "another recall (pid 42) is using /d; close it first")
        _ = try ProgressLoader.loadForReading(folder: folder.path)  // readers need no lock
        try store.close()
        let again = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try again.close()
    }

    @Test func aFailedOpenLeavesADamagedLogAsItIs() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write(ReviewLog.fileName, "garbage\n")
        #expect(throws: ProgressError.self) { try ProgressStore.open(folder: folder.path, now: TestClock.base) }
        #expect(folder.bytes(ReviewLog.fileName)! == Array("garbage\n".utf8))
    }
}
