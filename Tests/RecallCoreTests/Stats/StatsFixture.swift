@testable import RecallCore

/// Hand-built logs for the statistics tests: answers by time, a fixed UTC offset, rollover 4.
enum StatsFixture {
    static let utc: @Sendable (Instant) -> Int = { _ in 0 }
    static let seoul: @Sendable (Instant) -> Int = { _ in 9 * 3_600 }

    /// The default settings without fuzz, so that every interval is exact.
    static let exact: SchedulerSet = {
        var config = StudyConfig()
        config.fuzz = false
        return try! SchedulerSet(config: config)
    }()

    static func at(_ text: String) -> Instant { Instant(iso8601: text)! }

    /// Numbers the entries 1, 2, ... in the order given.
    static func log(_ events: [(String, ReviewEvent)]) -> [LogEntry] {
        events.enumerated().map { LogEntry(seq: $0.offset + 1, time: at($0.element.0), event: $0.element.1) }
    }

    static func answer(_ card: String, _ rating: Rating, ms: Int? = nil, scheduler: SchedulerKind = .sm2) -> ReviewEvent {
        .review(ReviewRecord(card: card, rating: rating, durationMilliseconds: ms, scheduler: scheduler, deck: "AWS", file: "Decks/aws.md"))
    }

    /// A graduated SM-2 card last reviewed at `time`, due `days` later.
    static func graduated(_ time: String, days: Int, ease: Double = 2.5) -> CardProgress {
        let last = at(time)
        let schedule = CardSchedule(state: .review, step: nil, due: last + .days(days), lastReview: last, ease: ease,
                                    interval: days, reps: 3, lapses: 0, fuzzSeed: 1)
        return CardProgress(schedule: schedule, scheduler: .sm2, deck: "AWS", file: "Decks/aws.md")
    }

    static func history(_ entries: [LogEntry], schedulers: SchedulerSet = exact) -> ReviewHistory {
        var history = ReviewHistory(schedulers: schedulers, undone: ProgressState.undoneIDs(in: entries))
        for entry in entries { history.add(entry) }
        return history
    }

    static func settings(now: String, range: StatsRange = .month, utcOffset: @escaping @Sendable (Instant) -> Int = utc,
                         schedulers: SchedulerSet = exact) -> StatsSettings {
        StatsSettings(now: at(now), rolloverHour: 4, utcOffset: utcOffset, range: range, scope: StatsScope(cards: 0, reviews: 0),
                      schedulers: schedulers, desiredRetention: 0.9)
    }

    static func report(_ entries: [LogEntry], cards: [StatsCard]?, quizzes: [QuizHistoryEntry] = [], now: String,
                       range: StatsRange = .month, utcOffset: @escaping @Sendable (Instant) -> Int = utc) -> StatsReport {
        Statistics.report(history(entries), cards: cards, quizzes: quizzes,
                          settings: settings(now: now, range: range, utcOffset: utcOffset))
    }

    static func cards(_ ids: String...) -> [StatsCard] {
        ids.map { StatsCard(id: $0, deck: "AWS", domains: []) }
    }

    static func quiz(_ time: String, _ scores: [DomainScore]) -> QuizHistoryEntry {
        QuizHistoryEntry(date: at(time), utcOffsetSeconds: 9 * 3_600, deck: "AWS", tags: [], count: 10, correct: 7, percent: 70,
                         passPercent: 72, passed: false, timeLimitSeconds: 600, timeUsedSeconds: 300, timedOut: false,
                         seed: 1, types: [], domains: scores)
    }

    /// Every figure of the report must be finite for `--json`: encoding throws on NaN or infinity.
    static func json(_ report: StatsReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(report)
    }
}

import Foundation
