/// Everything a scheduler remembers about one card: what the progress store saves, and what
/// `CardScheduler.review` turns into the next value.
///
/// The FSRS fields mirror py-fsrs's `Card` (`state`, `step`, `stability`, `difficulty`, `due`,
/// `lastReview`); the SM-2 fields (`ease`, `interval`) are nil under FSRS. `reps` and `lapses`
/// are kept by both: SM-2 needs lapses for leeches, and both seed their fuzz with `reps`.
public struct CardSchedule: Hashable, Sendable, Codable {
    public var state: CardState
    /// The index into the (re)learning steps; nil in review, as in py-fsrs.
    public var step: Int?
    /// FSRS: days until recall probability falls to 90%. Nil before the first review.
    public var stability: Double?
    /// FSRS: 1 (easy) to 10 (hard). Nil before the first review.
    public var difficulty: Double?
    public var due: Instant
    public var lastReview: Instant?
    /// SM-2: the ease factor, 2.5 at graduation, never below 1.3. Nil until the card graduates.
    public var ease: Double?
    /// SM-2: the current review interval in days. Nil until the card graduates.
    public var interval: Int?
    /// Reviews so far.
    public var reps: Int
    /// Times a graduated card was forgotten (Again in review).
    public var lapses: Int
    /// Fixed per card (see `FuzzSeed`), so that fuzz is the same every time the same history is replayed.
    public var fuzzSeed: UInt64

    public init(state: CardState = .learning, step: Int? = 0, stability: Double? = nil, difficulty: Double? = nil,
                due: Instant, lastReview: Instant? = nil, ease: Double? = nil, interval: Int? = nil,
                reps: Int = 0, lapses: Int = 0, fuzzSeed: UInt64 = 0) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.ease = ease
        self.interval = interval
        self.reps = reps
        self.lapses = lapses
        self.fuzzSeed = fuzzSeed
    }

    /// A card never studied: learning, step 0, due at once.
    public static func new(fuzzSeed: UInt64, due: Instant) -> CardSchedule {
        CardSchedule(due: due, fuzzSeed: fuzzSeed)
    }

    /// A card never studied, seeded from its deck id.
    public static func new(cardID: String, due: Instant) -> CardSchedule {
        new(fuzzSeed: FuzzSeed.of(cardID: cardID), due: due)
    }

    public var isNew: Bool { lastReview == nil }

    /// The longest review interval any scheduler gives or may be set to, in days: 100 years,
    /// Anki's limit for its maximum interval.
    public static let intervalLimit = 36_500
}

/// What a review decided: another (re)learning step after a wait, or a review in whole days.
enum NextReview {
    case after(TimeSpan)
    case inDays(Int)
}

/// The moves both schedulers make the same way.
extension CardSchedule {
    /// Moves the card along `steps` for `rating`: returns the wait before its next step, or nil
    /// when it graduates (it is then in review, without a step).
    mutating func advance(through steps: [TimeSpan], rating: Rating) -> TimeSpan? {
        switch LearningSteps.advance(steps, from: max(step ?? 0, 0), rating: rating) {
        case .step(let next, let wait):
            step = next
            return wait
        case .graduate:
            state = .review
            step = nil
            return nil
        }
    }

    /// After a lapse: relearning from step 0, returning its wait; nil (and still in review) without steps.
    mutating func startRelearning(_ steps: [TimeSpan]) -> TimeSpan? {
        guard let first = steps.first else { return nil }
        state = .relearning
        step = 0
        return first
    }

    /// Sets the due date and the last review. A review interval is capped, then fuzzed if asked,
    /// from the card's seed and review count (so `reps` must already count this review).
    /// Returns the days scheduled, or nil for a step.
    @discardableResult
    mutating func schedule(_ next: NextReview, at now: Instant, maximumInterval: Int, fuzz: Bool) -> Int? {
        lastReview = now
        switch next {
        case .after(let wait):
            due = now + wait
            return nil
        case .inDays(let planned):
            var days = max(min(planned, maximumInterval), 1)
            if fuzz {
                days = Fuzz.fuzzed(days: days, maximumInterval: maximumInterval, draw: Fuzz.draw(seed: fuzzSeed, reps: reps))
            }
            due = now.adding(days: days)
            return days
        }
    }

    /// Whole days from one instant to another (negative if the clock went back), saturating
    /// instead of overflowing for instants outside the years 1 to 9999 that a log can hold.
    static func wholeDays(from start: Instant, to end: Instant) -> Int64 {
        let (difference, overflow) = end.microseconds.subtractingReportingOverflow(start.microseconds)
        if overflow { return end > start ? .max / TimeSpan.microsecondsPerDay : .min / TimeSpan.microsecondsPerDay }
        return TimeSpan(microseconds: difference).wholeDays
    }
}

extension Instant {
    /// `self + .days(days)`, at the last representable instant rather than overflowing.
    func adding(days: Int) -> Instant {
        let (span, spanOverflow) = Int64(days).multipliedReportingOverflow(by: TimeSpan.microsecondsPerDay)
        let (sum, overflow) = microseconds.addingReportingOverflow(span)
        return Instant(microsecondsSinceEpoch: spanOverflow || overflow ? (days > 0 ? .max : .min) : sum)
    }
}

extension Int {
    /// `self + other`, at Int.max or Int.min rather than trapping: review and lapse counts.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
