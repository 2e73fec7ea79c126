import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// Issue 20's edge cases of the union of device files: each delivery that a sync tool or a
/// person can make, and that the state after it is the full replay's.
@Suite struct MergeEdgeCaseTests {
    static let laptop = "k7f3q2mzab4c"
    static let desktop = "p9wx2hd3tu6e"
    /// Weights far from the defaults (`FSRSParametersReplayTests.fitted`).
    static let fitted: [Double] = [0.1428, 0.8296, 2.817, 7.9812, 6.6026, 0.9039, 2.8853, 0.0048, 1.7114, 0.13, 0.6277,
                                   1.5844, 0.025, 0.3859, 1.7629, 0.6023, 1.8729, 0.6296, 0.137, 0.1792, 0.4865]

    /// A device file of `device` with `events`, seq from 1.
    static func file(_ device: String, _ events: [(Instant, ReviewEvent)]) -> [UInt8] {
        var bytes = ReviewLog.headerLine(device: device, created: TestClock.base)
        for (n, (time, event)) in events.enumerated() {
            bytes += LogEntry(seq: n + 1, time: time, event: event, device: device).line
        }
        return bytes
    }

    static func at(_ minutes: Int64) -> Instant { TestClock.base + .minutes(minutes) }

    static func put(_ bytes: [UInt8], _ name: String, in folder: TempFolder) throws {
        try folder.write(name, String(decoding: bytes, as: UTF8.self))
    }

    /// The state a replay of the whole union gives, with no snapshot.
    static func fullReplay(_ folder: TempFolder) throws -> ProgressState {
        let copy = try TempFolder()
        defer { copy.remove() }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != Snapshot.fileName {
            try FileManager.default.copyItem(atPath: folder.file(name), toPath: copy.file(name))
        }
        return try ProgressLoader.loadForReading(folder: copy.path).0.state
    }

    /// The laptop studies, writes its snapshot, and then `bytes` arrive as the desktop's file.
    static func laptopWithSnapshot(_ events: [(Instant, String, Rating)], config: StudyConfig? = nil) throws -> TempFolder {
        let folder = try TempFolder()
        if let config { try folder.write(StudyConfig.fileName, String(decoding: config.fileBytes, as: UTF8.self)) }
        let store = try ProgressStore.open(folder: folder.path, now: events.first?.0 ?? TestClock.base)
        for (time, card, rating) in events { try store.record(review(card, rating), at: time) }
        try store.close()
        return folder
    }

    @Test func theSameFileUnderTwoNamesCountsOnce() throws {
        let folder = try Self.laptopWithSnapshot([(Self.at(0), "a", .good)])
        defer { folder.remove() }
        let theirs = Self.file(Self.desktop, [(Self.at(1), .review(review("a", .hard))), (Self.at(2), .review(review("b", .good)))])
        try Self.put(theirs, "log/\(Self.desktop).jsonl", in: folder)
        let once = try ProgressLoader.loadForReading(folder: folder.path).0
        try Self.put(theirs, "log/\(Self.desktop) (1).jsonl", in: folder)
        try Self.put(theirs, "log/\(Self.desktop).sync-conflict-20261202-093000-ABCDEFG.jsonl", in: folder)
        let thrice = try ProgressLoader.loadForReading(folder: folder.path).0
        #expect(thrice.state == once.state)
        #expect(thrice.state.cards["a"]?.schedule?.reps == 2)
        #expect(try Self.fullReplay(folder) == once.state)
    }

    /// The same lines appended twice to a file (`cat theirs >> theirs` by hand, a tool that
    /// appends instead of replacing): the second copy's first line goes back in seq, which is
    /// damage in that file, named with its line; recall refuses rather than guess, and the
    /// machine's own file is not touched. Delivering the file again whole mends it.
    @Test func linesAppendedTwiceAreDamageNamedByLine() throws {
        let folder = try Self.laptopWithSnapshot([(Self.at(0), "a", .good)])
        defer { folder.remove() }
        let events: [(Instant, ReviewEvent)] = [(Self.at(1), .review(review("a", .hard))), (Self.at(2), .review(review("b", .good)))]
        let theirs = Self.file(Self.desktop, events)
        let header = ReviewLog.headerLine(device: Self.desktop, created: TestClock.base).count
        let name = "log/\(Self.desktop).jsonl"
        try Self.put(theirs + theirs[header...], name, in: folder)
        #expect(throws: ProgressError.damaged(file: folder.file(name), line: 4, reason: .seqOutOfOrder(seq: 1, after: 2))) {
            try ProgressLoader.loadForReading(folder: folder.path)
        }
        let own = folder.bytes(folder.deviceLogName)
        #expect(throws: ProgressError.self) { try ProgressStore.open(folder: folder.path, now: Self.at(10)) }
        #expect(folder.bytes(folder.deviceLogName) == own)
        // A line that repeats the one just before it is a copy, counted once (issue 14 point 3).
        let lastLine = Array(theirs[theirs[..<(theirs.count - 1)].lastIndex(of: 0x0A)! + 1 ..< theirs.count])
        try Self.put(theirs + lastLine, name, in: folder)
        let repeated = try ProgressLoader.loadForReading(folder: folder.path).0
        try Self.put(theirs, name, in: folder)
        let mended = try ProgressLoader.loadForReading(folder: folder.path).0
        #expect(mended.state == repeated.state)
        #expect(try mended.state.cards["b"] != nil && mended.state == Self.fullReplay(folder))
    }

    /// Another machine's torn last line is left out until it is complete; then it counts, once,
    /// and the state is the full replay's, also from a snapshot written while it was torn.
    @Test func aTornLineInAnotherFileCountsOnceComplete() throws {
        let folder = try Self.laptopWithSnapshot([(Self.at(0), "a", .good)])
        defer { folder.remove() }
        // Dated after the laptop's next answer, so that the completed line follows the snapshot.
        let theirs = Self.file(Self.desktop, [(Self.at(1), .review(review("a", .hard))), (Self.at(6), .review(review("b", .again)))])
        let name = "log/\(Self.desktop).jsonl"
        try Self.put(Array(theirs.dropLast(20)), name, in: folder)
        let store = try ProgressStore.open(folder: folder.path, now: Self.at(3))
        #expect(store.state.cards["b"] == nil, "the torn line is not read")
        #expect(store.state.cards["a"]?.schedule?.reps == 2)
        try store.record(review("c", .good), at: Self.at(3))
        try store.close()
        #expect(folder.bytes(name) == Array(theirs.dropLast(20)), "only its owner finishes or cuts it")
        try Self.put(theirs, name, in: folder)  // the sync tool delivers the rest
        let loaded = try ProgressLoader.loadForReading(folder: folder.path).0
        #expect(loaded.usedSnapshot && loaded.tailEntries == 1)
        #expect(loaded.state.cards["b"]?.schedule?.reps == 1)
        #expect(try loaded.state == Self.fullReplay(folder))
    }

    /// Issue 17's left-over: an answer dated before the last change of weights that arrives
    /// after a snapshot made under the new weights is planned, in a full replay, from the card's
    /// memory under the weights of its time (`CardProgress.earlierMemory`), which the snapshot
    /// does not keep. The tail then needs the full replay.
    @Test func aLateAnswerFromBeforeAWeightsChangeGivesTheFullReplaysState() throws {
        var config = StudyConfig()
        config.applyFSRSWeights(Self.fitted, at: TestClock.base + .days(2), reschedule: false, fitted: nil)
        let folder = try Self.laptopWithSnapshot([(Self.at(0), "a", .good), (Self.at(10), "a", .good)], config: config)
        defer { folder.remove() }
        // The desktop answered the card offline a day later, still before the change.
        try Self.put(Self.file(Self.desktop, [(TestClock.base + .days(1), .review(review("a", .good)))]),
                     "log/\(Self.desktop).jsonl", in: folder)
        let loaded = try ProgressLoader.loadForReading(folder: folder.path).0
        let replayed = try Self.fullReplay(folder)
        #expect(replayed.cards["a"]?.schedule?.reps == 3)
        #expect(loaded.state == replayed)
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base + .days(3))
        #expect(store.state == replayed)
        try store.close()
    }

    /// An undo that arrives before the answer it names (a file from another tool, or a later
    /// recall that takes back another machine's answer): it waits, changing nothing, and when the
    /// answer comes the state is the one with both, also across a writer's snapshot.
    @Test func anUndoBeforeItsAnswerWaitsForIt() throws {
        let folder = try Self.laptopWithSnapshot([(Self.at(0), "a", .good)])
        defer { folder.remove() }
        // The undone answer is dated after everything the laptop's snapshot will cover.
        let answers = Self.file(Self.desktop, [(Self.at(1), .review(review("b", .good))), (Self.at(10), .review(review("b", .again)))])
        let firstOnly = Array(answers[..<(answers[..<(answers.count - 1)].lastIndex(of: 0x0A)! + 1)])
        let undoer = "a2b3c4d5e6f7"
        try Self.put(Self.file(undoer, [(Self.at(3), .undo(EventID(device: Self.desktop, seq: 2)))]), "log/\(undoer).jsonl", in: folder)
        try Self.put(firstOnly, "log/\(Self.desktop).jsonl", in: folder)
        let meanwhile = try ProgressLoader.loadForReading(folder: folder.path).0.state
        #expect(meanwhile.cards["b"]?.schedule?.reps == 1)
        let store = try ProgressStore.open(folder: folder.path, now: Self.at(4))
        #expect(store.state == meanwhile)
        try store.record(review("c", .good), at: Self.at(4))
        try store.close()
        let report = try Doctor.check(folder: folder.path, cards: nil)
        #expect(report.problems.isEmpty)
        #expect(report.findings.contains { $0.message.contains("undo") })
        // No snapshot stands for a state with a waiting undo: a rebuild leaves none.
        _ = try Doctor.repair(folder: folder.path, cards: nil, now: Self.at(5), rebuild: true)
        #expect(folder.bytes(Snapshot.fileName) == nil)
        #expect(try ProgressLoader.loadForReading(folder: folder.path).0.state.cards == store.state.cards)
        try Self.put(answers, "log/\(Self.desktop).jsonl", in: folder)  // the answer arrives
        let after = try ProgressLoader.loadForReading(folder: folder.path).0.state
        let replayed = try Self.fullReplay(folder)
        #expect(replayed.cards["b"]?.schedule?.reps == 1, "the undone answer does not count")
        #expect(after == replayed)
        let again = try ProgressStore.open(folder: folder.path, now: Self.at(5))
        #expect(again.state == replayed)
        try again.close()
    }

    /// Another machine's file deleted here: its events leave this machine's union only. The
    /// snapshot that covered them is not kept silently: the state is the full replay of what is
    /// left, the reader says which file went, and doctor reports it as missing.
    @Test func anotherMachinesFileDeletedHereIsReplayedWithoutIt() throws {
        let folder = try Self.laptopWithSnapshot([(Self.at(0), "a", .good)])
        defer { folder.remove() }
        let name = "log/\(Self.desktop).jsonl"
        try Self.put(Self.file(Self.desktop, [(Self.at(1), .review(review("b", .good)))]), name, in: folder)
        let store = try ProgressStore.open(folder: folder.path, now: Self.at(2))
        #expect(store.state.cards["b"] != nil)
        try store.record(review("c", .good), at: Self.at(2))
        try store.close()
        try FileManager.default.removeItem(atPath: folder.file(name))
        let loaded = try ProgressLoader.loadForReading(folder: folder.path).0
        #expect(!loaded.usedSnapshot)
        #expect(loaded.state.cards["b"] == nil && loaded.state.cards["c"] != nil)
        #expect(try loaded.state == Self.fullReplay(folder))
        #expect(loaded.warnings.contains { $0.contains(folder.file(name)) && $0.contains("1 line") })
        let report = try Doctor.check(folder: folder.path, cards: nil)
        #expect(report.problems.contains { $0.message.contains(folder.file(name)) && $0.message.contains("missing") })
        // This machine's own file gone is lost progress: refused, as before.
        try FileManager.default.removeItem(atPath: folder.file(folder.deviceLogName))
        #expect(throws: ProgressError.self) { try ProgressLoader.loadForReading(folder: folder.path) }
    }

    /// The design page's left-over: an answer here whose time sorts before another machine's
    /// event the session already applied (that machine's clock is ahead) is applied at once in
    /// the session, while the merge puts it first; the next start gives the full replay's state.
    @Test func anAnswerBeforeAnAheadClocksEventIsMergedAtTheNextStart() throws {
        let folder = try Self.laptopWithSnapshot([(Self.at(0), "a", .good)])
        defer { folder.remove() }
        // The desktop's clock is an hour ahead: its answer of "a" is dated after the laptop's next one.
        try Self.put(Self.file(Self.desktop, [(Self.at(70), .review(review("a", .hard)))]), "log/\(Self.desktop).jsonl", in: folder)
        let store = try ProgressStore.open(folder: folder.path, now: Self.at(10))
        #expect(store.state.cards["a"]?.schedule?.reps == 2)
        try store.record(review("a", .again), at: Self.at(10))
        try store.record(review("b", .good), at: Self.at(11))
        try store.close()
        let next = try ProgressStore.open(folder: folder.path, now: Self.at(12))
        let replayed = try Self.fullReplay(folder)
        #expect(next.state == replayed)
        #expect(replayed.cards["a"]?.schedule?.reps == 3)
        try next.close()
        #expect(try ProgressLoader.loadForReading(folder: folder.path).0.state == replayed)
    }
}
