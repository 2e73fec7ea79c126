import RecallCore

/// The writing end of one data folder's progress, holding no copy of the progress itself.
///
/// Why: a study session keeps one copy of every card's progress, the screens'. The writer hands
/// the state it loaded over at `open` and keeps only what writing needs: the log's position, the
/// appender, the locks and this session's undo stack (seq, card, the card's progress before).
/// Each change takes the caller's state (read, never copied), takes the writer's lock, first reads
/// what other processes appended since (so a `recall answer` from a script while the study screen
/// is open is neither lost nor overwritten), appends, and makes the line durable before it
/// returns what it did, for the caller to apply: when the review screen shows the next card, the
/// answer is on disk. What the catch-up read is handed over by `takeCaughtUp` (and `refresh`), to
/// apply before the change's result. The lock is held only for that: an open writer blocks no one.
///
/// Opening drops a torn last line after keeping it in `damaged/`. Commands without a screen use
/// `ProgressStore`, which holds a state and a writer together.
public final class ProgressWriter {
    public let folder: String
    public let config: StudyConfig
    public let schedulers: SchedulerSet
    /// Things the learner should hear about, e.g. a torn last line that was set aside.
    /// What to tell the learner, said in the language where it is printed.
    public private(set) var notices: [StoreWarningMessage]
    /// `notices` in English.
    public var warnings: [String] { notices.map(\.english) }
    /// This machine's device id: the writer appends only to `log/<device>.jsonl`.
    public let device: String
    private let appender: LogAppender
    /// Held shared while the writer is open, so that `doctor --repair` waits for it.
    private let openLock: StoreLock
    /// The log's files and where each stands, this machine's own included.
    private var log: LogFiles
    private var positions: [LogFilePosition]
    /// The largest merge key of the events the caller's state holds.
    private var covered: MergeKey?
    /// Set when this machine appended an event that sorts before another machine's event the
    /// state already holds (that machine's clock is ahead): the state then differs from the
    /// merge's order, so no snapshot is written of it; the next start replays the union.
    private var appendedOutOfOrder = false
    /// This session's reviews, last-first undoable: id, card, the card's progress before.
    private var sessionReviews: [(id: EventID, card: String, previous: CardProgress?)] = []
    private var appendedSinceSnapshot = 0
    private let lockWait: Int
    /// When the writer was opened: the time stamp of a torn line set aside at `close`.
    private let openedAt: Instant
    /// Other processes' lines read since the caller last took them: the caller's state plus
    /// these is the log up to `logInfo`, apart from the results this writer returned.
    private var caughtUp: LogCatchUp?

    private init(folder: String, config: StudyConfig, schedulers: SchedulerSet, device: String, log: LogFiles,
                 loaded: ProgressLoader.Loaded, appender: LogAppender, openLock: StoreLock, warnings: [StoreWarningMessage],
                 lockWait: Int, openedAt: Instant) {
        self.folder = folder
        self.config = config
        self.schedulers = schedulers
        self.device = device
        self.appender = appender
        self.openLock = openLock
        self.log = log
        self.positions = loaded.positions
        self.covered = loaded.covered
        self.notices = warnings
        self.appendedSinceSnapshot = loaded.tailEntries
        self.lockWait = lockWait
        self.openedAt = openedAt
    }

    /// Opens the folder for writing, creating it, its config and its log on first use, and
    /// returns the state it loaded (snapshot plus log tail, or a replay of the whole log): from
    /// then on the caller's. Throws `.locked` when another process keeps the lock for longer
    /// than `lockWait` milliseconds, and `.damaged` for a bad file, which is then left exactly
    /// as it is. `sync` makes each appended line durable; tests pass one that fails.
    public static func open(folder: String, now: Instant, lockWait: Int = StoreLock.defaultWait,
                            sync: FileSync = .data) throws(ProgressError) -> (writer: ProgressWriter, state: ProgressState) {
        try DataFolder.create(folder)
        let openLock = try StoreLock.acquireOpen(folder: folder, waitingUpTo: lockWait)
        let lock = try StoreLock.acquire(folder: folder, waitingUpTo: lockWait)
        defer { lock.release() }
        let configPath = DataFolder.configPath(folder)
        let config = try StudyConfig.loadWritingDefaults(folder: folder)
        let schedulers = try ProgressLoader.schedulers(config, path: configPath)
        let device = try LogLayout.prepare(folder: folder, now: now)
        let logPath = DataFolder.deviceLogPath(folder, device: device)
        var loaded = try ProgressLoader.load(folder: folder, schedulers: schedulers)
        guard let log = loaded.log, let own = log.files.firstIndex(where: { $0.path == logPath }) else {
            throw .damaged(file: logPath, line: nil, reason: .disappearedWhileOpening)
        }
        var warnings = loaded.notices
        let appender = try LogAppender(path: logPath, sync: sync)
        if let torn = loaded.torn[logPath] {
            let tornWarning = ProgressLoader.tornWarning(logPath, torn)
            warnings = warnings.filter { $0 != tornWarning }
            warnings.append(try setAside(torn, appender: appender, folder: folder, at: now))
            loaded.torn[logPath] = nil
        }
        guard appender.size == loaded.positions[own].offset else {
            throw .damaged(file: logPath, line: nil, reason: .changedWhileRead)
        }
        let writer = ProgressWriter(folder: folder, config: config, schedulers: schedulers, device: device, log: log,
                                    loaded: loaded, appender: appender, openLock: openLock, warnings: warnings,
                                    lockWait: lockWait, openedAt: now)
        // After a long replay, save it at once rather than at exit: a crash would repeat it.
        if loaded.tailEntries >= rebuildSnapshotThreshold { try writer.writeSnapshot(of: loaded.state) }
        return (writer, loaded.state)
    }

    /// A torn last line was never acknowledged (an answer is acknowledged only after its whole
    /// line is durable), so nothing is lost; but its bytes are kept in `damaged/`, and the log
    /// is cut back so that the next line does not follow half a line. Under the lock only.
    private static func setAside(_ torn: ReviewLog.TornLine, appender: LogAppender, folder: String,
                                 at now: Instant) throws(ProgressError) -> StoreWarningMessage {
        let logPath = appender.path
        let bytes = try ReadableFile.contents(logPath, from: torn.offset)
        let kept = try DataFolder.keepAside(bytes, name: String(logPath.split(separator: "/").last ?? "log") + ".torn", in: folder, at: now)
        try appender.truncate(to: torn.offset)
        return .tornDropped(path: logPath, line: torn.line, reason: torn.cause, kept: kept)
    }

    /// A tail this long is worth a snapshot of its own.
    static let rebuildSnapshotThreshold = 1_000

    /// Runs `body` under the writer's lock, after reading what other processes appended.
    private func locked<T>(at time: Instant, _ body: () throws(ProgressError) -> T) throws(ProgressError) -> T {
        let lock = try StoreLock.acquire(folder: folder, waitingUpTo: lockWait)
        defer { lock.release() }
        if let torn = try catchUp() {
            notices.append(try Self.setAside(torn, appender: appender, folder: folder, at: time))
        }
        return try body()
    }

    /// Reads the lines other processes appended after the ones this writer knows (another
    /// `recall` on this machine, or another machine's file as a sync tool delivered it), and
    /// keeps them for the caller (`caughtUp`). Returns a torn last line of this machine's own
    /// file, which only a writer holding the lock may set aside; another machine's torn line is
    /// left for that machine to finish.
    @discardableResult
    private func catchUp() throws(ProgressError) -> ReviewLog.TornLine? {
        // After a write that could not be taken back, the log may hold a line this writer never
        // acknowledged: reading it as another process's answer would apply it.
        try appender.checkWritable()
        let logPath = appender.path
        guard try DataFolder.exists(logPath) else {
            throw .damaged(file: logPath, line: nil, reason: .logRemovedWhileOpen)
        }
        if try nothingChanged() { return nil }
        guard let current = try LogFiles.find(folder: folder) else {
            throw .damaged(file: DataFolder.logPath(folder), line: nil, reason: .logRemovedWhileOpen)
        }
        var starts: [LogFiles.Start?] = []
        var changed = current.files.count != log.files.count
        for file in current.files {
            guard let known = positions.first(where: { $0.file == file.name }) else {
                starts.append(nil)
                changed = true
                continue
            }
            let size = try ReadableFile.size(of: file.path)
            guard file.header.created == known.created, size >= known.offset else {
                throw .damaged(file: file.path, line: nil, reason: .logReplacedWhileOpen)
            }
            if size != known.offset { changed = true }
            starts.append(LogFiles.Start(known))
        }
        for known in positions where !current.files.contains(where: { $0.name == known.file }) && known.lines > 1 {
            throw .damaged(file: DataFolder.join(folder, known.file), line: nil, reason: .fileRemovedWhileOpen)
        }
        guard changed else { return nil }
        var entries: [LogEntry] = []
        let read = try current.read(from: starts) { entry in entries.append(entry) }
        var frontier = ProgressState()
        frontier.frontier = self.frontier
        if ProgressLoader.canFollow(entries, state: frontier, covered: covered, schedulers: schedulers), !frontier.needsReplay(entries) {
            caughtUp = caughtUp?.followed(by: entries, schedulers: schedulers) ?? .entries(entries)
            if let last = entries.map(MergeKey.init).max() { covered = max(last, covered ?? last) }
        } else {
            // An undo of an answer the caller's state holds, or another machine's events that
            // sort among those already applied: only the full merge gives the state.
            let replayed = try ProgressLoader.replayAll(current, schedulers: schedulers)
            caughtUp = .replayed(replayed.state)
            covered = replayed.covered
        }
        for case .review(let record) in entries.map(\.event) {
            sessionReviews.removeAll { $0.card == record.card }  // answered elsewhere since: not ours to undo
        }
        log = current
        positions = try current.positions(read)
        appendedSinceSnapshot += entries.count
        let own = positions.first { $0.file.hasSuffix("/" + device + ".jsonl") }
        if let own { appender.resync(size: own.offset) }
        return read.results[current.files.firstIndex { $0.path == logPath }!].torn
    }

    /// Whether the log's files are the ones this writer knows, each still ending where it read
    /// it: a listing of `log/` and a `stat` per file, so that an answer or a frame with nothing
    /// new reads no file's header (what the study screen does on every frame).
    private func nothingChanged() throws(ProgressError) -> Bool {
        let names = try LogFiles.deviceFileNames(folder).map { ReviewLog.folderName + "/" + $0 }
        guard names.count == positions.count else { return false }
        for position in positions {
            guard names.contains(position.file),
                  try ReadableFile.size(of: DataFolder.join(folder, position.file)) == position.offset else { return false }
        }
        return true
    }

    /// The last seq of each device's events that the caller's state holds.
    private var frontier: [String: Int] {
        var frontier: [String: Int] = [:]
        for position in positions where position.lastSeq > 0 {
            frontier[position.device] = max(frontier[position.device] ?? 0, position.lastSeq)
        }
        return frontier
    }

    /// Where this machine's own file stands.
    private var ownIndex: Int {
        positions.firstIndex { DataFolder.join(folder, $0.file) == appender.path }!
    }

    /// What other processes appended that the caller has not applied yet; the caller applies it
    /// (`ProgressState.apply(_:schedulers:)`) before the result of the change that read it.
    public func takeCaughtUp() -> LogCatchUp? {
        defer { caughtUp = nil }
        return caughtUp
    }

    /// Picks up what other processes recorded (`recall answer` from a script, a second
    /// window), without the lock: nil when nothing, else what to apply.
    public func refresh() throws(ProgressError) -> LogCatchUp? {
        try catchUp()
        return takeCaughtUp()
    }

    private func append(_ event: ReviewEvent, at time: Instant) throws(ProgressError) -> LogEntry {
        try append([(time, event)])[0]
    }

    /// Appends the events' lines in one write, made durable once; the positions move only after it.
    private func append(_ events: [(time: Instant, event: ReviewEvent)]) throws(ProgressError) -> [LogEntry] {
        let own = ownIndex
        var position = positions[own]
        var bytes: [UInt8] = []
        var entries: [LogEntry] = []
        entries.reserveCapacity(events.count)
        var latest = covered
        var outOfOrder = false
        let othersWrote = positions.contains(where: { $0.device != device && $0.lastSeq > 0 })
        for (time, event) in events {
            let entry = LogEntry(seq: position.lastSeq + 1, time: time, event: event, device: device)
            let line = entry.line
            bytes += line
            position.offset += line.count
            position.lines += 1
            position.lastSeq = entry.seq
            position.checksum = CRC32.update(position.checksum, with: line)
            let key = MergeKey(entry)
            if let latest, key < latest, othersWrote { outOfOrder = true }
            latest = max(key, latest ?? key)
            entries.append(entry)
        }
        try appender.append(bytes)
        positions[own] = position
        covered = latest
        if outOfOrder { appendedOutOfOrder = true }
        appendedSinceSnapshot += entries.count
        return entries
    }

    /// Appends events that happened elsewhere, at their own times (an Anki package's history),
    /// in one write and one fsync however many there are (the import passes slices, so that a
    /// million are not all held as lines at once). Returns the entries written, for the caller to
    /// apply after what others appended.
    public func appendAll(_ events: [(time: Instant, event: ReviewEvent)], at time: Instant) throws(ProgressError) -> [LogEntry] {
        guard !events.isEmpty else { return [] }
        return try locked(at: time) { () throws(ProgressError) in try append(events) }
    }

    /// Records an answer durably and returns what it did: the entry, the kind of answer, and the
    /// card's progress before and after, computed once here from `state` (the caller's, read
    /// only) and what other processes appended (`takeCaughtUp`), by Core's rule.
    public func record(_ review: ReviewRecord, to state: borrowing ProgressState,
                       at time: Instant) throws(ProgressError) -> RecordedAnswer {
        let card = state.cards[review.card]
        let frontier = state.frontier
        let latestTime = state.latestTime
        return try locked(at: time) { () throws(ProgressError) in
            let entry = try append(.review(review), at: time)
            let before = ProgressState(cards: card.map { [review.card: $0] } ?? [:], recent: [], frontier: frontier, latestTime: latestTime)
            let answer = before.answer(review, entry: entry, schedulers: schedulers, after: caughtUp)
            sessionReviews.append((entry.id, review.card, answer.previous))
            return answer
        }
    }

    /// The answer `undoLast` would take back: its id and card.
    public var lastUndoable: (id: EventID, card: String)? {
        sessionReviews.last.map { ($0.id, $0.card) }
    }

    /// Takes back this session's last answer that is not yet undone: logs the undo and returns
    /// what it took back (`ProgressState.undo(_:)` restores the card), or nil when there is
    /// nothing to undo (also when the card was answered in another process since, whose answer
    /// must not be taken back).
    public func undoLast(at time: Instant) throws(ProgressError) -> UndoneAnswer? {
        try locked(at: time) { () throws(ProgressError) in
            guard let last = sessionReviews.last else { return nil }
            let entry = try append(.undo(last.id), at: time)
            sessionReviews.removeLast()
            return UndoneAnswer(id: last.id, card: last.card, previous: last.previous, undoID: entry.id)
        }
    }

    /// Suspends the card; returns the entry written, which the state applies as it is.
    public func suspend(card: String, at time: Instant) throws(ProgressError) -> LogEntry {
        try locked(at: time) { () throws(ProgressError) in try append(.suspend(card: card), at: time) }
    }

    public func unsuspend(card: String, at time: Instant) throws(ProgressError) -> LogEntry {
        try locked(at: time) { () throws(ProgressError) in try append(.unsuspend(card: card), at: time) }
    }

    /// Keeps the card out of the queue until `until`, normally `StudyDay.end`.
    public func bury(card: String, until: Instant, at time: Instant) throws(ProgressError) -> LogEntry {
        try locked(at: time) { () throws(ProgressError) in try append(.bury(card: card, until: until), at: time) }
    }

    /// Ends the session: compacts (writes the snapshot of `state`, the caller's with every result
    /// applied, under the lock) if anything was appended since the last one, or only if the tail
    /// is long when `onlyIfLarge` (for one-answer commands). Losing the snapshot loses nothing:
    /// the log has every answer.
    public func close(state: borrowing ProgressState, onlyIfLarge: Bool = false) throws(ProgressError) {
        let threshold = onlyIfLarge ? Self.rebuildSnapshotThreshold : 1
        defer { openLock.release() }
        guard appendedSinceSnapshot >= threshold else { return }
        let state = copy state
        try locked(at: openedAt) { () throws(ProgressError) in try writeSnapshot(of: state) }
    }

    /// Leaves without compacting, as a crash would: for tests of what a crash leaves.
    public func abandonWithoutCompacting() {
        openLock.release()
    }

    /// Writes the snapshot of `state` (the caller's, with every result this writer returned
    /// applied) and of what others appended since; the log stays as it is.
    public func writeSnapshot(of state: ProgressState) throws(ProgressError) {
        guard !appendedOutOfOrder else { return }
        var state = state
        if let caughtUp { state.apply(caughtUp, schedulers: schedulers) }  // a copy, only when others wrote just now
        guard state.isSnapshotable else { return }
        guard state.frontier == frontier else {
            // A snapshot of a state behind the log would hide answers from the next start; the
            // log has them all, so not writing one loses nothing.
            assertionFailure("the snapshot's state is at \(state.frontier), the log at \(frontier)")
            return
        }
        // Each file's size and time now, so that the next start trusts what was read of it.
        var logs = positions
        for k in logs.indices {
            let status = try ReadableFile.status(of: DataFolder.join(folder, logs[k].file))
            logs[k].size = status.size
            logs[k].modified = status.modified
        }
        let snapshot = Snapshot(logs: logs, covered: covered, settings: schedulers.fingerprint, state: state)
        let path = DataFolder.snapshotPath(folder)
        do {
            try AtomicFile.replace(path, with: snapshot.encoded())
        } catch {
            throw .io(file: path, reason: error.reason)
        }
        appendedSinceSnapshot = 0
    }
}
