import Foundation

/// `recall export --format json`: everything recall knows, as one JSON document: every deck
/// and note as parsed (with each card's front, back and progress), the study settings, the
/// review log (undone answers marked), and the progress of cards that are in no deck.
///
/// With `--deck` or `--tag` the log holds only the entries about the chosen cards (and the
/// undos of their answers), and orphans are left out. Keys are sorted, so the same data always
/// gives the same bytes. `Document` decodes too: tests read an export back with it.
public enum JSONExport {
    public struct Document: Codable, Hashable, Sendable {
        public var format = "recall-export"
        public var version = 1
        public var exported: Instant
        public var config: StudyConfig?
        public var decks: [DeckRecord]
        public var reviews: [LogRecord]
        public var orphans: [OrphanRecord]
    }

    public struct DeckRecord: Codable, Hashable, Sendable {
        public var name: String
        public var file: String
        public var tags: [String]
        public var source: String?
        public var scheduler: SchedulerKind?
        public var notes: [NoteRecord]
    }

    public struct NoteRecord: Codable, Hashable, Sendable {
        public var id: String
        public var explicitID: Bool
        public var kind: NoteKind
        public var prompt: String
        public var body: String
        public var options: [OptionRecord]?
        public var answer: String?
        public var accept: [String]?
        public var explanation: String?
        public var tags: [String]
        public var source: String?
        public var line: Int
        public var cards: [CardRecord]
    }

    public struct OptionRecord: Codable, Hashable, Sendable {
        public var text: String
        public var correct: Bool
    }

    public struct CardRecord: Codable, Hashable, Sendable {
        public var id: String
        /// `forward`, `reverse`, or the cloze, `c1`.
        public var variant: String
        public var front: String
        public var back: String
        public var progress: ProgressRecord
    }

    public struct ProgressRecord: Codable, Hashable, Sendable {
        /// `new`, `learning`, `review` or `relearning`.
        public var state: String
        public var due: Instant?
        public var lastReview: Instant?
        public var step: Int?
        public var stability: Double?
        public var difficulty: Double?
        public var ease: Double?
        public var interval: Int?
        public var reps: Int?
        public var lapses: Int?
        public var scheduler: SchedulerKind?
        public var suspended: Bool
        public var buriedUntil: Instant?

        init(_ progress: CardProgress?) {
            let schedule = progress?.schedule
            state = ProgressText.state(schedule)
            if let schedule, !schedule.isNew {
                due = schedule.due
                lastReview = schedule.lastReview
                step = schedule.step
                stability = schedule.stability
                difficulty = schedule.difficulty
                ease = schedule.ease
                interval = schedule.interval
                reps = schedule.reps
                lapses = schedule.lapses
                scheduler = progress?.scheduler
            }
            suspended = progress?.suspended ?? false
            buriedUntil = progress?.buriedUntil
        }
    }

    /// One line of the review log, with the fields its type has.
    public struct LogRecord: Codable, Hashable, Sendable {
        public var seq: Int
        /// The device whose file holds the line (schema 2); absent for a schema-1 log.
        public var device: String?
        public var type: String
        public var time: Instant
        public var card: String?
        public var rating: Int?
        public var duration: Int?
        public var scheduler: SchedulerKind?
        public var deck: String?
        public var file: String?
        /// The seq of the review an undo takes back, of `undoesDevice` when that is not the
        /// undo's own device (a recall undo always names its own device's review).
        public var undoes: Int?
        public var undoesDevice: String?
        public var until: Instant?
        /// True for an answer that a later undo takes back.
        public var undone: Bool?

        init(_ entry: LogEntry, undone: Bool) {
            seq = entry.seq
            device = entry.device.isEmpty ? nil : entry.device
            type = entry.event.typeName
            time = entry.time
            card = entry.event.card
            switch entry.event {
            case .review(let record):
                rating = record.rating.rawValue
                duration = record.durationMilliseconds
                scheduler = record.scheduler
                deck = record.deck
                file = record.file
                self.undone = undone ? true : nil
            case .undo(let target):
                undoes = target.seq
                undoesDevice = target.device == entry.device ? nil : target.device
            case .bury(_, let until):
                self.until = until
            case .suspend, .unsuspend:
                break
            case .restore(_, let progress):
                scheduler = progress.scheduler
                deck = progress.deck
                file = progress.file
            }
        }
    }

    /// Progress for a card that no deck has now: kept, as the store keeps it.
    public struct OrphanRecord: Codable, Hashable, Sendable {
        public var card: String
        public var deck: String
        public var file: String
        public var progress: ProgressRecord
    }

    /// What the export needs from the data folder; empty when there is none.
    public struct Progress: Sendable {
        public var state: ProgressState
        public var config: StudyConfig?
        public var log: [LogEntry]

        public init(state: ProgressState = ProgressState(), config: StudyConfig? = nil, log: [LogEntry] = []) {
            self.state = state
            self.config = config
            self.log = log
        }
    }

    /// The document for the chosen decks; `whole` says that nothing was filtered out, so the
    /// whole log and the orphans belong in it.
    public static func document(_ decks: [Deck], progress: Progress, whole: Bool, exported: Instant) -> Document {
        let deckRecords = decks.map { deck in
            DeckRecord(name: deck.name, file: deck.file, tags: deck.tags, source: deck.source, scheduler: deck.scheduler,
                       notes: deck.notes.map { noteRecord($0, progress: progress.state) })
        }
        var filter = ReviewFilter(decks, whole: whole)
        let undone = ProgressState.undoneIDs(in: progress.log)
        let reviews = progress.log.filter { filter.includes($0) }.map { LogRecord($0, undone: undone.contains($0.id)) }
        let orphans = orphanRecords(progress.state, filter: filter)
        return Document(exported: exported, config: progress.config, decks: deckRecords, reviews: reviews, orphans: orphans)
    }

    /// Which log entries an export holds: all of them for the whole collection; with `--deck`
    /// or `--tag`, those about the chosen cards and the undos of their answers.
    public struct ReviewFilter: Sendable {
        let whole: Bool
        let cardIDs: Set<String>
        private var kept = Set<EventID>()

        public init(_ decks: [Deck], whole: Bool) {
            self.whole = whole
            cardIDs = Set(decks.flatMap(\.cards).map(\.id))
        }

        /// Whether `entry` belongs in the export; entries must come in log order.
        public mutating func includes(_ entry: LogEntry) -> Bool {
            let include: Bool
            if case .undo(let target) = entry.event {
                include = whole || kept.contains(target)
            } else {
                include = whole || entry.event.card.map(cardIDs.contains) == true
            }
            if include, !whole { kept.insert(entry.id) }  // the whole collection keeps every undo anyway
            return include
        }
    }

    /// Progress of cards in no deck, for the whole collection only.
    static func orphanRecords(_ state: ProgressState, filter: ReviewFilter) -> [OrphanRecord] {
        guard filter.whole else { return [] }
        return state.cards.keys.sorted().filter { !filter.cardIDs.contains($0) }.compactMap { id in
            state.cards[id].map { OrphanRecord(card: id, deck: $0.deck, file: $0.file, progress: ProgressRecord($0)) }
        }
    }

    static func noteRecord(_ note: Note, progress: ProgressState) -> NoteRecord {
        NoteRecord(
            id: note.id, explicitID: note.hasExplicitID, kind: note.kind, prompt: note.prompt, body: note.body,
            options: note.kind == .choice ? note.options.map { OptionRecord(text: $0.text, correct: $0.isCorrect) } : nil,
            answer: note.expectedAnswer, accept: note.kind == .typein ? note.alternatives : nil,
            explanation: note.explanation, tags: note.tags, source: note.source, line: note.location.line,
            cards: note.cards.map { card in
                CardRecord(id: card.id, variant: variantName(card.variant), front: card.front, back: card.back,
                           progress: ProgressRecord(progress.cards[card.id]))
            })
    }

    static func variantName(_ variant: CardVariant) -> String {
        switch variant {
        case .forward: return "forward"
        case .reverse: return "reverse"
        case .cloze(let number): return "c\(number)"
        }
    }

    /// Pretty-printed JSON with `JSONEncoder`; throws only for a number JSON cannot hold
    /// (infinite or NaN). `JSONExportStream` writes the same bytes without building the document.
    public static func render(_ document: Document) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
