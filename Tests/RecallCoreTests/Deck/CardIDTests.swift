import Foundation
import Testing
@testable import RecallCore

@Suite struct CardIDTests {
    func id(of text: String, deck: String = "AWS::VPC") throws -> String {
        try #require(parse(text, deck: deck).deck?.notes.first?.id)
    }

    @Test func derivedIDHasDeckSlugAndHash() throws {
        let derived = try id(of: "## NAT 게이트웨이란?\n답")
        #expect(derived.hasPrefix("aws-vpc-"))
        #expect(derived.count == "aws-vpc-".count + 10)
        #expect(CardID.derived(deck: "AWS::VPC", prompt: "NAT 게이트웨이란?") == derived)
    }

    @Test func derivedIDSurvivesAnswerEditsReorderingAndFormatting() throws {
        let original = try id(of: "## NAT 게이트웨이란?\n답")
        #expect(try id(of: "## NAT 게이트웨이란?\n완전히 다른 답\n\n- 목록") == original)
        #expect(try id(of: "## 다른 카드\nx\n\n## NAT 게이트웨이란?\n답").isEmpty == false)
        let moved = try #require(parse("## 다른 카드\nx\n\n## NAT 게이트웨이란?\n답", deck: "AWS::VPC").deck?.notes.last?.id)
        #expect(moved == original)
        #expect(try id(of: "##   **nat**  게이트웨이란?  \n답") == original)
    }

    @Test func derivedIDNormalizesToNFC() throws {
        let composed = "## 한국어\n답"
        let decomposed = "## " + "한국어".decomposedStringWithCanonicalMapping + "\n답"
        #expect(Array(composed.unicodeScalars) != Array(decomposed.unicodeScalars))
        #expect(try id(of: composed) == id(of: decomposed))
    }

    @Test func rewordingOrRenamingTheDeckChangesADerivedID() throws {
        let original = try id(of: "## NAT 게이트웨이란?\n답")
        #expect(try id(of: "## NAT 게이트웨이는 무엇인가?\n답") != original)
        #expect(try id(of: "## NAT 게이트웨이란?\n답", deck: "AWS::Network") != original)
    }

    @Test func explicitIDSurvivesRewording() throws {
        #expect(try id(of: "## 원래 질문\n<!-- id: vpc-nat -->\n답") == "vpc-nat")
        #expect(try id(of: "## 바뀐 질문\n답\n<!-- id: vpc-nat -->") == "vpc-nat")
    }

    @Test func slugOfANonASCIIDeckName() {
        #expect(CardID.slug("한국어") == "card")
        #expect(CardID.slug("AWS::S3 기초") == "aws-s3")
    }

    @Test(arguments: ["a", "vpc-nat", "s3.sse_1", "A9"])
    func validExplicitIDs(_ id: String) { #expect(CardID.isValidExplicit(id)) }

    @Test(arguments: ["", "-a", ".a", "a b", "a/b", "한글", String(repeating: "x", count: 101)])
    func invalidExplicitIDs(_ id: String) { #expect(!CardID.isValidExplicit(id)) }
}

@Suite struct DeckIDWriterTests {
    @Test func insertsDerivedIDsAndKeepsEverythingElse() throws {
        let text = "---\ndeck: X\n---\n## A\nanswer a\n\n## B\n<!-- id: b -->\nanswer b\n## C\nc"
        let notes = try #require(parse(text).deck?.notes)
        let (written, added) = DeckIDWriter.insertingIDs(into: text, for: notes)
        #expect(added == 2)
        #expect(written == "---\ndeck: X\n---\n## A\n<!-- id: \(notes[0].id) -->\nanswer a\n\n## B\n<!-- id: b -->\nanswer b\n## C\n<!-- id: \(notes[2].id) -->\nc")
        let reparsed = try #require(parse(written).deck?.notes)
        #expect(reparsed.map(\.id) == notes.map(\.id))
        #expect(reparsed.allSatisfy { $0.hasExplicitID })
    }

    @Test func keepsCRLFLineEndings() throws {
        let text = "## A\r\nanswer\r\n"
        let notes = try #require(parse(text).deck?.notes)
        let (written, _) = DeckIDWriter.insertingIDs(into: text, for: notes)
        #expect(written == "## A\r\n<!-- id: \(notes[0].id) -->\r\nanswer\r\n")
    }
}

@Suite struct DeckLibraryTests {
    @Test func duplicateIDsNameBothPlaces() {
        let a = parse("## Q\n<!-- id: same -->\nA").deck!
        var b = DeckParser.parse(text: "\n\n## R\n<!-- id: same -->\nB", file: "other.md", defaultDeckName: "Other").deck!
        b.file = "other.md"
        let library = DeckLibrary(decks: [a, b], diagnostics: [])
        #expect(library.diagnostics.map(\.description) == ["other.md:3:1: duplicate card id 'same', first used at test.md:1:1"])
    }

    @Test func duplicateDerivedIDsSuggestAnExplicitID() {
        let deck = parse("## Q\nA\n\n## Q\nB").deck!
        let library = DeckLibrary(decks: [deck], diagnostics: [])
        #expect(library.diagnostics.count == 1)
        #expect(library.diagnostics[0].message.contains("give one card an explicit"))
    }
}
