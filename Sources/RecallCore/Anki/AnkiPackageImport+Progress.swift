/// An Anki package's review log as recall's review events: each answer (revlog rows with a
/// rating) becomes a review of the recall card its Anki card is, at the row's time, marked with
/// the row's id; an answer in a filtered deck without rescheduling is a cram answer; a suspended
/// card is suspended after its last answer. Anki's own scheduling state is not carried: replay
/// through recall's scheduler makes it from the answers.
extension AnkiPackageImport {
    /// An event and when it happened (the log line's `time`).
    public struct TimedEvent: Hashable, Sendable {
        public var time: Instant
        public var event: ReviewEvent
    }

    public struct Progress: Sendable {
        /// In time order.
        public var events: [TimedEvent]
        public var reviews: Int
        /// Rows of manual changes (ease 0: reset, set due date, reschedule): no answer.
        public var manualRows: Int
        /// Rows of cards whose note or card was not imported.
        public var rowsOfSkippedCards: Int
    }

    /// `deck` gives the scheduler and deck file of a recall deck, by name.
    public static func progress(_ collection: AnkiCollection, notes: Notes,
                                deck: (String) -> (scheduler: SchedulerKind, file: String)) -> Progress {
        var cardIDs: [Int64: (id: String, deck: String)] = [:]
        for card in collection.cards {
            guard let note = notes.recallNotes[card.noteID],
                  let variant = CardVariant(ankiOrdinal: card.ordinal, kind: note.kind),
                  let recallCard = note.cards.first(where: { $0.variant == variant }) else { continue }
            cardIDs[card.id] = (recallCard.id, note.deck)
        }
        var progress = Progress(events: [], reviews: 0, manualRows: 0, rowsOfSkippedCards: 0)
        var lastAnswer: [Int64: Int64] = [:]
        for row in collection.revlog.sorted(by: { $0.id < $1.id }) {
            guard let rating = Rating(rawValue: row.ease), row.kind != .manual, row.kind != .rescheduled else {
                progress.manualRows += 1
                continue
            }
            guard let card = cardIDs[row.cardID] else {
                progress.rowsOfSkippedCards += 1
                continue
            }
            let (scheduler, file) = deck(card.deck)
            let record = ReviewRecord(card: card.id, rating: rating, durationMilliseconds: max(0, row.time), scheduler: scheduler,
                                      deck: card.deck, file: file, cram: row.kind == .filtered && row.factor == 0,
                                      ankiRevlog: row.id)
            progress.events.append(TimedEvent(time: Instant(microsecondsSinceEpoch: row.id * 1000), event: .review(record)))
            progress.reviews += 1
            lastAnswer[row.cardID] = row.id
        }
        for card in collection.cards where card.queue == .suspended {
            guard let recall = cardIDs[card.id] else { continue }
            // After the card's last answer, at the time Anki last changed it (its suspension).
            let micros = max(card.modified * 1_000_000, ((lastAnswer[card.id] ?? 0) + 1) * 1000)
            progress.events.append(TimedEvent(time: Instant(microsecondsSinceEpoch: micros), event: .suspend(card: recall.id)))
        }
        progress.events.sort { $0.time < $1.time }
        return progress
    }

    /// What the log already holds of an import: the revlog ids of imported answers, each card's
    /// answers by millisecond (an answer recall exported comes back with its own time), and the
    /// suspensions by card and time.
    public struct Existing: Sendable {
        public var revlogIDs: Set<Int64> = []
        public var answers: Set<CardMillisecond> = []
        public var suspensions: Set<CardMillisecond> = []

        public struct CardMillisecond: Hashable, Sendable {
            public var card: String
            public var millisecond: Int64
        }

        public init() {}

        public mutating func add(_ entry: LogEntry) {
            let key = { (card: String) in CardMillisecond(card: card, millisecond: entry.time.microseconds / 1000) }
            switch entry.event {
            case .review(let record):
                if let id = record.ankiRevlog { revlogIDs.insert(id) }
                answers.insert(key(record.card))
            case .suspend(let card): suspensions.insert(key(card))
            default: break
            }
        }

        /// The events not yet in the log.
        public func new(_ events: [TimedEvent]) -> [TimedEvent] {
            events.filter { timed in
                let millisecond = timed.time.microseconds / 1000
                switch timed.event {
                case .review(let record):
                    if let id = record.ankiRevlog, revlogIDs.contains(id) { return false }
                    return !answers.contains(CardMillisecond(card: record.card, millisecond: millisecond))
                case .suspend(let card):
                    return !suspensions.contains(CardMillisecond(card: card, millisecond: millisecond))
                default:
                    return true
                }
            }
        }
    }
}
