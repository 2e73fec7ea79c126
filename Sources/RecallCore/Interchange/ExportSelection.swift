import Foundation

/// The decks and notes an export covers: `--deck NAME` takes that deck and the decks under it
/// (`AWS` takes `AWS::VPC`), `--tag T` the notes with that tag or one under it (`net` takes
/// `net::vpc`), both compared without regard to case, as Anki does. A deck left with no notes
/// is left out.
public struct ExportSelection: Sendable {
    public var decks: [Deck]

    public init(decks: [Deck], deck: String? = nil, tag: String? = nil) {
        let deckKey = deck.map(Self.key)
        let tagKey = tag.map(Self.key)
        self.decks = decks.compactMap { original in
            if let deckKey, !Self.isSameOrUnder(Self.key(original.name), deckKey) { return nil }
            var deck = original
            if let tagKey {
                deck.notes = deck.notes.filter { note in note.tags.contains { Self.isSameOrUnder(Self.key($0), tagKey) } }
            }
            return deck.notes.isEmpty ? nil : deck
        }
    }

    public var notes: [Note] { decks.flatMap(\.notes) }
    public var cards: [Card] { decks.flatMap(\.cards) }

    static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    static func isSameOrUnder(_ name: String, _ parent: String) -> Bool {
        name == parent || name.hasPrefix(parent + "::")
    }
}
