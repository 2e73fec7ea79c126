import Testing
@testable import RecallCore

/// The one rule for `--deck` and `--tag` in every command.
@Suite struct CardSelectionTests {
    @Test(arguments: [
        ("AWS", "AWS::VPC", true), ("aws", "AWS::VPC", true), ("aws::vpc", "AWS::VPC", true),
        ("AWS::VPC", "AWS", false), ("AWS", "AWSX", false), ("AWS::VP", "AWS::VPC", false),
        ("aws::보안", "AWS::보안::IAM", true),
    ])
    func aDeckTakesItselfAndItsSubDecksIgnoringCase(filter: String, deck: String, taken: Bool) {
        #expect(CardSelection(deck: filter).includes(deck: deck) == taken)
    }

    @Test func tagsTakeAnyOfThemAndTheTagsBelowIgnoringCase() {
        let selection = CardSelection(tags: ["NET", "security"])
        #expect(selection.includes(tags: ["net"]))
        #expect(selection.includes(tags: ["storage", "net::vpc"]))
        #expect(selection.includes(tags: ["Security"]))
        #expect(!selection.includes(tags: ["network"]))
        #expect(!selection.includes(tags: []))
        #expect(CardSelection().includes(tags: []))
    }

    @Test func anUnknownNameGetsTheNearestRealOne() {
        let decks = ["AWS::VPC", "AWS::IAM", "AWS::보안"]
        let tags = ["networking", "net::vpc", "Security"]
        #expect(CardSelection(deck: "AWS::VCP").problem(deckNames: decks, tags: tags)
                == .unknownDeck("AWS::VCP", suggestion: "AWS::VPC"))
        #expect(CardSelection(deck: "vpc").problem(deckNames: decks, tags: tags) == .unknownDeck("vpc", suggestion: "AWS::VPC"))
        #expect(CardSelection(deck: "aws").problem(deckNames: decks, tags: tags) == nil, "a parent of a deck is a deck")
        #expect(CardSelection(deck: "AWS::보안").problem(deckNames: decks, tags: tags) == nil)
        #expect(CardSelection(tags: ["Netwrking"]).problem(deckNames: decks, tags: tags)
                == .unknownTag("Netwrking", suggestion: "networking"))
        #expect(CardSelection(tags: ["NET", "security"]).problem(deckNames: decks, tags: tags) == nil,
                "a parent of a tag is a tag")
        #expect(SelectionError.unknownDeck("x", suggestion: nil).description == "no deck named 'x'; 'recall list' lists the decks")
    }
}
