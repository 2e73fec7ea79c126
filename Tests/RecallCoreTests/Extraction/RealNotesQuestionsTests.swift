import Foundation
import Testing
@testable import RecallCore

/// On the project's real notes: every draft asks a question and has a domain tag, and the tags
/// the deck is written with are the tags the deck parser reads back.
@Suite struct RealNotesQuestionsTests {
    @Test(.enabled(if: RealNotes.available, RealNotes.skipReason), arguments: RealNotes.files)
    func everyDraftAsksAQuestionAndHasADomain(_ file: URL) throws {
        let cards = try RealNotes.cards(file)
        let known = Set(QuizDomains.known)
        for card in cards {
            if card.kind != .cloze { #expect(card.question.hasSuffix("?"), "\(card.source): \(card.question)") }
            #expect(!known.isDisjoint(with: card.tags), "\(card.source): \(card.tags)")
            #expect(Set(card.tags).count == card.tags.count, "\(card.source): \(card.tags)")
        }
        let draft = DraftDeck(name: "notes", sources: [file.lastPathComponent], cards: cards)
        let deck = try #require(DeckParser.parse(text: DraftWriter.render(draft), file: "notes.md", defaultDeckName: "notes").deck)
        #expect(deck.notes.map(\.tags) == draft.cards.map(\.tags))
    }
}
