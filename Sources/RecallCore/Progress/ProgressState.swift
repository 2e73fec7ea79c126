/// What an answer was to the card just before it: what the daily limits count.
public enum AnswerKind: Int, Hashable, Sendable {
    /// The card's first answer: it was introduced today.
    case new = 0
    /// A card in (re)learning steps; not counted against a limit, as in Anki.
    case learning = 1
    /// A graduated card that was due; counted against the review limit.
    case review = 2
}

/// One card's progress: its schedule and whether it is kept out of the queue.
public struct CardProgress: Hashable, Sendable {
    /// Nil for a card never answered (or whose answers were all undone) that was suspended or buried.
    public var schedule: CardSchedule?
    /// The scheduler, deck and file of the last answer; kept for orphans, whose deck is gone.
    public var scheduler: SchedulerKind
    public var deck: String
    public var file: String
    public var suspended: Bool
    /// Out of the queue until this instant (the start of the next study day after burying).
    public var buriedUntil: Instant?

    public init(schedule: CardSchedule? = nil, scheduler: SchedulerKind = .fsrs, deck: String = "", file: String = "",
                suspended: Bool = false, buriedUntil: Instant? = nil) {
        self.schedule = schedule
        self.scheduler = scheduler
        self.deck = deck
        self.file = file
        self.suspended = suspended
        self.buriedUntil = buriedUntil
    }

    public func isBuried(at now: Instant) -> Bool { CardTiming.isBuried(until: buriedUntil, at: now) }
}

/// A recent answer, kept so that today's counts need no log: what the daily limits count.
public struct RecentAnswer: Hashable, Sendable {
    public var seq: Int
    public var time: Instant
    public var card: String
    public var deck: String
    public var kind: AnswerKind
    public var rating: Rating

    public init(seq: Int, time: Instant, card: String, deck: String, kind: AnswerKind, rating: Rating) {
        self.seq = seq
        self.time = time
        self.card = card
        self.deck = deck
        self.kind = kind
        self.rating = rating
    }
}

/// Every card's progress, as replaying the log gives it. Pure: no disk, no clock.
///
/// Replay rules (`docs/progress.md`):
/// - A review goes through the scheduler it names. A review whose time is before the card's last
///   review (the clock went backwards) is scheduled as if it happened at that last review
///   (zero elapsed time); the log keeps the real time.
/// - A review that a later `undo` names is skipped, as if it never happened.
/// - `suspend`, `unsuspend` and `bury` set the card's flags.
///
/// So that the snapshot can stand in for the log, replaying the log from the start and applying
/// a snapshot's tail give equal states: see `ProgressStateTests`.
public struct ProgressState: Sendable {
    /// Answers at most this long before the latest answer are kept in `recent`: a study day is
    /// at most 25 hours, so three days cover today's counts with room for a clock that went back.
    public static let recentWindow = TimeSpan.days(3)

    public var cards: [String: CardProgress] = [:]
    /// Answers within `recentWindow` of `latestTime`, in log order (see `recentAnswers`).
    public private(set) var recent: [RecentAnswer] = []
    /// The last sequence number applied.
    public var lastSeq = 0
    /// The latest time of any review line, undone or not, so that it never moves back.
    public var latestTime: Instant?
    private var prunedCount = 0

    public init() {}

    public init(cards: [String: CardProgress], recent: [RecentAnswer], lastSeq: Int, latestTime: Instant?) {
        self.cards = cards
        self.recent = recent
        self.lastSeq = lastSeq
        self.latestTime = latestTime
        prune()
    }

    /// The card's schedule, or a new card's when it has none.
    public func schedule(of card: String, at now: Instant) -> CardSchedule {
        cards[card]?.schedule ?? .new(cardID: card, due: now)
    }

    /// Applies one entry. `undone` holds the seqs of reviews that a later undo takes back.
    public mutating func apply(_ entry: LogEntry, schedulers: SchedulerSet, undone: Set<Int> = []) {
        lastSeq = max(lastSeq, entry.seq)
        switch entry.event {
        case .review(let record):
            latestTime = max(latestTime ?? entry.time, entry.time)
            if undone.contains(entry.seq) { return }
            apply(answer(record, entry: entry, schedulers: schedulers))
        case .undo:
            break  // replay skips the review it names (see `undone`); a live undo uses `undo(_:…)`
        case .suspend(let card):
            cards[card, default: CardProgress()].suspended = true
        case .unsuspend(let card):
            cards[card, default: CardProgress()].suspended = false
        case .bury(let card, let until):
            cards[card, default: CardProgress()].buriedUntil = until
        case .restore(let card, let progress):
            cards[card] = progress
        }
    }

    /// What `entry`, a review of `record.card`, does to the card: computed, not applied.
    public func answer(_ record: ReviewRecord, entry: LogEntry, schedulers: SchedulerSet) -> RecordedAnswer {
        let previous = cards[record.card]
        var progress = previous ?? CardProgress()
        let before = progress.schedule ?? .new(cardID: record.card, due: entry.time)
        let kind: AnswerKind = progress.schedule == nil ? .new : before.state == .review ? .review : .learning
        // A clock that went back: schedule as at the last review, so elapsed time is never negative.
        let effective = max(entry.time, before.lastReview ?? entry.time)
        progress.schedule = schedulers.review(before, rating: record.rating, at: effective, with: record.scheduler)
        progress.scheduler = record.scheduler
        progress.deck = record.deck
        progress.file = record.file
        return RecordedAnswer(entry: entry, review: record, kind: kind, previous: previous, progress: progress)
    }

    /// Applies an answer computed by `answer(_:entry:schedulers:)` from this state (by this
    /// value or by a copy of it): the screen's state takes the store's result without computing
    /// the schedule again.
    public mutating func apply(_ answer: RecordedAnswer) {
        let entry = answer.entry
        lastSeq = max(lastSeq, entry.seq)
        latestTime = max(latestTime ?? entry.time, entry.time)
        cards[answer.card] = answer.progress
        recent.append(RecentAnswer(seq: entry.seq, time: entry.time, card: answer.card, deck: answer.review.deck,
                                   kind: answer.kind, rating: answer.rating))
        if recent.count > 2 * prunedCount + 256 { prune() }
    }

    /// Takes back the review `seq` of `card` during a session: `previous` is the card's progress
    /// before that review (nil if it had none). The same result as replaying without the review,
    /// because a session undoes its own answers last-first.
    public mutating func undo(seq: Int, card: String, previous: CardProgress?, undoSeq: Int) {
        lastSeq = max(lastSeq, undoSeq)
        let current = cards[card]
        let suspended = current?.suspended ?? false
        let buried = current?.buriedUntil
        var restored = previous ?? CardProgress()
        restored.suspended = suspended
        restored.buriedUntil = buried
        if previous == nil, !suspended, buried == nil {
            cards[card] = nil
        } else {
            cards[card] = restored
        }
        recent.removeAll { $0.seq == seq }
    }

    /// `undo(seq:card:previous:undoSeq:)` with what the store's undo did.
    public mutating func undo(_ undone: UndoneAnswer) {
        undo(seq: undone.seq, card: undone.card, previous: undone.previous, undoSeq: undone.undoSeq)
    }

    /// Drops recent answers that are too old to count for any day near `latestTime`.
    public mutating func prune() {
        if let latest = latestTime {
            let cutoff = latest - Self.recentWindow
            recent.removeAll { $0.time < cutoff }
        }
        prunedCount = recent.count
    }

    /// The recent answers still within the window.
    public var recentAnswers: [RecentAnswer] {
        guard let latest = latestTime else { return recent }
        let cutoff = latest - Self.recentWindow
        return recent.filter { $0.time >= cutoff }
    }

    /// The answers given in `range` (a study day), for today's counts.
    public func answers(in range: Range<Instant>) -> [RecentAnswer] {
        recent.filter { range.contains($0.time) }
    }

    /// Replays a whole log: the seqs that undos name are collected first, then every entry is
    /// applied in order.
    public static func replay(_ entries: [LogEntry], schedulers: SchedulerSet) -> ProgressState {
        var state = ProgressState()
        state.apply(entries, schedulers: schedulers)
        return state
    }

    /// Applies entries that follow what the state already holds. Returns false, applying
    /// nothing, if an undo names a review the state has already applied: only a full replay
    /// can take that back.
    @discardableResult
    public mutating func apply(_ entries: [LogEntry], schedulers: SchedulerSet) -> Bool {
        if Self.needsReplay(entries, after: lastSeq) { return false }
        let undone = Self.undoneSeqs(in: entries)
        for entry in entries { apply(entry, schedulers: schedulers, undone: undone) }
        prune()
        return true
    }

    public static func undoneSeqs(in entries: [LogEntry]) -> Set<Int> {
        var undone = Set<Int>()
        for entry in entries { if case .undo(let seq) = entry.event { undone.insert(seq) } }
        return undone
    }
}

extension ProgressState: Equatable {
    /// Equal when replay would give the same: the same cards, window of answers, seq and time.
    public static func == (a: ProgressState, b: ProgressState) -> Bool {
        a.cards == b.cards && a.recentAnswers == b.recentAnswers && a.lastSeq == b.lastSeq && a.latestTime == b.latestTime
    }
}
