import Foundation
import Testing
@testable import RecallCore

/// Every section of the report on one small log worked out by hand (SM-2 without fuzz, UTC,
/// rollover 4, now 2026-02-09 12:00, range 1 month):
/// - A: Easy 01-01 (learn; interval 4), Good 01-05 (review, last 4; -> 10), Good 01-15 (review,
///   last 10; -> 25), Again 02-09 10:00 (review, last 25: mature; relearning, interval 1),
///   Good 02-09 10:10 (relearn, last 0 in its steps; review, interval 1, due 02-10 10:10).
/// - B: Again 02-09 11:00 (learn; learning, due 11:01). C: Easy 02-08 09:00, then suspended.
/// - D: in the deck, never answered.
@Suite struct StatisticsSectionsTests {
    typealias F = StatsFixture

    static let entries = F.log([
        ("2026-01-01T10:00:00+00:00", F.answer("A", .easy, ms: 10_000)),
        ("2026-01-05T10:00:00+00:00", F.answer("A", .good, ms: 10_000)),
        ("2026-01-15T10:00:00+00:00", F.answer("A", .good, ms: 10_000)),
        ("2026-02-08T09:00:00+00:00", F.answer("C", .easy, ms: 4_000)),
        ("2026-02-08T09:01:00+00:00", .suspend(card: "C")),
        ("2026-02-09T10:00:00+00:00", F.answer("A", .again, ms: 10_000)),
        ("2026-02-09T10:10:00+00:00", F.answer("A", .good)),
        ("2026-02-09T11:00:00+00:00", F.answer("B", .again, ms: 6_000)),
    ])
    static let cards = [
        StatsCard(id: "A", deck: "AWS", domains: ["security"]),
        StatsCard(id: "B", deck: "AWS", domains: ["security", "networking"]),
        StatsCard(id: "C", deck: "AWS", domains: ["networking"]),
        StatsCard(id: "D", deck: "AWS", domains: ["networking"]),
    ]
    static let quizzes = [
        F.quiz("2026-01-20T03:00:00+00:00", [DomainScore(domain: "security", correct: 9, total: 10)]),
        // 03:00 UTC is before the rollover: the study day 2026-01-31.
        F.quiz("2026-02-01T03:00:00+00:00", [DomainScore(domain: "security", correct: 7, total: 10)]),
        F.quiz("2026-02-05T12:00:00+00:00", [DomainScore(domain: "networking", correct: 1, total: 4)]),
    ]
    static let report = F.report(entries, cards: cards, quizzes: quizzes, now: "2026-02-09T12:00:00+00:00")

    @Test func historyNotesWhatEachCardWasBeforeItsAnswer() {
        let history = F.history(Self.entries)
        #expect(history.cardIDs == ["A", "C", "B"])
        #expect(history.reviews.map(\.kind) == [.learn, .review, .review, .learn, .review, .relearn, .learn])
        #expect(history.reviews.map(\.lastInterval) == [0, 4, 10, 0, 25, 0, 0])
        #expect(history.reviews.map(\.card) == [0, 0, 0, 1, 0, 0, 2])
        #expect(history.reviews.map(\.duration) == [10_000, 10_000, 10_000, 4_000, 10_000, -1, 6_000])
    }

    @Test func headerAndScope() {
        let report = Self.report
        #expect(report.at == "2026-02-09T12:00:00+00:00")
        #expect(report.today == "2026-02-09")
        #expect(report.scope == StatsScope(cards: 4, reviews: 7))
        let seoul = F.report(Self.entries, cards: Self.cards, now: "2026-02-09T12:00:00+00:00", utcOffset: F.seoul)
        #expect(seoul.at == "2026-02-09T21:00:00+09:00")
    }

    @Test func today() {
        #expect(Self.report.studiedToday == TodayStats(reviews: 3, cards: 2, seconds: 16, again: 2, againShare: 2.0 / 3,
                                                        learn: 1, review: 1, relearn: 1, matureCorrect: 0, matureTotal: 1))
    }

    @Test func forecastCountsStudiedUnsuspendedCards() {
        let forecast = Self.report.forecast
        #expect(forecast.perDay == [1, 1] + [Int](repeating: 0, count: 29))
        #expect(forecast.overdue == 0)
        #expect(forecast.dueToday == 1)
        #expect(forecast.dueTomorrow == 1)
        #expect(forecast.total == 2)
        #expect(forecast.averagePerDay == 2.0 / 31)
        #expect(forecast.dailyLoad == 2)
    }

    @Test func calendar() {
        #expect(Self.report.calendar == CalendarStats(
            from: "2025-02-10", to: "2026-02-09",
            days: [DayCount(date: "2026-01-01", reviews: 1), DayCount(date: "2026-01-05", reviews: 1),
                   DayCount(date: "2026-01-15", reviews: 1), DayCount(date: "2026-02-08", reviews: 1),
                   DayCount(date: "2026-02-09", reviews: 3)],
            maximum: 3, daysStudied: 3, daysInRange: 31, streak: 2, longestStreak: 2,
            busiestDay: DayCount(date: "2026-02-09", reviews: 3)))
    }

    @Test func reviewsPerDay() {
        let reviews = Self.report.reviews
        #expect(reviews.days.count == 31)
        #expect(reviews.days.first?.date == "2026-01-10")
        #expect(reviews.days.last?.date == "2026-02-09")
        #expect(reviews.days.filter { $0.counts.total > 0 }.map(\.date) == ["2026-01-15", "2026-02-08", "2026-02-09"])
        #expect(reviews.days[5] == ReviewDay(date: "2026-01-15", counts: KindCounts(young: 1), seconds: KindSeconds(young: 10)))
        #expect(reviews.days[30] == ReviewDay(date: "2026-02-09", counts: KindCounts(learn: 1, relearn: 1, mature: 1),
                                              seconds: KindSeconds(learn: 6, mature: 10)))
        #expect(reviews.total == KindCounts(learn: 2, relearn: 1, young: 1, mature: 1))
        #expect(reviews.totalSeconds == 30)
        #expect(reviews.daysStudied == 3)
        #expect(reviews.daysInRange == 31)
        #expect(reviews.averagePerDay == 5.0 / 31)
        #expect(reviews.averagePerStudiedDay == 5.0 / 3)
        #expect(reviews.averageAnswerSeconds == 7.5)
        #expect(reviews.cardsPerMinute == 8)
    }

    @Test func cardCountsAndDistributions() {
        let report = Self.report
        #expect(report.cardCounts == CardCountStats(new: 1, learning: 1, relearning: 0, young: 1, mature: 0, suspended: 1, buried: 0))
        #expect(report.intervals == Histogram(unit: "days", lower: 0, width: 1, counts: [0, 1, 0, 0, 1], count: 2, median: 2.5, mean: 2.5))
        #expect(report.stability == nil)
        #expect(report.difficulty == nil)
        #expect(report.ease == Histogram(unit: "percent", lower: 230, width: 10, counts: [1, 0, 1], count: 2, median: 240, mean: 240))
        // A was reviewed today (100 %); B is in its steps (0); C is suspended (not shown).
        #expect(report.retrievability == Histogram(unit: "percent", lower: 0, width: 5, counts: [1] + [Int](repeating: 0, count: 18) + [1],
                                                   count: 2, median: 50, mean: 50))
        // C counts toward what is known: a day after its 4-day interval began.
        #expect(report.knownCards == 1 + pow(0.9, 0.25))
    }

    @Test func trueRetention() {
        let periods = Self.report.trueRetention.periods
        #expect(periods.map(\.period) == ["today", "yesterday", "week", "month", "year", "all"])
        // The relearning step of 02-09 counts in none: only A's reviews of 01-05, 01-15 and 02-09.
        let today = RetentionPeriod(period: "today", young: PassFail(), mature: PassFail(failed: 1), all: PassFail(failed: 1))
        #expect(periods[0] == today)
        #expect(periods[1] == RetentionPeriod(period: "yesterday", young: PassFail(), mature: PassFail(), all: PassFail()))
        #expect(periods[2] == RetentionPeriod(period: "week", young: today.young, mature: today.mature, all: today.all))
        #expect(periods[3] == RetentionPeriod(period: "month", young: PassFail(passed: 1), mature: PassFail(failed: 1), all: PassFail(passed: 1, failed: 1)))
        #expect(periods[4] == RetentionPeriod(period: "year", young: PassFail(passed: 2), mature: PassFail(failed: 1), all: PassFail(passed: 2, failed: 1)))
        #expect(periods[5] == RetentionPeriod(period: "all", young: PassFail(passed: 2), mature: PassFail(failed: 1), all: PassFail(passed: 2, failed: 1)))
        #expect(Self.report.trueRetention.desiredRetention == 0.9)
    }

    @Test func hoursAndButtons() {
        let hours = Self.report.hours
        #expect(hours.count == 24)
        #expect(hours.filter { $0.reviews > 0 } == [HourStats(hour: 9, reviews: 1, correct: 1), HourStats(hour: 10, reviews: 3, correct: 2),
                                                    HourStats(hour: 11, reviews: 1, correct: 0)])
        #expect(Self.report.buttons == ButtonStats(learning: [1, 0, 1, 1], young: [0, 0, 1, 0], mature: [1, 0, 0, 0]))
    }

    @Test func weakDomainsWeakestFirst() {
        let networkingR = pow(0.9, 0.25) / 3
        #expect(Self.report.weakDomains == [
            DomainStats(domain: "networking", cards: 3, studied: 2, retention: PassFail(), lapses: 0, lapsedShare: 0,
                        meanRetrievability: networkingR, lastQuizDate: "2026-02-05", lastQuizPercent: 25,
                        strength: (networkingR + 0.25) / 2),
            DomainStats(domain: "security", cards: 2, studied: 2, retention: PassFail(passed: 2, failed: 1), lapses: 1,
                        lapsedShare: 0.5, meanRetrievability: 0.5, lastQuizDate: "2026-01-31", lastQuizPercent: 70,
                        strength: (2.0 / 3 + 0.5 + 0.7) / 3),
        ])
    }

    @Test func encodesToJSONAndBack() throws {
        let data = try F.json(Self.report)
        #expect(try JSONDecoder().decode(StatsReport.self, from: data) == Self.report)
        #expect(String(decoding: data, as: UTF8.self).contains("\"retention\" : 0.5"))
    }
}
