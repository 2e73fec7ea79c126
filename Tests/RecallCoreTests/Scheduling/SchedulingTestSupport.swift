@testable import RecallCore
import RecallTestSupport

/// 2024-01-01T09:00:00Z, and instants relative to it, for readable tests.
let clock = TestClock(start: TestClock.at("2024-01-01T09:00:00+00:00"))

extension TimeSpan {
    /// Whole minutes, for assertions on learning steps.
    var minutes: Double { Double(microseconds) / 60_000_000 }
}

extension CardScheduler {
    /// Reviews a new card with the given ratings at the given instants.
    func history(_ reviews: [(Rating, Instant)], seed: UInt64 = 1) -> CardSchedule {
        var card = CardSchedule.new(fuzzSeed: seed, due: reviews.first?.1 ?? clock.start)
        for (rating, at) in reviews {
            card = review(card, rating: rating, at: at)
        }
        return card
    }
}
