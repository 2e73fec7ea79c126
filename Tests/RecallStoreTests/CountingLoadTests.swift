import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// Issue 13: `recall due` loads the snapshot's cards into a `ProgressTable` and applies the log
/// after it there (`loadForReading(folder:cardsInTable:)`). Whatever the log after the snapshot
/// holds, the cards and the counts are those of the general load.
@Suite struct CountingLoadTests {
    static let cards = (0..<30).map { StudyCard(id: "c\($0)", deck: $0 < 12 ? "AWS::VPC" : $0 < 20 ? "AWS::S3" : "Linux") }

    /// Answers, suspensions, burials and undos of random cards, one to fifty minutes apart.
    static func study(_ store: ProgressStore, count: Int, from start: Instant, _ random: inout SeededRandom) throws -> Instant {
        var time = start
        for _ in 0..<count {
            time = time + .minutes(Int64.random(in: 1...50, using: &random))
            let card = cards.randomElement(using: &random)!
            switch Int.random(in: 0..<20, using: &random) {
            case 0: try store.suspend(card: card.id, at: time)
            case 1: try store.unsuspend(card: card.id, at: time)
            case 2: try store.bury(card: card.id, until: time + .hours(8), at: time)
            case 3: _ = try store.undoLastAnswer(at: time)
            default: try store.record(review(card.id, Rating.allCases.randomElement(using: &random)!, deck: card.deck), at: time)
            }
        }
        return time
    }

    func expectSameAsTheGeneralLoad(_ folder: TempFolder, at last: Instant, tableUsed: Bool) throws {
        let (general, config) = try ProgressLoader.loadForReading(folder: folder.path)
        let (counting, _) = try ProgressLoader.loadForReading(folder: folder.path, cardsInTable: true)
        #expect(counting.usedSnapshot == general.usedSnapshot)
        #expect(counting.tailEntries == general.tailEntries)
        let table = try #require(tableUsed ? counting.table : ProgressTable())
        if tableUsed {
            #expect(try table.allProgress() == general.state.cards)
            #expect(counting.state.recentAnswers == general.state.recentAnswers)
            #expect(counting.state.frontier == general.state.frontier && counting.state.latestTime == general.state.latestTime)
        } else {
            #expect(counting.table == nil)
            #expect(counting.state == general.state)
        }
        let names = ["AWS", "AWS::S3", "AWS::VPC", "Linux"]
        for hours in [0, 3, 20, 30] as [Int64] {
            let now = last + .hours(hours)
            let day = StudyDay.containing(now, rolloverHour: 4, utcOffset: { _ in 0 })
            let expected = DeckCounts(cards: Self.cards, deckNames: names, state: general.state, config: config, day: day, now: now)
            let counted = tableUsed
                ? DeckCounts(cards: Self.cards, deckNames: names, table: table, answers: counting.state, config: config, day: day, now: now)
                : DeckCounts(cards: Self.cards, deckNames: names, state: counting.state, config: config, day: day, now: now)
            #expect(counted.all == expected.all, "\(hours) h")
            #expect(counted.decks.map(\.counts) == expected.decks.map(\.counts), "\(hours) h")
        }
    }

    @Test(arguments: 1...6) func theLogAfterTheSnapshotIsAppliedToTheTable(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let folder = try TempFolder()
        defer { folder.remove() }
        let first = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        var time = try Self.study(first, count: 60, from: TestClock.base, &random)
        try first.close()
        let second = try ProgressStore.open(folder: folder.path, now: time)
        // Undo only answers of this session: one of the snapshot's would need a full replay.
        time = try Self.study(second, count: 25, from: time, &random)
        second.abandonWithoutCompacting()
        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path, cardsInTable: true)
        if loaded.table == nil {
            // The session undid an answer the snapshot holds: a full replay, as the general load does.
            try expectSameAsTheGeneralLoad(folder, at: time, tableUsed: false)
        } else {
            #expect(loaded.tailEntries == 25)
            try expectSameAsTheGeneralLoad(folder, at: time, tableUsed: true)
        }
    }

    @Test func anUndoOfAnAnswerBeforeTheSnapshotMeansAFullReplay() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        try store.record(review("c1", .good), at: TestClock.base)
        try store.record(review("c2", .again), at: TestClock.base)
        try store.writeSnapshot()
        try store.undoLast(at: TestClock.base + .minutes(1))
        store.abandonWithoutCompacting()
        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder.path, cardsInTable: true)
        #expect(!loaded.usedSnapshot)
        #expect(loaded.table == nil)
        #expect(loaded.state.cards["c2"] == nil && loaded.state.cards["c1"] != nil)
        try expectSameAsTheGeneralLoad(folder, at: TestClock.base + .minutes(1), tableUsed: false)
    }

    @Test func withoutASnapshotTheLogIsReplayedIntoTheState() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        var random = SeededRandom(seed: 7)
        let store = try ProgressStore.open(folder: folder.path, now: TestClock.base)
        let time = try Self.study(store, count: 30, from: TestClock.base, &random)
        store.abandonWithoutCompacting()
        try expectSameAsTheGeneralLoad(folder, at: time, tableUsed: false)
    }
}
