import Testing
@testable import RecallCore

/// Extracts `text` as the note `note.md`.
func extract(_ text: String) -> [ExtractedCard] {
    NoteExtractor.extract(text: text, sourceName: "note.md")
}

/// Each card as `breadcrumb → answer` (answer lines joined by ` / `), for compact expectations of
/// which drafts are found; `QuestionPhrasingTests` checks how their questions are worded.
func questionsAndAnswers(_ cards: [ExtractedCard]) -> [String] {
    cards.map { card in
        card.kind == .cloze ? "\(card.breadcrumb) (cloze)" : "\(card.breadcrumb) → \(card.answer.joined(separator: " / "))"
    }
}
