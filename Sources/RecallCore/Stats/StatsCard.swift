/// A card in scope, with the domains it counts toward (`QuizDomains.of`): what the decks add
/// to the log for the card-state sections and the weak domains.
public struct StatsCard: Hashable, Sendable {
    public var id: String
    public var deck: String
    public var domains: [String]

    public init(id: String, deck: String, domains: [String]) {
        self.id = id
        self.deck = deck
        self.domains = domains
    }
}
