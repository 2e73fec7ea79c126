import RecallCore

/// What a study screen asks the executable to do: the only things that touch the disk or
/// another program. The app performs none of them itself; the executable reports back.
public enum StudyEffect: Hashable, Sendable {
    case none
    /// Leave: the review session goes to its summary; the app itself ends.
    case quit
    case answer(ReviewRecord)
    case undo
    case suspend(card: String)
    case bury(card: String, until: Instant)
    case edit(file: String, line: Int)
    /// The statistics of a deck (nil: all decks), over the last month: answered by `.stats`.
    case showStats(deck: String?)
    /// The readiness of a deck (nil: all decks) for its exam: answered by `.exam`.
    case showExam(deck: String?)
    /// Fit the FSRS weights (`recall optimize` in the shell, with its progress, asking before
    /// it applies them); a session that applied them starts again under them.
    case optimize
}
