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
}
