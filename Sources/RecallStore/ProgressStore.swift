import RecallCore

/// One data folder's progress with its state, for the commands that change it without a screen
/// (`recall answer`, `unsuspend`, the quiz's rescheduling) and for tests.
///
/// Why: the state and the log-only writer (`ProgressWriter`) held together, so that there is one
/// path for each change: the writer writes it and returns what it did, and the state applies that
/// result exactly as the study screen applies it (`ProgressState.apply`), after what other
/// processes appended meanwhile. The study screen holds the state itself and uses the writer alone.
public final class ProgressStore {
    public let writer: ProgressWriter
    public private(set) var state: ProgressState

    public var folder: String { writer.folder }
    public var config: StudyConfig { writer.config }
    public var schedulers: SchedulerSet { writer.schedulers }
    /// Things the learner should hear about, e.g. a torn last line that was set aside.
    public var warnings: [String] { writer.warnings }
    /// `warnings` as messages, said in the language where they are printed.
    public var notices: [StoreWarningMessage] { writer.notices }

    private init(writer: ProgressWriter, state: ProgressState) {
        self.writer = writer
        self.state = state
    }

    /// Opens the folder for writing (`ProgressWriter.open`), keeping the state it loaded.
    public static func open(folder: String, now: Instant, lockWait: Int = StoreLock.defaultWait,
                            sync: FileSync = .data) throws(ProgressError) -> ProgressStore {
        let (writer, state) = try ProgressWriter.open(folder: folder, now: now, lockWait: lockWait, sync: sync)
        return ProgressStore(writer: writer, state: state)
    }

    /// Performs one change with the writer and applies its result: first what others appended
    /// (also when the change failed after reading it), then the change.
    private func change<T>(_ write: (ProgressState) throws(ProgressError) -> T,
                           apply: (inout ProgressState, T) -> Void) throws(ProgressError) -> T {
        let result: T
        do {
            result = try write(state)
        } catch {
            takeCaughtUp()
            throw error
        }
        takeCaughtUp()
        apply(&state, result)
        return result
    }

    private func takeCaughtUp() {
        if let caughtUp = writer.takeCaughtUp() { state.apply(caughtUp, schedulers: schedulers) }
    }

    /// Picks up what other processes recorded, without the lock. Returns true when the state changed.
    public func refresh() throws(ProgressError) -> Bool {
        guard let caughtUp = try writer.refresh() else { return false }
        state.apply(caughtUp, schedulers: schedulers)
        return true
    }

    /// Records an answer durably and returns what it did (`ProgressWriter.record`).
    @discardableResult
    public func record(_ review: ReviewRecord, at time: Instant) throws(ProgressError) -> RecordedAnswer {
        try change({ state throws(ProgressError) in try writer.record(review, to: state, at: time) },
                   apply: { state, answer in state.apply(answer) })
    }

    /// The answer `undoLast` would take back: its id and card.
    public var lastUndoable: (id: EventID, card: String)? { writer.lastUndoable }

    /// Takes back this session's last answer; returns the card id, or nil when there is nothing
    /// to undo (`ProgressWriter.undoLast`).
    @discardableResult
    public func undoLast(at time: Instant) throws(ProgressError) -> String? {
        try undoLastAnswer(at: time)?.card
    }

    /// `undoLast`, returning what the undo did.
    public func undoLastAnswer(at time: Instant) throws(ProgressError) -> UndoneAnswer? {
        try change({ _ throws(ProgressError) in try writer.undoLast(at: time) },
                   apply: { state, undone in if let undone { state.undo(undone) } })
    }

    /// Suspends the card; returns the entry written.
    @discardableResult
    public func suspend(card: String, at time: Instant) throws(ProgressError) -> LogEntry {
        try applied { () throws(ProgressError) in try writer.suspend(card: card, at: time) }
    }

    @discardableResult
    public func unsuspend(card: String, at time: Instant) throws(ProgressError) -> LogEntry {
        try applied { () throws(ProgressError) in try writer.unsuspend(card: card, at: time) }
    }

    /// Keeps the card out of the queue until `until`, normally `StudyDay.end`.
    @discardableResult
    public func bury(card: String, until: Instant, at time: Instant) throws(ProgressError) -> LogEntry {
        try applied { () throws(ProgressError) in try writer.bury(card: card, until: until, at: time) }
    }

    /// Appends events at their own times in one batch (`ProgressWriter.appendAll`) and applies them.
    @discardableResult
    public func appendAll(_ events: [(time: Instant, event: ReviewEvent)], at time: Instant) throws(ProgressError) -> [LogEntry] {
        try change({ _ throws(ProgressError) in try writer.appendAll(events, at: time) },
                   apply: { [schedulers] state, entries in state.apply(entries, schedulers: schedulers) })
    }

    /// A change whose result is the entry written, applied as replay applies it.
    private func applied(_ write: () throws(ProgressError) -> LogEntry) throws(ProgressError) -> LogEntry {
        try change({ _ throws(ProgressError) in try write() },
                   apply: { [schedulers] state, entry in state.apply(entry, schedulers: schedulers) })
    }

    /// Ends the session, writing the snapshot of the state (`ProgressWriter.close`).
    public func close(onlyIfLarge: Bool = false) throws(ProgressError) {
        try writer.close(state: state, onlyIfLarge: onlyIfLarge)
    }

    /// Leaves without compacting, as a crash would: for tests of what a crash leaves.
    public func abandonWithoutCompacting() {
        writer.abandonWithoutCompacting()
    }

    /// Writes the snapshot of the state now; the log stays as it is.
    public func writeSnapshot() throws(ProgressError) {
        try writer.writeSnapshot(of: state)
    }
}
