import RecallCore

/// Reads one card from its block of a deck file (`CardBlock`, from the deck index), so that the
/// study screen never waits for a whole deck file to be parsed: at 100,000 cards a 5,000-card
/// file takes about 35 ms, where keys at machine speed come 10 ms apart.
public enum CardBlockReader {
    /// The card `id` parsed from `block`, with its deck's settings (the deck holds only that
    /// card's note); nil when the file is not as `stamp` says any more, or the block does not
    /// give the card: the caller then parses the whole file.
    public static func card(_ id: String, file: String, block: CardBlock, stamp: FileStamp,
                            defaultDeckName: String) -> (card: Card, deck: Deck)? {
        guard block.head >= 0, block.head <= block.start, block.start <= block.end,
              Int64(block.end) <= stamp.size, let file = try? ReadableFile(file) else { return nil }
        defer { file.close() }
        // The stamp of the open file, so that the bytes read are the ones it describes.
        guard DeckIndex.stamp(of: file.fd) == stamp,
              let head = try? file.read(at: 0, count: block.head), head.count == block.head,
              let text = try? file.read(at: block.start, count: block.end - block.start), text.count == block.end - block.start,
              let headText = String(validating: head, as: UTF8.self), let blockText = String(validating: text, as: UTF8.self)
        else { return nil }
        let parsed = DeckParser.parse(head: headText, block: blockText, line: block.line, file: file.path,
                                      defaultDeckName: defaultDeckName)
        guard let deck = parsed.deck, deck.notes.count == 1, let card = deck.cards.first(where: { $0.id == id }) else { return nil }
        return (card, deck)
    }
}
