/// The review log of the exported cards as Anki revlog rows (`recall export --format apkg`).
///
/// Why a replay: a row carries the card's interval after the answer and before it, which the
/// log does not keep; each answer goes through `ProgressState.review`, the replay's one rule, on
/// the card's progress so far, and the row is read off the schedule before and after. Undone
/// answers are left out; a cram answer is Anki's "filtered" row with factor 0 (answered without
/// rescheduling), its intervals the card's unchanged one.
public struct AnkiPackageRevlog: Sendable {
    public private(set) var rows: [AnkiRevlogEntry] = []
    private var progress: [String: CardProgress] = [:]
    private var taken: Set<Int64> = []
    private let cardIDs: [String: Int64]
    private let schedulers: SchedulerSet
    private let undone: Set<EventID>

    /// `cardIDs`: the exported cards' Anki ids (`AnkiPackageExport.cardIDs`); answers of other
    /// cards are replayed for nothing and give no row.
    public init(cardIDs: [String: Int64], schedulers: SchedulerSet, undone: Set<EventID>) {
        self.cardIDs = cardIDs
        self.schedulers = schedulers
        self.undone = undone
    }

    public mutating func add(_ entry: LogEntry) {
        guard let card = entry.event.card, let ankiID = cardIDs[card] else { return }
        guard case .review(let record) = entry.event else {
            ProgressState.change(&progress[card, default: CardProgress()], by: entry.event, at: entry.time, schedulers: schedulers)
            return
        }
        if undone.contains(entry.id) { return }
        let before = progress[card]?.schedule
        if record.cram, before == nil { return }  // changes nothing and names no card, as in the replay
        ProgressState.review(record, at: entry.time, into: &progress[card, default: CardProgress()], schedulers: schedulers)
        let after = progress[card]?.schedule
        let lastInterval = before?.ankiInterval ?? 0
        let kind: AnkiRevlogEntry.Kind
        if record.cram {
            kind = .filtered
        } else if let before, !before.isNew {
            kind = before.state == .review ? .review : before.state == .relearning ? .relearning : .learning
        } else {
            kind = .learning
        }
        rows.append(AnkiRevlogEntry(
            id: uniqueID(record.ankiRevlog ?? entry.time.microseconds / 1_000), cardID: ankiID, ease: record.rating.rawValue,
            interval: record.cram ? lastInterval : after?.ankiInterval ?? 0, lastInterval: lastInterval,
            factor: record.cram ? 0 : after?.ankiRevlogFactor(record.scheduler) ?? 0,
            time: min(max(record.durationMilliseconds ?? 0, 0), Int(Int32.max)), kind: kind))
    }

    /// The answer's time in ms, or the next free millisecond: revlog ids are unique.
    private mutating func uniqueID(_ wanted: Int64) -> Int64 {
        var id = wanted
        while !taken.insert(id).inserted { id += 1 }
        return id
    }
}

extension CardSchedule {
    /// The interval as Anki's revlog writes it: whole days once graduated (at least 1), and
    /// for a (re)learning step the wait in negative seconds (in days when a day or longer).
    public var ankiInterval: Int {
        guard let lastReview else { return 0 }
        if state == .review { return max(1, scheduledDays) }
        let seconds = max(0, (due - lastReview).microseconds / TimeSpan.microsecondsPerSecond)
        return seconds >= 86_400 ? Int(seconds / 86_400) : -Int(seconds)
    }

    /// What Anki's answering code keeps in `revlog.factor`: under FSRS the difficulty shifted
    /// into 0.1–1.1, in permille (`difficulty_shifted`); under SM-2 the ease in permille (0 in
    /// learning, before there is one).
    func ankiRevlogFactor(_ scheduler: SchedulerKind) -> Int {
        if scheduler == .fsrs, let difficulty { return Int((((difficulty - 1) / 9 + 0.1) * 1_000).rounded()) }
        return ease.map { Int(($0 * 1_000).rounded()) } ?? 0
    }
}
