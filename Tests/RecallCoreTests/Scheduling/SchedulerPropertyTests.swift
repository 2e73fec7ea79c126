import Testing
@testable import RecallCore
import RecallTestSupport

/// Invariants over many random histories and settings (fixed seeds, so failures reproduce):
/// stability stays positive, difficulty within 1…10, and for a card in review the intervals
/// offered for Hard, Good and Easy never decrease in that order.
@Suite struct SchedulerPropertyTests {
    static func randomFSRS(_ random: inout SeededRandom) throws -> FSRSScheduler {
        // Each weight either its default or anywhere within py-fsrs's bounds.
        let weights = FSRSParameters.bounds.indices.map { index in
            Bool.random(using: &random)
                ? Double.random(in: FSRSParameters.bounds[index], using: &random) : FSRSParameters.defaultWeights[index]
        }
        let stepChoices: [[TimeSpan]] = [[], [.minutes(10)], [.minutes(1), .minutes(10)], [.seconds(30), .hours(1), .days(1)]]
        return try FSRSScheduler(settings: FSRSSettings(
            parameters: try FSRSParameters(weights),
            desiredRetention: Double.random(in: 0.7...0.99, using: &random),
            learningSteps: stepChoices.randomElement(using: &random)!,
            relearningSteps: stepChoices.randomElement(using: &random)!,
            maximumInterval: [30, 365, 36_500].randomElement(using: &random)!,
            fuzz: false))
    }

    static func randomGap(_ random: inout SeededRandom, card: CardSchedule, now: Instant) -> TimeSpan {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return .seconds(Int64.random(in: 0...7_200, using: &random))
        case 1: return .hours(Int64.random(in: 1...48, using: &random))
        case 2: return TimeSpan(microseconds: max(0, (card.due - now).microseconds)) + .hours(Int64.random(in: 0...72, using: &random))
        default: return .days(Int.random(in: 0...1_000, using: &random))
        }
    }

    /// Runs `histories` random histories through a scheduler; calls `check` before each review.
    static func explore(seed: UInt64, histories: Int, scheduler make: (inout SeededRandom) throws -> any CardScheduler,
                        check: (any CardScheduler, CardSchedule, Instant) -> Void) throws {
        var random = SeededRandom(seed: seed)
        for _ in 0..<histories {
            let scheduler = try make(&random)
            var now = clock.start
            var card = CardSchedule.new(fuzzSeed: random.next(), due: now)
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                now = now + randomGap(&random, card: card, now: now)
                check(scheduler, card, now)
                card = scheduler.review(card, rating: Rating.allCases.randomElement(using: &random)!, at: now)
            }
            check(scheduler, card, now)
        }
    }

    @Test func fsrsStabilityPositiveAndDifficultyInRange() throws {
        try Self.explore(seed: 1, histories: 2_000, scheduler: { try Self.randomFSRS(&$0) }) { _, card, _ in
            if let stability = card.stability { #expect(stability > 0) }
            if let difficulty = card.difficulty { #expect(difficulty >= 1 && difficulty <= 10) }
        }
    }

    @Test func fsrsRetrievabilityIsAProbability() throws {
        try Self.explore(seed: 2, histories: 1_000, scheduler: { try Self.randomFSRS(&$0) }) { scheduler, card, now in
            let r = scheduler.retrievability(of: card, at: now)
            #expect(r >= 0 && r <= 1)
        }
    }

    @Test func fsrsReviewIntervalsDoNotDecreaseFromHardToEasy() throws {
        var checked = 0
        try Self.explore(seed: 3, histories: 2_000, scheduler: { try Self.randomFSRS(&$0) }) { scheduler, card, now in
            guard card.state == .review else { return }
            let previews = scheduler.previews(card, at: now)
            #expect(previews[.hard]! <= previews[.good]!, "\(card) at \(now.iso8601)")
            #expect(previews[.good]! <= previews[.easy]!, "\(card) at \(now.iso8601)")
            checked += 1
        }
        #expect(checked > 1_000)
    }

    @Test func sm2ReviewIntervalsDoNotDecreaseAndEaseStaysAboveFloor() throws {
        var checked = 0
        try Self.explore(seed: 4, histories: 2_000, scheduler: { random in
            var settings = SM2Settings()
            settings.fuzz = false
            settings.intervalModifier = Double.random(in: 0.5...2, using: &random)
            settings.maximumInterval = [30, 36_500].randomElement(using: &random)!
            return try SM2Scheduler(settings: settings)
        }) { scheduler, card, now in
            if let ease = card.ease { #expect(ease >= 1.3) }
            if let interval = card.interval { #expect(interval >= 1) }
            guard card.state == .review else { return }
            let previews = scheduler.previews(card, at: now)
            #expect(previews[.hard]! <= previews[.good]!)
            #expect(previews[.good]! <= previews[.easy]!)
            checked += 1
        }
        #expect(checked > 1_000)
    }
}
