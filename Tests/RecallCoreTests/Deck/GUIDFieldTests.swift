import Testing
@testable import RecallCore
import RecallTestSupport

/// `guid:: …`: an Anki guid that is not a recall id is kept in the deck file, so that a note from
/// Anki goes back to Anki as the note it was (issue 21).
@Suite struct GUIDFieldTests {
    let deckText = """
        ---
        deck: AWS::IAM
        ---
        ## IAM 역할이란?
        <!-- id: anki-1a2b3c4d5e -->
        임시 자격 증명을 주는 자격 증명
        guid:: f[2#K!x@Bq

        """

    @Test func theParserKeepsTheGUIDAndTheWriterWritesItBack() throws {
        let result = DeckParser.parse(text: deckText, file: "iam.md", defaultDeckName: "x")
        #expect(result.diagnostics.isEmpty)
        let note = try #require(result.deck?.notes.first)
        #expect(note.guid == "f[2#K!x@Bq")
        #expect(note.ankiGUID == "f[2#K!x@Bq")
        #expect(note.body == "임시 자격 증명을 주는 자격 증명")
        let written = DeckWriter.note(note, deckTags: [], deckSource: nil)
        #expect(written.contains("guid:: f[2#K!x@Bq\n"))
        let again = DeckParser.parse(text: "---\ndeck: AWS::IAM\n---\n" + written, file: "iam.md", defaultDeckName: "x")
        #expect(again.deck?.notes.first?.guid == "f[2#K!x@Bq")
    }

    @Test func aNoteWithoutOneIsKnownToAnkiByItsID() throws {
        let result = DeckParser.parse(text: "## VPC란?\n<!-- id: vpc -->\n가상 네트워크\n", file: "v.md", defaultDeckName: "AWS")
        let note = try #require(result.deck?.notes.first)
        #expect(note.guid == nil)
        #expect(note.ankiGUID == "vpc")
        #expect(AnkiTextExport.render([note]).contains("\nvpc\tBasic\t"))
    }

    @Test func theTextImportKeepsAGUIDThatIsNotAnID() throws {
        let text = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\nf[2#K!x@Bq\tBasic\tAWS\t역할\t임시 자격 증명\n"
        let read = DeckImport.read(bytes: Array(text.utf8), file: "a.txt", format: .anki, defaultDeck: "AWS", deckOverride: nil)
        let note = try #require(read.decks.first?.notes.first)
        #expect(note.guid == "f[2#K!x@Bq")
        #expect(note.id.hasPrefix("anki-"))
        #expect(AnkiTextExport.render([note]).contains("\nf[2#K!x@Bq\tBasic\t"))
    }
}
