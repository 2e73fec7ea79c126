import RecallCore
/// The progress of one data folder, for a process that writes it.
///
/// Opening loads the state (snapshot plus log tail, or a replay of the whole log) and drops a
/// torn last line after keeping it in `damaged/`. Every change takes the writer's lock, first
/// reads what other processes appended since (so a `recall answer` from a script while the
/// study screen is open is neither lost nor overwritten), appends, and makes the line durable
/// before the method returns and before the state changes: when the review screen shows the
/// next card, the answer is on disk. The lock is held only for that: an open store blocks no one.
///
/// The TUI calls `record`, `undoLast`, `suspend`, `unsuspend` and `bury`, `refresh` to see
/// what others recorded, and `close` on exit.
public final class ProgressStore {
    public let folder: String
    public let config: StudyConfig
    public let schedulers: SchedulerSet
    public private(set) var state: ProgressState
    /// Things the learner should hear about, e.g. a torn last line that was set aside.
    public private(set) var warnings: [String]
    private let appender: LogAppender
    /// Held shared while the store is open, so that `doctor --repair` waits for it.
    private let openLock: StoreLock
    private var logInfo: LogPosition
    /// This session's reviews, last-first undoable: seq, card, the card's progress before.
    private var sessionReviews: [(seq: Int, card: String, previous: CardProgress?)] = []
    private var appendedSinceSnapshot = 0
    private let lockWait: Int
    /// When the store was opened: the time stamp of a torn line set aside at `close`.
    private let openedAt: Instant

    /// Where the log ends, for the snapshot: byte offset, line count and last seq.
    struct LogPosition {
        var created: Instant
        var offset: Int
        var lines: Int
        var lastSeq: Int
    }

    private init(folder: String, config: StudyConfig, schedulers: SchedulerSet, loaded: ProgressLoader.Loaded,
                 appender: LogAppender, openLock: StoreLock, warnings: [String], lockWait: Int, openedAt: Instant) {
        self.folder = folder
        self.config = config
        self.schedulers = schedulers
        self.state = loaded.state
        self.appender = appender
        self.openLock = openLock
        self.logInfo = loaded.position
        self.warnings = warnings
        self.appendedSinceSnapshot = loaded.tailEntries
        self.lockWait = lockWait
        self.openedAt = openedAt
    }

    /// Opens the folder for writing, creating it, its config and its log on first use.
    /// Throws `.locked` when another process keeps the lock for longer than `lockWait`
    /// milliseconds, and `.damaged` for a bad file, which is then left exactly as it is.
    /// `sync` makes each appended line durable; tests pass one that fails.
    public static func open(folder: String, now: Instant, lockWait: Int = StoreLock.defaultWait,
                            sync: FileSync = .data) throws(ProgressError) -> ProgressStore {
        try DataFolder.create(folder)
        let openLock = try StoreLock.acquireOpen(folder: folder, waitingUpTo: lockWait)
        let lock = try StoreLock.acquire(folder: folder, waitingUpTo: lockWait)
        defer { lock.release() }
        let configPath = DataFolder.configPath(folder)
        let config = try StudyConfig.load(configPath)
        if try !DataFolder.exists(configPath) {
            do {
                try AtomicFile.replace(configPath, with: config.fileBytes)
            } catch {
                throw .io(file: configPath, reason: error.reason)
            }
        }
        let schedulers = try ProgressLoader.schedulers(config, path: configPath)
        let logPath = DataFolder.logPath(folder)
        if try !DataFolder.exists(logPath) {
            // A snapshot without its log: starting a new log would hide that loss, and a later
            // repair would rebuild the snapshot from the new log's few answers.
            let snapshotPath = DataFolder.snapshotPath(folder)
            if try DataFolder.exists(snapshotPath) { throw ProgressLoader.missingLog(logPath, snapshot: snapshotPath) }
            try ReviewLog.create(logPath, created: now)
        }
        var loaded = try ProgressLoader.load(folder: folder, schedulers: schedulers)
        var warnings = loaded.warnings
        let appender = try LogAppender(path: logPath, sync: sync)
        if let torn = loaded.torn {
            warnings = warnings.filter { !$0.contains("incomplete last line") }
            warnings.append(try setAside(torn, appender: appender, folder: folder, at: now))
            loaded.torn = nil
        }
        guard appender.size == loaded.position.offset else {
            throw .damaged(file: logPath, line: nil, reason: "the log changed while it was being read")
        }
        let store = ProgressStore(folder: folder, config: config, schedulers: schedulers, loaded: loaded,
                                  appender: appender, openLock: openLock, warnings: warnings, lockWait: lockWait, openedAt: now)
        // After a long replay, save it at once rather than at exit: a crash would repeat it.
        if loaded.tailEntries >= rebuildSnapshotThreshold { try store.writeSnapshot() }
        return store
    }

    /// A torn last line was never acknowledged (an answer is acknowledged only after its whole
    /// line is durable), so nothing is lost; but its bytes are kept in `damaged/`, and the log
    /// is cut back so that the next line does not follow half a line. Under the lock only.
    private static func setAside(_ torn: ReviewLog.TornLine, appender: LogAppender, folder: String,
                                 at now: Instant) throws(ProgressError) -> String {
        let logPath = appender.path
        let bytes = try ReadableFile.contents(logPath, from: torn.offset)
        let kept = try DataFolder.keepAside(bytes, name: ReviewLog.fileName + ".torn", in: folder, at: now)
        try appender.truncate(to: torn.offset)
        return "\(logPath):\(torn.line): dropped an incomplete last line (\(torn.reason)); its bytes are kept in \(kept)"
    }

    /// A tail this long is worth a snapshot of its own.
    static let rebuildSnapshotThreshold = 1_000

    /// Runs `body` under the writer's lock, after reading what other processes appended.
    private func locked<T>(at time: Instant, _ body: () throws(ProgressError) -> T) throws(ProgressError) -> T {
        let lock = try StoreLock.acquire(folder: folder, waitingUpTo: lockWait)
        defer { lock.release() }
        if let torn = try catchUp() {
            warnings.append(try Self.setAside(torn, appender: appender, folder: folder, at: time))
        }
        return try body()
    }

    /// Reads the lines other processes appended after the ones this store knows, and applies
    /// them. Returns a torn last line, which only a writer holding the lock may set aside.
    @discardableResult
    private func catchUp() throws(ProgressError) -> ReviewLog.TornLine? {
        // After a write that could not be taken back, the log may hold a line this store never
        // acknowledged: reading it as another process's answer would apply it.
        try appender.checkWritable()
        let logPath = appender.path
        guard try DataFolder.exists(logPath) else {
            throw .damaged(file: logPath, line: nil, reason: "the review log was removed while recall had it open; restore it from a backup or run 'recall doctor'")
        }
        let size = try ReadableFile.size(of: logPath)
        if size == logInfo.offset { return nil }
        let (header, _) = try ReviewLog.readHeader(logPath)
        guard header.created == logInfo.created, size > logInfo.offset else {
            throw .damaged(file: logPath, line: nil, reason: "the review log was replaced or cut short while recall had it open; run 'recall doctor'")
        }
        var entries: [LogEntry] = []
        let result = try ReviewLog.read(logPath, from: logInfo.offset, firstLine: logInfo.lines + 1,
                                        previousSeq: logInfo.lastSeq) { entry, _ in entries.append(entry) }
        if !state.apply(entries, schedulers: schedulers) {
            // Another process undid an answer this state already holds: only a replay takes it back.
            state = try ProgressLoader.replayAll(logPath: logPath, schedulers: schedulers).state
        }
        for case .review(let record) in entries.map(\.event) {
            sessionReviews.removeAll { $0.card == record.card }  // answered elsewhere since: not ours to undo
        }
        logInfo.offset = result.endOffset
        logInfo.lines = result.lineCount
        logInfo.lastSeq = result.lastSeq
        appendedSinceSnapshot += entries.count
        appender.resync(size: result.endOffset)
        return result.torn
    }

    /// Picks up what other processes recorded (`recall answer` from a script, a second
    /// window), without the lock. Returns true when the state changed.
    public func refresh() throws(ProgressError) -> Bool {
        let before = logInfo.offset
        try catchUp()
        return logInfo.offset != before
    }

    private func append(_ event: ReviewEvent, at time: Instant) throws(ProgressError) -> LogEntry {
        let entry = LogEntry(seq: logInfo.lastSeq + 1, time: time, event: event)
        let line = entry.line
        try appender.append(line)
        logInfo.offset += line.count
        logInfo.lines += 1
        logInfo.lastSeq = entry.seq
        appendedSinceSnapshot += 1
        return entry
    }

    /// Records an answer durably and returns what it did: the entry, the kind of answer, and the
    /// card's progress before and after (the schedule is computed here, once).
    @discardableResult
    public func record(_ review: ReviewRecord, at time: Instant) throws(ProgressError) -> RecordedAnswer {
        try locked(at: time) { () throws(ProgressError) in
            let entry = try append(.review(review), at: time)
            let answer = state.answer(review, entry: entry, schedulers: schedulers)
            state.apply(answer)
            sessionReviews.append((entry.seq, review.card, answer.previous))
            return answer
        }
    }

    /// The answer `undoLast` would take back: its seq and card.
    public var lastUndoable: (seq: Int, card: String)? {
        sessionReviews.last.map { ($0.seq, $0.card) }
    }

    /// Takes back this session's last answer that is not yet undone: logs the undo, restores
    /// the card's state. Returns the card id, or nil when there is nothing to undo (also when
    /// the card was answered in another process since, whose answer must not be taken back).
    @discardableResult
    public func undoLast(at time: Instant) throws(ProgressError) -> String? {
        try undoLastAnswer(at: time)?.card
    }

    /// `undoLast`, returning what the undo did, so that a copy of the state can do the same
    /// (`ProgressState.undo(_:)`).
    public func undoLastAnswer(at time: Instant) throws(ProgressError) -> UndoneAnswer? {
        try locked(at: time) { () throws(ProgressError) in
            guard let last = sessionReviews.last else { return nil }
            let entry = try append(.undo(seq: last.seq), at: time)
            sessionReviews.removeLast()
            let undone = UndoneAnswer(seq: last.seq, card: last.card, previous: last.previous, undoSeq: entry.seq)
            state.undo(undone)
            return undone
        }
    }

    /// Suspends the card; returns the entry written, which a copy of the state applies as is.
    @discardableResult
    public func suspend(card: String, at time: Instant) throws(ProgressError) -> LogEntry {
        try locked(at: time) { () throws(ProgressError) in
            let entry = try append(.suspend(card: card), at: time)
            state.apply(entry, schedulers: schedulers)
            return entry
        }
    }

    public func unsuspend(card: String, at time: Instant) throws(ProgressError) {
        try locked(at: time) { () throws(ProgressError) in
            state.apply(try append(.unsuspend(card: card), at: time), schedulers: schedulers)
        }
    }

    /// Keeps the card out of the queue until `until`, normally `StudyDay.end`.
    @discardableResult
    public func bury(card: String, until: Instant, at time: Instant) throws(ProgressError) -> LogEntry {
        try locked(at: time) { () throws(ProgressError) in
            let entry = try append(.bury(card: card, until: until), at: time)
            state.apply(entry, schedulers: schedulers)
            return entry
        }
    }

    /// Ends the session: compacts (writes the snapshot, under the lock, of the whole log) if
    /// anything was appended since the last one, or only if the tail is long when `onlyIfLarge`
    /// (for one-answer commands). Losing the snapshot loses nothing: the log has every answer.
    public func close(onlyIfLarge: Bool = false) throws(ProgressError) {
        let threshold = onlyIfLarge ? Self.rebuildSnapshotThreshold : 1
        defer { openLock.release() }
        guard appendedSinceSnapshot >= threshold else { return }
        try locked(at: openedAt) { () throws(ProgressError) in try writeSnapshot() }
    }

    /// Leaves without compacting, as a crash would: for tests of what a crash leaves.
    public func abandonWithoutCompacting() {
        openLock.release()
    }

    /// Writes the snapshot of the state now; the log stays as it is.
    public func writeSnapshot() throws(ProgressError) {
        let snapshot = Snapshot(logCreated: logInfo.created, logOffset: logInfo.offset, logLines: logInfo.lines,
                                lastSeq: logInfo.lastSeq, settings: schedulers.fingerprint, state: state)
        let path = DataFolder.snapshotPath(folder)
        do {
            try AtomicFile.replace(path, with: snapshot.encoded())
        } catch {
            throw .io(file: path, reason: error.reason)
        }
        appendedSinceSnapshot = 0
    }
}

/// Loading the state from the files, shared by the writer and the read-only commands.
public enum ProgressLoader {
    public struct Loaded {
        public var state: ProgressState
        var position: ProgressStore.LogPosition
        public var torn: ReviewLog.TornLine?
        public var warnings: [String]
        /// Entries read after the snapshot (all of them when there was no usable snapshot).
        public var tailEntries: Int
        public var usedSnapshot: Bool
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
    public static func loadForReading(folder: String) throws(ProgressError) -> (Loaded, StudyConfig) {
        _ = try DataFolder.checkReadable(folder)
        let configPath = DataFolder.configPath(folder)
        let config = try StudyConfig.load(configPath)
        let schedulers = try schedulers(config, path: configPath)
        return (try load(folder: folder, schedulers: schedulers), config)
    }

    /// Loads the state: the snapshot and the log after it when the snapshot matches the log,
    /// else a replay of the whole log. A damaged snapshot is an error (it is never silently
    /// replaced); a stale one (other settings, another log, an older schema) is not used.
    static func load(folder: String, schedulers: SchedulerSet) throws(ProgressError) -> Loaded {
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
        if hasSnapshot, let snapshot = try readSnapshot(snapshotPath) {
            if let reason = try mismatch(snapshot, header: header, logPath: logPath, settings: schedulers.fingerprint) {
                if let reason { warnings.append("\(snapshotPath): \(reason); rebuilt the state from the log") }
            } else {
                var tail: [LogEntry] = []
                let result = try ReviewLog.read(logPath, from: snapshot.logOffset, firstLine: snapshot.logLines + 1,
                                                previousSeq: snapshot.lastSeq) { entry, _ in tail.append(entry) }
                var state = snapshot.state
                if state.apply(tail, schedulers: schedulers) {
                    warnings += readWarnings(logPath, result)
                    return Loaded(state: state,
                                  position: .init(created: header.created, offset: result.endOffset,
                                                  lines: result.lineCount, lastSeq: result.lastSeq),
                                  torn: result.torn, warnings: warnings, tailEntries: tail.count, usedSnapshot: true)
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
        let file = try ReadableFile(path)
        defer { file.close() }
        return try Snapshot.decode(try file.readAll(), path: path)
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
        guard loaded.tailEntries >= ProgressStore.rebuildSnapshotThreshold, loaded.torn == nil, loaded.position.offset > 0,
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
