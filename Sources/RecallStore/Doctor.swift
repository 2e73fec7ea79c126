import RecallCore
import Foundation

/// What `recall doctor` found and did.
public struct DoctorReport: Sendable {
    public enum Level: String, Sendable {
        case ok, note, problem, repaired
    }

    public struct Finding: Hashable, Sendable {
        public var level: Level
        public var message: String
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

    public var problems: [Finding] { findings.filter { $0.level == .problem } }

    mutating func add(_ level: Level, _ message: String) { findings.append(Finding(level: level, message: message)) }
}

/// Checks a data folder and repairs it (`recall doctor`). Repair never deletes: every file it
/// replaces is first moved (or linked) into `damaged/`, named with the time.
public enum Doctor {
    static let badLinesShown = 10

    /// Checks everything without changing anything. `cards` are the decks' cards, for orphans
    /// (nil when the decks could not be read: orphans are then not looked for).
    public static func check(folder: String, cards: [StudyCard]?) throws(ProgressError) -> DoctorReport {
        var report = DoctorReport()
        _ = try examine(folder: folder, cards: cards, into: &report)
        return report
    }

    /// What `examine` learned, for `repair`.
    struct Examination {
        var configBad = false
        var logMissing = false
        /// A folder (or anything but a file) where the log should be: repair sets it aside and
        /// starts the log as for a missing one.
        var logNotAFile = false
        var logNeedsSalvage = false
        var snapshotDamaged = false
        var snapshotStale = false
        var logTruncated = false
        var temporaryFiles: [String] = []
    }

    static func examine(folder: String, cards: [StudyCard]?, into report: inout DoctorReport) throws(ProgressError) -> Examination {
        var found = Examination()
        guard try DataFolder.checkReadable(folder) else {
            report.add(.note, "\(folder): no data folder yet; nothing has been recorded")
            return found
        }
        let configPath = DataFolder.configPath(folder)
        var config = StudyConfig()
        do {
            config = try StudyConfig.load(configPath)
            report.add(.ok, try DataFolder.exists(configPath) ? "\(configPath): valid" : "\(configPath): absent; the defaults apply")
        } catch {
            found.configBad = true
            report.add(.problem, error.description)
        }
        let schedulers = schedulers(for: config)
        let logPath = DataFolder.logPath(folder)
        let snapshotPath = DataFolder.snapshotPath(folder)
        var replayed: ProgressState?
        var scannedTo = 0
        // The snapshot is read before the log: a writer may append, or write a new snapshot,
        // meanwhile, and the snapshot then covers no more than what the scan below reads.
        let snapshotRead = Result { () throws(ProgressError) in
            try DataFolder.exists(snapshotPath) ? try ProgressLoader.readSnapshot(snapshotPath) : nil
        }
        var logInfo = stat()
        if try DataFolder.exists(logPath), stat(logPath, &logInfo) == 0, logInfo.st_mode & S_IFMT != S_IFREG {
            found.logNotAFile = true
            found.logMissing = true
            report.add(.problem, "\(logPath): is not a file (a folder?); --repair moves it to damaged/ and starts a new log (from the snapshot's states, if there is one)")
        } else if try !DataFolder.exists(logPath) {
            if try DataFolder.exists(snapshotPath) {
                found.logMissing = true
                report.add(.problem, "\(logPath): missing, but \(snapshotPath) has progress; restore the log from a backup if you have one (--repair starts a log from the snapshot's states)")
            } else {
                report.add(.note, "\(logPath): no answers recorded yet")
            }
        } else {
            let undone = try ReviewLog.undoneSeqs(logPath)
            var reviewSeqs = Set<Int>()
            var state = ProgressState()
            let scan = try ReviewLog.scan(logPath) { entry, _ in
                // Only the undone seqs matter (which undos name no review): a set of a million seqs cost a tenth of doctor.
                if case .review = entry.event, undone.contains(entry.seq) { reviewSeqs.insert(entry.seq) }
                state.apply(entry, schedulers: schedulers, undone: undone)
            }
            state.prune()
            if let problem = scan.headerProblem {
                report.add(.problem, problem.description)
            }
            for bad in scan.badLines.prefix(badLinesShown) {
                report.add(.problem, "\(logPath):\(bad.line): \(bad.message)")
            }
            if scan.badLines.count > badLinesShown {
                report.add(.problem, "\(logPath): \(scan.badLines.count - badLinesShown) more bad lines")
            }
            for repeated in scan.repeats.prefix(badLinesShown) {
                report.add(.problem, "\(logPath):\(repeated.line): repeats line \(repeated.original) byte for byte (one answer written twice); it counts once, and --repair removes the copy")
            }
            if let torn = scan.torn {
                report.add(.note, "\(logPath):\(torn.line): incomplete last line (\(torn.reason)); never acknowledged, it is dropped when recall next writes")
            }
            found.logNeedsSalvage = scan.headerProblem != nil || !scan.badLines.isEmpty || !scan.repeats.isEmpty
            let dangling = undone.subtracting(reviewSeqs)
            if !dangling.isEmpty {
                report.add(.note, "\(logPath): \(dangling.count) undo lines name no review (seq \(dangling.sorted().prefix(5).map(String.init).joined(separator: ", "))); they are ignored")
            }
            if !found.logNeedsSalvage {
                report.add(.ok, "\(logPath): \(scan.entries) entries, last seq \(scan.lastSeq), \(state.cards.count) cards with progress")
            }
            replayed = state
            scannedTo = scan.endOffset
        }
        if try DataFolder.exists(snapshotPath) {
            do {
                if let snapshot = try snapshotRead.get() {
                    try checkSnapshot(snapshot, path: snapshotPath, logPath: logPath, replayed: replayed, scannedTo: scannedTo,
                                      schedulers: schedulers, found: &found, report: &report)
                } else {
                    found.snapshotStale = true
                    report.add(.note, "\(snapshotPath): an older schema; it is rebuilt from the log")
                }
            } catch {
                if case .damaged(let file, _, _) = error, file == logPath {
                    found.logTruncated = true
                } else {
                    found.snapshotDamaged = true
                }
                report.add(.problem, error.description)
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
                report.add(.note, "\(report.orphans.count) cards have progress but are in no deck (orphans); their progress is kept and comes back with them")
            }
        }
        let quizPath = QuizHistory.path(folder)
        if try DataFolder.exists(quizPath) {
            do {
                let attempts = try QuizHistory.load(folder: folder)
                report.add(.ok, "\(quizPath): \(attempts.count) quiz attempts")
            } catch {
                // Not repaired: a damaged quiz history is left for the learner to look at.
                report.add(.problem, error.description)
            }
        }
        // A temporary file of a process still running is its write in progress, not debris.
        found.temporaryFiles = AtomicFile.staleTemporaries(in: folder)
        for name in found.temporaryFiles {
            report.add(.note, "\(DataFolder.join(folder, name)): a temporary file left by an interrupted write")
        }
        return found
    }

    private static func checkSnapshot(_ snapshot: Snapshot, path: String, logPath: String, replayed: ProgressState?, scannedTo: Int,
                                      schedulers: SchedulerSet, found: inout Examination,
                                      report: inout DoctorReport) throws(ProgressError) {
        guard let replayed, try DataFolder.exists(logPath), let (header, _) = try? ReviewLog.readHeader(logPath) else {
            found.snapshotStale = true
            return
        }
        if let reason = try ProgressLoader.mismatch(snapshot, header: header, logPath: logPath, settings: schedulers.fingerprint) {
            found.snapshotStale = true
            report.add(.note, "\(path): \(reason ?? "made under other scheduler settings"); it is rebuilt from the log")
            return
        }
        var tail: [LogEntry] = []
        var state = snapshot.state
        let fits = (try? ReviewLog.read(logPath, from: snapshot.logOffset, firstLine: snapshot.logLines + 1,
                                        previousSeq: snapshot.lastSeq, upTo: scannedTo) { entry, _ in tail.append(entry) }) != nil
        if fits, state.apply(tail, schedulers: schedulers), state != replayed {
            found.snapshotStale = true
            report.add(.problem, "\(path): does not match a replay of the log; run 'recall doctor --rebuild'")
        } else {
            report.add(.ok, "\(path): matches the log (\(snapshot.state.cards.count) cards, \(tail.count) log entries after it)")
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
            report.add(.note, "\(folder): no data folder yet; nothing to repair")
            return report
        }
        let lock = try StoreLock.acquireSole(folder: folder)
        defer { lock.release() }
        let found = try examine(folder: folder, cards: cards, into: &report)
        let configPath = DataFolder.configPath(folder)
        let logPath = DataFolder.logPath(folder)
        let snapshotPath = DataFolder.snapshotPath(folder)
        // Read before anything changes: when the log lost answers, this may be their only record.
        let snapshotBefore = try DataFolder.exists(snapshotPath) ? try? ProgressLoader.readSnapshot(snapshotPath) : nil
        if found.configBad {
            let aside = try DataFolder.setAside(configPath, in: folder, at: now)
            try write(configPath, StudyConfig().fileBytes)
            report.add(.repaired, "\(configPath): replaced by the defaults; the old file is \(aside)")
        }
        var snapshotNeeded = rebuild || found.snapshotStale
        if found.snapshotDamaged, try DataFolder.exists(snapshotPath) {
            let aside = try DataFolder.setAside(snapshotPath, in: folder, at: now)
            report.add(.repaired, "\(snapshotPath): set aside as \(aside)")
            snapshotNeeded = true
        }
        if found.logTruncated || found.logMissing { snapshotNeeded = true }
        if found.logNotAFile {
            let aside = try DataFolder.setAside(logPath, in: folder, at: now)
            report.add(.repaired, "\(logPath): moved to \(aside)")
        }
        if found.logMissing {
            try ReviewLog.create(logPath, created: now)
            report.add(.repaired, "\(logPath): started a new log")
        } else if found.logNeedsSalvage {
            let (kept, aside) = try salvage(logPath, folder: folder, now: now)
            report.add(.repaired, "\(logPath): kept \(kept) valid entries and dropped the rest; the original is \(aside)")
            snapshotNeeded = true
        }
        if let snapshot = snapshotBefore, found.logMissing || found.logNeedsSalvage || found.logTruncated {
            let config = try StudyConfig.load(configPath)
            let schedulers = try ProgressLoader.schedulers(config, path: configPath)
            if let restored = try restore(from: snapshot, into: logPath, schedulers: schedulers, now: now) {
                report.add(.repaired, "\(logPath): restored the progress of \(restored) cards from \(snapshotPath), which knew answers the log has lost (as 'restore' lines)")
                snapshotNeeded = true
            }
        }
        for name in found.temporaryFiles {
            let aside = try DataFolder.setAside(DataFolder.join(folder, name), in: folder, at: now)
            report.add(.repaired, "\(DataFolder.join(folder, name)): moved to \(aside)")
        }
        if snapshotNeeded, try DataFolder.exists(logPath) {
            if try DataFolder.exists(snapshotPath) {
                let kept = try keepLinked(snapshotPath, folder: folder, now: now)
                report.add(.repaired, "\(snapshotPath): the old snapshot is kept as \(kept)")
            }
            let config = try StudyConfig.load(configPath)
            let schedulers = try ProgressLoader.schedulers(config, path: configPath)
            let loaded = try ProgressLoader.replayAll(logPath: logPath, schedulers: schedulers)
            let snapshot = Snapshot(logCreated: loaded.position.created, logOffset: loaded.position.offset,
                                    logLines: loaded.position.lines, lastSeq: loaded.position.lastSeq,
                                    settings: schedulers.fingerprint, state: loaded.state)
            try write(snapshotPath, snapshot.encoded())
            report.add(.repaired, "\(snapshotPath): rebuilt from the log (\(loaded.state.cards.count) cards)")
        }
        // The proof of the repair: the store loads.
        let (loaded, _) = try ProgressLoader.loadForReading(folder: folder)
        report.add(.ok, "the store loads: \(loaded.state.cards.count) cards with progress, last seq \(loaded.position.lastSeq)")
        return report
    }

    /// When the snapshot knew more than the log does now (answers lost with an emptied, replaced,
    /// cut or damaged log, or no log at all), appends a `restore` line for each card of which the
    /// snapshot knew more answers (or a later one) than the log now gives, so that a state rebuilt
    /// from the log never has less than the snapshot had. A card the log answered since the
    /// snapshot keeps the log's state; a card with an undo in the log is left to the log, whose
    /// undo was meant. A snapshot made under other scheduler settings is not trusted for this.
    /// Returns how many cards were restored, nil when the snapshot knew nothing more.
    static func restore(from snapshot: Snapshot, into logPath: String, schedulers: SchedulerSet,
                        now: Instant) throws(ProgressError) -> Int? {
        guard snapshot.settings == schedulers.fingerprint else { return nil }
        let replayed = try ProgressLoader.replayAll(logPath: logPath, schedulers: schedulers)
        let undone = try ReviewLog.undoneSeqs(logPath)
        var undoneCards = Set<String>()
        if !undone.isEmpty {
            _ = try ReviewLog.read(logPath) { entry, _ in
                if case .review(let record) = entry.event, undone.contains(entry.seq) { undoneCards.insert(record.card) }
            }
        }
        let lost = snapshot.state.cards.filter { id, known in
            !undoneCards.contains(id) && knowsMore(known, than: replayed.state.cards[id])
        }.sorted { $0.key < $1.key }
        guard !lost.isEmpty else { return nil }
        let appender = try LogAppender(path: logPath)
        if let torn = replayed.torn {
            // A log cut in the middle of a line: that line was never whole again; keep its bytes.
            let folder = (logPath as NSString).deletingLastPathComponent
            _ = try DataFolder.keepAside(try ReadableFile.contents(logPath, from: torn.offset),
                                         name: ReviewLog.fileName + ".torn", in: folder, at: now)
            try appender.truncate(to: torn.offset)
        }
        var seq = replayed.position.lastSeq
        var lines: [UInt8] = []
        for (card, progress) in lost {
            seq += 1
            lines += LogEntry(seq: seq, time: now, event: .restore(card: card, progress: progress)).line
        }
        guard appender.size == replayed.position.offset else {
            throw .damaged(file: logPath, line: nil, reason: "the log changed while it was being repaired")
        }
        try appender.append(lines)
        return lost.count
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
        let temporary = DataFolder.join(folder, ".\(ReviewLog.fileName).tmp-\(getpid())")
        let out = try OutputFile(temporary)
        let created = (try? ReviewLog.readHeader(logPath))?.0.created ?? now
        try out.append(ReviewLog.headerLine(created: created))
        var kept = 0
        _ = try ReviewLog.scan(logPath) { (_, line) throws(ProgressError) in
            try out.append(Array(line) + [0x0A])
            kept += 1
        }
        try out.finish()
        let aside = try keepLinked(logPath, folder: folder, now: now)
        guard rename(temporary, logPath) == 0 else {
            throw .io(file: logPath, reason: "cannot replace it with the repaired log: \(errnoText())")
        }
        AtomicFile.syncFolder(folder)
        return (kept, aside)
    }

    /// A second name for the file in `damaged/`, so the original bytes stay while the name is reused.
    static func keepLinked(_ path: String, folder: String, now: Instant) throws(ProgressError) -> String {
        let target = try DataFolder.asidePath(for: (path as NSString).lastPathComponent, in: folder, at: now)
        guard link(path, target) == 0 else { throw .io(file: path, reason: "cannot keep a copy in \(target): \(errnoText())") }
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
        guard fd >= 0 else { throw .io(file: path, reason: "cannot create: \(errnoText())") }
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
                throw .io(file: path, reason: "cannot write: \(errnoText())")
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws(ProgressError) {
        try flush()
        guard syncAll(fd) == 0 else { throw .io(file: path, reason: "fsync failed: \(errnoText())") }
    }
}

/// `write(2)`, under a name that a type's own `write` cannot shadow.
func writeBytes(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}
