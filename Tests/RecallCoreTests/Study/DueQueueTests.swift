import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct DueQueueTests {
    let utc: StudyDay.UTCOffset = { _ in 0 }

    func day(_ now: Instant, rollover: Int = 4) -> StudyDay {
        StudyDay.containing(now, rolloverHour: rollover, utcOffset: utc)
    }

    func cards(_ deck: String, _ ids: [String]) -> [StudyCard] { ids.map { StudyCard(id: $0, deck: deck) } }

    /// A state from a log written on the injected clock.
    func state(_ events: [(String, ReviewEvent)]) -> ProgressState {
        let entries = events.enumerated().map { LogEntry(seq: $0.offset + 1, time: TestClock.at($0.element.0), event: $0.element.1) }
        return ProgressState.replay(entries, schedulers: defaultSchedulers)
    }

    @Test func orderIsLearningThenReviewsThenNew() throws {
        let s = state([
            ("2026-03-01T08:00:00Z", .review(review("review-late", .easy))),   // graduates, due in days
            ("2026-02-20T08:00:00Z", .review(review("review-early", .easy))),
            ("2026-03-05T08:59:00Z", .review(review("learning", .again))),    // due 09:00
        ])
        let now = TestClock.at("2026-03-20T09:00:00Z")
        let deck = cards("AWS::VPC", ["new-1", "review-late", "learning", "new-2", "review-early"])
        let queue = DueQueue(cards: deck, state: s, config: StudyConfig(), day: day(now), now: now)
        #expect(queue.learningNow == ["learning"], "an overdue learning card stays in learning")
        #expect(queue.reviews == ["review-early", "review-late"])
        #expect(queue.ordered == ["learning", "review-early", "review-late", "new-1", "new-2"])
        #expect(queue.new == ["new-1", "new-2"])

        let soon = TestClock.at("2026-03-05T09:00:00Z")
        let learningQueue = DueQueue(cards: deck, state: s, config: StudyConfig(), day: day(soon), now: soon)
        #expect(learningQueue.ordered.first == "learning")
        #expect(learningQueue.total.learning == 1)
        let earlier = DueQueue(cards: deck, state: s, config: StudyConfig(), day: day(soon), now: soon - .seconds(30))
        #expect(earlier.learningNow.isEmpty)
        #expect(earlier.learningLater.map(\.id) == ["learning"], "due later today: counted, shown when due")
        #expect(earlier.total.learning == 1)
    }

    @Test func suspendedBuriedAndOrphanCardsAreLeftOut() {
        let s = state([
            ("2026-03-01T08:00:00Z", .suspend(card: "suspended")),
            ("2026-03-01T08:00:00Z", .bury(card: "buried", until: TestClock.at("2026-03-02T04:00:00Z"))),
            ("2026-03-01T08:00:00Z", .review(review("orphan", .again))),
        ])
        let deck = cards("D", ["suspended", "buried", "fresh"])
        let now = TestClock.at("2026-03-01T09:00:00Z")
        #expect(DueQueue(cards: deck, state: s, config: StudyConfig(), day: day(now), now: now).ordered == ["fresh"])
        let tomorrow = TestClock.at("2026-03-02T04:00:00Z")
        #expect(DueQueue(cards: deck, state: s, config: StudyConfig(), day: day(tomorrow), now: tomorrow).ordered == ["buried", "fresh"])
    }

    @Test func newLimitCountsCardsIntroducedToday() {
        var config = StudyConfig()
        config.newPerDay = 3
        let deck = cards("D", (1...10).map { "n\($0)" })
        let s = state([
            ("2026-03-01T03:59:00Z", .review(review("n1", .good, deck: "D"))),  // yesterday's study day
            ("2026-03-01T04:00:00Z", .review(review("n2", .good, deck: "D"))),  // today's
        ])
        let now = TestClock.at("2026-03-01T10:00:00Z")
        let queue = DueQueue(cards: deck, state: s, config: config, day: day(now), now: now)
        #expect(queue.new == ["n3", "n4"])
        // At the next rollover the limit is fresh again.
        let next = TestClock.at("2026-03-02T04:00:00Z")
        #expect(DueQueue(cards: deck, state: s, config: config, day: day(next), now: next).new == ["n3", "n4", "n5"])
    }

    @Test func deckLimitsBindTheirSubdecksAndTheGlobalLimitBindsAll() {
        var config = StudyConfig()
        config.newPerDay = 5
        config.decks = ["AWS": .init(newPerDay: 3), "AWS::S3": .init(newPerDay: 1), "GCP": .init(reviewsPerDay: 0)]
        let all = cards("AWS::VPC", ["v1", "v2"]) + cards("AWS::S3", ["s1", "s2"]) + cards("AWS", ["a1", "a2"])
            + cards("GCP", ["g1", "g2", "g3"])
        let now = TestClock.at("2026-03-01T10:00:00Z")
        let queue = DueQueue(cards: all, state: ProgressState(), config: config, day: day(now), now: now)
        #expect(queue.new == ["v1", "v2", "s1", "g1", "g2"])
        #expect(queue.total.new == 5)
    }

    @Test func reviewLimitCountsReviewsDoneToday() {
        var config = StudyConfig()
        config.reviewsPerDay = 2
        var events: [(String, ReviewEvent)] = []
        for n in 1...4 { events.append(("2026-02-01T08:00:00Z", .review(review("r\(n)", .easy)))) }
        events.append(("2026-03-01T08:00:00Z", .review(review("r1", .good))))  // a review done today
        let s = state(events)
        let now = TestClock.at("2026-03-01T10:00:00Z")
        let queue = DueQueue(cards: cards("AWS::VPC", ["r1", "r2", "r3", "r4"]), state: s, config: config, day: day(now), now: now)
        #expect(queue.reviews.count == 1)
        #expect(queue.total.review == 1)
    }

    @Test func limitsOfZeroAndLineage() {
        #expect(DailyLimits.lineage("A::B::C") == ["A::B::C", "A::B", "A"])
        var config = StudyConfig()
        config.newPerDay = 0
        let now = TestClock.at("2026-03-01T10:00:00Z")
        #expect(DueQueue(cards: cards("D", ["x"]), state: ProgressState(), config: config, day: day(now), now: now).ordered.isEmpty)
    }
}
