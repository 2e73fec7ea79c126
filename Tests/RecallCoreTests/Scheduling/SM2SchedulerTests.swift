import Testing
@testable import RecallCore
import RecallTestSupport

/// SM-2 cases worked out by hand from the rules in Anki's manual (defaults: starting ease 2.5,
/// Hard ×1.2, easy bonus 1.3, interval modifier 1.0, new interval 0 after a lapse, minimum
/// interval 1 day, graduating interval 1 day, easy interval 4 days, steps 1m 10m / 10m).
@Suite struct SM2SchedulerTests {
    let sm2 = try! SM2Scheduler(settings: {
        var settings = SM2Settings()
        settings.fuzz = false
        return settings
    }())

    /// A review card with the given interval and ease, last reviewed at `clock.start`.
    func reviewCard(interval: Int, ease: Double, lapses: Int = 0) -> CardSchedule {
        CardSchedule(state: .review, step: nil, due: clock.at(days: Double(interval)), lastReview: clock.start,
                     ease: ease, interval: interval, reps: 5, lapses: lapses, fuzzSeed: 1)
    }

    func intervals(after card: CardSchedule, at now: Instant) -> [Rating: Int] {
        sm2.previews(card, at: now).mapValues { Int($0.wholeDays) }
    }

    @Test func newCardGraduatesThroughTheSteps() {
        // Good → step 1 (10m); Good again → graduating interval 1 day at ease 2.5.
        let learning = sm2.history([(.good, clock.start)])
        #expect(learning.state == .learning && learning.step == 1 && learning.due == clock.at(minutes: 10))
        #expect(learning.ease == nil && learning.interval == nil)
        let graduated = sm2.review(learning, rating: .good, at: clock.at(minutes: 10))
        #expect(graduated.state == .review && graduated.interval == 1 && graduated.ease == 2.5)
        #expect(graduated.due == clock.at(days: 1, minutes: 10))
    }

    @Test func easyOnANewCardGivesTheEasyInterval() {
        let card = sm2.history([(.easy, clock.start)])
        #expect(card.state == .review && card.interval == 4 && card.ease == 2.5)
        #expect(card.due == clock.at(days: 4))
    }

    @Test func hardOnTheFirstLearningStepIsTheMeanOfTheFirstTwo() {
        let card = sm2.history([(.hard, clock.start)])
        #expect(card.step == 0 && (card.due - clock.start).minutes == 5.5)  // (1m + 10m) / 2
    }

    @Test func reviewOnTimeAfterOneDay() {
        // interval 1, ease 2.5, reviewed after exactly 1 day (0 days late):
        //   Hard: 1 × 1.2 = 1.2 → 1, but at least 1 + 1 → 2
        //   Good: (1 + 0/2) × 2.5 = 2.5 → 3 (halves up), at least Hard + 1 = 3 → 3
        //   Easy: 1 × 2.5 × 1.3 = 3.25 → 3, at least Good + 1 = 4 → 4
        let card = reviewCard(interval: 1, ease: 2.5)
        #expect(intervals(after: card, at: clock.at(days: 1)) == [.again: 0, .hard: 2, .good: 3, .easy: 4])
    }

    @Test func lateReviewCountsTheDelay() {
        // interval 10, ease 2.5, reviewed 14 days after the last review (4 days late):
        //   Hard: 10 × 1.2 = 12 (≥ 11)
        //   Good: (10 + 4/2) × 2.5 = 30 (≥ 13)
        //   Easy: (10 + 4) × 2.5 × 1.3 = 45.5 → 46 (≥ 31)
        let card = reviewCard(interval: 10, ease: 2.5)
        #expect(intervals(after: card, at: clock.at(days: 14)) == [.again: 0, .hard: 12, .good: 30, .easy: 46])
    }

    @Test func easeChanges() {
        let card = reviewCard(interval: 10, ease: 2.5)
        let now = clock.at(days: 10)
        #expect(sm2.review(card, rating: .hard, at: now).ease == 2.35)  // 2.5 − 0.15
        #expect(sm2.review(card, rating: .good, at: now).ease == 2.5)   // unchanged
        #expect(sm2.review(card, rating: .easy, at: now).ease == 2.65)  // 2.5 + 0.15
        #expect(sm2.review(card, rating: .again, at: now).ease == 2.3)  // 2.5 − 0.20
    }

    @Test func easeNeverFallsBelowOnePointThree() {
        let now = clock.at(days: 10)
        #expect(sm2.review(reviewCard(interval: 10, ease: 1.4), rating: .hard, at: now).ease == 1.3)   // 1.25 → 1.3
        #expect(sm2.review(reviewCard(interval: 10, ease: 1.3), rating: .again, at: now).ease == 1.3)  // 1.1 → 1.3
    }

    @Test func easeIsDecimalNotBinary() {
        // interval 5, ease 2.3, on time: Good = 5 × 2.3 = 11.5 → 12. In binary doubles
        // 5 × 2.3 is 11.499999999999998, which would round to 11.
        let card = reviewCard(interval: 5, ease: 2.3)
        #expect(intervals(after: card, at: clock.at(days: 5))[.good] == 12)
    }

    @Test func lapseRelearnsThenReturnsWithTheLapseInterval() {
        // interval 30, Again: lapses 1, ease 2.3, new interval max(1, 30 × 0) = 1, relearn 10m.
        let lapsed = sm2.review(reviewCard(interval: 30, ease: 2.5), rating: .again, at: clock.at(days: 30))
        #expect(lapsed.state == .relearning && lapsed.step == 0 && lapsed.lapses == 1 && lapsed.interval == 1)
        #expect(lapsed.due == clock.at(days: 30, minutes: 10))
        // Good after the (only) relearning step: back to review, due in the lapse interval.
        let back = sm2.review(lapsed, rating: .good, at: clock.at(days: 30, minutes: 10))
        #expect(back.state == .review && back.interval == 1 && back.ease == 2.3)
        #expect(back.due == clock.at(days: 31, minutes: 10))
        // Easy leaves relearning a day later than Good would.
        #expect(sm2.review(lapsed, rating: .easy, at: clock.at(days: 30, minutes: 10)).interval == 2)
    }

    @Test func lapseMultiplierAndMinimumInterval() throws {
        var settings = SM2Settings()
        settings.fuzz = false
        settings.lapseMultiplier = 0.5
        settings.minimumInterval = 3
        settings.relearningSteps = []
        let custom = try SM2Scheduler(settings: settings)
        // 4 × 0.5 = 2 → at least 3. 20 × 0.5 = 10. No relearning steps: due in that many days.
        let short = custom.review(reviewCard(interval: 4, ease: 2.5), rating: .again, at: clock.at(days: 4))
        #expect(short.interval == 3 && short.state == .review && short.due == clock.at(days: 7))
        #expect(custom.review(reviewCard(interval: 20, ease: 2.5), rating: .again, at: clock.at(days: 20)).interval == 10)
    }

    @Test func intervalModifierScalesEveryAnswer() throws {
        var settings = SM2Settings()
        settings.fuzz = false
        settings.intervalModifier = 0.8
        let custom = try SM2Scheduler(settings: settings)
        // interval 10, ease 2.5, on time:
        //   Hard: 10 × 1.2 × 0.8 = 9.6 → 10, at least 11 → 11
        //   Good: 10 × 2.5 × 0.8 = 20
        //   Easy: 10 × 2.5 × 1.3 × 0.8 = 26
        let card = reviewCard(interval: 10, ease: 2.5)
        let days = custom.previews(card, at: clock.at(days: 10)).mapValues { Int($0.wholeDays) }
        #expect(days[.hard] == 11 && days[.good] == 20 && days[.easy] == 26)
    }

    @Test func maximumIntervalCaps() throws {
        var settings = SM2Settings()
        settings.fuzz = false
        settings.maximumInterval = 30
        let custom = try SM2Scheduler(settings: settings)
        // interval 20: Hard 24; Good 50 → 30; Easy 65 → 30.
        let days = custom.previews(reviewCard(interval: 20, ease: 2.5), at: clock.at(days: 20)).mapValues { Int($0.wholeDays) }
        #expect(days[.hard] == 24 && days[.good] == 30 && days[.easy] == 30)
    }

    @Test func leechAtEightLapses() {
        var card = reviewCard(interval: 1, ease: 1.3, lapses: 7)
        #expect(!sm2.isLeech(card))
        card = sm2.review(card, rating: .again, at: clock.at(days: 1))
        #expect(card.lapses == 8 && sm2.isLeech(card))
        // Anki flags a leech at the threshold and every half threshold after.
        #expect(sm2.isLeechAlert(lapses: 8) && !sm2.isLeechAlert(lapses: 9) && sm2.isLeechAlert(lapses: 12))
        #expect(!sm2.isLeechAlert(lapses: 7))
    }

    @Test func retrievabilityEstimate() {
        let card = reviewCard(interval: 10, ease: 2.5)
        #expect(sm2.retrievability(of: card, at: clock.at(days: 10)) == 0.9)
        #expect(sm2.retrievability(of: card, at: clock.start) == 1)
        #expect(sm2.retrievability(of: .new(fuzzSeed: 1, due: clock.start), at: clock.start) == 0)
    }

    @Test func rejectsBadSettings() {
        var settings = SM2Settings()
        settings.minimumEase = 0.5
        #expect(throws: SchedulerSettingsError.self) { try SM2Scheduler(settings: settings) }
        settings = SM2Settings()
        settings.maximumInterval = 0
        #expect(throws: SchedulerSettingsError.maximumInterval(0)) { try SM2Scheduler(settings: settings) }
    }
}
