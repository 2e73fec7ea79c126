import RecallCore

/// Everything that can happen to the study app, as in Bubble Tea's messages: a key, the
/// terminal's size, time passing, and the results of the effects the app asked for. Why: the
/// app has one entry point, `StudyApp.update(_:)`, so the executable and the tests drive it
/// the same way, and the state changes only there.
public enum StudyEvent: Sendable {
    case key(Key)
    /// The terminal's size, at the start and after every change.
    case resized(width: Int, height: Int)
    /// The clock, before every frame and every key.
    case tick(Instant)
    /// An `.answer` is on disk: what recording it did.
    case saved(RecordedAnswer)
    /// An `.undo` went through: what it took back, or nil when there was nothing to take back.
    case undone(UndoneAnswer?)
    /// A `.suspend` or `.bury` is on disk: its entry, and what to tell the learner.
    case changed(LogEntry, message: String)
    /// Another process recorded answers (`recall answer` from a script, a second window):
    /// its lines, as the writer read them (or the replayed state when one of them undoes an
    /// answer this state holds). Comes before the result of the effect whose write read them.
    case refreshed(LogCatchUp)
    /// The decks were read again after the editor closed.
    case reloaded(DeckLibrary, message: String)
    /// The same, for a study screen opened from the deck index: the index read again.
    case reindexed(StudyCardIndex, message: String)
    /// The statistics a `.showStats` asked for.
    case stats(StatsReport)
    /// The readiness a `.showExam` asked for.
    case exam(ExamReadiness)
    /// An effect failed (the disk is full, the file vanished).
    case failed(String)
}
