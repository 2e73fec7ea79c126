import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore
@testable import RecallStore

/// `ProgressStore.record` says what the answer did, so the screen need not work it out again.
@Suite struct RecordedAnswerTests {
    @Test func recordReturnsTheEntryTheKindAndBothSchedules() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        let first = try store.record(review("a", .good), at: TestClock.base)
        #expect(first.kind == .new)
        #expect(first.previous == nil && first.previousSchedule == nil)
        #expect(first.entry.seq == 1 && first.entry.time == TestClock.base)
        #expect(first.entry.event == .review(review("a", .good)))
        #expect(first.progress == store.state.cards["a"])
        #expect(first.schedule.state == .learning)

        let second = try store.record(review("a", .easy), at: TestClock.base + .minutes(10))
        #expect(second.kind == .learning)
        #expect(second.previousSchedule == first.schedule)
        #expect(second.schedule == store.state.cards["a"]?.schedule)
        #expect(second.schedule.state == .review)

        let third = try store.record(review("a", .good), at: second.schedule.due + .hours(1))
        #expect(third.kind == .review)
        #expect(third.previous == second.progress)
        #expect(store.state.recentAnswers.last?.kind == .review)
        try store.close()
    }

    @Test func aCopyOfTheStateThatAppliesTheResultsEqualsTheStore() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        var copy = store.state
        var generator = SeededRandom(seed: 13)
        var time = TestClock.base
        for _ in 0..<200 {
            time = time + .minutes(Int64.random(in: 1...600, using: &generator))
            let card = "c\(Int.random(in: 0..<8, using: &generator))"
            switch Int.random(in: 0..<6, using: &generator) {
            case 0:
                if let undone = try store.undoLastAnswer(at: time) { copy.undo(undone) }
            case 1:
                copy.apply(try store.bury(card: card, until: time + .hours(3), at: time), schedulers: store.schedulers)
            default:
                let rating = Rating.allCases.randomElement(using: &generator)!
                copy.apply(try store.record(review(card, rating), at: time))
            }
            #expect(copy == store.state)
        }
        try store.close()
    }
}
