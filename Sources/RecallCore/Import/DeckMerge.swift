/// Adds newly extracted cards to a deck the user already has, changing nothing that is there.
///
/// The existing file is kept byte for byte (so the user's edits, reordering and deletions of
/// text stay) and the new cards are appended. A card is new when its id is not in the deck; as
/// ids come from the questions, re-running on an edited note adds only the new questions.
public enum DeckMerge {
    public struct Result: Sendable, Equatable {
        public var text: String
        public var added: Int
        public var kept: Int
    }

    /// `existing` is `text` parsed; the caller refuses a deck with errors before merging into it.
    public static func merge(_ draft: DraftDeck, into text: String, existing: Deck) -> Result {
        let known = Set(existing.notes.map(\.id))
        let new = draft.cards.filter { !known.contains(draft.id(of: $0)) }
        guard !new.isEmpty else { return Result(text: text, added: 0, kept: existing.notes.count) }
        return Result(text: DraftWriter.appending(new.map { ($0, draft.id(of: $0)) }, to: text), added: new.count, kept: existing.notes.count)
    }
}
