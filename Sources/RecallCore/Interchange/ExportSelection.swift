import Foundation

/// The decks and notes an export covers: `--deck NAME` takes that deck and the decks under it
/// (`AWS` takes `AWS::VPC`), `--tag T` the notes with that tag or one under it (`net` takes
/// `net::vpc`), both compared without regard to case, as Anki does. A deck left with no notes
/// is left out.
public struct ExportSelection: Sendable {
    public var decks: [Deck]

    public init(decks: [Deck], deck: String? = nil, tag: String? = nil) {
        let deckKey = deck.map(DeckName.key)
        let tagKey = tag.map(DeckName.key)
        self.decks = decks.compactMap { original in
            if let deckKey, !DeckName.name(DeckName.key(original.name), isWithin: deckKey) { return nil }
            var deck = original
            if let tagKey {
                deck.notes = deck.notes.filter { note in note.tags.contains { DeckName.name(DeckName.key($0), isWithin: tagKey) } }
            }
            return deck.notes.isEmpty ? nil : deck
        }
    }

    public var notes: [Note] { decks.flatMap(\.notes) }
    public var cards: [Card] { decks.flatMap(\.cards) }
}
