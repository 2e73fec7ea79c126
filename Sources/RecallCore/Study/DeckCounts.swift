/// Today's counts for every deck row, each meaning what studying that deck alone would give:
/// its cards and its sub-decks' cards, within its own limits, its parents' and the global ones,
/// with siblings buried, as Anki counts a deck tree. The home screen and `recall due` (table
/// and JSON) both show these, so they always agree; a parent's count is therefore not the sum
/// of its children's when a limit cuts it.
public struct DeckCounts: Sendable {
    /// All decks together: what `recall review` without `--deck` would give.
    public var all: DueCounts
    /// Every deck and every parent of one (see `DeckName.treePaths`), in tree order.
    public var decks: [(deck: String, counts: DueCounts)]
    /// Every card's candidates, from which the rows were counted: a session started from the
    /// home screen takes its own from these (`DueCandidates.within(_:)`).
    public let candidates: DueCandidates

    /// `cards` in deck order; `deckNames` are the decks to show (a deck without cards shows zeros).
    public init(cards: [StudyCard], deckNames: [String], state: ProgressState, config: StudyConfig,
                day: StudyDay, now: Instant, exams: ExamDues = .none) {
        self.init(cards: cards, deckNames: deckNames,
                  candidates: DueCandidates(cards: cards, state: state, day: day, now: now, exams: exams),
                  answers: state, config: config, now: now)
    }

    /// The same, with every card's progress in a snapshot's table (`recall due`); `answers`
    /// holds today's answers (its cards are not looked at).
    public init(cards: [StudyCard], deckNames: [String], table: ProgressTable, answers: ProgressState,
                config: StudyConfig, day: StudyDay, now: Instant, exams: ExamDues = .none) {
        self.init(cards: cards, deckNames: deckNames,
                  candidates: DueCandidates(cards: cards, table: table, day: day, now: now, exams: exams),
                  answers: answers, config: config, now: now)
    }

    private init(cards: [StudyCard], deckNames: [String], candidates: DueCandidates, answers state: ProgressState,
                 config: StudyConfig, now: Instant) {
        self.candidates = candidates
        func counts(_ deck: String?) -> DueCounts {
            DueQueue(candidates: candidates.within(deck), state: state, config: config, now: now).total
        }
        let all = counts(nil)
        self.all = all
        // A row whose tree holds every card's deck has the same candidates as all decks together,
        // and one that holds none has none: neither needs a queue of its own (on 100,000 cards,
        // most of `recall due`'s queues were such rows or the parents of every deck).
        // A row whose tree holds one card's deck has that deck's candidates alone, all of them
        // sorted out in one pass instead of filtered once per row.
        let cardDecks = Self.decks(of: cards)
        let alone = candidates.byDeck()
        decks = DeckName.treePaths(deckNames).map { deck in
            let inside = cardDecks.filter { DeckName.name($0, isWithin: deck) }
            if inside.isEmpty { return (deck, DueCounts()) }
            if inside.count == cardDecks.count { return (deck, all) }
            guard inside.count == 1 else { return (deck, counts(deck)) }
            return (deck, alone[inside[0]].map { DueQueue(candidates: $0, state: state, config: config, now: now).total } ?? DueCounts())
        }
    }

    /// The decks of `cards`, each once (cards in deck order hold each deck in one run).
    static func decks(of cards: [StudyCard]) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        for card in cards where card.deck != names.last && seen.insert(card.deck).inserted { names.append(card.deck) }
        return names
    }
}
