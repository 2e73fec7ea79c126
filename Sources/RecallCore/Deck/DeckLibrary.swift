/// All decks found under the paths a command was given, with every diagnostic across them.
public struct DeckLibrary: Sendable {
    /// In tree order (`DeckName.inTreeOrder`), so every command lists and exports decks alike.
    public var decks: [Deck]
    public var diagnostics: [Diagnostic]

    public init(decks: [Deck], diagnostics: [Diagnostic]) {
        self.decks = DeckName.inTreeOrder(decks, name: \.name)
        self.diagnostics = diagnostics + Self.duplicateIDs(in: decks)
    }

    public var cards: [Card] { decks.flatMap(\.cards) }
    public var notes: [Note] { decks.flatMap(\.notes) }

    /// The card with this id, or every card of the note with this id (a reversible or cloze note).
    public func cards(matching id: String) -> [Card] {
        let exact = cards.filter { $0.id == id }
        if !exact.isEmpty { return exact }
        return notes.first { $0.id == id }?.cards ?? []
    }

    /// Every card id must be unique across all decks, because progress is keyed by it.
    static func duplicateIDs(in decks: [Deck]) -> [Diagnostic] {
        var firstPlace: [String: SourceLocation] = [:]
        firstPlace.reserveCapacity(decks.reduce(0) { $0 + $1.notes.count })
        var result: [Diagnostic] = []
        // Deck by deck: `decks.flatMap(\.notes)` copied every note first (a twentieth of loading 100,000 cards).
        for deck in decks {
            for note in deck.notes {
                for card in note.cards {
                    if let first = firstPlace[card.id] {
                        result.append(.error(at: note.location,
                            DeckMessage.duplicateID(id: card.id, firstUsedAt: first, derived: !note.hasExplicitID)))
                        break
                    }
                    firstPlace[card.id] = note.location
                }
            }
        }
        return result
    }
}
