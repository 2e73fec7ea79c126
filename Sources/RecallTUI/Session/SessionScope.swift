import RecallCore

/// Which cards a review session takes: a deck with its sub-decks (`AWS` takes `AWS::VPC`) and
/// tags, by `CardSelection` (the rule every command shares), and the session's own caps on new
/// cards and reviews (on top of the daily limits).
public struct SessionScope: Hashable, Sendable {
    public var selection: CardSelection
    public var newLimit: Int?
    public var reviewLimit: Int?

    public init(selection: CardSelection, newLimit: Int? = nil, reviewLimit: Int? = nil) {
        self.selection = selection
        self.newLimit = newLimit
        self.reviewLimit = reviewLimit
    }

    public init(deck: String? = nil, tag: String? = nil, newLimit: Int? = nil, reviewLimit: Int? = nil) {
        self.init(selection: CardSelection(deck: deck, tags: tag.map { [$0] } ?? []), newLimit: newLimit,
                  reviewLimit: reviewLimit)
    }

    public static let all = SessionScope()

    public var deck: String? { selection.deck }

    public func includes(_ card: Card) -> Bool { selection.includes(card) }

    /// What the title bar says the session studies, in `language`.
    public func title(_ language: Language) -> String {
        ([deck ?? ScreenMessage.allDecks.text(language)] + selection.tags.map { "#" + $0 }).joined(separator: " ")
    }
}
