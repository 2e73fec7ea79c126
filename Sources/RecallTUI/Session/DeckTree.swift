import RecallCore

/// One row of the home screen's deck list.
public struct DeckRow: Hashable, Sendable {
    /// The full deck name (`AWS::VPC`); nil for the "All decks" row.
    public var deck: String?
    /// What the row shows: the last part of the name, or "All decks".
    public var label: String
    public var depth: Int
    public var counts: DueCounts
}

/// The deck names as a tree: `AWS::VPC` nests under `AWS`, whether or not a deck named `AWS`
/// exists. "All decks" comes first. Each row's counts are what studying that row would give
/// (`DeckCounts`, the same numbers `recall due` prints).
public enum DeckTree {
    public static func rows(_ counts: DeckCounts, language: Language) -> [DeckRow] {
        [DeckRow(deck: nil, label: ScreenMessage.allDecks.text(language), depth: 0, counts: counts.all)] + counts.decks.map { row in
            let parts = row.deck.components(separatedBy: "::")
            return DeckRow(deck: row.deck, label: parts.last ?? row.deck, depth: parts.count, counts: row.counts)
        }
    }
}
