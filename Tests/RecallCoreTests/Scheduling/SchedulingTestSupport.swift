@testable import RecallCore

/// A reproducible random source for property tests: SplitMix64 from a fixed seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        Fuzz.splitMix64(&state)
    }
}

/// 2024-01-01T09:00:00Z, and instants relative to it, for readable tests.
enum Clock {
    static let start = Instant(iso8601: "2024-01-01T09:00:00+00:00")!

    static func at(days: Double = 0, hours: Double = 0, minutes: Double = 0, seconds: Double = 0) -> Instant {
        let total = days * 86_400 + hours * 3_600 + minutes * 60 + seconds
        return start + TimeSpan(microseconds: Int64((total * 1_000_000).rounded()))
    }
}

extension TimeSpan {
    /// Whole minutes, for assertions on learning steps.
    var minutes: Double { Double(microseconds) / 60_000_000 }
}

extension CardScheduler {
    /// Reviews a new card with the given ratings at the given instants.
    func history(_ reviews: [(Rating, Instant)], seed: UInt64 = 1) -> CardSchedule {
        var card = CardSchedule.new(fuzzSeed: seed, due: reviews.first?.1 ?? Clock.start)
        for (rating, at) in reviews {
            card = review(card, rating: rating, at: at)
        }
        return card
    }
}
