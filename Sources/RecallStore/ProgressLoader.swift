import RecallCore

/// Loading the state from the files, shared by the writer and the read-only commands.
///
/// The state is the snapshot plus the log after it when the snapshot still describes the log's
/// files, else a replay of the whole log (every device file, merged: `LogFiles`). A damaged
/// snapshot is an error (it is never silently replaced); a stale one (other settings, another
/// log, an older schema, a covered part that changed) is not used.
public enum ProgressLoader {
    public struct Loaded {
        public var state: ProgressState
        /// The log's files; nil when the folder has none yet.
        public var log: LogFiles?
        /// Where each of `log`'s files stands, in its order.
        var positions: [LogFilePosition]
        /// The largest merge key of the events in the state.
        var covered: MergeKey?
        /// Torn last lines, by file path: only a file's own writer may cut one.
        public var torn: [String: ReviewLog.TornLine]
        /// What to tell the learner, said in the language where it is printed.
        public var notices: [StoreWarningMessage]
        /// `notices` in English.
        public var warnings: [String] { notices.map(\.english) }
        /// Entries read after the snapshot (all of them when there was no usable snapshot).
        public var tailEntries: Int
        public var usedSnapshot: Bool
        /// Loaded for counting from a snapshot (`loadForReading(folder:cardsInTable:)`): every
        /// card's progress, the log after the snapshot applied. Then `state` has today's answers,
        /// the frontier and the latest time, but no cards.
        public var table: ProgressTable? = nil

        static var empty: Loaded { Loaded(state: ProgressState(), log: nil, positions: [], covered: nil, torn: [:], notices: [],
                                  tailEntries: 0, usedSnapshot: false) }

        /// The snapshot of this state.
        func snapshot(settings: String) -> Snapshot {
            Snapshot(logs: positions, covered: covered, settings: settings, state: state)
        }
    }

    static func schedulers(_ config: StudyConfig, path: String) throws(ProgressError) -> SchedulerSet {
        do {
            return try SchedulerSet(config: config)
        } catch {
            throw .badConfig(file: path, reason: .schedulerSettings(error))
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

    static func load(folder: String, schedulers: SchedulerSet, cardsInTable: Bool = false) throws(ProgressError) -> Loaded {
        let snapshotPath = DataFolder.snapshotPath(folder)
        let hasSnapshot = try DataFolder.exists(snapshotPath)
        guard let log = try LogFiles.find(folder: folder), !log.files.isEmpty else {
            if hasSnapshot { throw missingLog(expectedLogPath(folder), snapshot: snapshotPath) }
            return .empty
        }
        var warnings: [StoreWarningMessage] = []
        if hasSnapshot, let (snapshot, table) = try readSnapshot(snapshotPath, cardsInTable: cardsInTable) {
            switch try starts(of: snapshot, in: log, settings: schedulers.fingerprint) {
            case .stale(let reason):
                if let reason { warnings.append(.snapshotRebuilt(path: snapshotPath, reason: reason)) }
            case .usable(let starts):
                var tail: [LogEntry] = []
                let read = try log.read(from: starts) { entry in tail.append(entry) }
                // A tail long enough to be saved as a new snapshot (`cacheSnapshot`) needs every card whole.
                if table != nil, tail.count >= ProgressWriter.rebuildSnapshotThreshold {
                    return try load(folder: folder, schedulers: schedulers)
                }
                var state = snapshot.state
                var table = table
                // The tail changes only the cards it names: the table gives those whole to the state.
                let named = table == nil ? [] : Set(tail.compactMap(\.event.card))
                for card in named { state.cards[card] = try table?.progress(of: card) }
                if canFollow(tail, state: state, covered: snapshot.covered, schedulers: schedulers), state.apply(tail, schedulers: schedulers) {
                    for card in named { table?.set(card, state.cards[card]) }
                    if table != nil { state.cards = [:] }
                    return Loaded(state: state, log: log, positions: try log.positions(read),
                                  covered: tail.map(MergeKey.init).max().map { max($0, snapshot.covered ?? $0) } ?? snapshot.covered,
                                  torn: torn(log, read), notices: warnings + log.warnings(read),
                                  tailEntries: tail.count, usedSnapshot: true, table: table)
                }
            }
        }
        var loaded = try replayAll(log, schedulers: schedulers)
        loaded.notices = warnings + loaded.notices
        return loaded
    }

    /// Whether entries read after a state can be applied to it as they are: the full merge would
    /// put every one of them after everything the state holds. With one device the files' order
    /// is the merge order; with several, an event that sorts before the latest one covered (a
    /// machine that studied offline, then synced) or repeats a covered id needs the full merge.
    /// So does an answer dated before the last change of FSRS weights (from a machine that
    /// synced late, or a clock that went back): it is planned from the card's memory under the
    /// weights of its time (`CardProgress.earlierMemory`), which a snapshot does not keep.
    static func canFollow(_ tail: [LogEntry], state: ProgressState, covered: MergeKey?, schedulers: SchedulerSet) -> Bool {
        var devices = Set(state.frontier.keys)
        let lastWeightsChange = schedulers.fsrsEras.last?.until
        for entry in tail {
            if entry.seq <= state.lastSeq(of: entry.device) { return false }
            if let change = lastWeightsChange, entry.time < change, case .review = entry.event { return false }
            devices.insert(entry.device)
        }
        if devices.count <= 1 { return true }
        guard let covered else { return true }
        return tail.allSatisfy { MergeKey($0) > covered }
    }

    /// The file a missing log is named by: this machine's device file when it ever wrote here,
    /// else `reviews.jsonl`.
    public static func expectedLogPath(_ folder: String) -> String {
        if let device = (try? DeviceIdentity.recorded(folder: folder)) ?? nil { return DataFolder.deviceLogPath(folder, device: device) }
        return DataFolder.logPath(folder)
    }

    /// The one refusal of every command, reader or writer, when the log is gone but the snapshot is not.
    public static func missingLog(_ logPath: String, snapshot snapshotPath: String) -> ProgressError {
        .damaged(file: logPath, line: nil, reason: .logMissing(snapshot: snapshotPath))
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

    enum SnapshotFit {
        /// Not for this log: nil when that is expected (settings changed), else why.
        case stale(StaleSnapshotMessage?)
        /// Where to read each file from (nil: a file the snapshot does not know, read whole).
        case usable([LogFiles.Start?])
    }

    /// Whether the snapshot can stand in for the start of each file of the log, and from where to
    /// read on. A file unchanged since the snapshot (same size and time) is trusted up to where
    /// the snapshot read it; a changed one is checked against the snapshot's checksum of that
    /// part, so that a changed old line is noticed. A file shorter than the snapshot read is
    /// damage: answers the snapshot saw are gone, and the message says how many lines.
    static func starts(of snapshot: Snapshot, in log: LogFiles, settings: String) throws(ProgressError) -> SnapshotFit {
        if snapshot.settings != settings { return .stale(nil) }
        var starts = [LogFiles.Start?](repeating: nil, count: log.files.count)
        for row in snapshot.logs {
            guard let k = log.files.firstIndex(where: { $0.name == row.file }) else {
                if log.schema == 2, row.file == ReviewLog.fileName { return .stale(.madeBeforeLogMoved(logFolder: ReviewLog.folderName)) }
                guard row.lines > 1 else { continue }
                let path = DataFolder.join(log.folder, row.file)
                // Another machine's file deleted here (by hand, or a sync tool passing on a
                // deletion): its events leave this machine's union, which is replayed without
                // them, and said. This machine's own file gone is lost progress: refused.
                if try row.device != DeviceIdentity.recorded(folder: log.folder) ?? "" {
                    return .stale(.deviceFileGone(path: path, lines: row.lines - 1))
                }
                throw .damaged(file: path, line: nil, reason: .fileMissing(snapshot: Snapshot.fileName, lines: row.lines - 1))
            }
            let file = log.files[k]
            if file.header.created != row.created { return .stale(.otherLog) }
            let status = try ReadableFile.status(of: file.path)
            if status.size < row.offset {
                let present = try lineCount(file.path)
                throw .damaged(file: file.path, line: nil, reason: .logTruncated(size: Int(status.size), snapshot: Snapshot.fileName, covered: row.offset, lost: max(0, row.lines - present), lines: row.lines))
            }
            // Every append changes the size and time; the next snapshot records them again, and
            // until then a passed check is noted in `checked.txt`.
            if status.size != row.size || status.modified != row.modified,
               !CoveredCheckCache.vouches(for: row, size: status.size, modified: status.modified, folder: log.folder) {
                guard try ReviewLog.checksum(file.path, upTo: row.offset) == row.checksum else {
                    return .stale(.coveredPartChanged(path: file.path))
                }
                CoveredCheckCache.record(row, size: status.size, modified: status.modified, folder: log.folder)
            }
            starts[k] = LogFiles.Start(row)
        }
        return .usable(starts)
    }

    /// The number of complete lines in a file: how much of it a damage message can count on.
    static func lineCount(_ path: String) throws(ProgressError) -> Int {
        let file = try ReadableFile(path)
        defer { file.close() }
        var count = 0
        try file.forEachLine(from: 0) { _, _, complete in if complete { count += 1 } }
        return count
    }

    /// Saves what a reader had to replay as the snapshot, so the next reader need not: the
    /// snapshot is a cache, written atomically, and describes exactly the log it was made from,
    /// so a reader may write it. Failing to (a read-only folder) changes nothing.
    public static func cacheSnapshot(_ loaded: Loaded, folder: String, config: StudyConfig) {
        guard loaded.tailEntries >= ProgressWriter.rebuildSnapshotThreshold, loaded.torn.isEmpty, loaded.log != nil,
              loaded.state.isSnapshotable,
              loaded.table == nil,  // its state has no cards
              let schedulers = try? SchedulerSet(config: config) else { return }
        try? AtomicFile.replace(DataFolder.snapshotPath(folder), with: loaded.snapshot(settings: schedulers.fingerprint).encoded())
    }

    /// Replays the whole log: a first quick pass finds the undos, the second applies the rest
    /// in merge order.
    static func replayAll(_ log: LogFiles, schedulers: SchedulerSet) throws(ProgressError) -> Loaded {
        let undone = try log.undoneIDs()
        var state = ProgressState()
        var covered: MergeKey?
        let read = try log.read { entry in
            state.apply(entry, schedulers: schedulers, undone: undone)
            let key = MergeKey(entry)
            if covered.map({ $0 < key }) ?? true { covered = key }
        }
        state.prune()
        return Loaded(state: state, log: log, positions: try log.positions(read), covered: covered, torn: torn(log, read),
                      notices: log.warnings(read), tailEntries: read.entries, usedSnapshot: false)
    }

    static func torn(_ log: LogFiles, _ read: LogFiles.Read) -> [String: ReviewLog.TornLine] {
        var torn: [String: ReviewLog.TornLine] = [:]
        for (file, result) in zip(log.files, read.results) { torn[file.path] = result.torn }
        return torn
    }

    /// What a reader says about the lines it skipped: a torn last line, repeated lines.
    public static func readWarnings(_ path: String, _ result: ReviewLog.ReadResult) -> [StoreWarningMessage] {
        result.repeats.map { $0.warning(path) } + (result.torn.map { [tornWarning(path, $0)] } ?? [])
    }

    public static func tornWarning(_ path: String, _ torn: ReviewLog.TornLine) -> StoreWarningMessage {
        .tornIgnored(path: path, line: torn.line, reason: torn.cause)
    }
}
