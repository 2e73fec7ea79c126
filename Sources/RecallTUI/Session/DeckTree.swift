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
/// exists. "All decks" comes first. Each row's counts are what studying that row would give:
/// its own queue, with its sub-decks, within the daily limits, as Anki counts them.
public enum DeckTree {
    public static func rows(deckNames: [String], counts: (String?) -> DueCounts) -> [DeckRow] {
        var paths = Set<String>()
        for name in deckNames {
            let parts = name.components(separatedBy: "::")
            for end in 1...max(1, parts.count) { paths.insert(parts[0..<end].joined(separator: "::")) }
        }
        var rows = [DeckRow(deck: nil, label: "All decks", depth: 0, counts: counts(nil))]
        let ordered = paths.sorted { $0.components(separatedBy: "::").lexicographicallyPrecedes($1.components(separatedBy: "::")) }
        for path in ordered {
            let parts = path.components(separatedBy: "::")
            rows.append(DeckRow(deck: path, label: parts.last ?? path, depth: parts.count, counts: counts(path)))
        }
        return rows
    }
}
