import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore

/// Issue 13, point 3: a session updates its candidates per answer (`DueCandidates.update`)
/// instead of looking at every card again. The oracle is the queue built from scratch: after
/// every answer, undo, bury and suspend of a random session, both must be the same.
@Suite struct IncrementalQueueTests {
    let utc: StudyDay.UTCOffset = { _ in 0 }

    func day(_ now: Instant) -> StudyDay { StudyDay.containing(now, rolloverHour: 4, utcOffset: utc) }

    /// Notes of one to three cards in three decks, in deck order.
    static func collection(_ random: inout SeededRandom) -> [StudyCard] {
        var cards: [StudyCard] = []
        for note in 0..<40 {
            let deck = ["A", "A::B", "C"][note * 3 / 40]
            switch Int.random(in: 0..<3, using: &random) {
            case 0: cards.append(StudyCard(id: "n\(note)", deck: deck))
            case 1: cards += [StudyCard(id: "n\(note)", deck: deck), StudyCard(id: "n\(note)/reverse", deck: deck)]
            default: cards += (1...3).map { StudyCard(id: "n\(note)/c\($0)", deck: deck) }
            }
        }
        return cards
    }

    /// A history over the days before 2026-02-20T10:00Z and after: some cards in review, some
    /// learning, some suspended; seq 1...count.
    static func history(_ cards: [StudyCard], count: Int, _ random: inout SeededRandom) -> [LogEntry] {
        var time = TestClock.at("2026-02-20T10:00:00Z")
        var entries: [LogEntry] = []
        for seq in 1...count {
            time = time + .minutes(Int64.random(in: 5...300, using: &random))
            let card = cards.randomElement(using: &random)!
            let event: ReviewEvent = Int.random(in: 0..<15, using: &random) == 0
                ? .suspend(card: card.id)
                : .review(review(card.id, Rating.allCases.randomElement(using: &random)!, deck: card.deck))
            entries.append(LogEntry(seq: seq, time: time, event: event))
        }
        return entries
    }

    static func config(_ random: inout SeededRandom) -> StudyConfig {
        var config = StudyConfig()
        config.newPerDay = Int.random(in: 3...15, using: &random)
        config.reviewsPerDay = Int.random(in: 3...30, using: &random)
        config.buryNewSiblings = Bool.random(using: &random)
        config.buryReviewSiblings = Bool.random(using: &random)
        config.buryInterdayLearningSiblings = Bool.random(using: &random)
        if Bool.random(using: &random) {
            config.decks["A::B"] = .init(newPerDay: Int.random(in: 0...4, using: &random), buryNewSiblings: Bool.random(using: &random))
        }
        if Bool.random(using: &random) { config.decks["A"] = .init(reviewsPerDay: Int.random(in: 1...6, using: &random)) }
        return config
    }

    func expectSame(_ kept: DueCandidates, _ cards: [StudyCard], _ state: ProgressState, _ config: StudyConfig,
                    at now: Instant, step: String) {
        let fresh = DueCandidates(cards: cards, state: state, day: day(now), now: now)
        #expect(kept.learning.map(\.card.id) == fresh.learning.map(\.card.id), "\(step): learning")
        #expect(kept.reviews.map(\.card.id) == fresh.reviews.map(\.card.id), "\(step): reviews")
        #expect(kept.new.map(\.card.id) == fresh.new.map(\.card.id), "\(step): new")
        #expect(kept.learning.map(\.interday) == fresh.learning.map(\.interday), "\(step): interday")
        let a = DueQueue(candidates: kept, state: state, config: config, now: now)
        let b = DueQueue(cards: cards, state: state, config: config, day: day(now), now: now)
        #expect(a.ordered == b.ordered, "\(step): the queue")
        #expect(a.learningLater.map(\.id) == b.learningLater.map(\.id), "\(step): learning later")
        #expect(a.total == b.total, "\(step): counts")
    }

    @Test(arguments: 1...12) func anUpdatedQueueEqualsARebuiltOneAfterEveryStep(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let cards = Self.collection(&random)
        let config = Self.config(&random)
        let entries = Self.history(cards, count: 60, &random)
        var seq = entries.count
        var state = ProgressState.replay(entries, schedulers: defaultSchedulers)
        var now = TestClock.at("2026-03-01T09:00:00Z")
        var candidates = DueCandidates(cards: cards, state: state, day: day(now), now: now)
        var answered: [UndoneAnswer] = []
        for step in 0..<120 {
            now = now + .seconds(Int64.random(in: 10...1_800, using: &random))
            if !candidates.isCurrent(day: day(now), now: now) {
                candidates = DueCandidates(cards: cards, state: state, day: day(now), now: now)
            }
            let queue = DueQueue(candidates: candidates, state: state, config: config, now: now)
            guard let card = queue.ordered.first ?? queue.learningLater.first?.id,
                  let deck = cards.first(where: { $0.id == card })?.deck else { continue }
            seq += 1
            let changed: String
            switch Int.random(in: 0..<20, using: &random) {
            case 0..<2 where !answered.isEmpty:
                var undone = answered.removeLast()
                undone.undoID = EventID(device: "", seq: seq)
                state.undo(undone)
                changed = undone.card
            case 2:
                state.apply(LogEntry(seq: seq, time: now, event: .bury(card: card, until: now + .minutes(Int64.random(in: 1...90, using: &random)))),
                            schedulers: defaultSchedulers)
                changed = card
            case 3:
                state.apply(LogEntry(seq: seq, time: now, event: .suspend(card: card)), schedulers: defaultSchedulers)
                changed = card
            default:
                let record = review(card, Rating.allCases.randomElement(using: &random)!, deck: deck)
                let answer = state.answer(record, entry: LogEntry(seq: seq, time: now, event: .review(record)), schedulers: defaultSchedulers)
                state.apply(answer)
                answered.append(UndoneAnswer(id: EventID(device: "", seq: seq), card: card, previous: answer.previous, undoID: EventID(device: "", seq: 0)))
                changed = card
            }
            if !candidates.update(changed, progress: state.cards[changed], now: now) || !candidates.isCurrent(day: day(now), now: now) {
                candidates = DueCandidates(cards: cards, state: state, day: day(now), now: now)
            }
            expectSame(candidates, cards, state, config, at: now, step: "seed \(seed), step \(step)")
        }
    }
}
