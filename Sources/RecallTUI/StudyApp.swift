import RecallCore

/// The whole study UI as one value: which screen is showing, the data the screens read, the
/// time and the terminal's size. Everything reaches it through `update(_:)`: the executable
/// feeds it keys, sizes and ticks, performs the effects it asks for (the only things that touch
/// the disk), and feeds their results back as events; `view` draws it. Tests drive it the same way.
public struct StudyApp: Sendable {
    public enum Screen: Sendable {
        case home(HomeScreen)
        case review(ReviewScreen)
        case summary(SummaryScreen)
        /// The statistics `s` opened from the home screen.
        case stats(StatsScreen)
        case exam(ExamScreen)
        /// Only inside `update`, while the review screen is changed in place: taken out of
        /// `screen` first, its queue is not copied (a copy of every candidate per answer).
        case updating
    }

    public typealias Effect = StudyEffect

    public private(set) var screen: Screen
    public private(set) var data: StudyData
    public private(set) var now: Instant
    public private(set) var width = 80
    public private(set) var height = 24
    /// Started by `recall review`: leaving the session quits instead of going home.
    public let quitsAfterSession: Bool

    public init(data: StudyData, now: Instant, session: SessionScope? = nil) {
        self.data = data
        self.now = now
        if let session {
            screen = .review(ReviewScreen(scope: session, data: data, now: now))
            quitsAfterSession = true
        } else {
            screen = .home(HomeScreen(data: data, now: now))
            quitsAfterSession = false
        }
    }

    // MARK: Events

    /// The one entry point: applies the event and says what the executable should do next.
    public mutating func update(_ event: StudyEvent) -> Effect {
        switch event {
        case .key(let key): return handle(key)
        case .resized(let width, let height):
            self.width = width
            self.height = height
            if case .stats(var stats) = screen {
                stats.resize(width: width, height: height)
                screen = .stats(stats)
            }
            if case .exam(var exam) = screen {
                exam.resize(width: width, height: height)
                screen = .exam(exam)
            }
        case .tick(let now): tick(now)
        case .saved(let answer): answered(answer)
        case .undone(let undone): self.undone(undone)
        case .changed(let entry, let message): changed(entry, message: message)
        case .refreshed(let caughtUp): progressRefreshed(caughtUp)
        case .reloaded(let library, let message):
            data.replaceLibrary(library)
            reloaded(message: message)
        case .reindexed(let index, let message):
            data.replaceIndex(index)
            reloaded(message: message)
        case .stats(let report): showStats(report)
        case .exam(let readiness):
            guard case .home(let home) = screen else { break }
            let deck = home.rows.isEmpty ? nil : home.rows[home.selected].deck
            screen = .exam(ExamScreen(readiness: readiness, deck: deck, language: data.language, width: width))
        case .failed(let message): failed(message)
        }
        return .none
    }

    private mutating func handle(_ key: Key) -> Effect {
        if ScreenBuffer.isTooSmall(width: width, height: height) {
            return key == .character("q") ? .quit : .none  // only q works on the too-small notice
        }
        switch screen {
        case .home(var home):
            let effect = home.update(key)
            screen = .home(home)
            switch effect {
            case .none: return .none
            case .quit: return .quit
            case .study(let scope):
                let review = ReviewScreen(scope: scope, data: data, now: now, home: home.candidates)
                if scope.cram != nil, review.isFinished {
                    home.message = CramMessage.nothingToCram(scope: SessionScope(selection: scope.selection).title(data.language)).text(data.language)
                    screen = .home(home)
                } else {
                    screen = .review(review)
                }
                return .none
            case .showStats(let deck): return .showStats(deck: deck)
            case .showExam(let deck): return .showExam(deck: deck)
            case .optimize: return .optimize
            }
        case .exam(var exam):
            if exam.update(key, height: height) {
                goHome(selecting: exam.deck)
            } else {
                screen = .exam(exam)
            }
            return .none
        case .stats(var stats):
            if stats.update(key, height: height) == .back {
                goHome(selecting: stats.deck)
            } else {
                screen = .stats(stats)
            }
            return .none
        case .review(var review):
            screen = .updating
            let effect = review.update(key, data: data, now: now, width: width, height: height)
            screen = .review(review)
            if effect == .quit {
                leave(review)
                return .none
            }
            return effect
        case .updating:
            return .none
        case .summary:
            switch key {
            case .enter, .escape, .character("q"), .character(" "):
                if quitsAfterSession { return .quit }
                goHome()
            default: break
            }
            return .none
        }
    }

    /// Time passes: timers move, a learning card whose time has come is shown, and a session
    /// that has run out of cards ends with its summary.
    private mutating func tick(_ now: Instant) {
        self.now = now
        guard case .review(var review) = screen else { return }
        screen = .updating
        review.tick(data: data, now: now)
        screen = .review(review)
    }

    private mutating func leave(_ review: ReviewScreen) {
        if review.stats.answered > 0 || quitsAfterSession {
            screen = .summary(SummaryScreen(review: review, now: now, returnsHome: !quitsAfterSession))
        } else {
            goHome(selecting: review.scope.deck)
        }
    }

    private mutating func goHome(selecting deck: String? = nil) {
        screen = .home(HomeScreen(data: data, now: now, selectedDeck: deck))
    }

    private mutating func finishIfDone() {
        if case .review(let review) = screen, review.isFinished { screen = .summary(SummaryScreen(review: review, now: now, returnsHome: !quitsAfterSession)) }
    }

    // MARK: Results of effects

    /// The statistics `s` asked for: shown over the home screen they were asked from.
    private mutating func showStats(_ report: StatsReport) {
        guard case .home(let home) = screen else { return }
        let deck = home.rows.isEmpty ? nil : home.rows[home.selected].deck
        screen = .stats(StatsScreen(report: report, deck: deck, language: data.language, width: width))
    }

    /// The answer is on disk: the state takes what the store computed, as it is.
    private mutating func answered(_ answer: RecordedAnswer) {
        data.progress.apply(answer)
        data.studiedDays.insert(data.day(at: now).dayNumber)
        guard case .review(var review) = screen else { return }
        screen = .updating
        review.answered(answer, data: data, now: now)
        screen = .review(review)
        finishIfDone()
    }

    private mutating func undone(_ undone: UndoneAnswer?) {
        if let undone { data.progress.undo(undone) }
        guard case .review(var review) = screen else { return }
        screen = .updating
        if let undone {
            review.undone(card: undone.card, data: data, now: now)
        } else {
            review.message = ReviewMessage.nothingToUndo.text(data.language)
        }
        screen = .review(review)
    }

    /// Suspend or bury went through.
    private mutating func changed(_ entry: LogEntry, message: String) {
        data.progress.apply(entry, schedulers: data.schedulers)
        guard case .review(var review) = screen else { return }
        screen = .updating
        review.changed(data: data, now: now, message: message, card: entry.event.card)
        screen = .review(review)
        finishIfDone()
    }

    /// Another process recorded answers (`recall answer` from a script, a second window): the
    /// counts and the streak follow. A session shows the change from its next card on.
    private mutating func progressRefreshed(_ caughtUp: LogCatchUp) {
        data.progress.apply(caughtUp, schedulers: data.schedulers)
        if data.answeredToday(at: now) > 0 { data.studiedDays.insert(data.day(at: now).dayNumber) }
        switch screen {
        case .home(let home):
            goHome(selecting: home.rows[home.selected].deck)
        case .review(var review):
            screen = .updating
            review.refreshCounts(data: data, now: now)
            screen = .review(review)
        case .summary, .stats, .exam, .updating: break
        }
    }

    /// The decks were read again after the editor closed. The session stays on the card that
    /// was edited, with its new text; when the edit removed it, the message says so.
    private mutating func reloaded(message: String) {
        switch screen {
        case .review(var review):
            screen = .updating
            var message = message
            if let id = review.card?.id, data.cardsByID[id] == nil {
                message = ReviewMessage.editedCardGone.text(data.language) + " " + message
            }
            review.changed(data: data, now: now, message: message)
            screen = .review(review)
            finishIfDone()
        case .home(let home):
            goHome(selecting: home.rows[home.selected].deck)
        case .summary, .stats, .exam, .updating: break
        }
    }

    /// An effect failed (the disk is full, the file vanished): say so where the learner looks.
    private mutating func failed(_ message: String) {
        switch screen {
        case .review(var review):
            screen = .updating
            review.message = message
            screen = .review(review)
        case .home(var home):
            home.message = message
            screen = .home(home)
        case .summary, .stats, .exam, .updating: break
        }
    }

    // MARK: Drawing

    /// The screen at the last size `update` was told of.
    public func view() -> ScreenBuffer { view(width: width, height: height) }

    public func view(width: Int, height: Int) -> ScreenBuffer {
        if ScreenBuffer.isTooSmall(width: width, height: height) {
            return .tooSmall(width: width, height: height, language: data.language)
        }
        switch screen {
        case .home(let home): return home.view(width: width, height: height)
        case .review(let review): return review.view(width: width, height: height, now: now)
        case .summary(let summary): return summary.view(width: width, height: height)
        case .stats(let stats): return stats.view(width: width, height: height)
        case .exam(let exam): return exam.view(width: width, height: height)
        case .updating: return ScreenBuffer(width: width, height: height)
        }
    }
}
