import RecallCore

/// Which cards a review session takes: a deck with its sub-decks (`AWS` takes `AWS::VPC`), a
/// tag, and the session's own caps on new cards and reviews (on top of the daily limits).
public struct SessionScope: Hashable, Sendable {
    public var deck: String?
    public var tag: String?
    public var newLimit: Int?
    public var reviewLimit: Int?

    public init(deck: String? = nil, tag: String? = nil, newLimit: Int? = nil, reviewLimit: Int? = nil) {
        self.deck = deck
        self.tag = tag
        self.newLimit = newLimit
        self.reviewLimit = reviewLimit
    }

    public static let all = SessionScope()

    public func includes(_ card: Card) -> Bool {
        if let deck, !DeckName.name(card.deck, isWithin: deck) { return false }
        if let tag, !card.tags.contains(tag) { return false }
        return true
    }

    /// What the title bar says the session studies.
    public var title: String {
        var parts = [deck ?? "All decks"]
        if let tag { parts.append("#" + tag) }
        return parts.joined(separator: " ")
    }
}
