/// Where one card's `## ` section lies in its deck file, so that the study screen can parse
/// that card alone (`DeckParser.parse(block:)`) instead of the whole file: at 100,000 cards a
/// 5,000-card file takes about 35 ms to parse, one section a few microseconds.
///
/// Offsets are in bytes of the file as it was parsed; whoever keeps blocks also keeps what the
/// file was then (size and times, see `DeckIndex`) and parses the whole file when it changed.
public struct CardBlock: Hashable, Sendable {
    /// The bytes before the file's first card: the front matter, which gives the card its deck
    /// name, tags, source and scheduler.
    public var head: Int
    /// The section: from the start of its `## ` line to the end of its last line, without the
    /// line break after it.
    public var start: Int
    public var end: Int
    /// The file line of the `## ` heading.
    public var line: Int

    public init(head: Int, start: Int, end: Int, line: Int) {
        self.head = head
        self.start = start
        self.end = end
        self.line = line
    }

    /// The block of each card of `deck` (in `deck.cards` order), as `deck` was parsed from `bytes`.
    public static func blocks(of deck: Deck, in bytes: [UInt8]) -> [CardBlock] {
        // Where each line starts, as `StringProtocol.lines` splits them (at `\n` only).
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        func end(ofLine line: Int) -> Int { line < lineStarts.count ? lineStarts[line] - 1 : bytes.count }
        let head = deck.notes.first.map { lineStarts[$0.location.line - 1] } ?? bytes.count
        var result: [CardBlock] = []
        for note in deck.notes {
            let block = CardBlock(head: head, start: lineStarts[note.location.line - 1], end: end(ofLine: note.endLine),
                                  line: note.location.line)
            result += Array(repeating: block, count: note.cards.count)
        }
        return result
    }
}
