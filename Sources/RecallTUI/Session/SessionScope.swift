import RecallCore

/// Which cards a review session takes: a deck with its sub-decks (`AWS` takes `AWS::VPC`) and
/// tags, by `CardSelection` (the rule every command shares), and the session's own caps on new
/// cards and reviews (on top of the daily limits).
public struct SessionScope: Hashable, Sendable {
    public var selection: CardSelection
    public var newLimit: Int?
    public var reviewLimit: Int?
    /// A cram session (`recall review --cram`, the home screen's `c`): nil for a normal one.
    public var cram: CramSettings?

    public init(selection: CardSelection, newLimit: Int? = nil, reviewLimit: Int? = nil, cram: CramSettings? = nil) {
        self.cram = cram
        self.selection = selection
        self.newLimit = newLimit
        self.reviewLimit = reviewLimit
    }

    public init(deck: String? = nil, tag: String? = nil, newLimit: Int? = nil, reviewLimit: Int? = nil, cram: CramSettings? = nil) {
        self.init(selection: CardSelection(deck: deck, tags: tag.map { [$0] } ?? []), newLimit: newLimit,
                  reviewLimit: reviewLimit, cram: cram)
    }

    public static let all = SessionScope()

    public var deck: String? { selection.deck }

    public func includes(_ card: Card) -> Bool { selection.includes(card) }

    /// What the title bar says the session studies, in `language`: `AWS #vpc`, and
    /// `AWS (벼락치기)` / `AWS (cram)` for a cram session.
    public func title(_ language: Language) -> String {
        let named = ([deck ?? ScreenMessage.allDecks.text(language)] + selection.tags.map { "#" + $0 }).joined(separator: " ")
        return cram == nil ? named : named + " (" + CramMessage.cramTag.text(language) + ")"
    }
}

/// How a cram session runs: which cards, and whether its answers change their schedules.
public struct CramSettings: Hashable, Sendable {
    /// At most this many cards (`--limit`, 50 by default).
    public var limit: Int
    /// `--reschedule`: ordinary (early) reviews that change the schedule, not cram answers.
    public var reschedule: Bool
    /// The cards to go through in this order (a quiz attempt's wrong answers); nil: the
    /// weakest cards of the scope (`CramQueue`).
    public var cards: [String]?

    public init(limit: Int = CramQueue.defaultLimit, reschedule: Bool = false, cards: [String]? = nil) {
        self.limit = limit
        self.reschedule = reschedule
        self.cards = cards
    }
}
