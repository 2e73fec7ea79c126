/// An Anki collection as a package carries it, in Anki's own terms and units: what
/// `AnkiPackageExport` makes from recall's decks and progress, what `RecallAnki`'s writer puts
/// into an `.apkg` and its reader takes out of one, and what `AnkiPackageImport` turns back into
/// deck notes and review events.
///
/// Why a model of its own: the mapping between recall and Anki (which card is in which queue, what
/// an interval is in a revlog row) is pure and tested here, without SQLite or zip; the files'
/// module (`RecallAnki`) only moves these values in and out of the collection's tables. The
/// fields mirror the columns of Anki's schema 11 (`rslib/src/storage/schema11.sql`), which both
/// the legacy package and, after its tables are read, the current one give.
public struct AnkiCollection: Hashable, Sendable {
    /// `col.crt`: the collection's creation, in seconds since 1970. Review cards' `due` counts
    /// days from the study day this falls in.
    public var created: Int64
    /// `col.conf`'s `rollover`: the hour a study day starts (Anki's default is 4).
    public var rolloverHour: Int
    /// `col.conf`'s `creationOffset`: minutes west of UTC where the collection was made, as
    /// JavaScript's `getTimezoneOffset` gives them (Korea: -540). Nil when the file has none.
    public var creationOffsetMinutesWest: Int?
    public var notetypes: [AnkiNotetype]
    public var decks: [AnkiDeck]
    public var deckConfigs: [AnkiDeckConfig]
    public var notes: [AnkiNote]
    public var cards: [AnkiCard]
    public var revlog: [AnkiRevlogEntry]
    public var media: [AnkiMediaFile]

    public init(created: Int64, rolloverHour: Int = 4, creationOffsetMinutesWest: Int? = nil,
                notetypes: [AnkiNotetype] = [], decks: [AnkiDeck] = [], deckConfigs: [AnkiDeckConfig] = [],
                notes: [AnkiNote] = [], cards: [AnkiCard] = [], revlog: [AnkiRevlogEntry] = [],
                media: [AnkiMediaFile] = []) {
        self.created = created
        self.rolloverHour = rolloverHour
        self.creationOffsetMinutesWest = creationOffsetMinutesWest
        self.notetypes = notetypes
        self.decks = decks
        self.deckConfigs = deckConfigs
        self.notes = notes
        self.cards = cards
        self.revlog = revlog
        self.media = media
    }
}

/// A note type: its fields in order and its card templates. `kind` is Anki's: a cloze note type
/// makes one card per cloze number, a standard one a card per template.
public struct AnkiNotetype: Hashable, Sendable {
    public enum Kind: Int, Hashable, Sendable {
        case standard = 0
        case cloze = 1
    }

    public struct Template: Hashable, Sendable {
        public var name: String
        /// `qfmt` and `afmt`: the question and answer HTML with `{{Field}}` references.
        public var front: String
        public var back: String

        public init(name: String, front: String, back: String) {
            self.name = name
            self.front = front
            self.back = back
        }
    }

    public var id: Int64
    public var name: String
    public var kind: Kind
    public var fields: [String]
    public var templates: [Template]
    public var css: String
    /// The field Anki sorts and checks duplicates by (`sortf`), an index into `fields`.
    public var sortField: Int

    public init(id: Int64, name: String, kind: Kind, fields: [String], templates: [Template], css: String = "",
                sortField: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.fields = fields
        self.templates = templates
        self.css = css
        self.sortField = sortField
    }
}

/// A deck. `name` is the full path with `::` between its parts, as Anki shows it (schema 18
/// stores `\u{1f}` there; the reader gives `::`).
public struct AnkiDeck: Hashable, Sendable {
    public var id: Int64
    public var name: String
    /// The options group (`AnkiDeckConfig.id`) the deck uses.
    public var configID: Int64
    public var description: String

    public init(id: Int64, name: String, configID: Int64 = 1, description: String = "") {
        self.id = id
        self.name = name
        self.configID = configID
        self.description = description
    }
}

/// A deck options group: the limits and steps recall's `StudyConfig` also has, and FSRS's
/// weights and desired retention.
public struct AnkiDeckConfig: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var newPerDay: Int
    public var reviewsPerDay: Int
    /// In minutes, as Anki keeps them (`1m,10m` is `[1, 10]`).
    public var learningSteps: [Double]
    public var relearningSteps: [Double]
    public var maximumInterval: Int
    public var desiredRetention: Double
    /// FSRS-6's 21 weights; empty when the group has none (Anki's defaults apply).
    public var fsrsParameters: [Double]

    public init(id: Int64, name: String, newPerDay: Int = 20, reviewsPerDay: Int = 200,
                learningSteps: [Double] = [1, 10], relearningSteps: [Double] = [10], maximumInterval: Int = 36_500,
                desiredRetention: Double = 0.9, fsrsParameters: [Double] = []) {
        self.id = id
        self.name = name
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.desiredRetention = desiredRetention
        self.fsrsParameters = fsrsParameters
    }
}

/// A note: its guid (what Anki matches notes by when a package is imported again), its note
/// type, tags and field values (HTML).
public struct AnkiNote: Hashable, Sendable {
    public var id: Int64
    public var guid: String
    public var notetypeID: Int64
    /// `mod`, in seconds: Anki updates an existing note from a package only when this is newer.
    public var modified: Int64
    public var tags: [String]
    public var fields: [String]

    public init(id: Int64, guid: String, notetypeID: Int64, modified: Int64, tags: [String] = [], fields: [String]) {
        self.id = id
        self.guid = guid
        self.notetypeID = notetypeID
        self.modified = modified
        self.tags = tags
        self.fields = fields
    }
}

/// A card: which note and template (`ordinal`; for a cloze, the cloze number minus one), its
/// deck, and its scheduling in Anki's units.
public struct AnkiCard: Hashable, Sendable {
    /// `type`: where the card is in its life.
    public enum CardType: Int, Hashable, Sendable {
        case new = 0
        case learning = 1
        case review = 2
        case relearning = 3
    }

    /// `queue`: what the scheduler will do with it next.
    public enum Queue: Int, Hashable, Sendable {
        case manuallyBuried = -3
        case siblingBuried = -2
        case suspended = -1
        case new = 0
        /// Learning within a day: `due` is a time in seconds.
        case learning = 1
        /// `due` is a day number (days since the collection's creation day).
        case review = 2
        /// Learning whose next step is on a later day: `due` is a day number.
        case dayLearning = 3
        case preview = 4
    }

    public var id: Int64
    public var noteID: Int64
    public var deckID: Int64
    public var ordinal: Int
    /// `mod`, in seconds.
    public var modified: Int64
    public var type: CardType
    public var queue: Queue
    /// New: the position in the new queue. Learning: seconds since 1970. Review and day
    /// learning: days since the creation day (`AnkiCollection.created`).
    public var due: Int64
    /// Days; 0 for a new or learning card.
    public var interval: Int
    /// The SM-2 ease in permille (2500 is 250%); 0 for a new card.
    public var factor: Int
    public var reps: Int
    public var lapses: Int
    /// (Re)learning steps left, as the v3 scheduler counts them.
    public var left: Int
    /// The card's `data` column: FSRS's memory and the time of its last review.
    public var data: AnkiCardData

    public init(id: Int64, noteID: Int64, deckID: Int64, ordinal: Int, modified: Int64, type: CardType = .new,
                queue: Queue = .new, due: Int64, interval: Int = 0, factor: Int = 0, reps: Int = 0, lapses: Int = 0,
                left: Int = 0, data: AnkiCardData = AnkiCardData()) {
        self.id = id
        self.noteID = noteID
        self.deckID = deckID
        self.ordinal = ordinal
        self.modified = modified
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.factor = factor
        self.reps = reps
        self.lapses = lapses
        self.left = left
        self.data = data
    }
}

/// The `data` column of a card (Anki's `CardData`, a JSON object): FSRS's stability (`s`),
/// difficulty (`d`), desired retention (`dr`), decay (`decay`, FSRS-6's w20), and the last review
/// in seconds (`lrt`). Anki rounds s to 4 places, d to 3, dr to 2 and decay to 3 when it writes.
public struct AnkiCardData: Hashable, Sendable {
    public var stability: Double?
    public var difficulty: Double?
    public var desiredRetention: Double?
    public var decay: Double?
    public var lastReview: Int64?

    public init(stability: Double? = nil, difficulty: Double? = nil, desiredRetention: Double? = nil,
                decay: Double? = nil, lastReview: Int64? = nil) {
        self.stability = stability
        self.difficulty = difficulty
        self.desiredRetention = desiredRetention
        self.decay = decay
        self.lastReview = lastReview
    }
}

/// One row of Anki's review log.
public struct AnkiRevlogEntry: Hashable, Sendable {
    /// `type`: what the card was when it was answered (or what else happened).
    public enum Kind: Int, Hashable, Sendable {
        case learning = 0
        case review = 1
        case relearning = 2
        /// Answered in a filtered deck (`factor` 0: without rescheduling, a cram answer).
        case filtered = 3
        /// Set by hand (a reset, forget, set due date): `ease` is 0.
        case manual = 4
        case rescheduled = 5
    }

    /// The time of the answer in milliseconds since 1970, which is also the row's id (unique).
    public var id: Int64
    public var cardID: Int64
    /// 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for a manual entry.
    public var ease: Int
    /// The interval after the answer: days when positive, seconds when negative (a learning step).
    public var interval: Int
    /// The interval before it, in the same units.
    public var lastInterval: Int
    /// SM-2's ease in permille; under FSRS, Anki keeps the difficulty here (see the export).
    public var factor: Int
    /// Time taken to answer, in milliseconds (Anki caps it at 60,000 by default).
    public var time: Int
    public var kind: Kind

    public init(id: Int64, cardID: Int64, ease: Int, interval: Int, lastInterval: Int, factor: Int, time: Int, kind: Kind) {
        self.id = id
        self.cardID = cardID
        self.ease = ease
        self.interval = interval
        self.lastInterval = lastInterval
        self.factor = factor
        self.time = time
        self.kind = kind
    }
}

/// A media file the notes refer to by name (`<img src="name">`, `[sound:name]`).
public struct AnkiMediaFile: Hashable, Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

extension CardVariant {
    /// The card's template index in Anki (`cards.ord`): 0 for the forward card, 1 for the
    /// reverse, the cloze number minus one for a cloze.
    public var ankiOrdinal: Int {
        switch self {
        case .forward: return 0
        case .reverse: return 1
        case .cloze(let number): return number - 1
        }
    }

    /// The variant Anki's template index names in a note of `kind`; nil when such a note has no
    /// such card (a third template, a reverse of a one-sided note).
    public init?(ankiOrdinal ordinal: Int, kind: NoteKind) {
        switch (kind, ordinal) {
        case (.cloze, 0...): self = .cloze(ordinal + 1)
        case (.cloze, _): return nil
        case (_, 0): self = .forward
        case (.reversible, 1): self = .reverse
        default: return nil
        }
    }
}
