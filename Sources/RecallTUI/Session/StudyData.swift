import Foundation
import RecallCore

/// Everything the study screens read, as values: the decks, the progress, the settings and the
/// time zone. The executable builds it from the files and hands it in; the screens never touch
/// the disk, so every screen can be tested with data made up in the test.
public struct StudyData: Sendable {
    /// The decks parsed in full; empty when made from a `StudyCardIndex` (see `cardsByID`).
    public private(set) var library: DeckLibrary
    /// Every card in deck order, made once: `DeckLibrary.cards` builds them anew on each call.
    /// Empty when made from a `StudyCardIndex`.
    public private(set) var cards: [Card] = []
    /// Every card's id and deck, in deck order: what the queue and the counts work from.
    public private(set) var studyCards: [StudyCard] = []
    /// The cards by id: all of them parsed, or each deck file parsed when first asked for.
    public private(set) var cardsByID = CardLookup(cards: [], decks: [])
    /// The deck names in tree order, for the home screen's rows.
    public private(set) var deckNames: [String] = []
    /// How many decks there are; none gets the home screen's note on where to start.
    public private(set) var deckCount = 0
    /// Errors in the decks (which leave those cards out), and in how many files.
    public private(set) var deckErrors = (count: 0, files: 0)
    /// The one copy of the progress in a session: the writer hands it over at launch and keeps
    /// none. It changes only by the results of the writer's effects (`StudyEvent`: answers,
    /// undos, suspends and buries, other processes' lines), applied as they are.
    public internal(set) var progress: ProgressState
    public var config: StudyConfig
    public var schedulers: SchedulerSet
    public var timeZone: TimeZone
    /// The study days (`StudyDay.dayNumber`) with at least one answer, for the streak.
    public var studiedDays: Set<Int64>
    /// The language every screen speaks (`Language.resolve`, settled by the executable).
    public var language: Language = .en

    public init(library: DeckLibrary, progress: ProgressState, config: StudyConfig, schedulers: SchedulerSet,
                timeZone: TimeZone, studiedDays: Set<Int64> = []) {
        self.library = library
        self.progress = progress
        self.config = config
        self.schedulers = schedulers
        self.timeZone = timeZone
        self.studiedDays = studiedDays
        index()
    }

    /// Made from the deck index: no deck file is parsed until one of its cards is shown, so
    /// the home screen opens without reading every deck.
    public init(index: StudyCardIndex, source: any CardSource, progress: ProgressState, config: StudyConfig,
                schedulers: SchedulerSet, timeZone: TimeZone, studiedDays: Set<Int64> = []) {
        self.library = DeckLibrary(decks: [], diagnostics: [])
        self.progress = progress
        self.config = config
        self.schedulers = schedulers
        self.timeZone = timeZone
        self.studiedDays = studiedDays
        studyCards = index.cards
        cardsByID = CardLookup(index: index, source: source)
        deckNames = index.deckNames
        deckCount = index.deckCount
        deckErrors = (index.errors, index.filesWithErrors)
    }

    /// Swaps in decks read again (after the editor), keeping progress.
    public mutating func replaceLibrary(_ library: DeckLibrary) {
        self.library = library
        index()
    }

    /// Swaps in the deck index read again (after the editor), keeping progress; every deck
    /// file is parsed again when next wanted. Only for data made from an index.
    public mutating func replaceIndex(_ index: StudyCardIndex) {
        guard let lookup = cardsByID.replacing(index) else { return }
        studyCards = index.cards
        cardsByID = lookup
        deckNames = index.deckNames
        deckCount = index.deckCount
        deckErrors = (index.errors, index.filesWithErrors)
    }

    private mutating func index() {
        cards = library.cards
        studyCards = cards.map { StudyCard(id: $0.id, deck: $0.deck) }
        cardsByID = CardLookup(cards: cards, decks: library.decks)
        deckNames = library.decks.map(\.name)
        deckCount = library.decks.count
        let errors = library.diagnostics.errors
        deckErrors = (errors.count, Set(errors.map(\.location.file)).count)
    }

    public func day(at now: Instant) -> StudyDay {
        StudyDay.containing(now, rolloverHour: config.rolloverHour, timeZone: timeZone)
    }

    public func deck(of card: Card) -> Deck? { cardsByID.deck(of: card) }

    public func schedulerKind(of card: Card) -> SchedulerKind {
        deck(of: card)?.scheduler ?? config.scheduler
    }

    /// The next interval for each grade, as the grade buttons show it in the screen's language
    /// (`<1m`, `10m`, `2d`; `1분 미만`, `10분`, `2일`).
    public func previewLabels(of card: Card, at now: Instant) -> [Rating: String] {
        schedulers.scheduler(schedulerKind(of: card)).previews(progress.schedule(of: card.id, at: now), at: now)
            .mapValues { LocalizedFormat.interval($0, language: language) }
    }

    /// Today's queue for the cards in `scope`, within the daily limits and the session's own.
    public func queue(_ scope: SessionScope, at now: Instant, session: SessionCounts = SessionCounts()) -> DueQueue {
        queue(scope, candidates: candidates(scope, at: now), at: now, session: session)
    }

    /// The cards in `scope` that could be studied today, looked up once: a session keeps them
    /// and updates them per answer (`DueCandidates.update`) instead of looking at every card again.
    public func candidates(_ scope: SessionScope, at now: Instant) -> DueCandidates {
        let chosen = chosenCards(scope.selection)
        return DueCandidates(cards: chosen, state: progress, day: day(at: now), now: now, exams: exams(chosen, at: now))
    }

    /// The dues the exams in the config change for `cards`, computed once per build (`ExamDues`).
    public func exams(_ cards: [StudyCard], at now: Instant) -> ExamDues {
        ExamDues(cards: cards, state: progress, config: config, scheduler: schedulers.fsrs, now: now,
                 utcOffset: StudyDay.offset(in: timeZone))
    }

    /// The same, taken from `home` (the home screen's candidates of every card) when they are
    /// still current and the scope selects by deck alone: filtering them is cheaper than looking
    /// at every card again (at 100,000 cards, a third of Enter's time).
    public func candidates(_ scope: SessionScope, at now: Instant, from home: DueCandidates?) -> DueCandidates {
        if let home, home.isCurrent(day: day(at: now), now: now), let taken = home.within(scope.selection) { return taken }
        return candidates(scope, at: now)
    }

    /// The cards `selection` takes, in deck order. From the index a deck is decided once by its
    /// name; tags are in the deck files, so a tag selection there reads them.
    private func chosenCards(_ selection: CardSelection) -> [StudyCard] {
        if selection.isAll { return studyCards }
        if !cardsByID.isLazy {
            return selection.filter(cards).map { StudyCard(id: $0.id, deck: $0.deck) }
        }
        var taken: [String: Bool] = [:]
        return studyCards.filter { card in
            let inDeck = taken[card.deck] ?? selection.includes(deck: card.deck)
            taken[card.deck] = inDeck
            guard inDeck else { return false }
            return selection.tags.isEmpty || cardsByID[card.id].map(selection.includes) == true
        }
    }

    /// Today's queue from candidates kept up to date (see `candidates(_:at:)`).
    public func queue(_ scope: SessionScope, candidates: DueCandidates, at now: Instant,
                      session: SessionCounts = SessionCounts()) -> DueQueue {
        var queue = DueQueue(candidates: candidates, state: progress, config: config, now: now)
        if let limit = scope.newLimit { queue.limitNew(to: max(0, limit - session.new)) }
        if let limit = scope.reviewLimit { queue.limitReviews(to: max(0, limit - session.reviews)) }
        return queue
    }

    /// The cards a cram session of `scope` goes through, in order (`CramQueue`; the given
    /// cards, those still in the decks and not suspended, for a quiz's wrong answers). Ranked at
    /// the exam of the scope's deck while it is ahead, else at `now`.
    public func cramCards(_ scope: SessionScope, at now: Instant) -> [String] {
        guard let cram = scope.cram else { return [] }
        if let given = cram.cards {
            return Array(given.filter { cardsByID[$0] != nil && progress.cards[$0]?.suspended != true }.prefix(max(0, cram.limit)))
        }
        return CramQueue.cards(chosenCards(scope.selection).map(\.id), state: progress, schedulers: schedulers, now: now,
                               dayEnd: day(at: now).end, rankAt: cramRankInstant(scope, at: now), limit: cram.limit)
    }

    /// When a cram session ranks its cards: the exam of the scope's deck while it is ahead, else `now`.
    public func cramRankInstant(_ scope: SessionScope, at now: Instant) -> Instant {
        guard let exam = config.exam(forDeck: scope.deck ?? ""), exam.at > now else { return now }
        return exam.at
    }

    /// Today's counts for every deck row of the home screen (the ones `recall due` prints).
    public func deckCounts(at now: Instant) -> DeckCounts {
        DeckCounts(cards: studyCards, deckNames: deckNames,
                   state: progress, config: config, day: day(at: now), now: now, exams: exams(studyCards, at: now))
    }

    /// Answers given today (undone ones excluded).
    public func answeredToday(at now: Instant) -> Int {
        progress.answers(in: day(at: now).range).count
    }

    /// Days studied in a row, ending today, or yesterday when nothing is studied yet today.
    public func streak(at now: Instant) -> Int {
        var day = self.day(at: now).dayNumber
        if !studiedDays.contains(day) { day -= 1 }
        var count = 0
        while studiedDays.contains(day) {
            count += 1
            day -= 1
        }
        return count
    }
}

/// How many new cards and reviews a session has answered, for `--new-limit` and `--review-limit`.
public struct SessionCounts: Hashable, Sendable {
    public var new = 0
    public var reviews = 0

    public init(new: Int = 0, reviews: Int = 0) {
        self.new = new
        self.reviews = reviews
    }
}
