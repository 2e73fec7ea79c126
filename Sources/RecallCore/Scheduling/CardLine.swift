/// One line of `recall replay`'s output: py-fsrs's `Card.to_json()` shape, keys in its order and
/// with `json.dumps`'s spacing, plus the retrievability just before the review:
/// `{"card_id": 1, "state": 1, "step": 1, "stability": 2.3065, "difficulty": 2.118103970459016,
/// "due": "2024-01-01T09:10:00+00:00", "last_review": "2024-01-01T09:00:00+00:00", "retrievability": 0.0}`
public enum CardLine {
    /// Returns false, appending nothing, if a date falls outside years 1–9999.
    public static func append(cardID: Int, card: CardSchedule, memory: (stability: Double?, difficulty: Double?),
                              retrievability: Double, to out: inout [UInt8]) -> Bool {
        let start = out.count
        out.append(contentsOf: cardIDKey)
        appendInteger(cardID, to: &out)
        out.append(contentsOf: stateKey)
        appendInteger(card.state.rawValue, to: &out)
        out.append(contentsOf: stepKey)
        if let step = card.step { appendInteger(step, to: &out) } else { out.append(contentsOf: null) }
        out.append(contentsOf: stabilityKey)
        appendNumber(memory.stability, to: &out)
        out.append(contentsOf: difficultyKey)
        appendNumber(memory.difficulty, to: &out)
        out.append(contentsOf: dueKey)
        var ok = ISOTimestamp.append(card.due, to: &out)
        out.append(contentsOf: lastReviewKey)
        if let lastReview = card.lastReview {
            out.append(UInt8(ascii: "\""))
            ok = ISOTimestamp.append(lastReview, to: &out) && ok
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(contentsOf: null)
        }
        out.append(contentsOf: retrievabilityKey)
        PythonFloat.append(retrievability, to: &out)
        out.append(contentsOf: end)
        if !ok { out.removeSubrange(start...) }
        return ok
    }

    private static let cardIDKey = Array(#"{"card_id": "#.utf8)
    private static let stateKey = Array(#", "state": "#.utf8)
    private static let stepKey = Array(#", "step": "#.utf8)
    private static let stabilityKey = Array(#", "stability": "#.utf8)
    private static let difficultyKey = Array(#", "difficulty": "#.utf8)
    private static let dueKey = Array(#", "due": ""#.utf8)
    private static let lastReviewKey = Array(#"", "last_review": "#.utf8)
    private static let retrievabilityKey = Array(#", "retrievability": "#.utf8)
    private static let null = Array("null".utf8)
    private static let end = Array("}\n".utf8)

    private static func appendNumber(_ value: Double?, to out: inout [UInt8]) {
        if let value { PythonFloat.append(value, to: &out) } else { out.append(contentsOf: null) }
    }

    private static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        out.append(contentsOf: String(value).utf8)
    }
}
