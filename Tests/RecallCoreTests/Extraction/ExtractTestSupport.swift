import Testing
@testable import RecallCore

/// Extracts `text` as the note `note.md`.
func extract(_ text: String) -> [ExtractedCard] {
    NoteExtractor.extract(text: text, sourceName: "note.md")
}

/// Each card as `question → answer` (answer lines joined by ` / `), for compact expectations.
func questionsAndAnswers(_ cards: [ExtractedCard]) -> [String] {
    cards.map { card in
        card.kind == .cloze ? "\(card.question) (cloze)" : "\(card.question) → \(card.answer.joined(separator: " / "))"
    }
}
