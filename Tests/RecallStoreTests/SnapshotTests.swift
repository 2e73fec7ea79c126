import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

@Suite struct SnapshotTests {
    /// A session with every kind of event, on an injected clock.
    func fill(_ store: ProgressStore, from start: Instant = TestClock.base) throws {
        var time = start
        for (n, rating) in [Rating.good, .good, .again, .easy, .hard, .good].enumerated() {
            try store.record(review("c\(n % 3)", rating, deck: n % 2 == 0 ? "AWS::VPC" : "AWS::S3", scheduler: n == 4 ? .sm2 : .fsrs), at: time)
            time = time + .minutes(7)
        }
        try store.suspend(card: "c1", at: time)
        try store.bury(card: "c2", until: time + .hours(12), at: time)
        try store.suspend(card: "never-answered", at: time)
        try store.record(review("c0", .again), at: time + .days(3))
        try store.undoLast(at: time + .days(3))
    }

    @Test func encodedSnapshotReadsBackEqual() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try fill(store)
        try store.record(review("c1", .good), at: TestClock.base + .days(3) + .hours(2))
        #expect(store.state.recentAnswers.count == 1)
        let position = LogFilePosition(file: folder.deviceLogName, device: store.writer.device, created: TestClock.base, offset: 10,
                                       lines: 3, lastSeq: 12, size: 20, modified: 1_767_258_000_123_456_789, checksum: 0x3F1C_09AB)
        let covered = MergeKey(time: TestClock.base + .days(3), device: store.writer.device, seq: 12)
        let snapshot = Snapshot(logs: [position], covered: covered, settings: "s \"x\"", state: store.state)
        let decoded = try #require(try Snapshot.decode(snapshot.encoded(), path: "snapshot.json"))
        #expect(decoded.state == store.state)
        #expect(decoded.state.cards == store.state.cards)
        #expect(decoded.logs == [position] && decoded.covered == covered && decoded.settings == "s \"x\"")
        let empty = Snapshot(logs: [], covered: nil, settings: "", state: ProgressState())
        #expect(try Snapshot.decode(empty.encoded(), path: "s")?.state == ProgressState())
    }

    @Test func reopeningUsesTheSnapshotAndGivesTheReplayedState() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try fill(store)
        let live = store.state
        try store.close()
        #expect(try DataFolder.exists(folder.file(Snapshot.fileName)))
        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(loaded.usedSnapshot)
        #expect(loaded.tailEntries == 0)
        #expect(loaded.state == live)
        let (entries, _) = try ReviewLog.readAll(folder.file(folder.deviceLogName))
        #expect(ProgressState.replay(entries, schedulers: defaultSchedulers) == live)
    }

    @Test func aSessionThatEndedWithoutCompactingIsTheSnapshotPlusTheTail() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let first = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try fill(first)
        try first.close()
        let second = try ProgressStore.open(folder: folder.path, now: TestClock.base + .days(5))
        try fill(second, from: TestClock.base + .days(5))
        let live = second.state
        second.abandonWithoutCompacting()  // as if killed
        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(loaded.usedSnapshot)
        #expect(loaded.tailEntries == 11)
        #expect(loaded.state == live)
    }

    @Test func anUndoOfAnAnswerBeforeTheSnapshotMeansAFullReplay() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .good), at: TestClock.base)
        try store.writeSnapshot()
        try store.undoLast(at: TestClock.base + .minutes(1))
        store.abandonWithoutCompacting()
        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(!loaded.usedSnapshot)
        #expect(loaded.state.cards["a"] == nil)
    }

    @Test func otherSettingsOrAnotherLogMeanARebuild() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try fill(store)
        try store.close()
        var config = StudyConfig()
        config.desiredRetention = 0.8
        try folder.write(StudyConfig.fileName, String(decoding: config.fileBytes, as: UTF8.self))
        let (rebuilt, _) = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(!rebuilt.usedSnapshot)
        #expect(rebuilt.warnings.isEmpty)
        try FileManager.default.removeItem(atPath: folder.file(StudyConfig.fileName))

        let log = folder.file(folder.deviceLogName)
        let bytes = folder.bytes(folder.deviceLogName)!
        try ReviewLog.create(log, header: ReviewLog.headerLine(device: store.writer.device, created: TestClock.base + .seconds(1)))
        try LogAppender(path: log).append(Array(bytes[bytes.firstIndex(of: 0x0A)! + 1 ..< bytes.count]))
        let (other, _) = try ProgressLoader.loadForReading(folder: folder.path)
        #expect(!other.usedSnapshot)
        #expect(other.warnings == ["\(folder.file(Snapshot.fileName)): it was made from another review log; rebuilt the state from the log"])
    }

    @Test func aLogShorterThanTheSnapshotIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try fill(store)
        try store.close()
        let bytes = folder.bytes(folder.deviceLogName)!
        let cut = Array(bytes[..<(bytes.count - 200)])
        let lastNewline = cut.lastIndex(of: 0x0A)!
        try Data(cut[...lastNewline]).write(to: URL(fileURLWithPath: folder.file(folder.deviceLogName)))
        let lines = bytes.filter { $0 == 0x0A }.count
        let left = cut[...lastNewline].filter { $0 == 0x0A }.count
        #expect {
            try ProgressStore.open(folder: folder.path, now: TestClock.base)
        } throws: { error in
            // Issue 14 point 6: how many acknowledged lines are gone, not "no answer is lost".
            "\(error)".hasPrefix(folder.file(folder.deviceLogName) + ": the log is \(lastNewline + 1) bytes but snapshot.json covers \(bytes.count)")
                && "\(error)".contains("\(lines - left) of the \(lines) lines the snapshot knew are gone")
        }
        #expect(folder.bytes(folder.deviceLogName)! == Array(cut[...lastNewline]))
    }

    @Test func damagedSnapshotsAreRefusedWithTheirPlace() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try fill(store)
        try store.close()
        let good = folder.bytes(Snapshot.fileName)!
        let path = folder.file(Snapshot.fileName)
        func problem(_ bytes: [UInt8]) -> String {
            try? Data(bytes).write(to: URL(fileURLWithPath: path))
            do {
                _ = try ProgressStore.open(folder: folder.path, now: TestClock.base)
                return "opened"
            } catch {
                #expect(folder.bytes(Snapshot.fileName)! == bytes, "never overwritten")
                return error.description
            }
        }
        #expect(problem([]).hasPrefix("\(path): the file is empty"))
        #expect(problem(Array(good[..<(good.count / 2)])).contains("truncated"))
        #expect(problem(Array("not json\n".utf8)).hasPrefix("\(path):1: not a recall snapshot"))
        #expect(problem(Array(#"{"recall":"snapshot","schema":9,"#.utf8) + [0x0A]) == "\(path): schema 9 was written by a newer recall (this one reads up to 2); the file was left as it is")
        var edited = good
        let secondCardRow = edited.indices.filter { edited[$0] == 0x0A }[7] + 2
        edited[secondCardRow] = UInt8(ascii: "?")
        #expect(problem(edited).hasPrefix("\(path):9: not a JSON array"))
        #expect(problem(good) == "opened")
    }
}
