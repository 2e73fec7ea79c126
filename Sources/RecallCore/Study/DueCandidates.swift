/// Today's cards that could be studied, each looked up and sorted once: what `DueQueue` takes
/// from. Counting every row of the home screen (or of `recall due`) filters these by deck
/// instead of looking up 100,000 cards' progress once per row.
public struct DueCandidates: Sendable {
    /// A card that could be shown today.
    public struct Candidate: Sendable {
        public var card: StudyCard
        /// When it is due; nil for a new card.
        public var due: Instant?
        /// A learning card last answered on an earlier study day (a step that crossed a day
        /// boundary, or a card left waiting): Anki's interday learning, buried as a sibling.
        public var interday = false
        /// False when the card's note has no other card: then burying can skip it.
        var hasSiblings: Bool
        /// The card's deck, as an index into `decks`, so that filtering by deck compares numbers.
        var deck: Int
    }

    public let day: StudyDay
    /// (Re)learning cards due before the day ends, soonest first.
    public private(set) var learning: [Candidate] = []
    /// Reviews due before the day ends, most overdue first (deck order among equals).
    public private(set) var reviews: [Candidate] = []
    /// Cards never answered, spread out: the first card of each note in deck order, then each
    /// note's second card, and so on, so that siblings are apart even when burying is off.
    public private(set) var new: [Candidate] = []
    /// The deck names of the cards, each once.
    private var decks: [String] = []

    /// `cards` in deck order; suspended cards, cards buried until later and orphans are left out.
    public init(cards: [StudyCard], state: ProgressState, day: StudyDay, now: Instant) {
        self.day = day
        var passes: [[Candidate]] = [[]]
        var rank = 0
        var deckIndex: [String: Int] = [:]
        var lastDeck: (name: String, index: Int)?
        var dueReviews: [(candidate: Candidate, order: Int)] = []
        // A note's cards are next to each other in deck order, so its siblings are its
        // neighbours, and the rank of a card among its note's new cards needs no lookup.
        var previousNote: Substring?
        var upcoming = cards.first?.note
        var lastNewNote: Substring?
        for (order, card) in cards.enumerated() {
            let current = upcoming ?? card.note
            upcoming = order + 1 < cards.count ? cards[order + 1].note : nil
            let hasSiblings = current == previousNote || current == upcoming
            previousNote = current
            let deck: Int
            if let lastDeck, lastDeck.name == card.deck {
                deck = lastDeck.index
            } else {
                deck = deckIndex[card.deck] ?? decks.count
                if deck == decks.count {
                    deckIndex[card.deck] = deck
                    decks.append(card.deck)
                }
                lastDeck = (card.deck, deck)
            }
            var candidate = Candidate(card: card, hasSiblings: hasSiblings, deck: deck)
            let progress = state.cards[card.id]
            if let progress, progress.suspended || progress.isBuried(at: now) { continue }
            guard let schedule = progress?.schedule else {
                rank = current == lastNewNote ? rank + 1 : 0
                lastNewNote = current
                if rank == passes.count { passes.append([]) }
                passes[rank].append(candidate)
                continue
            }
            guard schedule.due < day.end else { continue }
            candidate.due = schedule.due
            switch schedule.state {
            case .learning, .relearning:
                candidate.interday = (schedule.lastReview ?? day.start) < day.start
                learning.append(candidate)
            case .review:
                dueReviews.append((candidate, order))
            }
        }
        let start = day.start  // every learning card and review has a due time
        learning.sort { ($0.due ?? start) < ($1.due ?? start) }
        dueReviews.sort { ($0.candidate.due ?? start, $0.order) < ($1.candidate.due ?? start, $1.order) }
        reviews = dueReviews.map(\.candidate)
        new = passes.count == 1 ? passes[0] : Array(passes.joined())
    }

    /// Only the cards of `deck` and the decks under it (all of them for nil), in the same order.
    public func within(_ deck: String?) -> DueCandidates {
        guard let deck else { return self }
        let inside = decks.map { DeckName.name($0, isWithin: deck) }
        var result = self
        result.learning = learning.filter { inside[$0.deck] }
        result.reviews = reviews.filter { inside[$0.deck] }
        result.new = new.filter { inside[$0.deck] }
        return result
    }
}
