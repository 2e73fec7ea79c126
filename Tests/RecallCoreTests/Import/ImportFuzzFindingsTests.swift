import Testing
@testable import RecallCore

/// Inputs the fuzz targets `fuzz-csv-import` and `fuzz-anki-text-import` found (FuzzTesting/),
/// each kept as a test of the property it broke.
@Suite struct ImportFuzzFindingsTests {
    /// A lone `\r` ends a record (old Mac spreadsheets write them) but is no line: every message
    /// counts lines at `\n`, as the deck parser and the UTF-8 check do, so that one file's
    /// messages agree with each other and with the editor's line numbers.
    @Test func aLoneCarriageReturnEndsARecordButIsNoLine() {
        let text = "question,answer\nq1,a1\rq2,\nq3,a3\rq4,\n"
        let result = DeckImport.read(bytes: Array(text.utf8), file: "mac.csv", format: .csv, defaultDeck: "mac")
        #expect(result.skipped.map(\.description) == [
            "mac.csv:2:1: row skipped: card has no answer; write it below the heading",
            "mac.csv:3:1: row skipped: card has no answer; write it below the heading",
        ])
        #expect(result.notes.map(\.prompt) == ["q1", "q3"])
    }

    @Test func aLoneCarriageReturnInsideQuotesIsNoLineEither() {
        let text = "#separator:tab\n\"two\rlines\"\tanswer\nno answer\t\n"
        let result = DeckImport.read(bytes: Array(text.utf8), file: "notes.txt", format: .anki, defaultDeck: "n")
        #expect(result.skipped.map(\.location.line) == [3])
    }
}

/// A deck name that cannot be written in front matter is refused where it is read.
@Suite struct DeckNameFuzzFindingsTests {
    /// A quoted csv `deck` field with a line break became a deck whose front matter line broke
    /// in two, so the written deck had another name.
    @Test func aDeckNameWithALineBreakIsSkipped() {
        let text = "question,answer,deck\nq,a,\"AWS\nSQS\"\nq2,a2,AWS\n"
        let result = DeckImport.read(bytes: Array(text.utf8), file: "d.csv", format: .csv, defaultDeck: "d")
        #expect(result.skipped.map(\.description) == ["d.csv:2:1: row skipped: deck name has a line break; keep it on one line"])
        #expect(result.decks.map(\.name) == ["AWS"])
    }

    @Test(arguments: ["a\nb", "a\rb", "a\r\nb", "a\u{2028}b"])
    func deckNamesWithLineBreaksHaveAProblem(name: String) {
        #expect(DeckName.problem(name) != nil)
    }
}
