/// Computes every figure of `StatsReport` from a replayed history, the cards in scope and the
/// quiz history. Pure: the moment and the time zone come in `StatsSettings`. Each section is
/// computed in its own file (`Statistics+Today.swift`, ...), from one `StatsInput`.
public enum Statistics {
    /// `cards`: the cards in scope, from the decks; nil with `--log` (the cards are those the
    /// log names, none is new, and there are no domains).
    public static func report(_ history: ReviewHistory, cards: [StatsCard]?, quizzes: [QuizHistoryEntry],
                              settings: StatsSettings) -> StatsReport {
        let input = StatsInput(history, cards: cards, settings: settings)
        var scope = settings.scope
        scope.cards = input.cards.count
        scope.reviews = input.reviews.count
        let memory = memory(input)
        return StatsReport(
            at: ISOTimestamp.local(settings.now, utcOffsetSeconds: settings.utcOffset(settings.now)),
            today: StudyDay.dateText(input.today), rolloverHour: settings.rolloverHour, range: settings.range,
            scope: scope, studiedToday: today(input), forecast: forecast(input), calendar: calendar(input),
            reviews: reviews(input), cardCounts: cardCounts(input), intervals: memory.intervals,
            stability: memory.stability, difficulty: memory.difficulty, retrievability: memory.retrievability,
            ease: memory.ease, knownCards: memory.knownCards, trueRetention: trueRetention(input), hours: hours(input),
            buttons: buttons(input), weakDomains: cards == nil ? [] : weakDomains(input, quizzes: quizzes))
    }
}

/// A card in scope as the card-state sections see it: its progress (nil for a new card), its
/// domains, and its index in the history (nil when it has no answer kept).
struct ScopedCard {
    var progress: CardProgress?
    var domains: [String]
    var historyIndex: Int32?

    /// Answered at least once and still remembered by the scheduler: what has a memory state.
    var studiedSchedule: CardSchedule? {
        guard let schedule = progress?.schedule, !schedule.isNew else { return nil }
        return schedule
    }
}

/// What every section reads, made once: the answers in scope with the study day and local hour
/// of each, the cards in scope, today and the range.
struct StatsInput {
    let settings: StatsSettings
    /// Today's study day number (`StudyDay.dayNumber`).
    let today: Int64
    let reviews: [StatsReview]
    /// The study day and the local hour of each of `reviews`.
    let days: [Int64]
    let hours: [UInt8]
    let cards: [ScopedCard]
    /// The position in `cards` of each history card index; -1 when out of scope.
    let cardPosition: [Int32]
    /// The earliest study day of any answer in scope.
    let firstDay: Int64?
    /// The range's first day: `range.days` days ending today, or the first answer's day with `all`.
    let rangeStart: Int64

    init(_ history: ReviewHistory, cards: [StatsCard]?, settings: StatsSettings) {
        self.settings = settings
        var clock = LocalClock(rolloverHour: settings.rolloverHour, utcOffset: settings.utcOffset)
        today = clock.day(of: settings.now)
        var position = [Int32](repeating: -1, count: history.cardIDs.count)
        var scoped: [ScopedCard] = []
        if let cards {
            scoped.reserveCapacity(cards.count)
            for card in cards {
                let index = history.index(of: card.id)
                if let index { position[Int(index)] = Int32(scoped.count) }
                scoped.append(ScopedCard(progress: index.map(history.progress(at:)), domains: card.domains, historyIndex: index))
            }
            reviews = history.reviews.filter { position[Int($0.card)] >= 0 }
        } else {
            // Every card the history names, in the order first named.
            for (index, _) in history.cardIDs.enumerated() {
                position[index] = Int32(index)
                scoped.append(ScopedCard(progress: history.progress(at: Int32(index)), domains: [], historyIndex: Int32(index)))
            }
            reviews = history.reviews
        }
        self.cards = scoped
        cardPosition = position
        var days = [Int64](), hours = [UInt8]()
        days.reserveCapacity(reviews.count)
        hours.reserveCapacity(reviews.count)
        for review in reviews {
            days.append(clock.day(of: review.time))
            hours.append(clock.hour(of: review.time))
        }
        self.days = days
        self.hours = hours
        firstDay = days.min()
        let today = today
        if let days = settings.range.days {
            rangeStart = today - Int64(days) + 1
        } else {
            rangeStart = min(firstDay ?? today, today)
        }
    }

    /// Within the range, which ends today.
    func inRange(_ day: Int64) -> Bool { day >= rangeStart && day <= today }

    /// Days from the first answer's day (or the range's first day, if later) to today; 0 without answers.
    var daysInRange: Int {
        guard let firstDay else { return 0 }
        return Int(max(0, today - max(firstDay, rangeStart) + 1))
    }

    /// The study day `instant` falls in.
    func day(of instant: Instant) -> Int64 {
        StudyDay.dayNumber(of: instant, rolloverHour: settings.rolloverHour, utcOffsetSeconds: settings.utcOffset(instant))
    }

    func scheduler(_ kind: SchedulerKind) -> any CardScheduler { settings.schedulers.scheduler(kind) }
}

/// Study days and local hours of many instants, asking the time zone once per quarter hour of
/// UTC (every offset change falls on one), as a log's answers mostly come in time order.
struct LocalClock {
    let rolloverHour: Int
    let utcOffset: (Instant) -> Int
    private var quarter = Int64.min
    private var offset = 0

    init(rolloverHour: Int, utcOffset: @escaping (Instant) -> Int) {
        self.rolloverHour = rolloverHour
        self.utcOffset = utcOffset
    }

    mutating func offset(at instant: Instant) -> Int {
        let perQuarter: Int64 = 900 * TimeSpan.microsecondsPerSecond
        var q = instant.microseconds / perQuarter
        if instant.microseconds % perQuarter < 0 { q -= 1 }
        if q != quarter {
            quarter = q
            offset = utcOffset(instant)
        }
        return offset
    }

    mutating func day(of instant: Instant) -> Int64 {
        StudyDay.dayNumber(of: instant, rolloverHour: rolloverHour, utcOffsetSeconds: offset(at: instant))
    }

    /// 0 to 23, local time (not shifted by the rollover).
    mutating func hour(of instant: Instant) -> UInt8 {
        let perHour: Int64 = 3_600 * TimeSpan.microsecondsPerSecond
        let local = instant.microseconds + Int64(offset(at: instant)) * TimeSpan.microsecondsPerSecond
        var hours = local / perHour
        if local % perHour < 0 { hours -= 1 }
        let hour = hours % 24
        return UInt8(hour < 0 ? hour + 24 : hour)
    }
}
