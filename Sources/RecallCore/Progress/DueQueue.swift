/// A card as the queue needs it: its id and deck, in deck order. Cheap to get for 100,000
/// cards, unlike a parsed `Card`.
public struct StudyCard: Hashable, Sendable {
    public var id: String
    public var deck: String

    public init(id: String, deck: String) {
        self.id = id
        self.deck = deck
    }
}

/// New, learning and review counts.
public struct DueCounts: Hashable, Sendable {
    public var new = 0
    public var learning = 0
    public var review = 0

    public init(new: Int = 0, learning: Int = 0, review: Int = 0) {
        self.new = new
        self.learning = learning
        self.review = review
    }

    public var total: Int { new + learning + review }

    static func += (a: inout DueCounts, b: DueCounts) {
        a.new += b.new
        a.learning += b.learning
        a.review += b.review
    }
}

/// Today's queue: what the review screen shows next, and the counts `recall due` prints.
///
/// Order: learning cards due now (soonest first), then reviews due today (most overdue first),
/// then new cards in deck order. Suspended cards, cards buried until later, and orphans (cards
/// in no deck) are left out. Reviews and new cards are cut to the daily limits; learning cards
/// are never limited, because a card half-learned and then dropped is wasted work.
public struct DueQueue: Sendable {
    /// Learning cards due by `now`, soonest first.
    public var learningNow: [String] = []
    /// Learning cards due later today, soonest first: shown when their time comes.
    public var learningLater: [(id: String, due: Instant)] = []
    public var reviews: [String] = []
    public var new: [String] = []
    /// Counts per deck name, and for all decks.
    public var perDeck: [String: DueCounts] = [:]
    public var total = DueCounts()
    public let day: StudyDay

    /// The cards to show now, in order.
    public var ordered: [String] { learningNow + reviews + new }

    /// Builds the queue. `cards` are the decks' cards in deck order; `now` is within `day`
    /// (or before it, if the clock went back).
    public init(cards: [StudyCard], state: ProgressState, config: StudyConfig, day: StudyDay, now: Instant) {
        self.day = day
        var limits = DailyLimits(config: config, answersToday: state.answers(in: day.range))
        var learning: [(id: String, deck: String, due: Instant)] = []
        var dueReviews: [(id: String, deck: String, due: Instant, order: Int)] = []
        var newCards: [StudyCard] = []
        for (order, card) in cards.enumerated() {
            guard let progress = state.cards[card.id] else {
                newCards.append(card)
                continue
            }
            if progress.suspended || progress.isBuried(at: now) { continue }
            guard let schedule = progress.schedule else {
                newCards.append(card)
                continue
            }
            switch schedule.state {
            case .learning, .relearning:
                if schedule.due < day.end { learning.append((card.id, card.deck, schedule.due)) }
            case .review:
                if schedule.due < day.end { dueReviews.append((card.id, card.deck, schedule.due, order)) }
            }
        }
        learning.sort { $0.due < $1.due }
        for card in learning {
            perDeck[card.deck, default: DueCounts()].learning += 1
            if card.due <= now { learningNow.append(card.id) } else { learningLater.append((card.id, card.due)) }
        }
        dueReviews.sort { ($0.due, $0.order) < ($1.due, $1.order) }
        for card in dueReviews where limits.takeReview(deck: card.deck) {
            reviews.append(card.id)
            perDeck[card.deck, default: DueCounts()].review += 1
        }
        for card in newCards where limits.takeNew(deck: card.deck) {
            new.append(card.id)
            perDeck[card.deck, default: DueCounts()].new += 1
        }
        for counts in perDeck.values { total += counts }
    }
}

extension DueQueue {
    /// Keeps only the first `limit` new cards: a session's own cap, below the daily limit.
    /// `total` follows; `perDeck` keeps the daily counts the home screen shows.
    public mutating func limitNew(to limit: Int) {
        guard new.count > limit else { return }
        total.new -= new.count - limit
        new.removeLast(new.count - limit)
    }

    /// Keeps only the first `limit` reviews due (see `limitNew`).
    public mutating func limitReviews(to limit: Int) {
        guard reviews.count > limit else { return }
        total.review -= reviews.count - limit
        reviews.removeLast(reviews.count - limit)
    }
}
