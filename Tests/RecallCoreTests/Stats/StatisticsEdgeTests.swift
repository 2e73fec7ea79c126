import Foundation
import Testing
@testable import RecallCore

/// The day boundary, a clock that went back, undone answers, suspended and buried cards, empty
/// logs and decks, the young/mature edge, streaks and `--log` (cards nil).
@Suite struct StatisticsEdgeTests {
    typealias F = StatsFixture

    @Test func answersBeforeTheRolloverCountForTheDayBefore() {
        // Seoul: 18:59 UTC is 03:59 on the 2nd (still the 1st's study day); 19:00 UTC is 04:00.
        let seoul = F.log([("2026-01-01T18:59:00+00:00", F.answer("X", .again)), ("2026-01-01T19:00:00+00:00", F.answer("X", .good))])
        let report = F.report(seoul, cards: nil, now: "2026-01-02T03:00:00+00:00", utcOffset: F.seoul)
        #expect(report.today == "2026-01-02")
        #expect(report.studiedToday.reviews == 1)
        #expect(report.calendar.days == [DayCount(date: "2026-01-01", reviews: 1), DayCount(date: "2026-01-02", reviews: 1)])
        #expect(report.hours.filter { $0.reviews > 0 } == [HourStats(hour: 3, reviews: 1, correct: 0), HourStats(hour: 4, reviews: 1, correct: 1)])
        #expect(report.calendar.streak == 2)

        let utc = F.log([("2026-01-02T03:59:00+00:00", F.answer("X", .again)), ("2026-01-02T04:00:00+00:00", F.answer("X", .good))])
        let utcReport = F.report(utc, cards: nil, now: "2026-01-02T12:00:00+00:00")
        #expect(utcReport.calendar.days == [DayCount(date: "2026-01-01", reviews: 1), DayCount(date: "2026-01-02", reviews: 1)])
        #expect(utcReport.studiedToday.reviews == 1)
    }

    @Test func hoursFollowAnOffsetThatChanges() {
        // Central European summer time from 2026-03-29 01:00 UTC: 00:59 UTC is 01:59, 01:00 UTC is 03:00.
        let change = F.at("2026-03-29T01:00:00+00:00")
        let europe: @Sendable (Instant) -> Int = { $0 < change ? 3_600 : 7_200 }
        let entries = F.log([("2026-03-29T00:59:00+00:00", F.answer("X", .again)), ("2026-03-29T01:00:00+00:00", F.answer("X", .good)),
                             ("2026-03-29T02:30:00+00:00", F.answer("X", .good))])
        let report = F.report(entries, cards: nil, now: "2026-03-29T12:00:00+00:00", utcOffset: europe)
        #expect(report.hours.filter { $0.reviews > 0 }.map(\.hour) == [1, 3, 4])
        // 01:59 local is before the 04:00 rollover (the 28th's study day); 04:30 local is the 29th's.
        #expect(report.calendar.days == [DayCount(date: "2026-03-28", reviews: 2), DayCount(date: "2026-03-29", reviews: 1)])
    }

    @Test func aClockThatWentBackSchedulesAtTheLastReviewButCountsOnItsOwnDay() {
        let entries = F.log([
            ("2026-01-10T10:00:00+00:00", F.answer("X", .easy)),  // interval 4
            ("2026-01-08T10:00:00+00:00", F.answer("X", .good)),  // scheduled as at 01-10: 4 * 2.5 = 10 days
        ])
        let history = F.history(entries)
        #expect(history.reviews.map(\.time) == entries.map(\.time))
        #expect(history.reviews.map(\.kind) == [.learn, .review])
        #expect(history.reviews.map(\.lastInterval) == [0, 4])
        #expect(history.cards == ProgressState.replay(entries, schedulers: F.exact).cards)
        let report = Statistics.report(history, cards: nil, quizzes: [], settings: F.settings(now: "2026-01-10T12:00:00+00:00"))
        #expect(report.calendar.days == [DayCount(date: "2026-01-08", reviews: 1), DayCount(date: "2026-01-10", reviews: 1)])
        #expect(report.calendar.streak == 1)
        #expect(report.studiedToday.reviews == 1)
        #expect(report.forecast.perDay[10] == 1)
        #expect(report.forecast.total == 1)
    }

    @Test func undoneAnswersCountNowhere() {
        let entries = F.log([
            ("2026-01-10T10:00:00+00:00", F.answer("A", .good, ms: 3_000)),
            ("2026-01-10T10:00:05+00:00", .undo(EventID(device: "", seq: 1))),
            ("2026-01-10T10:01:00+00:00", F.answer("B", .again, ms: 2_000)),
        ])
        let history = F.history(entries)
        #expect(history.cardIDs == ["B"])
        #expect(history.reviews.count == 1)
        let report = Statistics.report(history, cards: F.cards("A", "B"), quizzes: [], settings: F.settings(now: "2026-01-10T12:00:00+00:00"))
        #expect(report.scope.reviews == 1)
        #expect(report.studiedToday.reviews == 1)
        #expect(report.studiedToday.seconds == 2)
        #expect(report.cardCounts == CardCountStats(new: 1, learning: 1, relearning: 0, young: 0, mature: 0, suspended: 0, buried: 0))
        #expect(report.buttons.learning == [1, 0, 0, 0])
        #expect(report.reviews.total == KindCounts(learn: 1))
        #expect(report.calendar.days == [DayCount(date: "2026-01-10", reviews: 1)])
    }

    @Test func suspendedAndBuriedCards() {
        let restored = "2026-02-01T10:00:00+00:00"
        let entries = F.log([
            (restored, .restore(card: "A", progress: F.graduated(restored, days: 4))),
            (restored, .restore(card: "B", progress: F.graduated(restored, days: 4))),
            (restored, .restore(card: "C", progress: F.graduated(restored, days: 4))),
            (restored, .restore(card: "D", progress: F.graduated(restored, days: 4))),
            (restored, .restore(card: "E", progress: F.graduated("2026-01-20T10:00:00+00:00", days: 4))),
            ("2026-02-05T09:00:00+00:00", .suspend(card: "A")),
            ("2026-02-05T09:00:00+00:00", .bury(card: "B", until: F.at("2026-02-06T04:00:00+00:00"))),
            ("2026-02-05T09:00:00+00:00", .bury(card: "C", until: F.at("2026-02-05T04:00:00+00:00"))),  // already over
        ])
        let report = F.report(entries, cards: F.cards("A", "B", "C", "D", "E", "F"), now: "2026-02-05T12:00:00+00:00")
        #expect(report.cardCounts == CardCountStats(new: 1, learning: 0, relearning: 0, young: 3, mature: 0, suspended: 1, buried: 1))
        // Due 02-05 10:00 (day 0) for B, C and D, buried or not; A is suspended; E is overdue.
        #expect(report.forecast.perDay.prefix(2) == [3, 0])
        #expect(report.forecast.overdue == 1)
        #expect(report.forecast.total == 3)
        #expect(report.forecast.dailyLoad == 1)
        #expect(report.scope == StatsScope(cards: 6, reviews: 0))
    }

    @Test func anEmptyLogGivesZerosAndNoNaN() throws {
        for range in StatsRange.allCases {
            let report = F.report([], cards: nil, now: "2026-02-05T12:00:00+00:00", range: range)
            let days = range.days ?? 1
            #expect(report.scope == StatsScope(cards: 0, reviews: 0))
            #expect(report.studiedToday == TodayStats(reviews: 0, cards: 0, seconds: 0, again: 0, againShare: nil, learn: 0,
                                                       review: 0, relearn: 0, matureCorrect: 0, matureTotal: 0))
            #expect(report.forecast == ForecastStats(perDay: [Int](repeating: 0, count: days), overdue: 0, dueToday: 0,
                                                     dueTomorrow: 0, total: 0, averagePerDay: 0, dailyLoad: 0))
            #expect(report.calendar == CalendarStats(from: "2025-02-06", to: "2026-02-05", days: [], maximum: 0, daysStudied: 0,
                                                     daysInRange: 0, streak: 0, longestStreak: 0, busiestDay: nil))
            #expect(report.reviews.days.count == days)
            #expect(report.reviews.total == KindCounts())
            #expect(report.reviews.averagePerDay == nil)
            #expect(report.reviews.averagePerStudiedDay == nil)
            #expect(report.reviews.averageAnswerSeconds == nil)
            #expect(report.reviews.cardsPerMinute == nil)
            #expect(report.cardCounts.total == 0)
            #expect(report.intervals == Histogram(unit: "days", lower: 0, width: 1, counts: [], count: 0, median: nil, mean: nil))
            #expect(report.stability == nil && report.difficulty == nil && report.retrievability == nil && report.ease == nil)
            #expect(report.knownCards == 0)
            #expect(report.trueRetention.periods.allSatisfy { $0.all == PassFail() })
            #expect(report.hours == (0..<24).map { HourStats(hour: $0, reviews: 0, correct: 0) })
            #expect(report.buttons == ButtonStats(learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0]))
            #expect(report.weakDomains == [])
            _ = try F.json(report)
        }
    }

    @Test func aDeckWithNoReviews() throws {
        let cards = ["A", "B", "C"].map { StatsCard(id: $0, deck: "AWS", domains: ["security"]) }
        let report = F.report([], cards: cards, now: "2026-02-05T12:00:00+00:00")
        #expect(report.cardCounts == CardCountStats(new: 3, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0, buried: 0))
        #expect(report.forecast.total == 0)
        #expect(report.knownCards == 0)
        #expect(report.weakDomains == [DomainStats(domain: "security", cards: 3, studied: 0, retention: PassFail(), lapses: 0,
                                                   lapsedShare: nil, meanRetrievability: 0, lastQuizDate: nil,
                                                   lastQuizPercent: nil, strength: 0)])
        _ = try F.json(report)
    }

    @Test func matureFromAnIntervalOf21Days() {
        let start = "2026-01-01T10:00:00+00:00"
        let restored = F.log([
            (start, .restore(card: "X", progress: F.graduated(start, days: 20))),
            (start, .restore(card: "Y", progress: F.graduated(start, days: 21))),
        ])
        let before = F.report(restored, cards: nil, now: "2026-01-21T12:00:00+00:00")
        #expect(before.cardCounts == CardCountStats(new: 0, learning: 0, relearning: 0, young: 1, mature: 1, suspended: 0, buried: 0))

        let answered = F.log([
            (start, .restore(card: "X", progress: F.graduated(start, days: 20))),
            (start, .restore(card: "Y", progress: F.graduated(start, days: 21))),
            ("2026-01-21T10:00:00+00:00", F.answer("X", .good)),
            ("2026-01-21T10:01:00+00:00", F.answer("Y", .again)),
        ])
        let report = F.report(answered, cards: nil, now: "2026-01-21T12:00:00+00:00")
        #expect(report.studiedToday.matureTotal == 1)
        #expect(report.studiedToday.matureCorrect == 0)
        #expect(report.buttons == ButtonStats(learning: [0, 0, 0, 0], young: [0, 0, 1, 0], mature: [1, 0, 0, 0]))
        #expect(report.reviews.total == KindCounts(young: 1, mature: 1))
        #expect(report.trueRetention.periods[0] == RetentionPeriod(period: "today", young: PassFail(passed: 1),
                                                                   mature: PassFail(failed: 1), all: PassFail(passed: 1, failed: 1)))
    }

    @Test func theStreakEndsTodayOrYesterdayElseItIsBroken() {
        let entries = F.log([
            ("2026-02-01T10:00:00+00:00", F.answer("X", .again)),
            ("2026-02-02T10:00:00+00:00", F.answer("X", .again)),
            ("2026-02-03T10:00:00+00:00", F.answer("X", .again)),
            ("2026-02-03T11:00:00+00:00", F.answer("X", .again)),
        ])
        let yesterday = F.report(entries, cards: nil, now: "2026-02-04T12:00:00+00:00").calendar
        #expect(yesterday.streak == 3)
        #expect(yesterday.longestStreak == 3)
        #expect(yesterday.busiestDay == DayCount(date: "2026-02-03", reviews: 2))
        let broken = F.report(entries, cards: nil, now: "2026-02-05T12:00:00+00:00").calendar
        #expect(broken.streak == 0)
        #expect(broken.longestStreak == 3)
        #expect(broken.daysStudied == 3)
        #expect(broken.daysInRange == 5)
    }

    @Test func withoutDecksTheCardsAreThoseTheLogNames() {
        let entries = F.log([
            ("2026-02-01T10:00:00+00:00", F.answer("A", .easy)),
            ("2026-02-01T10:01:00+00:00", F.answer("B", .again)),
            ("2026-02-01T10:02:00+00:00", .suspend(card: "C")),
        ])
        let quiz = F.quiz("2026-02-01T12:00:00+00:00", [DomainScore(domain: "security", correct: 1, total: 2)])
        let report = F.report(entries, cards: nil, quizzes: [quiz], now: "2026-02-01T12:00:00+00:00")
        #expect(report.scope == StatsScope(cards: 3, reviews: 2))
        #expect(report.cardCounts == CardCountStats(new: 0, learning: 1, relearning: 0, young: 1, mature: 0, suspended: 1, buried: 0))
        #expect(report.weakDomains == [])
        // Only the cards named count, with `cards` given: B's answer is out of scope.
        let scoped = F.report(entries, cards: F.cards("A"), now: "2026-02-01T12:00:00+00:00")
        #expect(scoped.scope == StatsScope(cards: 1, reviews: 1))
        #expect(scoped.buttons.learning == [0, 0, 0, 1])
    }

    @Test func theAllRangeReachesTheLastDueCardAndTheFirstAnswer() {
        let entries = F.log([
            ("2026-01-01T10:00:00+00:00", F.answer("X", .easy)),                // 4 days
            ("2026-01-05T10:00:00+00:00", F.answer("X", .good)),                // 10 days
            ("2026-01-15T10:00:00+00:00", F.answer("X", .good)),                // 25 days: due 02-09
        ])
        let report = F.report(entries, cards: nil, now: "2026-01-20T12:00:00+00:00", range: .all)
        #expect(report.forecast.perDay.count == 21)
        #expect(report.forecast.perDay.last == 1)
        #expect(report.reviews.days.count == 20)
        #expect(report.reviews.days.first?.date == "2026-01-01")
        #expect(report.calendar.daysInRange == 20)
        #expect(report.reviews.averagePerDay == 3.0 / 20)
    }

    @Test func fsrsCardsHaveStabilityAndDifficulty() throws {
        let entries = F.log([("2026-01-01T10:00:00+00:00", F.answer("X", .easy, scheduler: .fsrs))])
        let history = F.history(entries)
        let schedule = try #require(history.progress(of: "X")?.schedule)
        let report = Statistics.report(history, cards: nil, quizzes: [], settings: F.settings(now: "2026-01-01T12:00:00+00:00"))
        #expect(report.stability?.mean == schedule.stability)
        #expect(report.difficulty?.mean == (schedule.difficulty! - 1) / 9 * 100)
        #expect(report.ease == nil)
        #expect(report.intervals.count == 1)
        #expect(report.intervals.mean == Double(schedule.scheduledDays))
    }

    @Test func histogramBuckets() {
        #expect(Histogram.days([0, 30.5]).counts.count == 31)
        let wide = Histogram.days([3, 100, 365])
        #expect(wide.width == 10)
        #expect(wide.counts.count == 37)
        #expect(wide.median == 100)
        #expect(Histogram.days([1, 2, 3, 4]).median == 2.5)
        let percent = Histogram.percent([0, 4.9, 5, 100])
        #expect(percent.counts.count == 20)
        #expect(percent.counts.first == 2)
        #expect(percent.counts[1] == 1)
        #expect(percent.counts.last == 1)
    }

    @Test(arguments: 0..<4) func theHistorysStateIsTheReplays(seed: UInt64) {
        let entries = JSONExportStreamTests.randomLog((0..<20).map { "카드-\($0)" }, seed: 160 + seed, count: 500)
        let undone = ProgressState.undoneIDs(in: entries)
        let history = F.history(entries, schedulers: SchedulerSet.defaults)
        #expect(history.cards == ProgressState.replay(entries, schedulers: SchedulerSet.defaults).cards)
        let answers = entries.filter { if case .review = $0.event { !undone.contains($0.id) } else { false } }
        #expect(history.reviews.map(\.time) == answers.map(\.time))
        #expect(history.reviews.map { history.cardIDs[Int($0.card)] } == answers.map { $0.event.card! })
    }
}
