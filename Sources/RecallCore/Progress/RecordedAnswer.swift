/// What one answer did to its card: the log entry, what the answer was to the card (new,
/// learning, review), and the card's progress before and after.
///
/// Why: the schedule is computed once, where the answer is recorded; the screen takes this
/// result as it is (`ProgressState.apply(_:)`) instead of copying the whole state back and
/// working out "was it new" a second time.
public struct RecordedAnswer: Hashable, Sendable {
    public var entry: LogEntry
    public var review: ReviewRecord
    public var kind: AnswerKind
    /// The card's progress before the answer; nil for a card never answered, suspended or buried.
    public var previous: CardProgress?
    /// The card's progress after the answer.
    public var progress: CardProgress

    public init(entry: LogEntry, review: ReviewRecord, kind: AnswerKind, previous: CardProgress?, progress: CardProgress) {
        self.entry = entry
        self.review = review
        self.kind = kind
        self.previous = previous
        self.progress = progress
    }

    public var card: String { review.card }
    public var rating: Rating { review.rating }
    /// The schedule before the answer; nil for a new card.
    public var previousSchedule: CardSchedule? { previous?.schedule }
    /// The schedule the answer gave.
    public var schedule: CardSchedule { progress.schedule ?? .new(cardID: review.card, due: entry.time) }
}

/// What an undo took back: the review's id and card, the card's progress before that review,
/// and the id of the undo line. Why: a copy of the state (the screen's) undoes the same way
/// without the store's session history.
public struct UndoneAnswer: Hashable, Sendable {
    public var id: EventID
    public var card: String
    public var previous: CardProgress?
    public var undoID: EventID

    public init(id: EventID, card: String, previous: CardProgress?, undoID: EventID) {
        self.id = id
        self.card = card
        self.previous = previous
        self.undoID = undoID
    }
}
