/// Which siblings a deck buries: the three switches of `config.json`, resolved for one deck.
/// A deck's own setting wins, then the nearest parent's (`AWS` sets it for `AWS::VPC`), then
/// the global one, so one line in the config can loosen a whole tree.
public struct SiblingBurying: Hashable, Sendable {
    public var buryNew: Bool
    public var buryReviews: Bool
    public var buryInterdayLearning: Bool

    public init(buryNew: Bool, buryReviews: Bool, buryInterdayLearning: Bool) {
        self.buryNew = buryNew
        self.buryReviews = buryReviews
        self.buryInterdayLearning = buryInterdayLearning
    }
}

extension StudyConfig {
    /// The burying that applies to cards of `deck`.
    public func burying(for deck: String) -> SiblingBurying {
        var result = SiblingBurying(buryNew: buryNewSiblings, buryReviews: buryReviewSiblings,
                                    buryInterdayLearning: buryInterdayLearningSiblings)
        guard !decks.isEmpty else { return result }
        let lineage = DailyLimits.lineage(deck)
        func nearest(_ value: (DeckLimits) -> Bool?) -> Bool? {
            for name in lineage { if let limits = decks[name], let setting = value(limits) { return setting } }
            return nil
        }
        if let value = nearest(\.buryNewSiblings) { result.buryNew = value }
        if let value = nearest(\.buryReviewSiblings) { result.buryReviews = value }
        if let value = nearest(\.buryInterdayLearningSiblings) { result.buryInterdayLearning = value }
        return result
    }
}

/// The notes that already have a card in today's study, while the queue is gathered: a card
/// of such a note (a sibling) is left out when its deck buries that kind of sibling.
///
/// Nothing is written to the log: the burying follows from today's answers, so an undo brings
/// the sibling back, and `recall due`, `due --json` and the home screen count the same. As in
/// Anki's v3 queue, a note is "seen" by an answer today, then by each card taken, in the order
/// the queue takes them: learning cards answered today (never buried themselves), interday
/// learning cards, reviews, then new cards.
struct SiblingBurial {
    private let config: StudyConfig
    private var seen = Set<Substring>()
    private var answered = Set<String>()
    private var byDeck: [String: SiblingBurying] = [:]

    enum Kind {
        case new, review, interdayLearning
    }

    init(config: StudyConfig, answersToday: [RecentAnswer]) {
        self.config = config
        for answer in answersToday {
            answered.insert(answer.card)
            seen.insert(CardID.noteID(ofCard: answer.card))
        }
    }

    /// Notes that the card's note is now in today's study. A card alone in its note is
    /// skipped: nothing can be its sibling (on 100,000 such cards this is most of the work).
    mutating func see(_ candidate: DueCandidates.Candidate) {
        if candidate.hasSiblings { seen.insert(candidate.card.note) }
    }

    /// True when the card, of this kind, waits for the next study day because a sibling came
    /// first. A card is never buried by its own answer.
    mutating func buries(_ candidate: DueCandidates.Candidate, as kind: Kind) -> Bool {
        let card = candidate.card
        guard candidate.hasSiblings, !seen.isEmpty, seen.contains(card.note), !answered.contains(card.id) else { return false }
        let burying = setting(for: card.deck)
        switch kind {
        case .new: return burying.buryNew
        case .review: return burying.buryReviews
        case .interdayLearning: return burying.buryInterdayLearning
        }
    }

    private mutating func setting(for deck: String) -> SiblingBurying {
        if let known = byDeck[deck] { return known }
        let burying = config.burying(for: deck)
        byDeck[deck] = burying
        return burying
    }
}
