/// Today's cards that could be studied, each looked up and sorted once: what `DueQueue` takes
/// from. Counting every row of the home screen (or of `recall due`) filters these by deck
/// instead of looking up 100,000 cards' progress once per row.
public struct DueCandidates: Sendable {
    public struct Learning: Sendable {
        public var card: StudyCard
        public var due: Instant
        /// Last answered on an earlier study day (a step that crossed a day boundary, or a card
        /// left waiting): Anki's interday learning, which can be buried as a sibling.
        public var interday: Bool
    }

    public struct Due: Sendable {
        public var card: StudyCard
        public var due: Instant
    }

    public let day: StudyDay
    /// (Re)learning cards due before the day ends, soonest first.
    public private(set) var learning: [Learning] = []
    /// Reviews due before the day ends, most overdue first (deck order among equals).
    public private(set) var reviews: [Due] = []
    /// Cards never answered, spread out: the first card of each note in deck order, then each
    /// note's second card, and so on, so that siblings are apart even when burying is off.
    public private(set) var new: [StudyCard] = []

    /// `cards` in deck order; suspended cards, cards buried until later and orphans are left out.
    public init(cards: [StudyCard], state: ProgressState, day: StudyDay, now: Instant) {
        self.day = day
        var passes: [[StudyCard]] = [[]]
        var lastNote: Substring?
        var rank = 0
        var dueReviews: [(card: StudyCard, due: Instant, order: Int)] = []
        for (order, card) in cards.enumerated() {
            let schedule: CardSchedule?
            if let progress = state.cards[card.id] {
                if progress.suspended || progress.isBuried(at: now) { continue }
                schedule = progress.schedule
            } else {
                schedule = nil
            }
            guard let schedule else {
                // A note's cards are next to each other in deck order, so the rank of a card
                // among its note's new cards needs no lookup.
                let note = card.note
                rank = note == lastNote ? rank + 1 : 0
                lastNote = note
                if rank == passes.count { passes.append([]) }
                passes[rank].append(card)
                continue
            }
            guard schedule.due < day.end else { continue }
            switch schedule.state {
            case .learning, .relearning:
                learning.append(Learning(card: card, due: schedule.due,
                                         interday: (schedule.lastReview ?? day.start) < day.start))
            case .review:
                dueReviews.append((card, schedule.due, order))
            }
        }
        learning.sort { $0.due < $1.due }
        dueReviews.sort { ($0.due, $0.order) < ($1.due, $1.order) }
        reviews = dueReviews.map { Due(card: $0.card, due: $0.due) }
        new = passes.count == 1 ? passes[0] : Array(passes.joined())
    }

    /// Only the cards of `deck` and the decks under it (all of them for nil), in the same order.
    public func within(_ deck: String?) -> DueCandidates {
        guard let deck else { return self }
        var result = self
        result.learning = learning.filter { DeckName.name($0.card.deck, isWithin: deck) }
        result.reviews = reviews.filter { DeckName.name($0.card.deck, isWithin: deck) }
        result.new = new.filter { DeckName.name($0.deck, isWithin: deck) }
        return result
    }
}
