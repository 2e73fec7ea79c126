import Testing
import RecallTestSupport
@testable import RecallCore

/// `DeckCounts` against its definition: each row is the queue of that deck's cards alone, built
/// from scratch, on random collections and histories (rows that hold every deck, or none, reuse
/// a count instead of building their own queue).
@Suite struct DeckCountsTests {
    /// A random collection, config and history, and a time after it.
    static func sample(seed: UInt64) -> ([StudyCard], StudyConfig, ProgressState, Instant, StudyDay) {
        var random = SeededRandom(seed: seed)
        let cards = IncrementalQueueTests.collection(&random)
        let config = IncrementalQueueTests.config(&random)
        let entries = IncrementalQueueTests.history(cards, count: 80, &random)
        let state = ProgressState.replay(entries, schedulers: defaultSchedulers)
        let now = entries.last!.time + .hours(Int64.random(in: 0...30, using: &random))
        return (cards, config, state, now, StudyDay.containing(now, rolloverHour: 4, utcOffset: { _ in 0 }))
    }

    @Test(arguments: 1...16) func everyRowIsTheQueueOfItsDeckAlone(seed: UInt64) {
        let (cards, config, state, now, day) = DeckCountsTests.sample(seed: seed)
        // "A" holds "A::B"; "Z" has no cards; "A::B" alone is a sub-deck.
        let deckNames = ["A", "A::B", "C", "Z"]
        let counts = DeckCounts(cards: cards, deckNames: deckNames, state: state, config: config, day: day, now: now)
        func queue(_ inside: (String) -> Bool) -> DueCounts {
            DueQueue(cards: cards.filter { inside($0.deck) }, state: state, config: config, day: day, now: now).total
        }
        #expect(counts.all == queue { _ in true })
        #expect(counts.decks.map(\.deck) == DeckName.treePaths(deckNames))
        for (deck, row) in counts.decks {
            #expect(row == queue { DeckName.name($0, isWithin: deck) }, "\(deck)")
        }
        // Only "A" and its sub-deck: the row of "A" holds every card's deck.
        let some = cards.filter { DeckName.name($0.deck, isWithin: "A") }
        let narrow = DeckCounts(cards: some, deckNames: ["A", "A::B"], state: state, config: config, day: day, now: now)
        #expect(narrow.decks.first?.counts == narrow.all)
        #expect(narrow.all == DueQueue(cards: some, state: state, config: config, day: day, now: now).total)
    }
}

/// A session started from the home screen takes its candidates from the counts' instead of
/// looking at every card again: the same queue, card for card, as candidates built for the
/// session's own cards, for every deck and for a deck named in another case.
@Suite struct CandidatesFromTheHomeScreenTests {
    @Test(arguments: 1...16) func theHomeScreensCandidatesGiveTheSessionsQueue(seed: UInt64) throws {
        let (cards, config, state, now, day) = DeckCountsTests.sample(seed: seed)
        let counts = DeckCounts(cards: cards, deckNames: ["A", "A::B", "C", "Z"], state: state, config: config, day: day, now: now)
        for deck in [nil, "A", "A::B", "C", "Z", "a::b"] as [String?] {
            let selection = CardSelection(deck: deck, tags: [])
            let taken = try #require(counts.candidates.within(selection))
            let own = DueCandidates(cards: cards.filter { selection.includes(deck: $0.deck) }, state: state, day: day, now: now)
            let fromHome = DueQueue(candidates: taken, state: state, config: config, now: now)
            let fresh = DueQueue(candidates: own, state: state, config: config, now: now)
            #expect(fromHome.ordered == fresh.ordered, "\(deck ?? "all")")
            #expect(fromHome.learningLater.map(\.id) == fresh.learningLater.map(\.id), "\(deck ?? "all")")
            #expect(fromHome.total == fresh.total, "\(deck ?? "all")")
        }
        #expect(counts.candidates.within(CardSelection(deck: "A", tags: ["t"])) == nil, "tags need the cards")
    }
}
