import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// Reads what a statistics report is made from (the decks, the config, the whole log, the quiz
/// history, the local time zone) and asks RecallCore for the report: one loader for `recall
/// stats` and the study screen's statistics, so both count the same. Nothing is printed here
/// (the study screen may be on): a problem is a `Failure`, a warning a `notice`.
enum StatsLoading {
    /// Why there is no report, in the run's language: `recall stats` prints it on stderr and
    /// exits with `status`; the study screen shows `description`.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        var status: ExitCode
        /// False for a `FILE:LINE:COL: message` line, printed without `recall: `.
        var prefixed = true

        init(_ message: some Message, status: ExitCode) {
            description = Console.text(message)
            self.status = status
        }

        init(line: String, status: ExitCode) {
            description = line
            self.status = status
            prefixed = false
        }

        init(_ error: ProgressError) {
            self.init(error.message, status: DataOptions.exitStatus(error))
        }
    }

    /// The study screen's report: warnings are left out, as the home screen already shows them.
    static func report(deckOptions: DeckOptions, dataFolder: String, selection: CardSelection, range: StatsRange,
                       now: Instant) throws -> StatsReport {
        try report(deckOptions: deckOptions, dataFolder: dataFolder, selection: selection, range: range, now: now) { _ in }
    }

    /// The report for the data folder's log, counting the cards `selection` takes from the
    /// decks. A missing or empty data folder is no error: nothing was answered, every card is new.
    /// `notice` is given each warning (deck errors left out, a torn last line).
    static func report(deckOptions: DeckOptions, dataFolder: String, selection: CardSelection, range: StatsRange,
                       now: Instant, notice: (any Message) -> Void) throws -> StatsReport {
        let undone = undonePrePass(dataFolder)
        let cards = try cardsInScope(deckOptions: deckOptions, dataFolder: dataFolder, selection: selection, notice: notice)
        let (config, schedulers, history) = try folderHistory(dataFolder: dataFolder, undone: undone.value, notice: notice)
        let quizzes: [QuizHistoryEntry]
        do {
            quizzes = try QuizHistory.load(folder: dataFolder)
        } catch {
            throw Failure(error.message, status: QuizCommand.exitStatus(error))
        }
        // The log holds every deck's answers; the scope counts those of the cards taken.
        let taken = Set(cards.map(\.id))
        let inScope = history.cardIDs.map(taken.contains)
        let reviews = history.reviews.count { inScope[Int($0.card)] }
        let scope = StatsScope(deck: selection.deck, tags: selection.tags, cards: cards.count, reviews: reviews)
        return Statistics.report(history, cards: cards, quizzes: quizzes,
                                 settings: settings(config, schedulers, scope: scope, range: range, now: now))
    }

    /// The undo pre-pass reads the whole log: on the second core while the deck index loads.
    /// Its errors are the log's, which `folderHistory` says first.
    static func undonePrePass(_ dataFolder: String) -> BackgroundValue<Set<EventID>> {
        BackgroundValue { () throws -> Set<EventID> in
            guard (try? DataFolder.checkReadable(dataFolder)) == true, let log = try LogFiles.find(folder: dataFolder) else { return [] }
            return try log.undoneIDs()
        }
    }

    /// The data folder's config, its schedulers, and every answer of its log that was not
    /// undone (`undone` gives the undone ids, read once). A missing or empty data folder is no
    /// error: nothing was answered.
    static func folderHistory(dataFolder: String, undone: () throws -> Set<EventID>, notice: (any Message) -> Void)
        throws -> (config: StudyConfig, schedulers: SchedulerSet, history: ReviewHistory) {
        let config: StudyConfig
        var log: LogFiles?
        do throws(ProgressError) {
            if try DataFolder.checkReadable(dataFolder) {
                config = try StudyConfig.load(DataFolder.configPath(dataFolder))
                // The same refusal as every other command when the log is gone but the snapshot is not.
                log = try LogFiles.find(folder: dataFolder)
                if log?.files.isEmpty ?? true, try DataFolder.exists(DataFolder.snapshotPath(dataFolder)) {
                    throw ProgressLoader.missingLog(ProgressLoader.expectedLogPath(dataFolder),
                                                    snapshot: DataFolder.snapshotPath(dataFolder))
                }
            } else {
                config = StudyConfig()
            }
        } catch {
            throw Failure(error)
        }
        let schedulers = try schedulers(config, folder: dataFolder)
        var history = ReviewHistory(schedulers: schedulers, undone: [])
        if let log, !log.files.isEmpty {
            do {
                history = ReviewHistory(schedulers: schedulers, undone: try undone())
                let read = try log.readAhead { history.add($0) }
                for warning in log.warnings(read) { notice(warning) }
            } catch let error as ProgressError {
                throw Failure(error)
            }
        }
        return (config, schedulers, history)
    }

    /// The cards `selection` takes, with their domains, from the deck index (which keeps each
    /// card's tags): parsing 100,000 cards of Markdown for their tags would be half of the
    /// command's second.
    static func cardsInScope(deckOptions: DeckOptions, dataFolder: String, selection: CardSelection,
                             notice: (any Message) -> Void) throws -> [StatsCard] {
        let index: DeckIndex.Cards
        do {
            // An unreadable data folder is said by the log's reading, below.
            let cache = (try? DataFolder.exists(dataFolder)) == true ? DataFolder.join(dataFolder, DeckIndex.fileName) : nil
            index = try DeckIndex.cards(paths: [deckOptions.deckFolder()], cachePath: cache, tags: true)
        } catch let error as DeckLibrary.LoadError {
            throw Failure(error.message, status: ExitStatus.noInput)
        }
        if index.errors > 0 { notice(CommandOutputMessage.deckErrorsLeftOut(errors: index.errors)) }
        let knownTags = selection.tags.isEmpty ? [] : index.tags.flatMap { $0 }
        if let problem = selection.problem(deckNames: index.decks, tags: knownTags) {
            throw Failure(UsageMessage.selection(problem), status: ExitStatus.usage)
        }
        // 100,000 cards share a few dozen tag lists: each list's domains are found once.
        var domains: [[String]: [String]] = [:]
        return selection.taken(count: index.cards.count, deck: { index.cards[$0].deck }, tags: { index.tags[$0] }).map { n in
            let tags = index.tags[n]
            let found = domains[tags] ?? QuizDomains.of(tags: tags)
            domains[tags] = found
            return StatsCard(id: index.cards[n].id, deck: index.cards[n].deck, domains: found)
        }
    }

    /// The report of one log file given with `--log`, without decks: a recall log file (a
    /// schema-2 device file or a schema-1 `reviews.jsonl`, read by the store's reader, so its
    /// guards and damage are checked as everywhere) or a py-fsrs csv (`PyFSRSCSVRow`, known by
    /// its header). The settings are the data folder's config when it has one.
    static func report(logFile path: String, dataFolder: String, range: StatsRange, now: Instant,
                       notice: (any Message) -> Void) throws -> StatsReport {
        let config: StudyConfig
        do throws(ProgressError) {
            config = try StudyConfig.load(DataFolder.configPath(dataFolder))
        } catch {
            throw Failure(error)
        }
        let schedulers = try schedulers(config, folder: dataFolder)
        let history = try isCSV(path)
            ? csvHistory(path, schedulers: schedulers)
            : recallLogHistory(path, schedulers: schedulers, notice: notice)
        let scope = StatsScope(log: path, cards: history.cardIDs.count, reviews: history.reviews.count)
        return Statistics.report(history, cards: nil, quizzes: [],
                                 settings: settings(config, schedulers, scope: scope, range: range, now: now))
    }

    /// The day rule and the scheduler of the config, in the local time zone.
    static func settings(_ config: StudyConfig, _ schedulers: SchedulerSet, scope: StatsScope, range: StatsRange,
                         now: Instant) -> StatsSettings {
        StatsSettings(now: now, rolloverHour: config.rolloverHour, utcOffset: StudyDay.offset(in: SystemClock.timeZone),
                      range: range, scope: scope, schedulers: schedulers, desiredRetention: config.desiredRetention)
    }

    static func schedulers(_ config: StudyConfig, folder: String) throws -> SchedulerSet {
        do {
            return try SchedulerSet(config: config)
        } catch {
            throw Failure(.badConfig(file: DataFolder.configPath(folder), reason: .schedulerSettings(error)))
        }
    }

    /// Opens the file, or says why not: its path and the system's reason (a folder opens, but
    /// is no file), exit 66 when it does not exist, else 74.
    static func open(_ path: String) throws -> FileHandle {
        var info = stat()
        let handle = FileHandle(forReadingAtPath: path)
        if let handle, fstat(handle.fileDescriptor, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { return handle }
        try? handle?.close()
        let reason = ReadFailure.problem(path)
        throw Failure(TransferMessage.cannotRead(path: path, reason: reason),
                      status: access(path, F_OK) != 0 && errno == ENOENT ? ExitStatus.noInput : ExitStatus.ioError)
    }

    /// True when the file's first line is py-fsrs's csv header.
    static func isCSV(_ path: String) throws -> Bool {
        let handle = try open(path)
        defer { try? handle.close() }
        var first = true
        var csv = false
        try LineReader(fileDescriptor: handle.fileDescriptor).forEachLine { line in
            if first { csv = PyFSRSCSVRow.isHeader(line) }
            first = false
            return false
        }
        return csv
    }

    /// Every row after the header as a review of card `card_id` by FSRS, in file order. A bad
    /// row is `FILE:LINE:COL: message`, exit 65.
    static func csvHistory(_ path: String, schedulers: SchedulerSet) throws -> ReviewHistory {
        let handle = try open(path)
        defer { try? handle.close() }
        var history = ReviewHistory(schedulers: schedulers, undone: [])
        var lineNumber = 0
        var failure: Failure?
        try LineReader(fileDescriptor: handle.fileDescriptor).forEachLine { line in
            lineNumber += 1
            if lineNumber == 1 || PyFSRSLogLine.isBlank(line) { return true }
            switch PyFSRSCSVRow.parse(line) {
            case .success(let row):
                let record = ReviewRecord(card: String(row.cardID), rating: row.rating,
                                          durationMilliseconds: row.durationMilliseconds, scheduler: .fsrs, deck: "", file: "")
                history.add(LogEntry(seq: lineNumber - 1, time: row.reviewedAt, event: .review(record)))
                return true
            case .failure(let error):
                failure = Failure(line: "\(path):\(lineNumber):\(error.column): \(Console.text(error.problem))",
                                  status: ExitStatus.dataError)
                return false
            }
        }
        if let failure { throw failure }
        return history
    }

    /// A recall log file on its own: its undo lines are honoured, its damage is an error.
    static func recallLogHistory(_ path: String, schedulers: SchedulerSet, notice: (any Message) -> Void) throws -> ReviewHistory {
        try open(path).close()
        do throws(ProgressError) {
            var history = ReviewHistory(schedulers: schedulers, undone: try ReviewLog.undoneIDs(path))
            let result = try ReviewLog.read(path, checksum: nil) { entry, _ in history.add(entry) }
            for warning in ProgressLoader.readWarnings(path, result) { notice(warning) }
            return history
        } catch {
            throw Failure(error)
        }
    }
}
