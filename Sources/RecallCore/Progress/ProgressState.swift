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

    /// The stability and difficulty under each earlier period's weights (`SchedulerSet.fsrsEras`),
    /// while the card's answers are all before the last change: what an answer of that period
    /// is planned from, while `schedule` shows the current weights' memory. A replay aid: not
    /// in the snapshot, and not part of equality, since a snapshot made under the current
    /// weights already holds every answer before the last change.
    public var earlierMemory: [FSRSMemory]?

    public static func == (a: CardProgress, b: CardProgress) -> Bool {
        a.schedule == b.schedule && a.scheduler == b.scheduler && a.deck == b.deck && a.file == b.file
            && a.suspended == b.suspended && a.buriedUntil == b.buriedUntil
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(schedule)
        hasher.combine(deck)
        hasher.combine(suspended)
    }
}

/// FSRS's memory of a card, under one set of weights.
public struct FSRSMemory: Hashable, Sendable {
    public var stability: Double?
    public var difficulty: Double?

    public init(stability: Double?, difficulty: Double?) {
        self.stability = stability
        self.difficulty = difficulty
    }
}

extension CardSchedule {
    /// The stability and difficulty together.
    public var memory: FSRSMemory {
        get { FSRSMemory(stability: stability, difficulty: difficulty) }
        set { (stability, difficulty) = (newValue.stability, newValue.difficulty) }
    }
}

/// A recent answer, kept so that today's counts need no log: what the daily limits count.
public struct RecentAnswer: Hashable, Sendable {
    public var id: EventID
    public var time: Instant
    public var card: String
    public var deck: String
    public var kind: AnswerKind
    public var rating: Rating

    public init(id: EventID, time: Instant, card: String, deck: String, kind: AnswerKind, rating: Rating) {
        self.id = id
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
/// - A cram review (`ReviewRecord.cram`) changes no card: it only counts as an answer of its day.
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
    /// How far the state has read each device's events: the last seq applied, by device (the
    /// empty device for a schema-1 log). What a snapshot and a catch-up check themselves against.
    public var frontier: [String: Int] = [:]
    /// The latest time of any review line, undone or not, so that it never moves back.
    public var latestTime: Instant?
    /// Undos applied before the answer they name (beyond its device's frontier): the answer
    /// arrives later from another file and is then skipped. A state with any is not written as
    /// a snapshot, which does not keep them (`isSnapshotable`), so the next start replays.
    public private(set) var pendingUndos: Set<EventID> = []
    private var prunedCount = 0

    public init() {}

    public init(cards: [String: CardProgress], recent: [RecentAnswer], frontier: [String: Int], latestTime: Instant?) {
        self.cards = cards
        self.recent = recent
        self.frontier = frontier.filter { $0.value > 0 }
        self.latestTime = latestTime
        prune()
    }

    /// The card's schedule, or a new card's when it has none.
    public func schedule(of card: String, at now: Instant) -> CardSchedule {
        cards[card]?.schedule ?? .new(cardID: card, due: now)
    }

    /// The last seq applied from `device`'s events; 0 when none.
    public func lastSeq(of device: String) -> Int { frontier[device] ?? 0 }

    /// Records that `id` has been applied.
    mutating func advance(to id: EventID) {
        if id.seq > frontier[id.device] ?? 0 { frontier[id.device] = id.seq }
    }

    /// Applies one entry. `undone` holds the ids of reviews that a later undo takes back.
    public mutating func apply(_ entry: LogEntry, schedulers: SchedulerSet, undone: Set<EventID> = []) {
        advance(to: entry.id)
        switch entry.event {
        case .review(let record):
            latestTime = max(latestTime ?? entry.time, entry.time)
            if !pendingUndos.isEmpty, pendingUndos.remove(entry.id) != nil { return }
            if undone.contains(entry.id) { return }
            // In place: one lookup of the card, and no `RecordedAnswer` with its copies of the
            // entry and of the progress before and after (a third of a million-review replay).
            // A cram answer changes no card, so it never makes one (`review` leaves the progress).
            let kind = record.cram ? AnswerKind.learning
                : Self.review(record, at: entry.time, into: &cards[record.card, default: CardProgress()], schedulers: schedulers)
            appendRecent(id: entry.id, time: entry.time, review: record, kind: kind)
        case .undo(let id):
            // Replay skips the review it names (see `undone`); a live undo uses `undo(_:…)`.
            // One that names an answer not yet read waits for it.
            if id.seq > lastSeq(of: id.device) { pendingUndos.insert(id) }
        case .suspend(let card), .unsuspend(let card), .bury(let card, _), .restore(let card, _):
            Self.change(&cards[card, default: CardProgress()], by: entry.event, at: entry.time, schedulers: schedulers)
        }
    }

    /// What an event does to the progress of the card it names: the one rule of the replay,
    /// for `apply` and for `ReviewHistory` (which keeps its cards in an array, found by one
    /// lookup). An undone review is the caller's to skip; an undo changes no card.
    static func change(_ progress: inout CardProgress, by event: ReviewEvent, at time: Instant, schedulers: SchedulerSet) {
        switch event {
        case .review(let record): review(record, at: time, into: &progress, schedulers: schedulers)
        case .undo: break
        case .suspend: progress.suspended = true
        case .unsuspend: progress.suspended = false
        case .bury(_, let until): progress.buriedUntil = until
        case .restore(_, let restored): progress = restored
        }
    }

    /// What `entry`, a review of `record.card`, does to the card: computed, not applied.
    public func answer(_ record: ReviewRecord, entry: LogEntry, schedulers: SchedulerSet) -> RecordedAnswer {
        let previous = cards[record.card]
        var progress = previous ?? CardProgress()
        let kind = Self.review(record, at: entry.time, into: &progress, schedulers: schedulers)
        return RecordedAnswer(entry: entry, review: record, kind: kind, previous: previous, progress: progress)
    }

    /// The one rule for what a review does to its card's progress, for the replay (in place)
    /// and for `answer` (on a copy); returns what the answer was to the card.
    @discardableResult
    static func review(_ record: ReviewRecord, at time: Instant, into progress: inout CardProgress,
                       schedulers: SchedulerSet) -> AnswerKind {
        // A cram answer leaves the schedule, deck and file as they were, and counts against no
        // daily limit (as a learning step): it is an answer for today's count and the summary only.
        if record.cram { return .learning }
        let before = progress.schedule ?? .new(cardID: record.card, due: time)
        let kind: AnswerKind = progress.schedule == nil ? .new : before.state == .review ? .review : .learning
        // A clock that went back: schedule as at the last review, so elapsed time is never negative.
        let effective = max(time, before.lastReview ?? time)
        if record.scheduler == .fsrs, let era = schedulers.fsrsEra(at: effective) {
            // Before a change of weights: planned as the weights of the time planned it, while
            // the memory is the current weights' of the same answers. Each later period's
            // memory is kept too, for the card's answers in it (a memory depends only on the
            // weights and the answers, never on the due dates).
            let eras = schedulers.fsrsEras
            var memories = progress.earlierMemory ?? Array(repeating: before.memory, count: eras.count)
            var next = before
            for n in era..<eras.count {
                var planned = before
                planned.memory = memories[n]
                let result = eras[n].scheduler.review(planned, rating: record.rating, at: effective)
                memories[n] = result.memory
                if n == era { next = result }
            }
            progress.earlierMemory = memories
            next.memory = schedulers.fsrs.review(before, rating: record.rating, at: effective).memory
            progress.schedule = next
        } else {
            if progress.earlierMemory != nil { progress.earlierMemory = nil }
            progress.schedule = schedulers.review(before, rating: record.rating, at: effective, with: record.scheduler)
        }
        progress.scheduler = record.scheduler
        progress.deck = record.deck
        progress.file = record.file
        return kind
    }

    /// Applies an answer computed by `answer(_:entry:schedulers:)` from this state (by this
    /// value or by a copy of it): the screen's state takes the store's result without computing
    /// the schedule again.
    public mutating func apply(_ answer: RecordedAnswer) {
        let entry = answer.entry
        advance(to: entry.id)
        latestTime = max(latestTime ?? entry.time, entry.time)
        if !(answer.review.cram && answer.previous == nil) { cards[answer.card] = answer.progress }
        appendRecent(id: entry.id, time: entry.time, review: answer.review, kind: answer.kind)
    }

    /// Keeps the answer for today's counts, dropping old ones now and then.
    private mutating func appendRecent(id: EventID, time: Instant, review: ReviewRecord, kind: AnswerKind) {
        recent.append(RecentAnswer(id: id, time: time, card: review.card, deck: review.deck, kind: kind, rating: review.rating))
        if recent.count > 2 * prunedCount + 256 { prune() }
    }

    /// Takes back the review `id` of `card` during a session: `previous` is the card's progress
    /// before that review (nil if it had none). The same result as replaying without the review,
    /// because a session undoes its own answers last-first.
    public mutating func undo(id: EventID, card: String, previous: CardProgress?, undoID: EventID) {
        advance(to: undoID)
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
        recent.removeAll { $0.id == id }
    }

    /// `undo(id:card:previous:undoID:)` with what the store's undo did.
    public mutating func undo(_ undone: UndoneAnswer) {
        undo(id: undone.id, card: undone.card, previous: undone.previous, undoID: undone.undoID)
    }

    /// Whether a snapshot can stand for this state: not while an undo waits for its answer.
    public var isSnapshotable: Bool { pendingUndos.isEmpty }

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

    /// Replays a whole log: the ids that undos name are collected first, then every entry is
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
        if needsReplay(entries) { return false }
        let undone = Self.undoneIDs(in: entries)
        for entry in entries { apply(entry, schedulers: schedulers, undone: undone) }
        prune()
        return true
    }

    public static func undoneIDs(in entries: [LogEntry]) -> Set<EventID> {
        var undone = Set<EventID>()
        for entry in entries { if case .undo(let id) = entry.event { undone.insert(id) } }
        return undone
    }
}

extension ProgressState: Equatable {
    /// Equal when replay would give the same: the same cards, window of answers, frontier and time.
    public static func == (a: ProgressState, b: ProgressState) -> Bool {
        a.cards == b.cards && a.recentAnswers == b.recentAnswers && a.frontier == b.frontier && a.latestTime == b.latestTime
            && a.pendingUndos == b.pendingUndos
    }
}
