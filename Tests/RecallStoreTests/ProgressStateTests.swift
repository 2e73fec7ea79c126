import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

@Suite struct ProgressStateTests {
    @Test func undoTakesBackAnswersOneByOneAndTheLogSaysSo() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        let empty = store.state
        try store.record(review("a", .good), at: TestClock.base)
        let afterOne = store.state
        try store.record(review("a", .good), at: TestClock.base + .minutes(10))
        try store.record(review("b", .again), at: TestClock.base + .minutes(11))
        #expect(store.lastUndoable?.card == "b")

        #expect(try store.undoLast(at: TestClock.base + .minutes(12)) == "b")
        #expect(try store.undoLast(at: TestClock.base + .minutes(12)) == "a")
        #expect(store.state.cards == afterOne.cards)
        #expect(store.state.latestTime == TestClock.base + .minutes(11), "the latest time never moves back")
        #expect(store.state.answers(in: TestClock.base..<(TestClock.base + .days(1))).map(\.id.seq) == [1])
        #expect(try store.undoLast(at: TestClock.base + .minutes(13)) == "a")
        #expect(try store.undoLast(at: TestClock.base + .minutes(13)) == nil)
        #expect(store.state.cards.isEmpty)
        #expect(store.state.cards == empty.cards)

        let (entries, _) = try ReviewLog.readAll(folder.file(folder.deviceLogName))
        #expect(entries.compactMap { if case .undo(let id) = $0.event { id.seq } else { nil } } == [3, 2, 1])
        #expect(ProgressState.replay(entries, schedulers: defaultSchedulers) == store.state)
    }

    @Test func undoKeepsSuspensionAndAfterUndoingEverythingTheCardIsNewAgain() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .good), at: TestClock.base)
        try store.suspend(card: "a", at: TestClock.base + .minutes(1))
        try store.undoLast(at: TestClock.base + .minutes(2))
        #expect(store.state.cards["a"] == CardProgress(suspended: true))
        let (entries, _) = try ReviewLog.readAll(folder.file(folder.deviceLogName))
        #expect(ProgressState.replay(entries, schedulers: defaultSchedulers) == store.state)
    }

    /// Random sessions of answers, undos, suspensions and burials: the live state always equals
    /// a replay of the log, and a snapshot plus the rest of the log.
    @Test func liveStateEqualsReplayForRandomSessions() throws {
        var generator = SeededRandom(seed: 7)
        for round in 0..<20 {
            let folder = try TempFolder()
            defer { folder.remove() }
            var time = TestClock.base
            var snapshotAt: Int?
            for session in 0..<3 {
                let store = try ProgressStore.open(folder: folder.path, now: time)
                for _ in 0..<40 {
                    let card = "c\(Int.random(in: 0..<6, using: &generator))"
                    time = time + .minutes(Int64.random(in: -30...600, using: &generator))  // sometimes backwards
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0: try store.undoLast(at: time)
                    case 1: try store.suspend(card: card, at: time)
                    case 2: try store.unsuspend(card: card, at: time)
                    case 3: try store.bury(card: card, until: time + .hours(6), at: time)
                    default:
                        let rating = Rating(rawValue: Int.random(in: 1...4, using: &generator))!
                        try store.record(review(card, rating, scheduler: Bool.random(using: &generator) ? .fsrs : .sm2), at: time)
                    }
                }
                let live = store.state
                let (entries, _) = try ReviewLog.readAll(folder.file(folder.deviceLogName))
                #expect(ProgressState.replay(entries, schedulers: defaultSchedulers) == live, "round \(round) session \(session)")
                if session == 1 { store.abandonWithoutCompacting() } else { try store.close() }
                snapshotAt = snapshotAt ?? entries.count
                let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path)
                #expect(loaded.state == live, "round \(round) session \(session)")
            }
        }
    }

    @Test func aClockThatWentBackSchedulesAsAtTheLastReview() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("a", .easy), at: TestClock.base)
        let back = TestClock.base - .days(30)
        let after = try store.record(review("a", .good), at: back).schedule
        let asIfAtLast = try defaultSchedulers.fsrs.review(#require(ProgressState.replay(
            [LogEntry(seq: 1, time: TestClock.base, event: .review(review("a", .easy)))], schedulers: defaultSchedulers).cards["a"]?.schedule),
            rating: .good, at: TestClock.base)
        #expect(after == asIfAtLast)
        #expect(after.lastReview == TestClock.base, "never before the previous review")
        #expect(after.due > TestClock.base)
        let (entries, _) = try ReviewLog.readAll(folder.file(folder.deviceLogName))
        #expect(entries.last?.time == back, "the log keeps the real time")
        #expect(store.state.latestTime == TestClock.base)
        try store.close()
        #expect(try ProgressLoader.loadForReading(folder: folder.path).0.state == store.state)
    }
}
