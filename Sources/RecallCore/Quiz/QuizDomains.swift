/// Which domains (tags) a question counts toward in the result's breakdown.
///
/// Cards carry two kinds of tags: broad exam domains (`security`, `networking`, …), which every
/// bundled deck sets in its front matter, and narrow topics (`nat`, `kms`) or deck labels
/// (`starter`, `talks`). A breakdown by every tag would bury the domains under dozens of one-
/// question topics, so a question counts toward each of its known domain tags. Decks written
/// with other tags still get a breakdown: a question with no known domain tag counts toward each
/// of its own tags, and one with no tags at all toward `untagged`.
public enum QuizDomains {
    /// The domains of the AWS certification exams, as the bundled decks tag them.
    public static let known: [String] = [
        "security", "networking", "compute", "storage", "database", "resilience", "cost",
        "operations", "integration", "containers", "delivery", "data", "architecture",
    ]

    public static let untagged = "untagged"

    /// The domains `card` counts toward, each once, in the card's tag order.
    public static func of(_ card: Card, known: [String] = known) -> [String] {
        of(tags: card.tags, known: known)
    }

    /// The domains a card with `cardTags` counts toward (the deck index gives tags, not cards).
    public static func of(tags cardTags: [String], known: [String] = known) -> [String] {
        let knownKeys = Set(known.map(DeckName.key))
        var seen = Set<String>()
        let tags = cardTags.filter { seen.insert(DeckName.key($0)).inserted }
        let domains = tags.filter { knownKeys.contains(DeckName.key($0)) }
        if !domains.isEmpty { return domains }
        return tags.isEmpty ? [untagged] : tags
    }
}
