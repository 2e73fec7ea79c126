/// Every figure `recall stats` shows, as numbers: `--json` encodes this value, and the text
/// charts (`StatsText`) and the statistics screen draw it. Computed from the log and the
/// scheduler by `Statistics.report`, never stored.
///
/// Definitions follow Anki's statistics screen (`rslib/src/stats/graphs`): days follow the
/// rollover hour; a review is "learn" (the card was new or in its learning steps), "relearn"
/// (in relearning steps) or "review" (graduated), and a review is "mature" when the interval
/// the card had before it was 21 days or more, else "young". Undone answers never count.
public struct StatsReport: Codable, Hashable, Sendable {
    /// The instant the report is for, ISO 8601 with the local offset.
    public var at: String
    /// Today's study day, `2026-01-02`, and the hour it started at.
    public var today: String
    public var rolloverHour: Int
    public var range: StatsRange
    /// What was counted.
    public var scope: StatsScope

    public var studiedToday: TodayStats
    public var forecast: ForecastStats
    public var calendar: CalendarStats
    public var reviews: ReviewsStats
    public var cardCounts: CardCountStats
    /// Current interval of graduated cards (review and relearning), in days.
    public var intervals: Histogram
    /// FSRS cards only (nil when no studied card is scheduled by FSRS).
    public var stability: Histogram?
    /// FSRS difficulty mapped to 0-100 % as Anki shows it: (D - 1) / 9.
    public var difficulty: Histogram?
    /// Retrievability now, in percent (FSRS and SM-2 cards, each by its own scheduler), of
    /// studied, unsuspended cards.
    public var retrievability: Histogram?
    /// SM-2 ease in percent (250 = 2.5), for graduated SM-2 cards; nil when there are none.
    public var ease: Histogram?
    /// The estimated number of cards the learner knows now: the sum of every studied card's
    /// retrievability (new cards count 0; suspended cards count, as in Anki's estimated total
    /// knowledge, which sums every card with a memory state).
    public var knownCards: Double
    public var trueRetention: TrueRetentionStats
    /// 24 rows, hour 0 to 23 of local time, over the range.
    public var hours: [HourStats]
    public var buttons: ButtonStats
    /// Per domain tag, weakest first (see `DomainStats.strength`). Empty with `--log`.
    public var weakDomains: [DomainStats]

    public init(at: String, today: String, rolloverHour: Int, range: StatsRange, scope: StatsScope,
                studiedToday: TodayStats, forecast: ForecastStats, calendar: CalendarStats, reviews: ReviewsStats,
                cardCounts: CardCountStats, intervals: Histogram, stability: Histogram?, difficulty: Histogram?,
                retrievability: Histogram?, ease: Histogram?, knownCards: Double, trueRetention: TrueRetentionStats,
                hours: [HourStats], buttons: ButtonStats, weakDomains: [DomainStats]) {
        self.at = at
        self.today = today
        self.rolloverHour = rolloverHour
        self.range = range
        self.scope = scope
        self.studiedToday = studiedToday
        self.forecast = forecast
        self.calendar = calendar
        self.reviews = reviews
        self.cardCounts = cardCounts
        self.intervals = intervals
        self.stability = stability
        self.difficulty = difficulty
        self.retrievability = retrievability
        self.ease = ease
        self.knownCards = knownCards
        self.trueRetention = trueRetention
        self.hours = hours
        self.buttons = buttons
        self.weakDomains = weakDomains
    }
}

/// How far back the reviews, hours and buttons look, and how far ahead the forecast looks:
/// Anki's ranges (1 month is 31 days, as in its graphs). A range ends today: an answer logged
/// on a later day (a clock that ran ahead) counts only in the all-time figures.
public enum StatsRange: String, Codable, Hashable, Sendable, CaseIterable {
    case month = "1m"
    case threeMonths = "3m"
    case year = "1y"
    case all

    /// Days covered, nil for all (back to the first review; ahead to the last due card).
    public var days: Int? {
        switch self {
        case .month: return 31
        case .threeMonths: return 90
        case .year: return 365
        case .all: return nil
        }
    }
}

/// What the report counted: the deck and tags chosen, or the log file given with `--log`.
public struct StatsScope: Codable, Hashable, Sendable {
    public var deck: String?
    public var tags: [String]
    /// The log file read with `--log`; nil for the data folder's log.
    public var log: String?
    /// Cards in scope (with `--log`: the cards the log names).
    public var cards: Int
    /// Reviews in scope over all time, undone ones not counted.
    public var reviews: Int

    public init(deck: String? = nil, tags: [String] = [], log: String? = nil, cards: Int, reviews: Int) {
        self.deck = deck
        self.tags = tags
        self.log = log
        self.cards = cards
        self.reviews = reviews
    }
}

/// Reviews split the way every section splits them.
public struct KindCounts: Codable, Hashable, Sendable {
    public var learn = 0
    public var relearn = 0
    public var young = 0
    public var mature = 0
    /// Cram answers (Anki's "Filtered" reviews): a kind of their own.
    public var cram = 0

    public init(learn: Int = 0, relearn: Int = 0, young: Int = 0, mature: Int = 0, cram: Int = 0) {
        self.learn = learn
        self.relearn = relearn
        self.young = young
        self.mature = mature
        self.cram = cram
    }

    public var total: Int { learn + relearn + young + mature + cram }
}

/// Anki's "Today": what was studied since the study day began.
public struct TodayStats: Codable, Hashable, Sendable {
    /// Answers given today (a card answered twice counts twice, as in Anki).
    public var reviews: Int
    /// Distinct cards answered today.
    public var cards: Int
    public var seconds: Double
    public var again: Int
    /// Share of today's answers that were Again, 0 to 1; nil with no answers.
    public var againShare: Double?
    public var learn: Int
    public var review: Int
    public var relearn: Int
    /// Cram answers today (Anki's "Filtered").
    public var cram: Int
    /// Mature reviews today passed (not Again) and their total.
    public var matureCorrect: Int
    public var matureTotal: Int

    public init(reviews: Int, cards: Int, seconds: Double, again: Int, againShare: Double?, learn: Int, review: Int,
                relearn: Int, cram: Int = 0, matureCorrect: Int, matureTotal: Int) {
        self.cram = cram
        self.reviews = reviews
        self.cards = cards
        self.seconds = seconds
        self.again = again
        self.againShare = againShare
        self.learn = learn
        self.review = review
        self.relearn = relearn
        self.matureCorrect = matureCorrect
        self.matureTotal = matureTotal
    }
}

/// Anki's "Future Due": studied, unsuspended cards by the study day they are due (buried
/// cards included: they are due again tomorrow).
public struct ForecastStats: Codable, Hashable, Sendable {
    /// One count per day from today (index 0) over the range (31, 90 or 365 days; with `all`,
    /// up to the last due card). A card due before today is in `overdue`, not in day 0.
    public var perDay: [Int]
    /// Cards due before today's study day began: the backlog.
    public var overdue: Int
    public var dueToday: Int
    public var dueTomorrow: Int
    /// Cards in `perDay`.
    public var total: Int
    /// `total / perDay.count`.
    public var averagePerDay: Double
    /// Σ 1 / max(interval, 1) over studied, unsuspended cards: reviews a day in the long run.
    public var dailyLoad: Double

    public init(perDay: [Int], overdue: Int, dueToday: Int, dueTomorrow: Int, total: Int, averagePerDay: Double,
                dailyLoad: Double) {
        self.perDay = perDay
        self.overdue = overdue
        self.dueToday = dueToday
        self.dueTomorrow = dueTomorrow
        self.total = total
        self.averagePerDay = averagePerDay
        self.dailyLoad = dailyLoad
    }
}

/// One study day and its review count.
public struct DayCount: Codable, Hashable, Sendable {
    public var date: String
    public var reviews: Int

    public init(date: String, reviews: Int) {
        self.date = date
        self.reviews = reviews
    }
}

/// The year heatmap, and the habit it shows.
public struct CalendarStats: Codable, Hashable, Sendable {
    /// The first and last day of the heatmap: the 365 days that end today.
    public var from: String
    public var to: String
    /// Every day from `from` to `to` with at least one review, in date order.
    public var days: [DayCount]
    /// The largest count of any day in the heatmap (its colour scale's top).
    public var maximum: Int
    /// Days with a review, and the days of the range: from the first review's day (or the
    /// range's first day, if later) to today.
    public var daysStudied: Int
    public var daysInRange: Int
    /// Studied days in a row ending today, or ending yesterday while today has no review yet.
    public var streak: Int
    /// The longest run of studied days in the whole log.
    public var longestStreak: Int
    /// The day with most reviews in the whole log (the earliest of equals); nil with none.
    public var busiestDay: DayCount?

    public init(from: String, to: String, days: [DayCount], maximum: Int, daysStudied: Int, daysInRange: Int, streak: Int,
                longestStreak: Int, busiestDay: DayCount?) {
        self.from = from
        self.to = to
        self.days = days
        self.maximum = maximum
        self.daysStudied = daysStudied
        self.daysInRange = daysInRange
        self.streak = streak
        self.longestStreak = longestStreak
        self.busiestDay = busiestDay
    }
}

/// One study day of the reviews chart: counts and seconds, split by kind.
public struct ReviewDay: Codable, Hashable, Sendable {
    public var date: String
    public var counts: KindCounts
    /// Seconds spent, split the same way (answers without a duration add nothing).
    public var seconds: KindSeconds

    public init(date: String, counts: KindCounts, seconds: KindSeconds) {
        self.date = date
        self.counts = counts
        self.seconds = seconds
    }
}

public struct KindSeconds: Codable, Hashable, Sendable {
    public var learn = 0.0
    public var relearn = 0.0
    public var young = 0.0
    public var mature = 0.0
    public var cram = 0.0

    public init(learn: Double = 0, relearn: Double = 0, young: Double = 0, mature: Double = 0, cram: Double = 0) {
        self.learn = learn
        self.relearn = relearn
        self.young = young
        self.mature = mature
        self.cram = cram
    }

    public var total: Double { learn + relearn + young + mature + cram }
}

/// Anki's "Reviews": per day over the range.
public struct ReviewsStats: Codable, Hashable, Sendable {
    /// Every day of the range, oldest first, today last (days without reviews included).
    public var days: [ReviewDay]
    public var daysStudied: Int
    public var daysInRange: Int
    public var total: KindCounts
    public var totalSeconds: Double
    /// Reviews per day over the whole range, and over the days studied; nil with no days.
    public var averagePerDay: Double?
    public var averagePerStudiedDay: Double?
    /// Seconds per answer, over answers with a duration; nil without any.
    public var averageAnswerSeconds: Double?
    /// Answers per minute of answering time; nil without any duration.
    public var cardsPerMinute: Double?

    public init(days: [ReviewDay], daysStudied: Int, daysInRange: Int, total: KindCounts, totalSeconds: Double,
                averagePerDay: Double?, averagePerStudiedDay: Double?, averageAnswerSeconds: Double?,
                cardsPerMinute: Double?) {
        self.days = days
        self.daysStudied = daysStudied
        self.daysInRange = daysInRange
        self.total = total
        self.totalSeconds = totalSeconds
        self.averagePerDay = averagePerDay
        self.averagePerStudiedDay = averagePerStudiedDay
        self.averageAnswerSeconds = averageAnswerSeconds
        self.cardsPerMinute = cardsPerMinute
    }
}

/// Anki's "Card Counts", suspended and buried counted apart: each card is in one bucket.
public struct CardCountStats: Codable, Hashable, Sendable {
    public var new: Int
    public var learning: Int
    public var relearning: Int
    /// Graduated with an interval under 21 days, and of 21 days or more.
    public var young: Int
    public var mature: Int
    public var suspended: Int
    public var buried: Int

    public init(new: Int, learning: Int, relearning: Int, young: Int, mature: Int, suspended: Int, buried: Int) {
        self.new = new
        self.learning = learning
        self.relearning = relearning
        self.young = young
        self.mature = mature
        self.suspended = suspended
        self.buried = buried
    }

    public var total: Int { new + learning + relearning + young + mature + suspended + buried }
}

/// A distribution: buckets of equal width from `lower`, and its median and mean.
public struct Histogram: Codable, Hashable, Sendable {
    /// The unit of the values: "days" or "percent".
    public var unit: String
    /// Bucket i holds values in [lower + i·width, lower + (i+1)·width); the last one also
    /// holds its upper edge.
    public var lower: Double
    public var width: Double
    public var counts: [Int]
    /// Values counted.
    public var count: Int
    public var median: Double?
    public var mean: Double?

    public init(unit: String, lower: Double, width: Double, counts: [Int], count: Int, median: Double?, mean: Double?) {
        self.unit = unit
        self.lower = lower
        self.width = width
        self.counts = counts
        self.count = count
        self.median = median
        self.mean = mean
    }
}

/// Passed and failed reviews of cards with an interval of at least a day.
public struct PassFail: Codable, Hashable, Sendable {
    public var passed = 0
    public var failed = 0

    public init(passed: Int = 0, failed: Int = 0) {
        self.passed = passed
        self.failed = failed
    }

    /// passed / (passed + failed); nil with no reviews ("N/A" in Anki).
    public var retention: Double? { passed + failed == 0 ? nil : Double(passed) / Double(passed + failed) }

    private enum CodingKeys: String, CodingKey { case passed, failed }
    private enum DerivedKeys: String, CodingKey { case retention }

    /// `--json` carries the derived retention too, so that scripts need not divide.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(passed, forKey: .passed)
        try container.encode(failed, forKey: .failed)
        var derived = encoder.container(keyedBy: DerivedKeys.self)
        try derived.encode(retention, forKey: .retention)
    }
}

/// One row of the true-retention table.
public struct RetentionPeriod: Codable, Hashable, Sendable {
    /// "today", "yesterday", "week" (7 days), "month" (30), "year" (365), "all".
    public var period: String
    public var young: PassFail
    public var mature: PassFail
    public var all: PassFail

    public init(period: String, young: PassFail, mature: PassFail, all: PassFail) {
        self.period = period
        self.young = young
        self.mature = mature
        self.all = all
    }
}

/// Anki's "true retention": the pass rate of reviews of cards whose interval was at least a
/// day (pass = not Again), beside the retention the scheduler aims at.
public struct TrueRetentionStats: Codable, Hashable, Sendable {
    public var periods: [RetentionPeriod]
    public var desiredRetention: Double

    public init(periods: [RetentionPeriod], desiredRetention: Double) {
        self.periods = periods
        self.desiredRetention = desiredRetention
    }
}

/// One hour of the day (local time) over the range: answers and those not Again.
public struct HourStats: Codable, Hashable, Sendable {
    public var hour: Int
    public var reviews: Int
    public var correct: Int

    public init(hour: Int, reviews: Int, correct: Int) {
        self.hour = hour
        self.reviews = reviews
        self.correct = correct
    }
}

/// Anki's "Answer Buttons" over the range: how often each of the four grades was pressed.
public struct ButtonStats: Codable, Hashable, Sendable {
    /// Index 0 is Again, 3 is Easy. Learning includes relearning.
    public var learning: [Int]
    public var young: [Int]
    public var mature: [Int]

    public init(learning: [Int], young: [Int], mature: [Int]) {
        self.learning = learning
        self.young = young
        self.mature = mature
    }
}

/// One exam domain (a domain tag, as the quiz counts them: `QuizDomains`).
public struct DomainStats: Codable, Hashable, Sendable {
    public var domain: String
    public var cards: Int
    /// Cards answered at least once.
    public var studied: Int
    /// True retention of the domain's cards over all time (interval of a day or more).
    public var retention: PassFail
    /// Lapses (Again on a graduated card), and the share of studied cards that lapsed at least once.
    public var lapses: Int
    public var lapsedShare: Double?
    /// Mean retrievability now over all the domain's cards, new ones counting 0.
    public var meanRetrievability: Double?
    /// The most recent quiz that asked this domain: its study day (by the report's rollover and
    /// time zone, as every date here) and score.
    public var lastQuizDate: String?
    public var lastQuizPercent: Int?
    /// What "weakest first" sorts by: the mean of the figures known of true retention, mean
    /// retrievability and the last quiz (each 0 to 1); nil when none is known (sorted last).
    public var strength: Double?

    public init(domain: String, cards: Int, studied: Int, retention: PassFail, lapses: Int, lapsedShare: Double?,
                meanRetrievability: Double?, lastQuizDate: String?, lastQuizPercent: Int?, strength: Double?) {
        self.domain = domain
        self.cards = cards
        self.studied = studied
        self.retention = retention
        self.lapses = lapses
        self.lapsedShare = lapsedShare
        self.meanRetrievability = meanRetrievability
        self.lastQuizDate = lastQuizDate
        self.lastQuizPercent = lastQuizPercent
        self.strength = strength
    }
}
