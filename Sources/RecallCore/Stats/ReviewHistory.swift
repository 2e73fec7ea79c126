/// How an answer counted: what the card was in just before it.
public enum StatsReviewKind: UInt8, Hashable, Sendable {
    case learn, review, relearn
    /// A cram answer (`ReviewRecord.cram`): Anki's "Filtered" review with rescheduling off
    /// (`is_cramming`), counted apart and left out of retention and the optimizer.
    case cram
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
    /// What true retention counts: a review of a graduated card, or of one whose interval was a
    /// day or more; never a cram answer (Anki's `has_rating_and_affects_scheduling`).
    public var countsForRetention: Bool { kind != .cram && (kind == .review || lastInterval >= 1) }
    /// The answer's seconds, 0 when unknown.
    public var seconds: Double { duration < 0 ? 0 : Double(duration) / 1000 }
}

/// Replays a log one entry at a time, keeping every answer that was not undone: the replay's
/// own rule (`ProgressState.change`) moves the cards, and each answer is noted with what its
/// card was just before, which is what every statistic splits by.
///
/// The cards are kept in an array by the index their id was given when first named, so that an
/// answer costs one dictionary lookup, not the three of noting it and then replaying it through
/// `ProgressState`: on a million answers that was 0.78 s against (measured in
/// `docs/performance.md`, "recall stats").
public struct ReviewHistory: Sendable {
    public private(set) var reviews: [StatsReview] = []
    /// Every card an entry named (but an undone answer), in the order first named.
    public private(set) var cardIDs: [String] = []
    /// Each card's progress, at its index in `cardIDs`.
    private var progress: [CardProgress] = []
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
        switch entry.event {
        case .undo:
            return
        case .review(let record):
            if !undone.isEmpty, undone.contains(entry.id) { return }
            // A cram answer of a card no entry named changes nothing (`ProgressState`), so it names no card here either.
            if record.cram, cardIndex[record.card] == nil { return }
            let index = intern(record.card)
            let before = progress[Int(index)].schedule
            let kind = record.cram ? .cram : Self.kind(before)
            let duration = record.durationMilliseconds.map { Int32(clamping: max($0, 0)) } ?? -1
            reviews.append(StatsReview(time: entry.time, card: index, rating: record.rating, kind: kind,
                                       lastInterval: kind == .review ? Int32(clamping: before?.scheduledDays ?? 0) : 0,
                                       duration: duration))
            ProgressState.review(record, at: entry.time, into: &progress[Int(index)], schedulers: schedulers)
        case .suspend(let card), .unsuspend(let card), .bury(let card, _), .restore(let card, _):
            ProgressState.change(&progress[Int(intern(card))], by: entry.event, at: entry.time, schedulers: schedulers)
        }
    }

    /// The index of `card` in `cardIDs`, if an entry named it.
    public func index(of card: String) -> Int32? { cardIndex[card] }

    /// The progress of `card` after every entry added; nil if no entry named it.
    public func progress(of card: String) -> CardProgress? { cardIndex[card].map { progress[Int($0)] } }

    /// The progress of the card at `index` in `cardIDs`.
    public func progress(at index: Int32) -> CardProgress { progress[Int(index)] }

    /// Every card's progress by id: what `ProgressState.replay` of the same entries gives as its `cards`.
    public var cards: [String: CardProgress] {
        Dictionary(uniqueKeysWithValues: zip(cardIDs, progress))
    }

    private mutating func intern(_ card: String) -> Int32 {
        if let index = cardIndex[card] { return index }
        let index = Int32(cardIDs.count)
        cardIDs.append(card)
        progress.append(CardProgress())
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
