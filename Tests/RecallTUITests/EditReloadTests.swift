import RecallCore
@testable import RecallTUI
import Testing

/// After the editor closes the decks are read again: the session stays on the card that was
/// edited, showing its new text, or says that the card is gone and moves on.
@Suite struct EditReloadTests {
    static func library(_ text: String) -> DeckLibrary {
        let result = DeckParser.parse(text: text, file: "Decks/vpc.md", defaultDeckName: "vpc")
        return DeckLibrary(decks: [result.deck!], diagnostics: result.diagnostics)
    }

    @Test func theEditedCardComesBackWithItsNewText() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        #expect(ReviewFlowTests.current(app)?.card?.id == "nat")
        let edited = Fixture.deckText.replacingOccurrences(of: "NAT 게이트웨이는 어느 서브넷에 두나요?",
                                                           with: "NAT 게이트웨이는 어디에 두나요?")
        _ = app.update(.reloaded(Self.library(edited), message: "Reloaded the decks."))
        let review = try #require(ReviewFlowTests.current(app))
        #expect(review.card?.id == "nat")
        #expect(review.card?.note.prompt.contains("어디에 두나요") == true)
        #expect(review.message == "Reloaded the decks.")
        let screen = app.view(width: 80, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("NAT 게이트웨이는 어디에 두나요?"))
    }

    @Test func aRemovedCardIsNamedAndTheSessionMovesOn() throws {
        var app = StudyApp(data: Fixture.data(), now: Fixture.now, session: .all)
        let start = try #require(Fixture.deckText.range(of: "## NAT 게이트웨이"))
        let end = try #require(Fixture.deckText.range(of: "## 보안 그룹"))
        var edited = Fixture.deckText
        edited.removeSubrange(start.lowerBound..<end.lowerBound)
        _ = app.update(.reloaded(Self.library(edited), message: "Reloaded the decks."))
        let review = try #require(ReviewFlowTests.current(app))
        #expect(review.card?.id == "sg")
        #expect(review.message?.contains("no longer in the decks") == true)
    }
}
