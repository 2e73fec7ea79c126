import RecallCore

/// The whole study UI as one value: which screen is showing, the data the screens read, and the
/// time. The executable feeds it keys and ticks, performs the effects it asks for (the only
/// things that touch the disk), and reports back; `view` draws it. Tests drive it the same way.
public struct StudyApp: Sendable {
    public enum Screen: Sendable {
        case home(HomeScreen)
        case review(ReviewScreen)
        case summary(SummaryScreen)
    }

    public typealias Effect = StudyEffect

    public private(set) var screen: Screen
    public private(set) var data: StudyData
    public private(set) var now: Instant
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

    public mutating func handle(_ key: Key, width: Int = 80, height: Int = 24) -> Effect {
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
                screen = .review(ReviewScreen(scope: scope, data: data, now: now))
                return .none
            }
        case .review(var review):
            let effect = review.update(key, data: data, now: now, width: width, height: height)
            screen = .review(review)
            if effect == .quit {
                leave(review)
                return .none
            }
            return effect
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
    public mutating func tick(_ now: Instant) {
        self.now = now
        guard case .review(var review) = screen else { return }
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

    /// The answer is on disk; `progress` is the store's state after it.
    public mutating func answered(_ record: ReviewRecord, progress: ProgressState) {
        let before = data.progress.cards[record.card]
        data.progress = progress
        data.studiedDays.insert(data.day(at: now).dayNumber)
        guard case .review(var review) = screen else { return }
        review.answered(record.rating, before: before, data: data, now: now)
        screen = .review(review)
        finishIfDone()
    }

    public mutating func undone(card: String?, progress: ProgressState) {
        data.progress = progress
        guard case .review(var review) = screen else { return }
        if let card {
            review.undone(card: card, data: data, now: now)
        } else {
            review.message = "Nothing to undo."
        }
        screen = .review(review)
    }

    /// Suspend or bury went through.
    public mutating func progressChanged(_ progress: ProgressState, message: String) {
        data.progress = progress
        guard case .review(var review) = screen else { return }
        review.changed(data: data, now: now, message: message)
        screen = .review(review)
        finishIfDone()
    }

    /// Another process recorded answers (`recall answer` from a script, a second window): the
    /// counts and the streak follow. A session shows the change from its next card on.
    public mutating func progressRefreshed(_ progress: ProgressState) {
        data.progress = progress
        if data.answeredToday(at: now) > 0 { data.studiedDays.insert(data.day(at: now).dayNumber) }
        switch screen {
        case .home(let home):
            goHome(selecting: home.rows[home.selected].deck)
        case .review(var review):
            review.refreshCounts(data: data, now: now)
            screen = .review(review)
        case .summary: break
        }
    }

    /// The decks were read again after the editor closed. The session stays on the card that
    /// was edited, with its new text; when the edit removed it, the message says so.
    public mutating func reloaded(_ library: DeckLibrary, message: String) {
        data.replaceLibrary(library)
        switch screen {
        case .review(var review):
            var message = message
            if let id = review.card?.id, data.cardsByID[id] == nil {
                message = "The card you edited is no longer in the decks. " + message
            }
            review.changed(data: data, now: now, message: message)
            screen = .review(review)
            finishIfDone()
        case .home(let home):
            goHome(selecting: home.rows[home.selected].deck)
        case .summary: break
        }
    }

    /// An effect failed (the disk is full, the file vanished): say so where the learner looks.
    public mutating func failed(_ message: String) {
        switch screen {
        case .review(var review):
            review.message = message
            screen = .review(review)
        case .home(var home):
            home.message = message
            screen = .home(home)
        case .summary: break
        }
    }

    // MARK: Drawing

    public func view(width: Int, height: Int) -> ScreenBuffer {
        if ScreenBuffer.isTooSmall(width: width, height: height) {
            return .tooSmall(width: width, height: height)
        }
        switch screen {
        case .home(let home): return home.view(width: width, height: height)
        case .review(let review): return review.view(width: width, height: height, now: now)
        case .summary(let summary): return summary.view(width: width, height: height)
        }
    }
}
