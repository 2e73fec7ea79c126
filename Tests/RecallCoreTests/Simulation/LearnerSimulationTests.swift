import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore

/// `LearnerSimulation` against its definition: seeded, within the daily limits, and measuring
/// recall with the scheduler's own retrievability.
@Suite struct LearnerSimulationTests {
    /// 2026-03-01 09:00 in Seoul (UTC+9): the study day 2026-03-01.
    static let start = TestClock.at("2026-03-01T09:00:00+09:00")
    static let seoul: @Sendable (Instant) -> Int = { _ in 9 * 3_600 }
    static let scheduler = try! FSRSScheduler()

    static func newCards(_ count: Int) -> [SimulationCard] {
        (0..<count).map { SimulationCard(id: "deck.md#card-\($0)", schedule: nil) }
    }

    /// A card in review, last answered `daysAgo` days before the start, due `dueIn` days after it.
    static func reviewCard(_ index: Int, stability: Double, daysAgo: Int, dueIn: Int) -> SimulationCard {
        SimulationCard(id: "deck.md#review-\(index)", schedule: CardSchedule(
            state: .review, step: nil, stability: stability, difficulty: 5, due: start.adding(days: dueIn),
            lastReview: start.adding(days: -daysAgo), reps: 3, fuzzSeed: UInt64(index)))
    }

    static func run(_ cards: [SimulationCard], _ settings: SimulationSettings,
                    scheduler: FSRSScheduler = scheduler) -> SimulationResult {
        LearnerSimulation.run(cards: cards, scheduler: scheduler, settings: settings, start: start,
                              rolloverHour: 4, utcOffset: seoul)
    }

    /// Half studied (due over the next days), half new.
    static let mixed = (0..<100).map { reviewCard($0, stability: Double($0 % 20 + 1), daysAgo: $0 % 7 + 1, dueIn: $0 % 9) }
        + newCards(100)

    @Test func theSameSeedGivesTheSameRun() {
        let settings = SimulationSettings(days: 20, seed: 7)
        #expect(Self.run(Self.mixed, settings) == Self.run(Self.mixed, settings))
    }

    @Test func anotherSeedGivesOtherAnswers() {
        let runs = (1...3).map { Self.run(Self.mixed, SimulationSettings(days: 20, seed: $0)) }
        #expect(Set(runs.map(\.days)).count == 3)
        #expect(Set(runs.map(\.recallAt)).count == 3)
    }

    @Test func daysAreTheStudyDaysFromTheStart() {
        let result = Self.run(Self.newCards(5), SimulationSettings(days: 3))
        #expect(result.days.map(\.date) == ["2026-03-01", "2026-03-02", "2026-03-03"])
        // 02:00 local is still the study day before.
        let early = LearnerSimulation.run(cards: Self.newCards(5), scheduler: Self.scheduler, settings: SimulationSettings(days: 1),
                                          start: TestClock.at("2026-03-01T02:00:00+09:00"), rolloverHour: 4, utcOffset: Self.seoul)
        #expect(early.days.map(\.date) == ["2026-02-28"])
    }

    @Test func reviewsStopAtTheDailyLimit() throws {
        // Without relearning steps every card is answered once a day, so answers are reviews.
        let scheduler = try FSRSScheduler(settings: FSRSSettings(relearningSteps: []))
        let cards = (0..<300).map { Self.reviewCard($0, stability: 3, daysAgo: 5, dueIn: 0) }
        let result = Self.run(cards, SimulationSettings(days: 3, newPerDay: 0, reviewsPerDay: 50), scheduler: scheduler)
        #expect(result.days.map(\.reviews) == [50, 50, 50])
        #expect(result.days.allSatisfy { $0.newCards == 0 })
        #expect(result.totalReviews == 150)
    }

    @Test func newCardsComeAtTheNewCardLimit() {
        let result = Self.run(Self.newCards(100), SimulationSettings(days: 5, newPerDay: 7))
        #expect(result.days.map(\.newCards) == [7, 7, 7, 7, 7])
        #expect(result.days.map(\.learned) == [7, 14, 21, 28, 35])
        // Each new card is answered at least once, with its learning steps that day.
        #expect(result.days.allSatisfy { $0.reviews >= 7 })
        #expect(result.lastNewCardDay == nil)
    }

    @Test func secondsAreTheAnswersTimes() {
        let settings = SimulationSettings(days: 1, newPerDay: 10, secondsNew: 30, secondsLearning: 0, secondsReview: 0)
        #expect(Self.run(Self.newCards(10), settings).days[0].seconds == 300)
    }

    @Test func aCardWithAHugeStabilityStaysUnreviewed() {
        let cards = [Self.reviewCard(0, stability: 1e6, daysAgo: 1, dueIn: 30_000)]
        let result = Self.run(cards, SimulationSettings(days: 30))
        #expect(result.totalReviews == 0)
        #expect(result.days.allSatisfy { $0.reviews == 0 && $0.learned == 1 })
    }

    @Test func expectedRememberedIsTheSumOfTheSchedulersRetrievabilities() {
        // Due after the simulated days, so that their schedules stay as given.
        let cards = (0..<40).map { Self.reviewCard($0, stability: Double($0) / 2 + 0.5, daysAgo: $0 % 5, dueIn: 60) }
            + Self.newCards(3)
        let measure = TestClock.at("2026-03-20T09:00:00+09:00")
        let result = Self.run(cards, SimulationSettings(days: 10, newPerDay: 0, measureAt: measure))
        #expect(result.totalReviews == 0)
        for (index, day) in result.days.enumerated() {
            let end = StudyDay.named(day.date, rolloverHour: 4, utcOffset: Self.seoul)!.end
            #expect(end == TestClock.at("2026-03-02T04:00:00+09:00").adding(days: index))
            let sum = cards.compactMap(\.schedule).reduce(0.0) { $0 + Self.scheduler.retrievability(of: $1, at: end) }
            #expect(day.expectedRemembered == sum)
        }
        let atMeasure = cards.compactMap(\.schedule).reduce(0.0) { $0 + Self.scheduler.retrievability(of: $1, at: measure) }
        #expect(result.recallAt == atMeasure / 43)
    }

    @Test func recallIsMeasuredAtTheEndOfTheLastDayByDefault() {
        let cards = [Self.reviewCard(0, stability: 4, daysAgo: 2, dueIn: 60)]
        let result = Self.run(cards, SimulationSettings(days: 3))
        let end = TestClock.at("2026-03-04T04:00:00+09:00")
        #expect(result.recallAt == Self.scheduler.retrievability(of: cards[0].schedule!, at: end))
    }

    @Test(arguments: [(40, "2026-03-02"), (50, "2026-03-03"), (60, "2026-03-03")])
    func theLastNewCardDayIsWhenTheLastNewCardIsSeen(count: Int, day: String) {
        #expect(Self.run(Self.newCards(count), SimulationSettings(days: 3, newPerDay: 20)).lastNewCardDay == day)
        #expect(Self.run(Self.newCards(count), SimulationSettings(days: 1, newPerDay: 20)).lastNewCardDay == nil)
    }

    @Test func withNoNewCardTheLastNewCardDayIsTheFirstDay() {
        #expect(Self.run([Self.reviewCard(0, stability: 4, daysAgo: 2, dueIn: 60)], SimulationSettings(days: 2)).lastNewCardDay
                == "2026-03-01")
    }

    @Test func aCramAnswersEveryStudiedCardOnItsDays() throws {
        let scheduler = try FSRSScheduler(settings: FSRSSettings(relearningSteps: []))
        let cards = (0..<30).map { Self.reviewCard($0, stability: 1e6, daysAgo: 1, dueIn: 30_000) }
        var settings = SimulationSettings(days: 5, newPerDay: 0)
        settings.cramDays = 2
        let result = Self.run(cards, settings, scheduler: scheduler)
        #expect(result.days.map(\.reviews) == [0, 0, 0, 30, 30])
    }

    @Test func anExamThatIsOverChangesNothing() {
        var settings = SimulationSettings(days: 10, seed: 3)
        let plain = Self.run(Self.mixed, settings)
        settings.exam = ExamDate(deck: nil, at: TestClock.at("2026-02-20T09:00:00+09:00"))
        #expect(Self.run(Self.mixed, settings) == plain)
    }

    @Test func noCardsNoDays() {
        let result = Self.run([], SimulationSettings(days: 0))
        #expect(result.days.isEmpty && result.recallAt == 0 && result.totalReviews == 0)
    }
}
