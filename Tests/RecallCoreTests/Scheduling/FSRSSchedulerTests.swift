import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// FSRS-6 behaviours checked one by one. The numbers come from py-fsrs 6.3.2 (the fixtures cover
/// them at scale; these name each rule of the issue so that a failure says which one broke).
@Suite struct FSRSSchedulerTests {
    let fsrs = try! FSRSScheduler(settings: FSRSSettings(fuzz: false))

    @Test func defaultsAreFSRS6() {
        #expect(FSRSParameters.defaultWeights.count == 21)
        #expect(FSRSParameters.default[20] == 0.1542)
        #expect(fsrs.settings.desiredRetention == 0.9)
        #expect(fsrs.settings.learningSteps == [.minutes(1), .minutes(10)])
        #expect(fsrs.settings.relearningSteps == [.minutes(10)])
        #expect(fsrs.settings.maximumInterval == 36_500)
    }

    @Test func firstReviewSetsInitialStabilityAndDifficulty() {
        // S0 = w[G-1]; D0 = w4 - e^(w5 (G-1)) + 1, clamped to 1...10 (py-fsrs's values).
        let expected: [Rating: (Double, Double)] = [
            .again: (0.212, 6.4133), .hard: (1.2931, 5.112170705601056),
            .good: (2.3065, 2.118103970459016), .easy: (8.2956, 1.0),
        ]
        for (rating, (stability, difficulty)) in expected {
            let card = fsrs.history([(rating, clock.start)])
            #expect(card.stability == stability)
            #expect(card.difficulty == difficulty)
            #expect(card.reps == 1)
            #expect(card.lastReview == clock.start)
        }
    }

    @Test func newCardRetrievabilityIsZero() {
        #expect(fsrs.retrievability(of: .new(fuzzSeed: 1, due: clock.start), at: clock.start) == 0)
    }

    @Test func retrievabilityUsesWholeElapsedDays() {
        let card = fsrs.history([(.easy, clock.start)])  // S = 8.2956, in review
        // 23 h 59 m is 0 whole days: R = 1.
        #expect(fsrs.retrievability(of: card, at: clock.at(hours: 23, minutes: 59)) == 1)
        // At t = S days R would be 0.9; at the whole-day floor of 8.9 days, t = 8 < S, so R > 0.9.
        let r8 = fsrs.retrievability(of: card, at: clock.at(days: 8.9))
        #expect(r8 == fsrs.retrievability(of: card, at: clock.at(days: 8)))
        #expect(r8 > 0.9)
        // A clock that went backwards counts as 0 days.
        #expect(fsrs.retrievability(of: card, at: clock.at(days: -3)) == 1)
    }

    @Test func learningStepsDefault() {
        let now = clock.start
        // Again: step 0, 1 minute. Hard on the first step: the mean of 1m and 10m. Good: step 1, 10m.
        #expect(fsrs.previews(.new(fuzzSeed: 1, due: now), at: now)[.again]!.minutes == 1)
        #expect(fsrs.previews(.new(fuzzSeed: 1, due: now), at: now)[.hard]!.minutes == 5.5)
        let good = fsrs.history([(.good, now)])
        #expect(good.state == .learning && good.step == 1 && (good.due - now).minutes == 10)
        // Good on the last step graduates; Easy graduates at once.
        let graduated = fsrs.review(good, rating: .good, at: clock.at(minutes: 10))
        #expect(graduated.state == .review && graduated.step == nil)
        #expect(fsrs.history([(.easy, now)]).state == .review)
        // Hard on a later step repeats that step.
        let hardLater = fsrs.review(good, rating: .hard, at: clock.at(minutes: 10))
        #expect(hardLater.step == 1 && (hardLater.due - clock.at(minutes: 10)).minutes == 10)
    }

    @Test func hardOnASingleStepIsOneAndAHalfTimesIt() throws {
        let single = try FSRSScheduler(settings: FSRSSettings(learningSteps: [.minutes(10)], fuzz: false))
        let card = single.history([(.hard, clock.start)])
        #expect(card.state == .learning && card.step == 0)
        #expect((card.due - clock.start).minutes == 15)
    }

    @Test func hardStepRoundsToTheMicrosecondHalfToEven() {
        // timedelta(microseconds=3) * 1.5 = 4.5 µs → 4 (even); (1 µs + 2 µs) / 2 = 1.5 µs → 2.
        #expect(TimeSpan(microseconds: 3).timesOneAndAHalf().microseconds == 4)
        #expect(TimeSpan(microseconds: 5).timesOneAndAHalf().microseconds == 8)
        #expect(TimeSpan.mean(TimeSpan(microseconds: 1), TimeSpan(microseconds: 2)).microseconds == 2)
        #expect(TimeSpan.mean(TimeSpan(microseconds: 2), TimeSpan(microseconds: 3)).microseconds == 2)
    }

    @Test func noStepsGraduateAtOnceEvenOnAgain() throws {
        let none = try FSRSScheduler(settings: FSRSSettings(learningSteps: [], relearningSteps: [], fuzz: false))
        let card = none.history([(.again, clock.start)])
        #expect(card.state == .review && card.step == nil)
        #expect(card.due == clock.at(days: 1))
        // A lapse without relearning steps stays in review, scheduled in days.
        let lapsed = none.review(card, rating: .again, at: clock.at(days: 1))
        #expect(lapsed.state == .review && lapsed.lapses == 1)
        #expect((lapsed.due - clock.at(days: 1)).wholeDays >= 1)
    }

    @Test func lapseEntersRelearning() {
        let card = fsrs.history([(.easy, clock.start), (.again, clock.at(days: 8))])
        #expect(card.state == .relearning && card.step == 0 && card.lapses == 1)
        #expect(card.due == clock.at(days: 8, minutes: 10))
        let back = fsrs.review(card, rating: .good, at: clock.at(days: 8, minutes: 10))
        #expect(back.state == .review)
    }

    @Test func sameDayReviewUsesShortTermStabilityWithFloorForSuccess() {
        let model = FSRSModel(.default)
        // For a large S, e^(w17 (G-3+w18)) S^-w19 < 1, so Hard/Good/Easy are floored at SInc = 1…
        for rating in [Rating.hard, .good, .easy] {
            #expect(model.shortTermStability(100, rating) >= 100)
        }
        #expect(model.shortTermStability(100, .hard) == 100)
        // …while Again may lower it.
        #expect(model.shortTermStability(100, .again) < 100)
        // A second review 5 minutes later takes the short-term branch: Good keeps S0(Good).
        let card = fsrs.history([(.good, clock.start), (.good, clock.at(minutes: 5))])
        #expect(card.stability == 2.3065)
    }

    @Test func nextDifficultyRevertsTowardUnclampedEasyInitialDifficulty() {
        let model = FSRSModel(.default)
        let w = FSRSParameters.defaultWeights
        let d0Easy = w[4] - pow(FSRSModel.e, w[5] * 3) + 1  // below 1: unclamped
        #expect(d0Easy < 1)
        #expect(model.meanReversionTarget == d0Easy)
        // Good: ΔD = 0, so D' = w7 D0(Easy) + (1 - w7) D.
        #expect(model.nextDifficulty(5, .good) == w[7] * d0Easy + (1 - w[7]) * 5)
        // Again raises D, damped by (10 - D)/9: at D = 10 only the mean reversion moves it (down).
        #expect(model.nextDifficulty(5, .again) > 5)
        #expect(model.nextDifficulty(10, .again) == w[7] * d0Easy + (1 - w[7]) * 10)
        // Easy lowers D, but never below 1.
        #expect(model.nextDifficulty(1, .easy) == 1)
    }

    @Test func desiredRetentionChangesIntervals() throws {
        let card = fsrs.history([(.easy, clock.start)])  // S = 8.2956
        #expect(card.due == clock.at(days: 8))  // R = 0.9 at t = S: round(8.2956) = 8
        let low = try FSRSScheduler(settings: FSRSSettings(desiredRetention: 0.8, fuzz: false)).history([(.easy, clock.start)])
        let high = try FSRSScheduler(settings: FSRSSettings(desiredRetention: 0.95, fuzz: false)).history([(.easy, clock.start)])
        #expect(low.due > card.due && high.due < card.due)
    }

    @Test func maximumIntervalCapsReviews() throws {
        let capped = try FSRSScheduler(settings: FSRSSettings(maximumInterval: 5, fuzz: false))
        let card = capped.history([(.easy, clock.start), (.easy, clock.at(days: 5))])
        #expect(card.due == clock.at(days: 10))
    }

    @Test func intervalRoundingIsHalfToEven() {
        #expect(roundHalfToEven(2.5) == 2)
        #expect(roundHalfToEven(3.5) == 4)
        #expect(roundHalfToEven(-0.5) == 0)
        #expect(roundHalfToEven(2.5000000000000004) == 3)
    }

    @Test func rejectsBadSettings() {
        #expect(throws: SchedulerSettingsError.desiredRetention(1)) { try FSRSScheduler(settings: FSRSSettings(desiredRetention: 1)) }
        #expect(throws: SchedulerSettingsError.desiredRetention(0)) { try FSRSScheduler(settings: FSRSSettings(desiredRetention: 0)) }
        #expect(throws: SchedulerSettingsError.maximumInterval(0)) { try FSRSScheduler(settings: FSRSSettings(maximumInterval: 0)) }
    }

    @Test func previewsAreExactAndLabelled() {
        let now = clock.start
        let labels = fsrs.previewLabels(.new(fuzzSeed: 1, due: now), at: now)
        #expect(labels == [.again: "1m", .hard: "6m", .good: "10m", .easy: "8d"])
    }
}
