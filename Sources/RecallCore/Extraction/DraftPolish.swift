/// The last step of extraction: phrases each draft's question (`QuestionPhrasing`) and tags it
/// (`DraftTags`).
enum DraftPolish {
    /// `cards` of one note whose text is `noteText`, phrased and tagged.
    static func apply(_ cards: [ExtractedCard], noteText: String) -> [ExtractedCard] {
        let phrased = cards.map { card -> ExtractedCard in
            var card = card
            card.phrasedQuestion = QuestionPhrasing.question(for: card)
            return card
        }
        return DraftTags.apply(phrased, noteText: noteText)
    }
}
