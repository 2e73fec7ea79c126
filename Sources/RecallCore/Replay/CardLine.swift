/// One line of `recall replay`'s output: py-fsrs's `Card.to_json()` shape, keys in its order and
/// with `json.dumps`'s spacing, plus the retrievability just before the review:
/// `{"card_id": 1, "state": 1, "step": 1, "stability": 2.3065, "difficulty": 2.118103970459016,
/// "due": "2024-01-01T09:10:00+00:00", "last_review": "2024-01-01T09:00:00+00:00", "retrievability": 0.0}`
public enum CardLine {
    /// `retrievability` is nil for a card that had never been reviewed, written `0` as py-fsrs's
    /// integer 0 is, so that the output can be compared with py-fsrs's byte for byte.
    /// Returns false, appending nothing, if a date falls outside years 1–9999.
    public static func append(cardID: Int, card: CardSchedule, memory: (stability: Double?, difficulty: Double?),
                              retrievability: Double?, to out: inout [UInt8]) -> Bool {
        // Under 300 bytes: 20-digit id, three 24-character doubles, two 32-character timestamps.
        ByteWriter.append(to: &out, capacity: 512) { line in
            line.write(literal: #"{"card_id": "#)
            line.write(cardID)
            line.write(literal: #", "state": "#)
            line.write(card.state.rawValue)
            line.write(literal: #", "step": "#)
            if let step = card.step { line.write(step) } else { line.write(literal: "null") }
            line.write(literal: #", "stability": "#)
            writeNumber(memory.stability, to: &line)
            line.write(literal: #", "difficulty": "#)
            writeNumber(memory.difficulty, to: &line)
            line.write(literal: #", "due": ""#)
            guard ISOTimestamp.write(card.due, to: &line) else { return false }
            line.write(literal: #"", "last_review": "#)
            if let lastReview = card.lastReview {
                line.write(UInt8(ascii: "\""))
                guard ISOTimestamp.write(lastReview, to: &line) else { return false }
                line.write(UInt8(ascii: "\""))
            } else {
                line.write(literal: "null")
            }
            line.write(literal: #", "retrievability": "#)
            if let retrievability { PythonFloat.write(retrievability, to: &line) } else { line.write(UInt8(ascii: "0")) }
            line.write(literal: "}\n")
            return true
        }
    }

    private static func writeNumber(_ value: Double?, to line: inout ByteWriter) {
        if let value { PythonFloat.write(value, to: &line) } else { line.write(literal: "null") }
    }
}
