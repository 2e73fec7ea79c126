import RecallCore

/// The review session: one card at a time, from today's queue for the session's scope.
///
/// The screen asks for what it cannot do itself through `Effect`s (record an answer, undo,
/// suspend, bury, open the editor); the executable performs them on the progress store and the
/// app passes the results back (`answered`, `undone`, `changed`), so the screen moves on only
/// after an answer is on disk.
public struct ReviewScreen: Sendable {
    public enum Phase: Hashable, Sendable {
        /// The prompt of a basic, reversed or cloze card.
        case question
        /// The answer is shown; 1–4 grade it.
        case answer
        /// A multiple-choice card: the options picked so far (indices into `note.options`; the
        /// screen shows them in `optionOrder`).
        case choosing(Set<Int>)
        /// The options were checked: right and wrong are shown, the grade is derived.
        case choiceChecked(Set<Int>)
        /// A type-in card: the line being typed.
        case typing(LineEditor)
        /// The typed answer was compared with the expected one.
        case typeChecked(String)
    }

    public typealias Effect = StudyEffect

    /// What the session has done, for the summary.
    public struct Stats: Hashable, Sendable {
        public var started: Instant
        public var answered = 0
        public var again = 0
        public var counts = SessionCounts()
    }

    /// One answer of this session, so that undo can take back its counts.
    struct Answered: Hashable, Sendable {
        var card: String
        var rating: Rating
        var wasNew: Bool
        var wasReview: Bool
    }

    public let scope: SessionScope
    /// The language the screen speaks (`StudyData.language`).
    public let language: Language
    public private(set) var card: Card?
    public private(set) var phase: Phase = .question
    /// The order the card's options are shown in, as indices into `note.options`: shuffled per
    /// card and study day (`OptionOrder.review`), so the number keys follow what is on screen.
    public private(set) var optionOrder: [Int] = []
    public private(set) var shownAt: Instant
    public private(set) var remaining = DueCounts()
    public private(set) var previews: [Rating: String] = [:]
    /// The cards likeliest to come next, from the queue `next` chose the card from: the deck
    /// files to read ahead, known without building the queue again.
    public private(set) var upcoming: [String] = []
    /// When nothing is due now but a learning card comes back later today.
    public private(set) var waitingUntil: Instant?
    public private(set) var stats: Stats
    public var scroll = 0
    public var showHelp = false
    public var message: String?
    private var history: [Answered] = []
    /// Today's cards of the scope, looked up once when the session starts and then updated per
    /// answer, so that the next card costs no pass over every card.
    private var candidates: DueCandidates
    /// A cram session's cards still to go, in order (`StudyData.cramCards`); nil in a normal session.
    private var cramQueue: [String]?
    /// A cram session whose answers leave the schedule (`--cram` without `--reschedule`).
    public var leavesSchedule: Bool { scope.cram.map { !$0.reschedule } ?? false }

    /// Anki's "learn ahead limit": when nothing else is left, a learning card due within this
    /// long is shown now rather than making the learner wait.
    public static let learnAhead = TimeSpan.minutes(20)
    /// Answer times above this are recorded as this (as Anki caps them), so a card left on the
    /// screen during a coffee break does not distort the statistics.
    public static let longestAnswer = TimeSpan.seconds(60)

    /// `home` is the home screen's candidates of every card, which the session filters when it
    /// can (`StudyData.candidates(_:at:from:)`).
    public init(scope: SessionScope, data: StudyData, now: Instant, home: DueCandidates? = nil) {
        self.scope = scope
        language = data.language
        shownAt = now
        stats = Stats(started: now)
        candidates = data.candidates(scope, at: now, from: home)
        if scope.cram != nil { cramQueue = data.cramCards(scope, at: now) }
        next(data: data, now: now)
    }

    /// True when the session has nothing more to show today.
    public var isFinished: Bool { card == nil && waitingUntil == nil }

    // MARK: Keys

    /// `width` and `height` are the screen's, so that revealing an answer below the bottom of
    /// a long card can scroll to it.
    public mutating func update(_ key: Key, data: StudyData, now: Instant, width: Int = 80, height: Int = 24) -> Effect {
        if showHelp {
            showHelp = false
            return .none
        }
        if case .typing(var editor) = phase {
            switch key {
            case Self.undoWhileTyping:
                return undoLast()
            case Self.leaveWhileTyping:
                return .quit  // the card stays unanswered and unrevealed
            case .enter:
                reveal(.typeChecked(editor.text), width: width, height: height)
            case .escape:
                reveal(.typeChecked(""), width: width, height: height)  // giving up shows the answer, graded Again
            default:
                if editor.handle(key) {
                    phase = .typing(editor)
                    message = nil
                } else {
                    scrollKey(key)
                }
            }
            return .none
        }
        message = nil
        switch key {
        case .character("?"): showHelp = true; return .none
        case .character("q"), .escape: return .quit
        case .character("u"):
            return undoLast()
        default: break
        }
        guard let card else { return .none }
        switch key {
        case .character("e"):
            return .edit(file: card.note.location.file, line: card.note.location.line)
        case .character("!"):
            return .suspend(card: card.id)
        case .character("-"):
            return .bury(card: card.id, until: data.day(at: now).end)
        case .up, .down, .pageUp, .pageDown, .character("j"), .character("k"):
            scrollKey(key)
            return .none
        default: break
        }
        switch phase {
        case .question:
            if key == .enter || key == .character(" ") { reveal(.answer, width: width, height: height) }
        case .answer, .choiceChecked, .typeChecked:
            if let rating = Self.rating(for: key) { return answer(rating, data: data, now: now) }
            if key == .enter || key == .character(" ") { return answer(derivedRating, data: data, now: now) }
        case .choosing(var picked):
            if case .character(let c) = key, let n = c.wholeNumberValue, optionOrder.indices.contains(n - 1) {
                let index = optionOrder[n - 1]
                if card.note.isMultipleAnswer {
                    if picked.contains(index) { picked.remove(index) } else { picked.insert(index) }
                } else {
                    picked = [index]
                }
                phase = .choosing(picked)
            } else if key == .enter || key == .character(" ") {
                if picked.isEmpty {
                    message = ReviewMessage.pickFirst(options: card.note.options.count).text(language)
                } else {
                    reveal(.choiceChecked(picked), width: width, height: height)
                }
            }
        case .typing:
            break
        }
        return .none
    }

    /// While typing every printable key is text, so undo and leave are control keys.
    static let undoWhileTyping = Key.control("z")
    static let leaveWhileTyping = Key.control("q")

    /// `u`, or Ctrl-Z while typing: take back the session's last answer.
    private mutating func undoLast() -> Effect {
        guard !history.isEmpty else {
            message = ReviewMessage.nothingToUndoInSession.text(language)
            return .none
        }
        return .undo
    }

    private mutating func scrollKey(_ key: Key) {
        switch key {
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .down, .character("j"): scroll += 1
        case .pageUp: scroll = max(0, scroll - 10)
        case .pageDown: scroll += 10
        default: break
        }
    }

    /// Moves to a phase that shows the answer. When the card was already taller than the
    /// screen, it scrolls to where the new part begins, so the answer is never off screen.
    private mutating func reveal(_ next: Phase, width: Int, height: Int) {
        let before = phase
        phase = next
        guard let card else { return }
        let contentWidth = Self.contentWidth(width)
        let area = Self.areaHeight(height)
        let answerStart = CardContent.lines(for: card, phase: before, optionOrder: optionOrder, width: contentWidth, language: language).count - (before.isTyping ? 1 : 0)
        let total = CardContent.lines(for: card, phase: next, optionOrder: optionOrder, width: contentWidth, language: language).count
        // The answer begins a few lines (a separator) after the old content ends.
        if total > area, answerStart + 3 > area - 1 { scroll = max(0, answerStart - 1) }
    }

    /// The card area inside the frame (see `view`).
    static func contentWidth(_ width: Int) -> Int { max(1, width - 4) }
    static func areaHeight(_ height: Int) -> Int { max(1, height - 5) }

    static func rating(for key: Key) -> Rating? {
        guard case .character(let c) = key, let n = c.wholeNumberValue else { return nil }
        return Rating(rawValue: n)
    }

    /// For checked cards the grade follows from the answer (wrong → Again, right → Good);
    /// for cards the learner grades, Enter means Good.
    public var derivedRating: Rating {
        guard let card else { return .good }
        switch phase {
        case .choiceChecked(let picked):
            return picked == card.correctOptions ? .good : .again
        case .typeChecked(let typed):
            return card.accepts(typed) ? .good : .again
        default:
            return .good
        }
    }

    private func answer(_ rating: Rating, data: StudyData, now: Instant) -> Effect {
        guard let card, let deck = data.deck(of: card) else { return .none }
        let took = min(now - shownAt, Self.longestAnswer)
        let record = ReviewRecord(card: card, deck: deck, rating: rating,
                                  durationMilliseconds: Int(max(0, took.microseconds) / 1_000),
                                  defaultScheduler: data.config.scheduler)
        var answer = record
        answer.cram = leavesSchedule
        return .answer(answer)
    }

    // MARK: Callbacks from the app

    /// The answer is on disk: count it and show the next card. `answer` says what it was to
    /// the card (new or review, for the session caps); `data` already has it.
    public mutating func answered(_ answer: RecordedAnswer, data: StudyData, now: Instant) {
        guard card != nil else { return }
        let wasNew = answer.kind == .new
        let wasReview = answer.kind == .review
        history.append(Answered(card: answer.card, rating: answer.rating, wasNew: wasNew, wasReview: wasReview))
        stats.answered += 1
        if answer.rating == .again { stats.again += 1 }
        if wasNew { stats.counts.new += 1 }
        if wasReview { stats.counts.reviews += 1 }
        if let index = cramQueue?.firstIndex(of: answer.card) { cramQueue?.remove(at: index) }
        update(answer.card, data: data, now: now)
        next(data: data, now: now)
    }

    /// The last answer was taken back: show that card again.
    public mutating func undone(card id: String, data: StudyData, now: Instant) {
        if let last = history.last, last.card == id {
            history.removeLast()
            stats.answered -= 1
            if last.rating == .again { stats.again -= 1 }
            if last.wasNew { stats.counts.new -= 1 }
            if last.wasReview { stats.counts.reviews -= 1 }
        }
        update(id, data: data, now: now)
        if cramQueue != nil {
            cramQueue?.insert(id, at: 0)  // the card comes back first, as in a normal session
            remaining = DueCounts(review: cramQueue?.count ?? 0)
        } else {
            remaining = queue(data: data, now: now).total
        }
        if let card = data.cardsByID[id] {
            show(card, data: data, now: now)
            message = ReviewMessage.undone.text(language)
        } else {
            next(data: data, now: now)
        }
    }

    /// Progress or decks changed outside an answer (suspend, bury, the editor): keep the card
    /// if it is still there and still due, else move on. `card` is the one card whose progress
    /// changed; nil when the decks changed, and then the session looks at its cards again.
    public mutating func changed(data: StudyData, now: Instant, message: String? = nil, card changedCard: String? = nil) {
        if let changedCard {
            update(changedCard, data: data, now: now)
        } else {
            candidates = data.candidates(scope, at: now)
        }
        if cramQueue != nil {
            let keep = card.flatMap { data.cardsByID[$0.id] }
            if let keep, keep == card, isCrammable(keep.id, data: data, now: now) {
                remaining = DueCounts(review: cramQueue?.count ?? 0)
            } else {
                next(data: data, now: now)
            }
            self.message = message
            return
        }
        let queue = queue(data: data, now: now)
        if let id = card?.id, let fresh = data.cardsByID[id],
           queue.ordered.contains(id) || queue.learningLater.contains(where: { $0.id == id }) {
            remaining = queue.total
            let keepPhase = fresh == card
            card = fresh
            if !keepPhase { show(fresh, data: data, now: now) }
        } else {
            next(data: data, now: now)
        }
        self.message = message
    }

    /// Called as time passes: a learning card whose time has come is shown.
    public mutating func tick(data: StudyData, now: Instant) {
        if let waitingUntil, now >= waitingUntil - Self.learnAhead {
            next(data: data, now: now)
        }
    }

    // MARK: Choosing the next card

    /// The card's progress changed: its candidate moves (or all are looked up again when the
    /// candidates do not know it).
    private mutating func update(_ id: String, data: StudyData, now: Instant) {
        if !candidates.update(id, progress: data.progress.cards[id], now: now) { candidates = data.candidates(scope, at: now) }
    }

    /// Today's queue from the session's candidates, looked up again only when the study day
    /// changed or a buried card came back.
    mutating func queue(data: StudyData, now: Instant) -> DueQueue {
        if !candidates.isCurrent(day: data.day(at: now), now: now) { candidates = data.candidates(scope, at: now) }
        return data.queue(scope, candidates: candidates, at: now, session: stats.counts)
    }

    mutating func next(data: StudyData, now: Instant) {
        if cramQueue != nil { return nextCram(data: data, now: now) }
        let queue = queue(data: data, now: now)
        remaining = queue.total
        upcoming = Self.first(of: queue)
        waitingUntil = nil
        if let id = queue.ordered.first, let card = data.cardsByID[id] {
            show(card, data: data, now: now)
        } else if let soonest = queue.learningLater.first {
            if soonest.due - now <= Self.learnAhead, let card = data.cardsByID[soonest.id] {
                show(card, data: data, now: now)
            } else {
                self.card = nil
                waitingUntil = soonest.due
            }
        } else {
            card = nil
        }
    }

    /// How many cards of each list are read ahead: the next answer's card, and the one after.
    static let readAhead = 2

    /// The first cards of `queue` and of its learning cards due later: the ones whose deck
    /// files are worth reading ahead (`StudyApp.upcoming`).
    static func first(of queue: DueQueue) -> [String] {
        Array(queue.ordered.prefix(readAhead)) + queue.learningLater.prefix(readAhead).map(\.id)
    }

    /// A cram session's next card: the first of its queue still in the decks, not suspended or buried.
    private mutating func nextCram(data: StudyData, now: Instant) {
        let queue = (cramQueue ?? []).filter { isCrammable($0, data: data, now: now) }
        cramQueue = queue
        remaining = DueCounts(review: queue.count)
        upcoming = Array(queue.prefix(Self.readAhead))
        waitingUntil = nil
        if let id = queue.first, let card = data.cardsByID[id] { show(card, data: data, now: now) } else { card = nil }
    }

    private func isCrammable(_ id: String, data: StudyData, now: Instant) -> Bool {
        guard data.cardsByID[id] != nil else { return false }
        guard let progress = data.progress.cards[id] else { return true }
        return !progress.suspended && !progress.isBuried(at: now)
    }

    /// Another process changed the progress: the session looks at its cards again.
    mutating func refreshCounts(data: StudyData, now: Instant) {
        if cramQueue != nil {
            remaining = DueCounts(review: cramQueue?.count ?? 0)
            return
        }
        candidates = data.candidates(scope, at: now)
        remaining = queue(data: data, now: now).total
    }

    /// Puts `card` on the screen with a fresh timer (internal so tests can pick any card).
    mutating func show(_ card: Card, data: StudyData, now: Instant) {
        self.card = card
        shownAt = now
        scroll = 0
        // A cram answer schedules nothing: the buttons show no intervals.
        previews = leavesSchedule ? [:] : data.previewLabels(of: card, at: now)
        optionOrder = OptionOrder.review(card, studyDay: data.day(at: now).dayNumber)
        switch card.kind {
        case .choice where !card.note.options.isEmpty: phase = .choosing([])
        case .typein: phase = .typing(LineEditor())
        default: phase = .question
        }
    }

    /// The keys of the help overlay, with what they do in `language`.
    public static func help(_ language: Language) -> [(String, String)] {
        let keys: [(String, HelpMessage)] = [
            ("Space/Enter", .showAnswerThenGood),
            ("1 2 3 4", .grades),
            ("1-9", .pickToggleOptions),
            ("Enter", .checkChoiceOrTyping),
            ("Esc", .giveUpTyping),
            ("Ctrl-Z", .undoWhileTyping),
            ("Ctrl-Q", .leaveWhileTyping),
            ("j k Up Down", .scrollCard),
            ("u", .undoLastAnswer),
            ("e", .editCard),
            ("!", .suspendCard),
            ("-", .buryCard),
            ("?", .thisHelp),
            ("q", .leaveSaved),
        ]
        return keys.map { ($0.0, $0.1.text(language)) }
    }
}

extension ReviewScreen.Phase {
    var isTyping: Bool {
        if case .typing = self { return true }
        return false
    }
}
