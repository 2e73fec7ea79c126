/// Which cards `--deck` and `--tag` take, the one rule for `review`, `quiz`, `export` and `due`,
/// so a name that works in one command works in all: names compare without regard to case (as
/// Anki does, after NFC), a deck takes the decks below it (`AWS` takes `AWS::VPC`), a tag the tags
/// below it (`net` takes `net::vpc`), and a card with any of the tags is taken.
public struct CardSelection: Hashable, Sendable {
    public let deck: String?
    public let tags: [String]
    /// `deck` and `tags` as they compare (`DeckName.key`), made once.
    private let deckKey: String?
    private let tagKeys: [String]

    public init(deck: String? = nil, tags: [String] = []) {
        self.deck = deck.map { String($0.trimmed) }
        self.tags = tags.map { String($0.trimmed) }
        deckKey = self.deck.map(DeckName.key)
        tagKeys = self.tags.map(DeckName.key)
    }

    public static let all = CardSelection()

    /// No filter: every card.
    public var isAll: Bool { deck == nil && tags.isEmpty }

    /// True when the deck named `name` is the selected deck or below it (any deck with no --deck).
    public func includes(deck name: String) -> Bool {
        guard let deck, let deckKey else { return true }
        return DeckName.name(name, isWithin: deck) || DeckName.name(DeckName.key(name), isWithin: deckKey)
    }

    /// True when one of `cardTags` is a selected tag or below one (any tags with no --tag).
    public func includes(tags cardTags: [String]) -> Bool {
        guard !tags.isEmpty else { return true }
        return cardTags.contains { tag in
            let key = DeckName.key(tag)
            return tagKeys.contains { DeckName.name(key, isWithin: $0) }
        }
    }

    public func includes(_ card: Card) -> Bool { includes(deck: card.deck) && includes(tags: card.tags) }

    public func includes(_ note: Note) -> Bool { includes(deck: note.deck) && includes(tags: note.tags) }

    /// The cards taken, in order.
    public func filter(_ cards: [Card]) -> [Card] {
        guard !isAll else { return cards }
        return taken(count: cards.count, deck: { cards[$0].deck }, tags: { cards[$0].tags }).map { cards[$0] }
    }

    /// The positions taken among `count` cards, given each one's deck and tags: what `filter`
    /// does, for cards that are not `Card`s (the deck index's). Decides once per deck name and
    /// tag list, since comparing without case costs a conversion and 100,000 cards share a few
    /// dozen of each.
    public func taken(count: Int, deck deckOf: (Int) -> String, tags tagsOf: (Int) -> [String]) -> [Int] {
        guard !isAll else { return Array(0..<count) }
        var decks: [String: Bool] = [:]
        var tagLists: [[String]: Bool] = [:]
        // Cards come deck by deck: the last deck's answer is the likeliest one.
        var lastDeck: String?
        var lastTaken = false
        return (0..<count).filter { n in
            if deck != nil {
                let cardDeck = deckOf(n)
                if cardDeck != lastDeck {
                    if let known = decks[cardDeck] {
                        lastTaken = known
                    } else {
                        lastTaken = includes(deck: cardDeck)
                        decks[cardDeck] = lastTaken
                    }
                    lastDeck = cardDeck
                }
                guard lastTaken else { return false }
            }
            guard !tags.isEmpty else { return true }
            let cardTags = tagsOf(n)
            if let known = tagLists[cardTags] { return known }
            let taken = includes(tags: cardTags)
            tagLists[cardTags] = taken
            return taken
        }
    }

    /// The first name given that matches no deck or tag at all, with the nearest known one:
    /// a typo is a usage error (exit status 64), not an empty result.
    public func problem(deckNames: [String], tags knownTags: [String]) -> SelectionError? {
        if let deck {
            // Every deck name and every ancestor of one, in the given order, each once.
            var names: [String] = []
            var seen = Set<String>()
            for name in deckNames {
                let parts = name.components(separatedBy: "::")
                for end in 1...max(1, parts.count) {
                    let ancestor = parts[0..<end].joined(separator: "::")
                    if seen.insert(ancestor).inserted { names.append(ancestor) }
                }
            }
            let key = DeckName.key(deck)
            if !names.contains(where: { DeckName.key($0) == key }) {
                // `VPC` for `AWS::VPC`: the tail of a full name is the likeliest meaning.
                let byTail = names.first { DeckName.key($0).hasSuffix("::" + key) }
                return .unknownDeck(deck, suggestion: byTail ?? Suggestion.closest(to: deck, among: names))
            }
        }
        var known: [String] = []
        var seen = Set<String>()
        for tag in knownTags where seen.insert(DeckName.key(tag)).inserted { known.append(tag) }
        for tag in tags {
            let key = DeckName.key(tag)
            if !seen.contains(where: { DeckName.name($0, isWithin: key) }) {
                return .unknownTag(tag, suggestion: Suggestion.closest(to: tag, among: known))
            }
        }
        return nil
    }

    /// `problem(deckNames:tags:)` over the cards themselves.
    public func problem(in cards: [Card]) -> SelectionError? {
        problem(deckNames: cards.map(\.deck), tags: cards.flatMap(\.tags))
    }
}

/// A `--deck` or `--tag` that names nothing: what was typed and the nearest real name.
public enum SelectionError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownDeck(String, suggestion: String?)
    case unknownTag(String, suggestion: String?)

    public var description: String { UsageMessage.selection(self).english }
}
