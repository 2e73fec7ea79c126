/// How an answer counted: what the card was in just before it.
public enum StatsReviewKind: UInt8, Hashable, Sendable {
    case learn, review, relearn
}

/// One answer, compact, as the statistics need it: 24 bytes, so that a million fit in a report.
public struct StatsReview: Hashable, Sendable {
    public var time: Instant
    /// Index into `ReviewHistory.cardIDs`.
    public var card: Int32
    public var rating: Rating
    public var kind: StatsReviewKind
    /// The card's interval in whole days just before this answer: 0 while in learning or
    /// relearning steps (as Anki's log, whose interval is then in seconds), so that true
    /// retention counts a relearning step under neither scheduler.
    public var lastInterval: Int32
    /// Milliseconds; -1 when unknown.
    public var duration: Int32

    public init(time: Instant, card: Int32, rating: Rating, kind: StatsReviewKind, lastInterval: Int32, duration: Int32) {
        self.time = time
        self.card = card
        self.rating = rating
        self.kind = kind
        self.lastInterval = lastInterval
        self.duration = duration
    }

    /// Graduated before the answer with an interval of 21 days or more (Anki's "mature").
    public var isMature: Bool { lastInterval >= 21 }
    /// Not Again.
    public var passed: Bool { rating != .again }
    /// What true retention counts: a review of a graduated card, or of one whose interval was a day or more.
    public var countsForRetention: Bool { kind == .review || lastInterval >= 1 }
    /// The answer's seconds, 0 when unknown.
    public var seconds: Double { duration < 0 ? 0 : Double(duration) / 1000 }
}

/// Replays a log one entry at a time, keeping every answer that was not undone: the replay's
/// own rule (`ProgressState.apply`) moves the cards, and each answer is noted with what its card
/// was just before, which is what every statistic splits by.
public struct ReviewHistory: Sendable {
    public private(set) var reviews: [StatsReview] = []
    public private(set) var cardIDs: [String] = []
    public private(set) var state = ProgressState()
    /// `cardIDs` reversed: each id is kept once, however many answers it has.
    private var cardIndex: [String: Int32] = [:]
    private let schedulers: SchedulerSet
    private let undone: Set<EventID>

    /// `undone`: the ids that the log's undos name (`ProgressState.undoneIDs`).
    public init(schedulers: SchedulerSet, undone: Set<EventID>) {
        self.schedulers = schedulers
        self.undone = undone
    }

    public mutating func add(_ entry: LogEntry) {
        if case .review(let record) = entry.event, !undone.contains(entry.id) {
            let before = state.cards[record.card]?.schedule
            let kind = Self.kind(before)
            let duration = record.durationMilliseconds.map { Int32(clamping: max($0, 0)) } ?? -1
            reviews.append(StatsReview(time: entry.time, card: intern(record.card), rating: record.rating, kind: kind,
                                       lastInterval: kind == .review ? Int32(clamping: before?.scheduledDays ?? 0) : 0,
                                       duration: duration))
        }
        state.apply(entry, schedulers: schedulers, undone: undone)
    }

    /// The index of `card` in `cardIDs`, if any answer to it was kept.
    public func index(of card: String) -> Int32? { cardIndex[card] }

    private mutating func intern(_ card: String) -> Int32 {
        if let index = cardIndex[card] { return index }
        let index = Int32(cardIDs.count)
        cardIDs.append(card)
        cardIndex[card] = index
        return index
    }

    /// New or in learning steps: learn; relearning steps: relearn; graduated: review.
    static func kind(_ schedule: CardSchedule?) -> StatsReviewKind {
        guard let schedule, !schedule.isNew else { return .learn }
        switch schedule.state {
        case .learning: return .learn
        case .relearning: return .relearn
        case .review: return .review
        }
    }
}

extension CardSchedule {
    /// The interval the card is scheduled at, in whole days: SM-2's `interval`, else the whole
    /// days from the last review to the due date (0 in learning steps and for a new card).
    public var scheduledDays: Int {
        if let interval { return interval }
        guard let lastReview else { return 0 }
        return Int(clamping: max(0, CardSchedule.wholeDays(from: lastReview, to: due)))
    }
}
