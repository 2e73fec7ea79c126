/// A studied card as the exam rule sees it.
public struct ExamCard: Hashable, Sendable {
    public var id: String
    public var schedule: CardSchedule

    public init(id: String, schedule: CardSchedule) {
        self.id = id
        self.schedule = schedule
    }
}

/// Scheduling toward an exam (issue 18 point 3): each card's due date under the exam rule,
/// brought forward where its normal due falls after the exam and its recall there would be
/// below the target, and spread over earlier days where a day would exceed the review limit.
/// A view over the stored schedule: nothing is written, so clearing the exam (or the exam day
/// passing) returns every card to its normal due.
///
/// The rule (docs/exam.md, "Scheduling toward the exam"):
/// - Only FSRS cards in review state are moved; learning, relearning and SM-2 cards keep theirs.
/// - A due at or before the exam's instant stands (the review comes first and is judged again);
///   so does one after it when the card's retrievability at the exam is at least the target.
/// - Otherwise the card is due on the latest study day, from today to the last one with study
///   time before the exam, on whose start its retrievability is still at least the target
///   (today if it already is below): a review then is likely to succeed and refreshes it.
/// - A day holding more reviews than `reviewsPerDay` moves the cards brought forward to it to
///   earlier days within FSRS's fuzz range of that interval, the least loaded first, ties to
///   the latest; never later, which would break the target.
public struct ExamSchedule: Sendable {
    public let exam: ExamDate
    public let scheduler: FSRSScheduler
    public let reviewsPerDay: Int
    public let rolloverHour: Int
    public let utcOffset: @Sendable (Instant) -> Int

    public init(exam: ExamDate, scheduler: FSRSScheduler, reviewsPerDay: Int, rolloverHour: Int,
                utcOffset: @escaping @Sendable (Instant) -> Int) {
        self.exam = exam
        self.scheduler = scheduler
        self.reviewsPerDay = reviewsPerDay
        self.rolloverHour = rolloverHour
        self.utcOffset = utcOffset
    }

    /// True for a card the rule may move: a studied FSRS card in review state (an SM-2 card has
    /// an ease and no stability, so no retrievability to aim with).
    public static func isMovable(_ schedule: CardSchedule) -> Bool {
        schedule.state == .review && schedule.stability != nil && schedule.ease == nil && schedule.lastReview != nil
    }

    /// The study days a review toward the exam can fall on, as day numbers: today to the exam
    /// day when it has study time before the exam's instant (09:00 after a 04:00 rollover),
    /// else to the day before. Empty once the exam is over.
    public func studyDays(now: Instant) -> ClosedRange<Int64>? {
        guard exam.isAhead(of: now) else { return nil }
        let today = StudyDay.containing(now, rolloverHour: rolloverHour, utcOffset: utcOffset).dayNumber
        let examDay = exam.day(rolloverHour: rolloverHour, utcOffset: utcOffset)
        let last = examDay.start < exam.at ? examDay.dayNumber : examDay.dayNumber - 1
        return today <= last ? today...last : nil
    }

    /// The due of each card (same order) under the exam rule at `now`: the stored due, or an
    /// earlier one. Cards not in review state (learning, relearning) keep theirs.
    public func dues(of cards: [ExamCard], now: Instant) -> [Instant] {
        var dues = cards.map(\.schedule.due)
        guard let days = studyDays(now: now) else { return dues }
        var load = Array(repeating: 0, count: Int(days.upperBound - days.lowerBound) + 1)
        var brought: [(day: Int64, id: String, index: Int)] = []
        for (index, card) in cards.enumerated() where card.schedule.state == .review {
            let schedule = card.schedule
            let dueDay = max(days.lowerBound, dayNumber(of: schedule.due))
            let stands = !Self.isMovable(schedule) || schedule.due <= exam.at
                || scheduler.retrievability(of: schedule, at: exam.at) >= exam.target
            if stands {
                if dueDay <= days.upperBound { load[Int(dueDay - days.lowerBound)] += 1 }
            } else {
                brought.append((latestDay(schedule, within: days, now: now), card.id, index))
            }
        }
        brought.sort { ($0.day, $0.id) < ($1.day, $1.id) }
        for card in brought {
            let day = balanced(card.day, of: cards[card.index].schedule, load: load, first: days.lowerBound)
            load[Int(day - days.lowerBound)] += 1
            let start = StudyDay.named(day, rolloverHour: rolloverHour, utcOffset: utcOffset).start
            dues[card.index] = min(dues[card.index], start)
        }
        return dues
    }

    /// The latest of `days` on which the card's retrievability (at the day's start, at `now`
    /// today) is still at least the target; today if none. Retrievability only falls with
    /// time, so a binary search finds it.
    func latestDay(_ schedule: CardSchedule, within days: ClosedRange<Int64>, now: Instant) -> Int64 {
        func holds(_ day: Int64) -> Bool {
            let at = day == days.lowerBound ? now : StudyDay.named(day, rolloverHour: rolloverHour, utcOffset: utcOffset).start
            return scheduler.retrievability(of: schedule, at: at) >= exam.target
        }
        var (low, high) = (days.lowerBound, days.upperBound)
        guard holds(low) else { return low }
        while low < high {
            let middle = low + (high - low + 1) / 2
            if holds(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// `day` while it has room under the limit; else the least loaded day of the fuzz range
    /// FSRS would give the interval from the last review to `day` (never later, never before
    /// today), ties to the latest.
    func balanced(_ day: Int64, of schedule: CardSchedule, load: [Int], first: Int64) -> Int64 {
        guard load[Int(day - first)] >= reviewsPerDay, let lastReview = schedule.lastReview else { return day }
        let reviewed = dayNumber(of: lastReview)
        let interval = Int(day - reviewed)
        let low = Fuzz.range(days: interval, maximumInterval: scheduler.settings.maximumInterval).low
        let earliest = max(first, reviewed + Int64(min(low, interval)))
        var best = day
        for candidate in stride(from: day, through: earliest, by: -1) where load[Int(candidate - first)] < load[Int(best - first)] {
            best = candidate
        }
        return best
    }

    private func dayNumber(of instant: Instant) -> Int64 {
        StudyDay.dayNumber(of: instant, rolloverHour: rolloverHour, utcOffsetSeconds: utcOffset(instant))
    }
}
