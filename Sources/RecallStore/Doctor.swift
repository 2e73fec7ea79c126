import RecallCore
import Foundation

/// What `recall doctor` found and did.
public struct DoctorReport: Sendable {
    public enum Level: String, Sendable {
        case ok, note, problem, repaired
    }

    public struct Finding: Hashable, Sendable {
        public var level: Level
        /// What was found, to say in the language of the run.
        public var said: DoctorMessage
        /// In English, as scripts and tests read it.
        public var message: String { said.english }
    }

    /// A card with progress that is in no deck. Its progress is kept: when the card comes back
    /// (same id), so does its history.
    public struct Orphan: Hashable, Sendable {
        public var id: String
        public var deck: String
        public var file: String
        public var answers: Int
        public var lastReview: Instant?
    }

    public var findings: [Finding] = []
    public var orphans: [Orphan] = []
    /// Devices whose clocks disagree with this machine's (`ClockSkew`); empty without a `now`.
    public var clockSkews: [ClockSkew] = []

    public var problems: [Finding] { findings.filter { $0.level == .problem } }

    mutating func add(_ level: Level, _ message: DoctorMessage) { findings.append(Finding(level: level, said: message)) }
}

/// Checks a data folder and repairs it (`recall doctor`). Repair never deletes: every file it
/// replaces is first moved (or linked) into `damaged/`, named with the time.
public enum Doctor {
    static let badLinesShown = 10

    /// Checks everything without changing anything. `cards` are the decks' cards, for orphans
    /// (nil when the decks could not be read: orphans are then not looked for). `now` is this
    /// machine's clock, for the devices whose events are dated after it (nil: not looked for).
    public static func check(folder: String, cards: [StudyCard]?, now: Instant? = nil) throws(ProgressError) -> DoctorReport {
        var report = DoctorReport()
        _ = try examine(folder: folder, cards: cards, now: now, into: &report)
        return report
    }

    /// What `examine` learned, for `repair`.
    struct Examination {
        var configBad = false
        var logMissing = false
        /// The log files with bad lines that this machine may rewrite (its own, or a schema-1 log).
        var logsNeedingSalvage: [String] = []
        /// Two files give one event id different contents: repair does not choose.
        var conflict = false
        /// `reviews.jsonl`, the stub of schema 2, is missing beside `log/`, or damaged.
        var stubMissing = false
        var stubDamaged = false
        /// Log files that are not regular files.
        var notFiles: [String] = []
        /// This machine's device id, if it ever wrote here.
        var device: String?
        var snapshotDamaged = false
        var snapshotStale = false
        var logTruncated = false
        var temporaryFiles: [String] = []
    }

    static func examine(folder: String, cards: [StudyCard]?, now: Instant?, into report: inout DoctorReport) throws(ProgressError) -> Examination {
        var found = Examination()
        guard try DataFolder.checkReadable(folder) else {
            report.add(.note, .noDataFolder(folder))
            return found
        }
        let configPath = DataFolder.configPath(folder)
        var config = StudyConfig()
        do {
            config = try StudyConfig.load(configPath)
            report.add(.ok, try DataFolder.exists(configPath) ? .configValid(configPath) : .configAbsent(configPath))
        } catch {
            found.configBad = true
            report.add(.problem, .error(error.message))
        }
        let schedulers = schedulers(for: config)
        let logPath = DataFolder.logPath(folder)
        let snapshotPath = DataFolder.snapshotPath(folder)
        var replayed: ProgressState?
        var scanned: [ScannedFile] = []
        // The snapshot is read before the log: a writer may append, or write a new snapshot,
        // meanwhile, and the snapshot then covers no more than what the scan below reads.
        let snapshotRead = Result { () throws(ProgressError) in
            try DataFolder.exists(snapshotPath) ? try ProgressLoader.readSnapshot(snapshotPath) : nil
        }
        found.device = try? DeviceIdentity.recorded(folder: folder)
        let (allPaths, stubProblem) = try logPaths(folder)
        // Anything but a regular file where a log file should be (a folder, a device node):
        // repair moves it aside, and a log of this machine's that it held is started again.
        var paths: [(name: String, path: String)] = []
        for file in allPaths {
            var info = stat()
            if stat(file.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                found.notFiles.append(file.path)
                report.add(.problem, .notAFile(file.path))
            } else {
                paths.append(file)
            }
        }
        let logFolderExists = try DataFolder.exists(DataFolder.logFolder(folder))
        let movedToLog = allPaths.first.map { $0.name != ReviewLog.fileName } ?? logFolderExists
        if let stubProblem, movedToLog {
            found.stubDamaged = true
            report.add(.problem, .stubDamaged(problem: stubProblem.message, logFolder: ReviewLog.folderName))
        }
        if paths.isEmpty {
            found.logMissing = true
            let missing = ProgressLoader.expectedLogPath(folder)
            if try DataFolder.exists(snapshotPath) {
                report.add(.problem, .logMissingWithSnapshot(log: missing, snapshot: snapshotPath))
            } else if movedToLog || found.notFiles.isEmpty == false {
                report.add(.note, .logMissing(missing))
            } else {
                found.logMissing = false
                report.add(.note, .noAnswersYet(logPath))
            }
        } else {
            if movedToLog, !found.stubDamaged, try !isRegularFile(logPath) {
                found.stubMissing = true
                report.add(.problem, .stubMissing(log: logPath, logFolder: ReviewLog.folderName))
            }
            var reviews = Set<EventID>()
            var state = ProgressState()
            var undone = Set<EventID>()
            var latest: [String: Instant] = [:]
            // Only the undone ids matter (which undos name no review): a set of a million ids cost a tenth of doctor.
            func apply(_ entry: LogEntry) {
                if case .review = entry.event, undone.contains(entry.id) { reviews.insert(entry.id) }
                state.apply(entry, schedulers: schedulers, undone: undone)
                if latest[entry.device].map({ $0 < entry.time }) ?? true { latest[entry.device] = entry.time }
            }
            do {
                if paths.count == 1 {
                    // One file is replayed as it is scanned: a million entries kept for a merge took 600 MiB.
                    undone = (try? ReviewLog.undoneIDs(paths[0].path)) ?? []
                    scanned.append(try scanFile(paths[0].name, paths[0].path, device: found.device, report: &report) { apply($0) })
                } else {
                    var entries: [[LogEntry]] = []
                    for file in paths {
                        var these: [LogEntry] = []
                        scanned.append(try scanFile(file.name, file.path, device: found.device, report: &report) { these.append($0) })
                        entries.append(these)
                    }
                    undone = ProgressState.undoneIDs(in: entries.flatMap { $0 })
                    try LogMerge.forEach(entries, names: scanned.map(\.path)) { entry, _ in apply(entry) }
                }
                found.logsNeedingSalvage = scanned.filter { $0.needsSalvage && $0.mayRepair }.map(\.path)
                state.prune()
                let dangling = undone.subtracting(reviews)
                if !dangling.isEmpty {
                    report.add(.note, .danglingUndos(log: logPath, count: dangling.count, ids: dangling.sorted().prefix(5).map(\.description)))
                }
                replayed = state
                if let now {
                    let host = try? DeviceIdentity.read(DataFolder.devicePath(folder)).host
                    report.clockSkews = ClockSkew.find(latest: latest, now: now, device: found.device, host: host)
                    for skew in report.clockSkews { report.add(.note, skew.message) }
                }
                if !scanned.contains(where: \.needsSalvage) {
                    report.add(.ok, .logTotals(entries: scanned.map(\.report.entries).reduce(0, +), files: scanned.count, cards: state.cards.count))
                }
            } catch {
                found.conflict = true
                report.add(.problem, .error(error.message))
            }
        }
        if try DataFolder.exists(snapshotPath) {
            do {
                if let snapshot = try snapshotRead.get() {
                    try checkSnapshot(snapshot, path: snapshotPath, folder: folder, scanned: scanned, replayed: replayed,
                                      schedulers: schedulers, found: &found, report: &report)
                } else {
                    found.snapshotStale = true
                    report.add(.note, .snapshotOlderSchema(snapshotPath))
                }
            } catch {
                if case .damaged(let file, _, _) = error, scanned.contains(where: { $0.path == file }) || file.hasPrefix(DataFolder.logFolder(folder)) {
                    found.logTruncated = true
                } else {
                    found.snapshotDamaged = true
                }
                report.add(.problem, .error(error.message))
            }
        }
        if let state = replayed, let cards {
            let inDecks = Set(cards.map(\.id))
            report.orphans = state.cards.compactMap { id, progress in
                guard let schedule = progress.schedule, !inDecks.contains(id) else { return nil }
                return DoctorReport.Orphan(id: id, deck: progress.deck, file: progress.file, answers: schedule.reps,
                                           lastReview: schedule.lastReview)
            }.sorted { $0.id < $1.id }
            if !report.orphans.isEmpty {
                report.add(.note, .orphans(report.orphans.count))
            }
        }
        let quizPath = QuizHistory.path(folder)
        if try DataFolder.exists(quizPath) {
            do {
                let attempts = try QuizHistory.load(folder: folder)
                report.add(.ok, .quizAttempts(path: quizPath, attempts: attempts.count))
            } catch {
                // Not repaired: a damaged quiz history is left for the learner to look at.
                report.add(.problem, .error(error.message))
            }
        }
        // A temporary file of a process still running is its write in progress, not debris.
        found.temporaryFiles = AtomicFile.staleTemporaries(in: folder)
            + AtomicFile.staleTemporaries(in: DataFolder.logFolder(folder)).map { ReviewLog.folderName + "/" + $0 }
        for name in found.temporaryFiles {
            report.add(.note, .temporaryFile(DataFolder.join(folder, name)))
        }
        return found
    }

    /// One log file as `doctor` read it: what `ReviewLog.scan` found and its valid entries.
    struct ScannedFile {
        var name: String
        var path: String
        var report: ReviewLog.ScanReport
        /// This machine's own file, or a schema-1 log: the ones repair may rewrite. Another
        /// machine's file is left to that machine, which would otherwise not know its own file.
        var mayRepair: Bool
        var needsSalvage: Bool { report.headerProblem != nil || !report.badLines.isEmpty || !report.repeats.isEmpty }
    }

    /// The log's files by name, for a scan that reads each even when another is damaged:
    /// `reviews.jsonl` for schema 1 (or a header too broken to tell), else `log/*.jsonl`.
    static func logPaths(_ folder: String) throws(ProgressError) -> ([(name: String, path: String)], stubProblem: ProgressError?) {
        let stubPath = DataFolder.logPath(folder)
        let deviceFiles = { () throws(ProgressError) in
            try LogFiles.deviceFileNames(folder).map { (ReviewLog.folderName + "/" + $0, DataFolder.join(DataFolder.logFolder(folder), $0)) }
        }
        guard try isRegularFile(stubPath) else {
            let moved = try deviceFiles()
            if moved.isEmpty, try DataFolder.exists(stubPath) { return ([(ReviewLog.fileName, stubPath)], nil) }  // a folder in its place
            return (moved, nil)
        }
        do {
            let (header, _) = try ReviewLog.readHeader(stubPath)
            return header.moved != nil ? (try deviceFiles(), nil) : ([(ReviewLog.fileName, stubPath)], nil)
        } catch {
            if case .newerSchema = error { throw error }
            // A broken header: a schema-1 log to salvage, unless the log has moved to `log/`.
            let moved = try deviceFiles()
            return moved.isEmpty ? ([(ReviewLog.fileName, stubPath)], nil) : (moved, error)
        }
    }

    static func isRegularFile(_ path: String) throws(ProgressError) -> Bool {
        var info = stat()
        return try DataFolder.exists(path) && stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Scans one file, handing each valid entry to `body` in the file's order.
    static func scanFile(_ name: String, _ path: String, device: String?, report: inout DoctorReport,
                         _ body: (LogEntry) -> Void) throws(ProgressError) -> ScannedFile {
        let scan = try ReviewLog.scan(path) { entry, _ in body(entry) }
        if let problem = scan.headerProblem {
            report.add(.problem, .error(problem.message))
        }
        for bad in scan.badLines.prefix(badLinesShown) {
            report.add(.problem, .badLine(path: path, line: bad.line, reason: bad.problem))
        }
        if scan.badLines.count > badLinesShown {
            report.add(.problem, .moreBadLines(path: path, count: scan.badLines.count - badLinesShown))
        }
        for repeated in scan.repeats.prefix(badLinesShown) {
            report.add(.problem, .repeatedLine(path: path, line: repeated.line, original: repeated.original))
        }
        let own = name == ReviewLog.fileName || device.map { name == "\(ReviewLog.folderName)/\($0).jsonl" } ?? false
        if let torn = scan.torn {
            report.add(.note, own
                ? .tornOwnLine(path: path, line: torn.line, reason: torn.cause)
                : .tornOtherLine(path: path, line: torn.line, reason: torn.cause))
        }
        let file = ScannedFile(name: name, path: path, report: scan, mayRepair: own)
        if file.needsSalvage, !own {
            report.add(.note, .otherMachinesFile(path: path, device: scan.header?.device, logFolder: ReviewLog.folderName))
        } else if !file.needsSalvage {
            report.add(.ok, .logFileTotals(path: path, entries: scan.entries, lastSeq: scan.lastSeq, thisMachine: own && name != ReviewLog.fileName))
        }
        return file
    }

    private static func checkSnapshot(_ snapshot: Snapshot, path: String, folder: String, scanned: [ScannedFile],
                                      replayed: ProgressState?, schedulers: SchedulerSet, found: inout Examination,
                                      report: inout DoctorReport) throws(ProgressError) {
        guard let replayed, !scanned.isEmpty, scanned.allSatisfy({ $0.report.header != nil }) else {
            found.snapshotStale = true
            return
        }
        let log = LogFiles(folder: folder, schema: scanned[0].report.header!.schema >= 2 ? 2 : 1,
                           files: scanned.map { LogFiles.File(name: $0.name, path: $0.path, header: $0.report.header!) })
        switch try ProgressLoader.starts(of: snapshot, in: log, settings: schedulers.fingerprint) {
        case .stale(.deviceFileGone(let gone, let lines)):
            found.snapshotStale = true
            report.add(.problem, .deviceFileMissing(path: gone, lines: lines, snapshot: path))
        case .stale(let reason):
            found.snapshotStale = true
            report.add(.note, .snapshotStale(path: path, reason: reason))
        case .usable(let starts):
            var tail: [LogEntry] = []
            var state = snapshot.state
            let fits = (try? log.read(from: starts, upTo: scanned.map(\.report.endOffset)) { entry in tail.append(entry) }) != nil
            if fits, ProgressLoader.canFollow(tail, state: state, covered: snapshot.covered, schedulers: schedulers), state.apply(tail, schedulers: schedulers),
               state != replayed {
                found.snapshotStale = true
                report.add(.problem, .snapshotMismatch(path))
            } else {
                report.add(.ok, .snapshotMatches(path: path, cards: snapshot.state.cards.count, entriesAfter: tail.count))
            }
        }
    }

    /// The schedulers from the config, else from the defaults (a bad config is reported above).
    static func schedulers(for config: StudyConfig) -> SchedulerSet {
        if let configured = try? SchedulerSet(config: config) { return configured }
        return SchedulerSet.defaults
    }

    /// Repairs what `check` finds, under the writer's lock: a damaged config is set aside and
    /// replaced by the defaults; a damaged log is set aside and replaced by its valid lines; a
    /// damaged or stale snapshot is rebuilt from the log (`rebuild` rebuilds it in any case).
    public static func repair(folder: String, cards: [StudyCard]?, now: Instant, rebuild: Bool) throws(ProgressError) -> DoctorReport {
        var report = DoctorReport()
        guard try DataFolder.checkReadable(folder) else {
            report.add(.note, .nothingToRepair(folder))
            return report
        }
        let lock = try StoreLock.acquireSole(folder: folder)
        defer { lock.release() }
        let found = try examine(folder: folder, cards: cards, now: now, into: &report)
        let configPath = DataFolder.configPath(folder)
        let logPath = DataFolder.logPath(folder)
        let snapshotPath = DataFolder.snapshotPath(folder)
        // Read before anything changes: when the log lost answers, this may be their only record.
        let snapshotBefore = try DataFolder.exists(snapshotPath) ? try? ProgressLoader.readSnapshot(snapshotPath) : nil
        if found.configBad {
            let aside = try DataFolder.setAside(configPath, in: folder, at: now)
            try write(configPath, StudyConfig().fileBytes)
            report.add(.repaired, .configReplaced(path: configPath, aside: aside))
        }
        var snapshotNeeded = rebuild || found.snapshotStale
        if found.snapshotDamaged, try DataFolder.exists(snapshotPath) {
            let aside = try DataFolder.setAside(snapshotPath, in: folder, at: now)
            report.add(.repaired, .snapshotSetAside(path: snapshotPath, aside: aside))
            snapshotNeeded = true
        }
        if found.logTruncated || found.logMissing { snapshotNeeded = true }
        for path in found.notFiles {
            let aside = try DataFolder.setAside(path, in: folder, at: now)
            report.add(.repaired, .movedAside(path: path, aside: aside))
            snapshotNeeded = true
        }
        if found.stubDamaged {
            let aside = try DataFolder.setAside(logPath, in: folder, at: now)
            try ReviewLog.create(logPath, header: ReviewLog.stubLine(created: now))
            report.add(.repaired, .stubRewrittenKeeping(log: logPath, logFolder: ReviewLog.folderName, aside: aside))
        }
        if found.logMissing || found.notFiles.contains(where: { $0.hasSuffix("/" + (found.device ?? "") + ".jsonl") }) {
            let ownPath = try startLog(folder: folder, now: now)
            report.add(.repaired, .startedNewLog(ownPath))
        } else {
            for path in found.logsNeedingSalvage {
                let (kept, aside) = try salvage(path, folder: folder, now: now)
                report.add(.repaired, .salvaged(path: path, kept: kept, aside: aside))
                snapshotNeeded = true
            }
            if found.stubMissing, try DataFolder.exists(logPath) {  // a folder in the stub's place
                let aside = try DataFolder.setAside(logPath, in: folder, at: now)
                report.add(.repaired, .movedAside(path: logPath, aside: aside))
            }
            if found.stubMissing || found.notFiles.contains(logPath), try !DataFolder.exists(logPath) {
                try ReviewLog.create(logPath, header: ReviewLog.stubLine(created: now))
                report.add(.repaired, .stubRewritten(log: logPath, logFolder: ReviewLog.folderName))
            }
        }
        if found.conflict {
            report.add(.note, .conflictNotRepaired(logFolder: ReviewLog.folderName))
        }
        if let snapshot = snapshotBefore, found.logMissing || !found.logsNeedingSalvage.isEmpty || found.logTruncated || !found.notFiles.isEmpty, !found.conflict {
            let config = try StudyConfig.load(configPath)
            let schedulers = try ProgressLoader.schedulers(config, path: configPath)
            if let (restored, path) = try restore(from: snapshot, folder: folder, device: found.device, schedulers: schedulers, now: now) {
                report.add(.repaired, .restoredFromSnapshot(path: path, cards: restored, snapshot: snapshotPath))
                snapshotNeeded = true
            }
        }
        for name in found.temporaryFiles {
            let aside = try DataFolder.setAside(DataFolder.join(folder, name), in: folder, at: now)
            report.add(.repaired, .movedAside(path: DataFolder.join(folder, name), aside: aside))
        }
        if snapshotNeeded, !found.conflict, let log = try LogFiles.find(folder: folder), !log.files.isEmpty {
            if try DataFolder.exists(snapshotPath) {
                let kept = try keepLinked(snapshotPath, folder: folder, now: now)
                report.add(.repaired, .snapshotKept(path: snapshotPath, kept: kept))
            }
            let config = try StudyConfig.load(configPath)
            let schedulers = try ProgressLoader.schedulers(config, path: configPath)
            let loaded = try ProgressLoader.replayAll(log, schedulers: schedulers)
            if loaded.state.isSnapshotable {
                try write(snapshotPath, loaded.snapshot(settings: schedulers.fingerprint).encoded())
                report.add(.repaired, .snapshotRebuilt(path: snapshotPath, cards: loaded.state.cards.count))
            } else {
                unlink(snapshotPath)  // an undo waits for its answer: no snapshot stands for the state (kept above)
            }
        }
        // The proof of the repair: the store loads.
        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder)
        report.add(.ok, .storeLoads(cards: loaded.state.cards.count, logFiles: loaded.log?.files.count ?? 0))
        return report
    }

    /// Starts an empty log of schema 2 for this machine (and the stub beside it); returns its path.
    static func startLog(folder: String, now: Instant) throws(ProgressError) -> String {
        let device = try DeviceIdentity.current(folder: folder, now: now)
        try DataFolder.create(DataFolder.logFolder(folder), what: .logFolder)
        let ownPath = DataFolder.deviceLogPath(folder, device: device)
        if try !DataFolder.exists(ownPath) {
            try ReviewLog.create(ownPath, header: ReviewLog.headerLine(device: device, created: now))
        }
        if try !DataFolder.exists(DataFolder.logPath(folder)) {
            try ReviewLog.create(DataFolder.logPath(folder), header: ReviewLog.stubLine(created: now))
        }
        return ownPath
    }

    /// When the snapshot knew more than the log does now (answers lost with an emptied, replaced,
    /// cut or damaged log, or no log at all), appends a `restore` line for each card of which the
    /// snapshot knew more answers (or a later one) than the log now gives, so that a state rebuilt
    /// from the log never has less than the snapshot had. A card the log answered since the
    /// snapshot keeps the log's state; a card with an undo in the log is left to the log, whose
    /// undo was meant. A snapshot made under other scheduler settings is not trusted for this.
    /// The lines go to this machine's own file (or the schema-1 log). Returns how many cards were
    /// restored and where, nil when the snapshot knew nothing more.
    static func restore(from snapshot: Snapshot, folder: String, device: String?, schedulers: SchedulerSet,
                        now: Instant) throws(ProgressError) -> (Int, String)? {
        guard snapshot.settings == schedulers.fingerprint, let log = try LogFiles.find(folder: folder), !log.files.isEmpty else { return nil }
        let replayed = try ProgressLoader.replayAll(log, schedulers: schedulers)
        let undone = try log.undoneIDs()
        var undoneCards = Set<String>()
        if !undone.isEmpty {
            _ = try log.read { entry in
                if case .review(let record) = entry.event, undone.contains(entry.id) { undoneCards.insert(record.card) }
            }
        }
        let lost = snapshot.state.cards.filter { id, known in
            !undoneCards.contains(id) && knowsMore(known, than: replayed.state.cards[id])
        }.sorted { $0.key < $1.key }
        guard !lost.isEmpty else { return nil }
        let target: Int
        if log.schema == 1 {
            target = 0
        } else {
            let own: String
            if let device { own = device } else { own = try DeviceIdentity.current(folder: folder, now: now) }
            let ownPath = DataFolder.deviceLogPath(folder, device: own)
            guard let k = log.files.firstIndex(where: { $0.path == ownPath }) else {
                _ = try startLog(folder: folder, now: now)
                return try restore(from: snapshot, folder: folder, device: own, schedulers: schedulers, now: now)
            }
            target = k
        }
        let file = log.files[target]
        let appender = try LogAppender(path: file.path)
        if let torn = replayed.torn[file.path] {
            // A log cut in the middle of a line: that line was never whole again; keep its bytes.
            _ = try DataFolder.keepAside(try ReadableFile.contents(file.path, from: torn.offset),
                                         name: (file.path as NSString).lastPathComponent + ".torn", in: folder, at: now)
            try appender.truncate(to: torn.offset)
        }
        var seq = replayed.positions[target].lastSeq
        var lines: [UInt8] = []
        for (card, progress) in lost {
            seq += 1
            let entry = LogEntry(seq: seq, time: now, event: .restore(card: card, progress: progress), device: file.header.device)
            lines += log.schema == 1 ? entry.schema1Line : entry.line
        }
        guard appender.size == replayed.positions[target].offset else {
            throw .damaged(file: file.path, line: nil, reason: .changedWhileRepaired)
        }
        try appender.append(lines)
        return (lost.count, file.path)
    }

    /// Whether `known` (the snapshot's) has answers that `now` (the log's) lacks: more of them, or
    /// as many with a later last one.
    static func knowsMore(_ known: CardProgress, than now: CardProgress?) -> Bool {
        guard let ks = known.schedule else { return false }
        guard let ns = now?.schedule else { return true }
        if ks.reps != ns.reps { return ks.reps > ns.reps }
        return (ks.lastReview ?? Instant(microsecondsSinceEpoch: 0)) > (ns.lastReview ?? Instant(microsecondsSinceEpoch: 0))
    }

    private static func write(_ path: String, _ bytes: [UInt8]) throws(ProgressError) {
        do {
            try AtomicFile.replace(path, with: bytes)
        } catch {
            throw .io(file: path, reason: error.reason)
        }
    }

    /// Writes a new log of the valid lines (as they were), then keeps the original in
    /// `damaged/` (a hard link, so the log's name is never without a complete file) and renames
    /// the new one over it.
    static func salvage(_ logPath: String, folder: String, now: Instant) throws(ProgressError) -> (Int, String) {
        let directory = (logPath as NSString).deletingLastPathComponent
        let temporary = DataFolder.join(directory, ".\((logPath as NSString).lastPathComponent).tmp-\(getpid())")
        let out = try OutputFile(temporary)
        let header = (try? ReviewLog.readHeader(logPath))?.0
        let created = header?.created ?? now
        if logPath == DataFolder.logPath(folder) {
            try out.append(ReviewLog.schema1HeaderLine(created: created))
        } else {
            // This machine's file (only its own is salvaged here): its device is in its name.
            let device = ((logPath as NSString).lastPathComponent as NSString).deletingPathExtension
            try out.append(ReviewLog.headerLine(device: device, created: created, migratedFrom: header?.migratedFrom))
        }
        var kept = 0
        _ = try ReviewLog.scan(logPath) { (_, line) throws(ProgressError) in
            try out.append(Array(line) + [0x0A])
            kept += 1
        }
        try out.finish()
        let aside = try keepLinked(logPath, folder: folder, now: now)
        guard rename(temporary, logPath) == 0 else {
            throw .io(file: logPath, reason: .cannotReplaceWithRepaired(system: errnoText()))
        }
        AtomicFile.syncFolder(directory)
        return (kept, aside)
    }

    /// A second name for the file in `damaged/`, so the original bytes stay while the name is reused.
    static func keepLinked(_ path: String, folder: String, now: Instant) throws(ProgressError) -> String {
        let target = try DataFolder.asidePath(for: (path as NSString).lastPathComponent, in: folder, at: now)
        guard link(path, target) == 0 else { throw .io(file: path, reason: .cannotKeepCopy(in: target, system: errnoText())) }
        AtomicFile.syncFolder(DataFolder.damagedFolder(folder))
        return target
    }
}

/// A new file written in large blocks and fsynced at the end.
final class OutputFile {
    let path: String
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(_ path: String) throws(ProgressError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(file: path, reason: .cannotCreate(system: errnoText())) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { closeDescriptor(fd) }

    func append(_ bytes: [UInt8]) throws(ProgressError) {
        buffer += bytes
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws(ProgressError) {
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { raw in writeBytes(fd, raw.baseAddress! + written, raw.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .io(file: path, reason: .cannotWrite(system: errnoText()))
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws(ProgressError) {
        try flush()
        guard syncAll(fd) == 0 else { throw .io(file: path, reason: .fsyncFailed(system: errnoText())) }
    }
}

/// `write(2)`, under a name that a type's own `write` cannot shadow.
func writeBytes(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}
