/// A card as the queue needs it: its id and deck, in deck order. Cheap to get for 100,000
/// cards, unlike a parsed `Card`.
public struct StudyCard: Hashable, Sendable {
    public var id: String
    public var deck: String

    public init(id: String, deck: String) {
        self.id = id
        self.deck = deck
    }

    /// The card's note, for burying siblings: taken from the id, so no card is parsed again.
    public var note: Substring { CardID.noteID(ofCard: id) }
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
}

/// Today's queue: what the review screen shows next; its `total` is a deck row's count (`DeckCounts`).
///
/// Order: learning cards due now (soonest first), then reviews due today (most overdue first),
/// then new cards in deck order, one card per note per pass (see `DueCandidates`). Suspended
/// cards, cards buried until later, and orphans (cards in no deck) are left out, and so are
/// siblings of a card already answered today or taken before them, as the config's burying
/// says (see `SiblingBurial`). Reviews and new cards are cut to the daily limits; learning
/// cards are never limited, because a card half-learned and then dropped is wasted work.
public struct DueQueue: Sendable {
    /// Learning cards due by `now`, soonest first.
    public var learningNow: [String] = []
    /// Learning cards due later today, soonest first: shown when their time comes.
    public var learningLater: [(id: String, due: Instant)] = []
    public var reviews: [String] = []
    public var new: [String] = []
    public var total = DueCounts()
    public let day: StudyDay

    /// The cards to show now, in order.
    public var ordered: [String] { learningNow + reviews + new }

    /// Builds the queue. `cards` are the decks' cards in deck order; `now` is within `day`
    /// (or before it, if the clock went back).
    /// A card whose deck has an exam is due when `exams` says (`ExamDues`).
    public init(cards: [StudyCard], state: ProgressState, config: StudyConfig, day: StudyDay, now: Instant,
                exams: ExamDues = .none) {
        self.init(candidates: DueCandidates(cards: cards, state: state, day: day, now: now, exams: exams),
                  state: state, config: config, now: now)
    }

    /// Builds the queue from cards already looked up (see `DeckCounts`).
    public init(candidates: DueCandidates, state: ProgressState, config: StudyConfig, now: Instant) {
        day = candidates.day
        let answersToday = state.answers(in: day.range)
        var limits = DailyLimits(config: config, answersToday: answersToday)
        var siblings = SiblingBurial(config: config, answersToday: answersToday)
        for card in candidates.learning where !card.interday { siblings.see(card) }
        for card in candidates.learning {
            if card.interday {
                if siblings.buries(card, as: .interdayLearning) { continue }
                siblings.see(card)
            }
            let due = card.due ?? now
            if due <= now { learningNow.append(card.card.id) } else { learningLater.append((card.card.id, due)) }
        }
        for card in candidates.reviews {
            if limits.reviewsRemaining == 0 { break }
            if siblings.buries(card, as: .review) || !limits.takeReview(deck: card.card.deck) { continue }
            siblings.see(card)
            reviews.append(card.card.id)
        }
        for card in candidates.new {
            if limits.newRemaining == 0 { break }
            if siblings.buries(card, as: .new) || !limits.takeNew(deck: card.card.deck) { continue }
            siblings.see(card)
            new.append(card.card.id)
        }
        total = DueCounts(new: new.count, learning: learningNow.count + learningLater.count, review: reviews.count)
    }
}

extension DueQueue {
    /// Keeps only the first `limit` new cards: a session's own cap, below the daily limit.
    /// `total` follows.
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
