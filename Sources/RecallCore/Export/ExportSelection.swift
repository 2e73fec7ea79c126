import Foundation

/// The decks and notes an export covers: the notes `CardSelection` takes (`--deck` and `--tag`,
/// the rule every command shares), in their decks; a deck left with no notes is left out.
public struct ExportSelection: Sendable {
    public var decks: [Deck]

    public init(decks: [Deck], selection: CardSelection) {
        self.decks = decks.compactMap { original -> Deck? in
            guard selection.includes(deck: original.name) else { return nil }
            var deck = original
            deck.notes = deck.notes.filter { selection.includes($0) }
            return deck.notes.isEmpty ? nil : deck
        }
    }

    public var notes: [Note] { decks.flatMap(\.notes) }
    public var cards: [Card] { decks.flatMap(\.cards) }
}
