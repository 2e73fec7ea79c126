import Foundation
import RecallCore

/// Everything the study screens read, as values: the decks, the progress, the settings and the
/// time zone. The executable builds it from the files and hands it in; the screens never touch
/// the disk, so every screen can be tested with data made up in the test.
public struct StudyData: Sendable {
    public private(set) var library: DeckLibrary
    /// Every card in deck order, made once: `DeckLibrary.cards` builds them anew on each call.
    public private(set) var cards: [Card] = []
    public private(set) var cardsByID: [String: Card] = [:]
    public private(set) var decksByFile: [String: Deck] = [:]
    /// The one copy of the progress the screens read: it changes only by the results of the
    /// store's effects (`StudyEvent`), applied as they are.
    public internal(set) var progress: ProgressState
    public var config: StudyConfig
    public var schedulers: SchedulerSet
    public var timeZone: TimeZone
    /// The study days (`StudyDay.dayNumber`) with at least one answer, for the streak.
    public var studiedDays: Set<Int64>

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

    /// Swaps in decks read again (after the editor), keeping progress.
    public mutating func replaceLibrary(_ library: DeckLibrary) {
        self.library = library
        index()
    }

    private mutating func index() {
        cards = library.cards
        cardsByID = Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        decksByFile = Dictionary(library.decks.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func day(at now: Instant) -> StudyDay {
        StudyDay.containing(now, rolloverHour: config.rolloverHour, timeZone: timeZone)
    }

    public func deck(of card: Card) -> Deck? { decksByFile[card.note.location.file] }

    public func schedulerKind(of card: Card) -> SchedulerKind {
        deck(of: card)?.scheduler ?? config.scheduler
    }

    /// The next interval for each grade, as the grade buttons show it (`<1m`, `10m`, `2d`).
    public func previewLabels(of card: Card, at now: Instant) -> [Rating: String] {
        schedulers.scheduler(schedulerKind(of: card)).previewLabels(progress.schedule(of: card.id, at: now), at: now)
    }

    /// Today's queue for the cards in `scope`, within the daily limits and the session's own.
    public func queue(_ scope: SessionScope, at now: Instant, session: SessionCounts = SessionCounts()) -> DueQueue {
        queue(scope, candidates: candidates(scope, at: now), at: now, session: session)
    }

    /// The cards in `scope` that could be studied today, looked up once: a session keeps them
    /// and updates them per answer (`DueCandidates.update`) instead of looking at every card again.
    public func candidates(_ scope: SessionScope, at now: Instant) -> DueCandidates {
        let chosen = scope.selection.filter(cards).map { StudyCard(id: $0.id, deck: $0.deck) }
        return DueCandidates(cards: chosen, state: progress, day: day(at: now), now: now)
    }

    /// Today's queue from candidates kept up to date (see `candidates(_:at:)`).
    public func queue(_ scope: SessionScope, candidates: DueCandidates, at now: Instant,
                      session: SessionCounts = SessionCounts()) -> DueQueue {
        var queue = DueQueue(candidates: candidates, state: progress, config: config, now: now)
        if let limit = scope.newLimit { queue.limitNew(to: max(0, limit - session.new)) }
        if let limit = scope.reviewLimit { queue.limitReviews(to: max(0, limit - session.reviews)) }
        return queue
    }

    /// Today's counts for every deck row of the home screen (the ones `recall due` prints).
    public func deckCounts(at now: Instant) -> DeckCounts {
        DeckCounts(cards: cards.map { StudyCard(id: $0.id, deck: $0.deck) }, deckNames: library.decks.map(\.name),
                   state: progress, config: config, day: day(at: now), now: now)
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
