import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal
import RecallTUI

/// Runs the study screens: reads the decks and opens the progress writer, which hands the state
/// it loaded to the app (the one copy in a session), then feeds the terminal's events to `StudyApp.update` through the one run loop (`TerminalRunLoop`),
/// performs the effects the app asks for and feeds their results back as events. Every answer
/// is on disk before the next card is drawn; leaving by q, Ctrl-C, SIGTERM or SIGHUP closes
/// the writer (writing the snapshot of the app's state) and gives the terminal back as it was.
struct StudyLoop: TerminalProgram {
    var app: StudyApp
    let writer: ProgressWriter
    let deckFolder: String
    /// What `s` needs to read the statistics: the decks as given, and the data folder.
    let deckOptions: DeckOptions
    let dataFolder: String
    /// Set when `o` applied new FSRS weights: the session starts again under them.
    var restart = false

    static func run(deckOptions: DeckOptions, dataOptions: DataOptions, session: SessionScope?) throws {
        let folder = try deckOptions.deckFolder()
        // The home screen opens from the deck index (ids, decks, counts): a deck file is parsed
        // when one of its cards is about to be shown. `recall review` checks its deck and tags
        // against every card first, so it reads them all.
        var library: DeckLibrary?
        var index: DeckIndex.Cards?
        if let session {
            let all = try deckOptions.loadForReading()
            try check(session, in: all)
            library = all
        } else {
            index = try DeckIndexLoader.cards(deckOptions: deckOptions, dataFolder: dataOptions.folder, blocks: true)
        }
        try TerminalRunLoop.requireInteractive(session == nil ? "recall" : "recall review")
        let start = SystemClock.now()
        var (writer, progress) = try dataOptions.openWriter(now: start)
        var closed = false
        defer { if !closed { writer.abandonWithoutCompacting() } }
        // Room for the cards a session introduces, so that none of them grows the table.
        progress.cards.reserveCapacity(progress.cards.count + 1_024)
        let studied = studiedDays(folder: dataOptions.folder, config: writer.config)
        var data: StudyData
        if let index {
            data = StudyData(index: studyIndex(index), source: DeckFileSource(), progress: consume progress, config: writer.config,
                             schedulers: writer.schedulers, timeZone: SystemClock.timeZone, studiedDays: studied)
        } else {
            data = StudyData(library: library ?? DeckLibrary(decks: [], diagnostics: []), progress: consume progress,
                             config: writer.config, schedulers: writer.schedulers, timeZone: SystemClock.timeZone,
                             studiedDays: studied)
        }
        data.language = InterfaceLanguage.current
        // Consumed, not copied: the app's is the only reference, so its first write copies nothing.
        var loop = StudyLoop(app: StudyApp(data: consume data, now: start, session: session), writer: writer, deckFolder: folder,
                             deckOptions: deckOptions, dataFolder: dataOptions.folder)
        if let session, case .summary = loop.app.screen {
            let language = InterfaceLanguage.current
            let scope = SessionScope(selection: session.selection).title(language)
            print((session.cram != nil ? CramMessage.nothingToCram(scope: scope).text(language)
                   : SessionMessage.nothingToStudy(scope: scope).text(language)))
            closed = true
            try loop.close()
            return
        }
        loop.readAhead()
        let outcome = try TerminalRunLoop.run(&loop)
        closed = true
        try loop.close()
        try TerminalRunLoop.exit(after: outcome)
        if loop.restart { try run(deckOptions: deckOptions, dataOptions: dataOptions, session: session) }
    }

    mutating func tick(_ now: Instant) -> TerminalRunLoop.Step {
        _ = app.update(.tick(now))
        refresh()
        return .proceed
    }

    mutating func resized(width: Int, height: Int) {
        _ = app.update(.resized(width: width, height: height))
    }

    mutating func key(_ key: Key, terminal: Terminal) -> TerminalRunLoop.Step {
        let effect = app.update(.key(key))
        if effect == .quit { return .stop }
        if effect == .optimize {
            // In the shell, as the editor: the fit's report and progress, then a question.
            // Applied weights change every card's memory: the session is opened again.
            var applied = false
            terminal.suspend { applied = OptimizeCommand.runFromHomeScreen(dataFolder: dataFolder, deckOptions: deckOptions) }
            restart = applied
            return applied ? .stop : .proceed
        }
        let result = perform(effect, terminal: terminal)
        // What the write read of other processes' lines comes first: the result follows them.
        if let caughtUp = writer.takeCaughtUp() { _ = app.update(.refreshed(caughtUp)) }
        if let result { _ = app.update(result) }
        readAhead()
        return .proceed
    }

    /// Reads the deck files of the next cards on another thread (`StudyApp.upcoming`), so that
    /// the screen finds them parsed. Only for decks read on demand. In a session the ids are
    /// taken here and only they and the lookup cross to the other thread: a copy of the app held
    /// there would make the next answer copy the progress of every card (copy on write).
    func readAhead() {
        let lookup = app.data.cardsByID
        guard lookup.isLazy else { return }
        if app.upcomingCostsAQueue {
            let app = self.app
            DispatchQueue.global(qos: .userInitiated).async {
                for id in app.upcoming { _ = lookup[id] }
            }
        } else {
            let ids = app.upcoming
            guard !ids.isEmpty else { return }
            DispatchQueue.global(qos: .userInitiated).async {
                for id in ids { _ = lookup[id] }
            }
        }
    }

    func view(width: Int, height: Int) -> ScreenBuffer { app.view(width: width, height: height) }

    /// Does what the app asked; returns how it went, as the event the app is to hear.
    func perform(_ effect: StudyApp.Effect, terminal: Terminal) -> StudyEvent? {
        let now = SystemClock.now()
        let language = app.data.language
        do {
            switch effect {
            case .none, .quit, .optimize:
                return nil
            case .answer(let record):
                return .saved(try writer.record(record, to: app.data.progress, at: now))
            case .undo:
                return .undone(try writer.undoLast(at: now))
            case .suspend(let card):
                return .changed(try writer.suspend(card: card, at: now), message: SessionMessage.suspended(card: card).text(language))
            case .bury(let card, let until):
                return .changed(try writer.bury(card: card, until: until, at: now), message: SessionMessage.buried.text(language))
            case .edit(let file, let line):
                var outcome = Editor.Outcome.closed
                terminal.suspend { outcome = Editor.open(file: file, line: line) }
                if app.data.cardsByID.isLazy { return reindexed(outcome) }
                let library: DeckLibrary
                do {
                    library = try DeckLibrary.load(paths: [deckFolder])
                } catch {
                    return .failed(SessionMessage.couldNotReadDecks(error: Self.said(error, language)).text(language))
                }
                let errors = library.diagnostics.errors.count
                var message = outcome.message.text(language)
                if errors > 0 { message = SessionMessage.deckErrors(errors).text(language) }
                return .reloaded(library, message: message)
            case .showExam(let deck):
                do {
                    let request = ReadinessLoading.Request(deck: deck, now: now)
                    let all = try ReadinessLoading.readiness(deckOptions: deckOptions, dataFolder: dataFolder, request: request) { _ in }
                    return .exam(all[0])
                } catch {
                    return .failed(StatsMessage.couldNotShow(error: Self.said(error, language)).text(language))
                }
            case .showStats(let deck):
                do {
                    return .stats(try StatsLoading.report(deckOptions: deckOptions, dataFolder: dataFolder,
                                                          selection: CardSelection(deck: deck), range: .month, now: now))
                } catch {
                    return .failed(StatsMessage.couldNotShow(error: Self.said(error, language)).text(language))
                }
            }
        } catch {
            return .failed(SessionMessage.notSaved(error: Self.said(error, language)).text(language))
        }
    }

    /// The deck index read again after the editor (only the edited file is parsed again).
    func reindexed(_ outcome: Editor.Outcome) -> StudyEvent {
        let index: DeckIndex.Cards
        do {
            index = try DeckIndex.cards(paths: [deckFolder], cachePath: DataFolder.join(writer.folder, DeckIndex.fileName), blocks: true)
        } catch {
            return .failed(SessionMessage.couldNotReadDecks(error: Self.said(error, app.data.language)).text(app.data.language))
        }
        var message = outcome.message.text(app.data.language)
        if index.errors > 0 { message = SessionMessage.deckErrors(index.errors).text(app.data.language) }
        return .reindexed(Self.studyIndex(index), message: message)
    }

    /// An error of the store or the decks as the screen says it, in its language; any other
    /// error (there should be none) as Swift describes it.
    static func said(_ error: any Error, _ language: Language) -> String {
        switch error {
        case let error as ProgressError: return error.message.text(language)
        case let error as DeckLibrary.LoadError: return error.message.text(language)
        case let error as AtomicFile.WriteError: return error.message.text(language)
        default: return "\(error)"
        }
    }

    static func studyIndex(_ index: DeckIndex.Cards) -> StudyCardIndex {
        StudyCardIndex(cards: index.cards, files: index.files, deckNames: index.decks, deckCount: index.deckFiles,
                       errors: index.errors, filesWithErrors: index.filesWithErrors, blocks: index.blocks, stamps: index.stamps)
    }

    /// Shows what another process recorded since the last frame (a `stat` when nothing did).
    mutating func refresh() {
        do {
            if let caughtUp = try writer.refresh() { _ = app.update(.refreshed(caughtUp)) }
        } catch {
            _ = app.update(.failed(Self.said(error, app.data.language)))
        }
    }

    /// Closes the writer with the app's state, which it writes as the snapshot.
    func close() throws {
        do {
            try writer.close(state: app.data.progress)
        } catch {
            throw DataOptions.fail(error)
        }
    }

    /// An unknown deck or tag is a usage error (64), found before the terminal is taken over.
    static func check(_ scope: SessionScope, in library: DeckLibrary) throws {
        if let problem = scope.selection.problem(deckNames: library.decks.map(\.name), tags: library.cards.flatMap(\.tags)) {
            throw SelectionOptions.fail(problem)
        }
    }

    /// Parses one card's block, or one deck file, when the study screen is about to show one of its cards.
    struct DeckFileSource: CardSource {
        func deck(atPath path: String, defaultName: String) -> Deck? {
            DeckLibrary.loadFile(path, defaultDeckName: defaultName).deck
        }

        func card(_ id: String, atPath path: String, block: CardBlock, stamp: FileStamp, defaultName: String) -> (card: Card, deck: Deck)? {
            CardBlockReader.card(id, file: path, block: block, stamp: stamp, defaultDeckName: defaultName)
        }
    }

    /// The study days with an answer, for the streak on the home screen: from the cache beside
    /// the log and the log's tail after it (`StudiedDaysCache`), not from the whole log.
    static func studiedDays(folder: String, config: StudyConfig) -> Set<Int64> {
        StudiedDaysCache.studiedDays(folder: folder, rolloverHour: config.rolloverHour,
                                     utcOffset: StudyDay.offset(in: SystemClock.timeZone))
    }
}
