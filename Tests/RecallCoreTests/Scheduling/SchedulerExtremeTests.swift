import Testing
@testable import RecallCore
import RecallTestSupport

/// The extremes of every scheduler input: long runs of one answer, stored states at and past
/// their bounds, elapsed times from minus to plus the whole of Instant's readable range (years
/// 1 to 9999), and settings at their limits. Nothing may trap (the progress store replays every
/// log through these functions, so one trap would stop every command), and every result stays
/// within the bounds `docs/scheduling.md` states.
@Suite struct SchedulerExtremeTests {
    static let earliest = ISOTimestamp.earliest
    static let latest = ISOTimestamp.latest
    /// Anki keeps ease as a 16-bit count of thousandths, so its ease never exceeds 65.535.
    static let easeLimit = 65.535

    static func schedulers() throws -> [(name: String, scheduler: any CardScheduler)] {
        var sm2 = SM2Settings()
        var sm2Fuzzless = SM2Settings()
        sm2Fuzzless.fuzz = false
        sm2.intervalModifier = 2
        sm2.easyBonus = 5
        return [
            ("fsrs", try FSRSScheduler()),
            ("fsrs no fuzz", try FSRSScheduler(settings: FSRSSettings(fuzz: false))),
            ("sm2", try SM2Scheduler()),
            ("sm2 no fuzz", try SM2Scheduler(settings: sm2Fuzzless)),
            ("sm2 large multipliers", try SM2Scheduler(settings: sm2)),
        ]
    }

    /// The bounds every card a scheduler returns must keep, in the fields that scheduler owns
    /// (SM-2 passes FSRS's memory through untouched, and FSRS SM-2's ease and interval).
    static func expectBounded(_ card: CardSchedule, reviewedAt now: Instant, _ context: String) {
        if context.hasPrefix("sm2") {
            if let ease = card.ease { #expect(ease >= 1.3 && ease <= Self.easeLimit, "\(context): ease \(ease)") }
            if let interval = card.interval { #expect(interval >= 1 && interval <= 36_500, "\(context): interval \(interval)") }
        } else {
            if let stability = card.stability { #expect(stability.isFinite && stability > 0, "\(context): stability \(stability)") }
            if let difficulty = card.difficulty { #expect(difficulty >= 1 && difficulty <= 10, "\(context): difficulty \(difficulty)") }
        }
        #expect(card.due >= now, "\(context): due \(card.due) before \(now)")
        #expect(card.due <= now + .days(36_500), "\(context): due more than 36,500 days after the review")
    }

    /// 100,000 answers of one grade, each when the card falls due (or at the last instant a log
    /// can hold once the due date passes it).
    @Test(arguments: Rating.allCases)
    func aHundredThousandAnswersOfOneGrade(_ rating: Rating) throws {
        for (name, scheduler) in try Self.schedulers() {
            var card = CardSchedule.new(fuzzSeed: 7, due: TestClock.base)
            var now = TestClock.base
            for review in 0..<100_000 {
                now = min(card.due, Self.latest)
                card = scheduler.review(card, rating: rating, at: now)
                if review % 997 == 0 { Self.expectBounded(card, reviewedAt: now, "\(name) \(rating) #\(review)") }
            }
            Self.expectBounded(card, reviewedAt: now, "\(name) \(rating) last")
            #expect(card.reps == 100_000)
            if name.hasPrefix("sm2"), rating == .easy { #expect(card.ease == Self.easeLimit) }
            if name == "sm2 no fuzz", rating == .easy { #expect(card.interval == 36_500) }
            if name == "fsrs no fuzz", rating == .easy { #expect(card.due == Self.latest + .days(36_500)) }
        }
    }

    /// The log that made `recall replay --scheduler sm2` trap: 16,000 Easy answers a second
    /// apart, then one 9,000 years late (interval × ease × bonus overflowed 64 bits).
    @Test func easyRunThenAnAnswerMilleniaLate() throws {
        for (name, scheduler) in try Self.schedulers() {
            var now = TestClock.at("1000-01-01T09:00:00+00:00")
            var card = CardSchedule.new(fuzzSeed: 3, due: now)
            for _ in 0..<16_000 {
                card = scheduler.review(card, rating: .easy, at: now)
                now = now + .seconds(1)
            }
            for rating in Rating.allCases {
                let late = scheduler.review(card, rating: rating, at: Self.latest)
                Self.expectBounded(late, reviewedAt: Self.latest, "\(name) \(rating)")
                if rating != .again, card.state == .review { #expect(late.due > Self.latest, "\(name) \(rating)") }
            }
        }
    }

    /// Stored states no scheduler would produce (a hand-edited snapshot, another program's log),
    /// reviewed at the ends of the readable range, before and after the last review.
    @Test func storedStatesAtAndPastTheirBounds() throws {
        let instants = [Self.earliest, TestClock.base, Self.latest]
        let eases: [Double?] = [nil, 0, 1.3, 65.535, 1e6, .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        let intervals: [Int?] = [nil, Int.min, -1, 0, 1, 36_500, 36_501, Int.max]
        let stabilities: [Double?] = [nil, 0, 1e-300, 1, 1e300, .greatestFiniteMagnitude]
        let difficulties: [Double?] = [nil, -1e300, 0, 1, 10, 1e300]
        let steps: [Int?] = [nil, Int.min, -1, 0, 1, Int.max]
        var random = SeededRandom(seed: 14)
        var checked = 0
        for (name, scheduler) in try Self.schedulers() {
            for state in [CardState.learning, .review, .relearning] {
                for _ in 0..<400 {
                    let card = CardSchedule(
                        state: state, step: steps.randomElement(using: &random)!,
                        stability: stabilities.randomElement(using: &random)!,
                        difficulty: difficulties.randomElement(using: &random)!,
                        due: instants.randomElement(using: &random)!,
                        lastReview: (instants + [nil]).randomElement(using: &random)!,
                        ease: eases.randomElement(using: &random)!, interval: intervals.randomElement(using: &random)!,
                        reps: [0, 5, Int.max].randomElement(using: &random)!,
                        lapses: [0, 7, Int.max].randomElement(using: &random)!,
                        fuzzSeed: random.next())
                    for now in instants {
                        for rating in Rating.allCases {
                            let next = scheduler.review(card, rating: rating, at: now)
                            Self.expectBounded(next, reviewedAt: now, "\(name) \(card) \(rating) at \(now)")
                            let r = scheduler.retrievability(of: card, at: now)
                            #expect(r >= 0 && r <= 1, "\(name) \(card) at \(now): retrievability \(r)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 5 * 3 * 400 * 3 * 4)
    }

    /// Seeded random sequences of answers with gaps from none to the whole readable range, with
    /// the clock sometimes going back.
    @Test(arguments: 1...8)
    func randomExtremeSequences(_ seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for (name, scheduler) in try Self.schedulers() {
            var card = CardSchedule.new(fuzzSeed: random.next(), due: TestClock.base)
            var now = TestClock.base
            for review in 0..<3_000 {
                switch Int.random(in: 0..<6, using: &random) {
                case 0: now = Self.earliest
                case 1: now = Self.latest
                case 2: now = min(card.due, Self.latest)
                case 3: now = Instant(microsecondsSinceEpoch: Int64.random(
                    in: Self.earliest.microseconds...Self.latest.microseconds, using: &random))
                default: break
                }
                let rating = Int.random(in: 0..<3, using: &random) == 0
                    ? Rating.allCases.randomElement(using: &random)! : [.easy, .again].randomElement(using: &random)!
                card = scheduler.review(card, rating: rating, at: now)
                Self.expectBounded(card, reviewedAt: now, "\(name) seed \(seed) #\(review)")
            }
        }
    }

    @Test func sm2SettingsAtTheirLimitsAreUsableAndPastThemRefused() throws {
        var settings = SM2Settings()
        settings.maximumInterval = 36_500
        settings.minimumInterval = 36_500
        settings.graduatingInterval = 36_500
        settings.easyInterval = 36_500
        settings.lapseMultiplier = 1
        let scheduler = try SM2Scheduler(settings: settings)
        var card = CardSchedule.new(fuzzSeed: 1, due: Self.latest)
        for rating in [Rating.easy, .again, .good, .hard, .again, .easy] {
            card = scheduler.review(card, rating: rating, at: Self.latest)
            Self.expectBounded(card, reviewedAt: Self.latest, "\(rating)")
        }
        for change in [{ (s: inout SM2Settings) in s.maximumInterval = 36_501 },
                       { $0.maximumInterval = .max },
                       { $0.minimumInterval = 36_501 },
                       { $0.graduatingInterval = .max },
                       { $0.easyInterval = .max },
                       { $0.easyBonus = .infinity },
                       { $0.intervalModifier = .nan },
                       { $0.hardMultiplier = .infinity },
                       { $0.startingEase = 1e300 }] {
            var bad = SM2Settings()
            change(&bad)
            #expect(throws: SchedulerSettingsError.self) { try SM2Scheduler(settings: bad) }
        }
    }

    @Test func fsrsMaximumIntervalAboveAnkisLimitIsRefused() throws {
        #expect(throws: SchedulerSettingsError.maximumInterval(36_501)) {
            try FSRSScheduler(settings: FSRSSettings(maximumInterval: 36_501))
        }
        #expect(throws: SchedulerSettingsError.maximumInterval(.max)) {
            try FSRSScheduler(settings: FSRSSettings(maximumInterval: .max))
        }
        #expect(SchedulerSettingsError.maximumInterval(0).description == "maximum interval must be 1 to 36500 days, got 0")
    }
}
