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

    /// The answer `undoLast` would take back: its seq and card.
    public var lastUndoable: (seq: Int, card: String)? { writer.lastUndoable }

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

/// Loading the state from the files, shared by the writer and the read-only commands.
public enum ProgressLoader {
    public struct Loaded {
        public var state: ProgressState
        var position: ProgressWriter.LogPosition
        public var torn: ReviewLog.TornLine?
        public var warnings: [String]
        /// Entries read after the snapshot (all of them when there was no usable snapshot).
        public var tailEntries: Int
        public var usedSnapshot: Bool
        /// Loaded for counting from a snapshot (`loadForReading(folder:cardsInTable:)`): every
        /// card's progress, the log after the snapshot applied. Then `state` has today's answers,
        /// the last seq and the latest time, but no cards.
        public var table: ProgressTable? = nil
    }

    static func schedulers(_ config: StudyConfig, path: String) throws(ProgressError) -> SchedulerSet {
        do {
            return try SchedulerSet(config: config)
        } catch {
            throw .badConfig(file: path, reason: error.description)
        }
    }

    /// Loads a folder for reading: no lock, nothing written. A missing folder or log is an
    /// empty history.
    /// With `cardsInTable`, a usable snapshot's cards go into `Loaded.table` instead of the
    /// state (what `recall due` counts from, see `ProgressTable`).
    public static func loadForReading(folder: String, cardsInTable: Bool = false) throws(ProgressError) -> (Loaded, StudyConfig) {
        _ = try DataFolder.checkReadable(folder)
        let configPath = DataFolder.configPath(folder)
        let config = try StudyConfig.load(configPath)
        let schedulers = try schedulers(config, path: configPath)
        return (try load(folder: folder, schedulers: schedulers, cardsInTable: cardsInTable), config)
    }

    /// Loads the state: the snapshot and the log after it when the snapshot matches the log,
    /// else a replay of the whole log. A damaged snapshot is an error (it is never silently
    /// replaced); a stale one (other settings, another log, an older schema) is not used.
    static func load(folder: String, schedulers: SchedulerSet, cardsInTable: Bool = false) throws(ProgressError) -> Loaded {
        let logPath = DataFolder.logPath(folder)
        let snapshotPath = DataFolder.snapshotPath(folder)
        let hasSnapshot = try DataFolder.exists(snapshotPath)
        guard try DataFolder.exists(logPath) else {
            if hasSnapshot { throw missingLog(logPath, snapshot: snapshotPath) }
            return Loaded(state: ProgressState(), position: .init(created: Instant(microsecondsSinceEpoch: 0), offset: 0, lines: 0, lastSeq: 0),
                          torn: nil, warnings: [], tailEntries: 0, usedSnapshot: false)
        }
        let (header, _) = try ReviewLog.readHeader(logPath)
        var warnings: [String] = []
        if hasSnapshot, let (snapshot, table) = try readSnapshot(snapshotPath, cardsInTable: cardsInTable) {
            if let reason = try mismatch(snapshot, header: header, logPath: logPath, settings: schedulers.fingerprint) {
                if let reason { warnings.append("\(snapshotPath): \(reason); rebuilt the state from the log") }
            } else {
                var tail: [LogEntry] = []
                let result = try ReviewLog.read(logPath, from: snapshot.logOffset, firstLine: snapshot.logLines + 1,
                                                previousSeq: snapshot.lastSeq) { entry, _ in tail.append(entry) }
                // A tail long enough to be saved as a new snapshot (`cacheSnapshot`) needs every card whole.
                if table != nil, tail.count >= ProgressWriter.rebuildSnapshotThreshold {
                    return try load(folder: folder, schedulers: schedulers)
                }
                var state = snapshot.state
                var table = table
                // The tail changes only the cards it names: the table gives those whole to the state.
                let named = table == nil ? [] : Set(tail.compactMap(\.event.card))
                for card in named { state.cards[card] = try table?.progress(of: card) }
                if state.apply(tail, schedulers: schedulers) {
                    for card in named { table?.set(card, state.cards[card]) }
                    if table != nil { state.cards = [:] }
                    warnings += readWarnings(logPath, result)
                    return Loaded(state: state,
                                  position: .init(created: header.created, offset: result.endOffset,
                                                  lines: result.lineCount, lastSeq: result.lastSeq),
                                  torn: result.torn, warnings: warnings, tailEntries: tail.count, usedSnapshot: true,
                                  table: table)
                }
            }
        }
        var loaded = try replayAll(logPath: logPath, schedulers: schedulers)
        loaded.warnings = warnings + loaded.warnings
        return loaded
    }

    /// The one refusal of every command, reader or writer, when the log is gone but the snapshot is not.
    public static func missingLog(_ logPath: String, snapshot snapshotPath: String) -> ProgressError {
        .damaged(file: logPath, line: nil, reason: "the review log is missing, but \(snapshotPath) has progress; restore the log from a backup, or run 'recall doctor --repair' to start a log from the snapshot's states")
    }

    /// Reads and decodes the snapshot; nil for an older schema (rebuilt, not migrated).
    static func readSnapshot(_ path: String) throws(ProgressError) -> Snapshot? {
        try readSnapshot(path, cardsInTable: false)?.0
    }

    /// The same, with the cards in a table instead of the state when `cardsInTable`.
    static func readSnapshot(_ path: String, cardsInTable: Bool) throws(ProgressError) -> (Snapshot, ProgressTable?)? {
        let file = try ReadableFile(path)
        defer { file.close() }
        let bytes = try file.readAll()
        if cardsInTable { return try Snapshot.decodeTable(bytes, path: path).map { ($0.0, $0.1) } }
        return try Snapshot.decode(bytes, path: path).map { ($0, nil) }
    }

    /// Why the snapshot cannot stand in for the start of this log: nil when it can, `.some(nil)`
    /// when it is merely stale in an expected way (settings changed), a reason otherwise. A log
    /// shorter than the snapshot says is damage: answers the snapshot saw are gone from the log.
    static func mismatch(_ snapshot: Snapshot, header: ReviewLog.Header, logPath: String,
                         settings: String) throws(ProgressError) -> String?? {
        if snapshot.settings != settings { return .some(nil) }
        if snapshot.logCreated != header.created { return "it was made from another review log" }
        let size = try ReadableFile.size(of: logPath)
        if size < snapshot.logOffset {
            throw .damaged(file: logPath, line: nil, reason: "the log is \(size) bytes but \(Snapshot.fileName) covers \(snapshot.logOffset): the log was truncated and answers are missing from it")
        }
        if try ReviewLog.seq(endingAt: snapshot.logOffset, in: logPath) != snapshot.lastSeq && snapshot.lastSeq > 0 {
            return "it does not match the log at byte \(snapshot.logOffset) (the log was edited)"
        }
        return nil
    }

    /// Saves what a reader had to replay as the snapshot, so the next reader need not: the
    /// snapshot is a cache, written atomically, and describes exactly the log it was made from,
    /// so a reader may write it. Failing to (a read-only folder) changes nothing.
    public static func cacheSnapshot(_ loaded: Loaded, folder: String, config: StudyConfig) {
        guard loaded.tailEntries >= ProgressWriter.rebuildSnapshotThreshold, loaded.torn == nil, loaded.position.offset > 0,
              loaded.table == nil,  // its state has no cards
              let schedulers = try? SchedulerSet(config: config) else { return }
        let snapshot = Snapshot(logCreated: loaded.position.created, logOffset: loaded.position.offset,
                                logLines: loaded.position.lines, lastSeq: loaded.position.lastSeq,
                                settings: schedulers.fingerprint, state: loaded.state)
        try? AtomicFile.replace(DataFolder.snapshotPath(folder), with: snapshot.encoded())
    }

    /// Replays the whole log: a first quick pass finds the undos, the second applies the rest.
    static func replayAll(logPath: String, schedulers: SchedulerSet) throws(ProgressError) -> Loaded {
        let undone = try ReviewLog.undoneSeqs(logPath)
        var state = ProgressState()
        var count = 0
        let result = try ReviewLog.read(logPath) { entry, _ in
            state.apply(entry, schedulers: schedulers, undone: undone)
            count += 1
        }
        state.prune()
        let warnings = readWarnings(logPath, result)
        return Loaded(state: state,
                      position: .init(created: result.header.created, offset: result.endOffset,
                                      lines: result.lineCount, lastSeq: result.lastSeq),
                      torn: result.torn, warnings: warnings, tailEntries: count, usedSnapshot: false)
    }

    /// What a reader says about the lines it skipped: a torn last line, repeated lines.
    public static func readWarnings(_ path: String, _ result: ReviewLog.ReadResult) -> [String] {
        result.repeats.map { $0.warning(path) } + (result.torn.map { [tornWarning(path, $0)] } ?? [])
    }

    public static func tornWarning(_ path: String, _ torn: ReviewLog.TornLine) -> String {
        "\(path):\(torn.line): warning: ignoring an incomplete last line (\(torn.reason)); it was never acknowledged, so no answer is lost"
    }
}
