import Foundation
import RecallCore

/// Hand-built statistics for the drawing tests: a learner a month into the exam's deck on
/// Tuesday 2026-12-01, with figures chosen so that every chart has something to draw, and an
/// empty report (a deck with no reviews). Shared by the tests of `StatsText` and of the screen. Every figure is a constant or a fixed pattern.
public enum StatsReportFixture {
    public static let dates = (1...30).map { String(format: "2026-11-%02d", $0) } + ["2026-12-01"]

    public static var report: StatsReport {
        let days = dates.enumerated().map { index, date -> ReviewDay in
            let studied = index % 4 != 1
            let counts = studied ? KindCounts(learn: index % 5 + 2, relearn: index % 3, young: 10 + index % 7, mature: index / 2) : KindCounts()
            let seconds = KindSeconds(learn: Double(counts.learn) * 12, relearn: Double(counts.relearn) * 9,
                                      young: Double(counts.young) * 7, mature: Double(counts.mature) * 5)
            return ReviewDay(date: date, counts: counts, seconds: seconds)
        }
        let total = days.reduce(KindCounts()) {
            KindCounts(learn: $0.learn + $1.counts.learn, relearn: $0.relearn + $1.counts.relearn,
                       young: $0.young + $1.counts.young, mature: $0.mature + $1.counts.mature)
        }
        let calendarDays = (0..<365).compactMap { offset -> DayCount? in
            // 2025-12-02 is day 0; the learner started in June (day 180) and skips some days.
            guard offset >= 180, offset % 6 != 2 else { return nil }
            let month = offset < 211 ? 6 : offset < 242 ? 7 : offset < 273 ? 8 : offset < 303 ? 9 : offset < 334 ? 10 : 11
            let day = month == 6 ? offset - 180 + 1 : month == 7 ? offset - 211 + 1 : month == 8 ? offset - 242 + 1
                : month == 9 ? offset - 273 + 1 : month == 10 ? offset - 303 + 1 : offset - 334 + 1
            let date = offset == 364 ? "2026-12-01" : String(format: "2026-%02d-%02d", month + (month >= 6 ? 0 : 0), day)
            return DayCount(date: date, reviews: 5 + (offset * 7) % 40)
        }
        return StatsReport(
            at: "2026-12-01T21:30:00+09:00", today: "2026-12-01", rolloverHour: 4, range: .month,
            scope: StatsScope(deck: "AWS::SAA", cards: 420, reviews: 2315),
            studiedToday: TodayStats(reviews: 52, cards: 45, seconds: 723, again: 5, againShare: 5.0 / 52, learn: 10, review: 37,
                                     relearn: 5, matureCorrect: 20, matureTotal: 22),
            forecast: ForecastStats(perDay: (0..<31).map { [14, 9, 12, 6, 3, 8, 0][$0 % 7] + (31 - $0) / 4 }, overdue: 7, dueToday: 14,
                                    dueTomorrow: 9, total: 335, averagePerDay: 335.0 / 31, dailyLoad: 11.46),
            calendar: CalendarStats(from: "2025-12-02", to: "2026-12-01", days: calendarDays, maximum: 44, daysStudied: calendarDays.count,
                                    daysInRange: 185, streak: 3, longestStreak: 11, busiestDay: DayCount(date: "2026-07-14", reviews: 44)),
            reviews: ReviewsStats(days: days, daysStudied: 23, daysInRange: 31, total: total, totalSeconds: 5123, averagePerDay: 24.3,
                                  averagePerStudiedDay: 32.8, averageAnswerSeconds: 6.8, cardsPerMinute: 8.8),
            cardCounts: CardCountStats(new: 180, learning: 12, relearning: 6, young: 150, mature: 60, suspended: 8, buried: 4),
            intervals: Histogram(unit: "days", lower: 0, width: 1, counts: (0..<40).map { max(0, 30 - $0) % 17 }, count: 216, median: 9, mean: 14.2),
            stability: Histogram(unit: "days", lower: 0, width: 2, counts: (0..<30).map { (30 - $0) / 2 }, count: 216, median: 11.5, mean: 18.25),
            difficulty: Histogram(unit: "percent", lower: 0, width: 10, counts: [2, 8, 20, 41, 55, 38, 25, 14, 9, 4], count: 216, median: 44, mean: 46.3),
            retrievability: Histogram(unit: "percent", lower: 0, width: 5, counts: (0..<20).map { $0 < 10 ? $0 / 3 : ($0 - 8) * 3 },
                                      count: 228, median: 87.5, mean: 83.1),
            ease: nil, knownCards: 189.4,
            trueRetention: TrueRetentionStats(periods: [
                RetentionPeriod(period: "today", young: PassFail(passed: 15, failed: 2), mature: PassFail(passed: 20, failed: 2), all: PassFail(passed: 35, failed: 4)),
                RetentionPeriod(period: "yesterday", young: PassFail(), mature: PassFail(), all: PassFail()),
                RetentionPeriod(period: "week", young: PassFail(passed: 90, failed: 11), mature: PassFail(passed: 70, failed: 5), all: PassFail(passed: 160, failed: 16)),
                RetentionPeriod(period: "month", young: PassFail(passed: 301, failed: 40), mature: PassFail(passed: 150, failed: 12), all: PassFail(passed: 451, failed: 52)),
                RetentionPeriod(period: "year", young: PassFail(passed: 1203, failed: 166), mature: PassFail(passed: 300, failed: 25), all: PassFail(passed: 1503, failed: 191)),
                RetentionPeriod(period: "all", young: PassFail(passed: 1203, failed: 166), mature: PassFail(passed: 300, failed: 25), all: PassFail(passed: 1503, failed: 191)),
            ], desiredRetention: 0.9),
            hours: (0..<24).map { hour in
                let reviews = hour < 7 ? 0 : [12, 30, 8, 5, 20, 44, 61, 70, 52, 33, 18, 9, 4, 2, 1, 0, 3][hour - 7]
                return HourStats(hour: hour, reviews: reviews, correct: reviews * (80 + hour % 5 * 4) / 100)
            },
            buttons: ButtonStats(learning: [40, 12, 150, 20], young: [60, 30, 420, 55], mature: [12, 9, 180, 40]),
            weakDomains: [
                DomainStats(domain: "security", cards: 120, studied: 80, retention: PassFail(passed: 300, failed: 70), lapses: 31,
                            lapsedShare: 0.225, meanRetrievability: 0.612, lastQuizDate: "2026-11-28", lastQuizPercent: 55, strength: 0.63),
                DomainStats(domain: "networking", cards: 90, studied: 60, retention: PassFail(passed: 400, failed: 40), lapses: 12,
                            lapsedShare: 0.15, meanRetrievability: 0.7, lastQuizDate: nil, lastQuizPercent: nil, strength: 0.8),
                DomainStats(domain: "cost", cards: 10, studied: 0, retention: PassFail(), lapses: 0, lapsedShare: nil,
                            meanRetrievability: 0, lastQuizDate: nil, lastQuizPercent: nil, strength: nil),
            ])
    }

    /// A deck of 30 new cards that was never studied.
    public static var empty: StatsReport {
        StatsReport(
            at: "2026-12-01T21:30:00+09:00", today: "2026-12-01", rolloverHour: 4, range: .month,
            scope: StatsScope(deck: "AWS::SAA", cards: 30, reviews: 0),
            studiedToday: TodayStats(reviews: 0, cards: 0, seconds: 0, again: 0, againShare: nil, learn: 0, review: 0, relearn: 0,
                                     matureCorrect: 0, matureTotal: 0),
            forecast: ForecastStats(perDay: Array(repeating: 0, count: 31), overdue: 0, dueToday: 0, dueTomorrow: 0, total: 0,
                                    averagePerDay: 0, dailyLoad: 0),
            calendar: CalendarStats(from: "2025-12-02", to: "2026-12-01", days: [], maximum: 0, daysStudied: 0, daysInRange: 0,
                                    streak: 0, longestStreak: 0, busiestDay: nil),
            reviews: ReviewsStats(days: dates.map { ReviewDay(date: $0, counts: KindCounts(), seconds: KindSeconds()) }, daysStudied: 0,
                                  daysInRange: 31, total: KindCounts(), totalSeconds: 0, averagePerDay: nil, averagePerStudiedDay: nil,
                                  averageAnswerSeconds: nil, cardsPerMinute: nil),
            cardCounts: CardCountStats(new: 30, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0, buried: 0),
            intervals: Histogram(unit: "days", lower: 0, width: 1, counts: [], count: 0, median: nil, mean: nil),
            stability: nil, difficulty: nil, retrievability: nil, ease: nil, knownCards: 0,
            trueRetention: TrueRetentionStats(periods: ["today", "yesterday", "week", "month", "year", "all"].map {
                RetentionPeriod(period: $0, young: PassFail(), mature: PassFail(), all: PassFail())
            }, desiredRetention: 0.9),
            hours: (0..<24).map { HourStats(hour: $0, reviews: 0, correct: 0) },
            buttons: ButtonStats(learning: [0, 0, 0, 0], young: [0, 0, 0, 0], mature: [0, 0, 0, 0]),
            weakDomains: [])
    }
}
