import ArgumentParser
import Foundation
import RecallCore
import RecallStore
import RecallTerminal
import RecallTUI

/// Runs the study screens: reads the decks and opens the progress store, then turns terminal
/// events into `StudyApp` calls and performs the effects the app asks for. Every answer is on
/// disk before the next card is drawn; leaving by q, Ctrl-C, SIGTERM or SIGHUP closes the store
/// (writing the snapshot) and gives the terminal back as it was.
enum StudyLoop {
    static func run(deckOptions: DeckOptions, dataOptions: DataOptions, session: SessionScope?) throws {
        let folder = try deckOptions.deckFolder()
        let library = try deckOptions.loadForReading()
        if let session { try check(session, in: library) }
        do {
            try Terminal.requireInteractive(session == nil ? "recall" : "recall review")
        } catch {
            Console.error(error.description)
            throw ExitStatus.failure
        }
        let start = SystemClock.now()
        let store = try dataOptions.openStore(now: start)
        var closed = false
        defer { if !closed { store.abandonWithoutCompacting() } }
        let studied = studiedDays(folder: dataOptions.folder, config: store.config)
        let data = StudyData(library: library, progress: store.state, config: store.config, schedulers: store.schedulers,
                             timeZone: SystemClock.timeZone, studiedDays: studied)
        var app = StudyApp(data: data, now: start, session: session)
        if session != nil, case .summary = app.screen {
            print("Nothing to study in \(session?.title ?? "") today.")
            closed = true
            try closeStore(store)
            return
        }

        let terminal = Terminal(environment: ProcessInfo.processInfo.environment)
        try terminal.start()
        var signal: Int32?
        loop: while true {
            app.tick(SystemClock.now())
            refresh(&app, from: store)
            let (width, height) = terminal.size
            terminal.draw(app.view(width: width, height: height))
            switch terminal.nextEvent(timeout: 250) {
            case .interrupt(let number):
                signal = number
                break loop
            case .resize, .tick:
                continue
            case .key(let key):
                app.tick(SystemClock.now())
                let effect = app.handle(key, width: width, height: height)
                if effect == .quit { break loop }
                perform(effect, app: &app, store: store, terminal: terminal, deckFolder: folder)
            }
        }
        terminal.stop()
        closed = true
        try closeStore(store)
        if let signal { throw ExitCode(128 + signal) }
    }

    /// Does what the app asked, then tells it how it went.
    static func perform(_ effect: StudyApp.Effect, app: inout StudyApp, store: ProgressStore, terminal: Terminal,
                        deckFolder: String) {
        let now = SystemClock.now()
        do {
            switch effect {
            case .none, .quit:
                return
            case .answer(let record):
                try store.record(record, at: now)
                app.answered(record, progress: store.state)
            case .undo:
                let card = try store.undoLast(at: now)
                app.undone(card: card, progress: store.state)
            case .suspend(let card):
                try store.suspend(card: card, at: now)
                app.progressChanged(store.state, message: "Suspended. 'recall unsuspend \(card)' brings it back.")
            case .bury(let card, let until):
                try store.bury(card: card, until: until, at: now)
                app.progressChanged(store.state, message: "Buried until tomorrow.")
            case .edit(let file, let line):
                var outcome = Editor.Outcome.closed
                terminal.suspend { outcome = Editor.open(file: file, line: line) }
                let library: DeckLibrary
                do {
                    library = try DeckLibrary.load(paths: [deckFolder])
                } catch {
                    app.failed("Could not read the decks again: \(error)")
                    return
                }
                let errors = library.diagnostics.errors.count
                var message = outcome.message
                if errors > 0 { message = "\(Console.count(errors, "error")) in the decks (see 'recall check'); those cards are left out." }
                app.reloaded(library, message: message)
            }
        } catch {
            app.failed("Not saved: \(error)")
        }
    }

    /// Shows what another process recorded since the last frame (a `stat` when nothing did).
    static func refresh(_ app: inout StudyApp, from store: ProgressStore) {
        do {
            if try store.refresh() { app.progressRefreshed(store.state) }
        } catch {
            app.failed("\(error)")
        }
    }

    static func closeStore(_ store: ProgressStore) throws {
        do {
            try store.close()
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

    /// The study days with an answer, for the streak on the home screen. A damaged log was
    /// already reported when the store opened; here it just gives no streak.
    static func studiedDays(folder: String, config: StudyConfig) -> Set<Int64> {
        let path = DataFolder.logPath(folder)
        guard DataFolder.exists(path) else { return [] }
        let offset = StudyDay.offset(in: SystemClock.timeZone)
        var days = Set<Int64>()
        var lastDay: StudyDay?
        _ = try? ReviewLog.read(path) { entry, _ in
            guard case .review = entry.event else { return }
            if let day = lastDay, day.range.contains(entry.time) { return }
            let day = StudyDay.containing(entry.time, rolloverHour: config.rolloverHour, utcOffset: offset)
            days.insert(day.dayNumber)
            lastDay = day
        }
        return days
    }
}
