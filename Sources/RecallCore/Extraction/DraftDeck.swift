/// The cards extracted from one or more notes, as one deck: each id once.
///
/// Two cards with the same question (the same fact noted twice, or one term defined in two places)
/// would have the same id; they become one card whose answer has the lines of both, and the tags.
public struct DraftDeck: Sendable {
    public var name: String
    /// The notes' names, as written in the front matter's `source:`.
    public var sources: [String]
    public private(set) var cards: [ExtractedCard] = []

    public init(name: String, sources: [String], cards: [ExtractedCard]) {
        self.name = name
        self.sources = sources
        var position: [String: Int] = [:]
        for card in cards {
            let id = card.id(deck: name)
            guard let first = position[id] else {
                position[id] = self.cards.count
                self.cards.append(card)
                continue
            }
            guard self.cards[first].kind == card.kind, card.kind != .cloze else { continue }
            for line in card.answer where !self.cards[first].answer.contains(line) {
                self.cards[first].answer.append(line)
            }
            for tag in card.tags where !self.cards[first].tags.contains(tag) {
                self.cards[first].tags.append(tag)
            }
        }
    }

    public func id(of card: ExtractedCard) -> String { card.id(deck: name) }
}
