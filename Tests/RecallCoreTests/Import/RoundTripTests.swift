import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// Every format that can be read back gives the same notes: md (the deck format), csv and
/// Anki's text format; json decodes to the same notes and cards.
@Suite struct RoundTripTests {
    static func decks() throws -> [(String, Deck)] {
        try [("tricky", RoundTripDecks.trickyDeck)] + RoundTripDecks.bundled.map { ($0.name, $0) }
    }

    @Test func markdownExportParsesToTheSameNotesAndIDs() throws {
        for (name, deck) in try Self.decks() {
            let text = DeckWriter.deckFile(DeckWriter.DeckHeader(deck), notes: deck.notes)
            let again = try RoundTripDecks.parse(text, file: "\(name).md")
            #expect(again.name == deck.name)
            #expect(again.tags == deck.tags && again.source == deck.source && again.scheduler == deck.scheduler)
            #expect(again.notes.map { NoteContent($0) } == deck.notes.map { NoteContent($0) }, "\(name)")
            #expect(again.cards.map(\.id) == deck.cards.map(\.id))
            #expect(again.notes.allSatisfy { $0.hasExplicitID })
        }
    }

    @Test func ankiExportImportsToTheSameNotes() throws {
        for (name, deck) in try Self.decks() {
            let text = AnkiTextExport.render(deck.notes)
            let result = importNotes(text, format: .anki)
            #expect(result.decks.map(\.name) == [deck.name])
            let expected = deck.notes.map { NoteContent($0) }
            let actual = result.notes.map { NoteContent($0) }
            #expect(actual.count == expected.count)
            for (a, e) in zip(actual, expected) where a != e {
                Issue.record("\(name):\n  got      \(a)\n  expected \(e)")
            }
            #expect(result.cards.map(\.id) == deck.cards.map(\.id))
        }
    }

    @Test func csvExportImportsToTheSameNotes() throws {
        for (name, deck) in try Self.decks() {
            let text = CSVExport.render([deck], progress: ProgressState())
            let result = importNotes(text, format: .csv, file: "in.csv")
            let expected = deck.notes.map { NoteContent($0) }
            let actual = result.notes.map { NoteContent($0) }
            #expect(actual.count == expected.count)
            for (a, e) in zip(actual, expected) where a != e {
                Issue.record("\(name):\n  got      \(a)\n  expected \(e)")
            }
        }
    }

    @Test func jsonDecodesToTheSameNotesAndCards() throws {
        let deck = try RoundTripDecks.trickyDeck
        let document = JSONExport.document([deck], progress: .init(), whole: true,
                                           exported: Instant(secondsSinceEpoch: 1_767_225_600))
        let text = try JSONExport.render(document)
        let decoded = try JSONDecoder().decode(JSONExport.Document.self, from: Data(text.utf8))
        #expect(decoded == document)
        let notes = try #require(decoded.decks.first).notes
        #expect(notes.map(\.id) == deck.notes.map(\.id))
        #expect(notes.map(\.body) == deck.notes.map(\.body))
        #expect(notes.map(\.prompt) == deck.notes.map(\.prompt))
        #expect(notes.flatMap(\.cards).map(\.id) == deck.cards.map(\.id))
        #expect(notes.flatMap(\.cards).map(\.front) == deck.cards.map(\.front))
        #expect(notes.flatMap(\.cards).allSatisfy { $0.progress.state == "new" })
        #expect(text.contains("\"exported\" : \"2026-01-01T00:00:00+00:00\""))
        #expect(text.contains("첫 줄에 탭\\t이 있고 \\\"큰따옴표\\\""))
    }

    /// A second import of a recall export changes nothing: the format reads what it writes.
    @Test func importedDecksExportTheSameText() throws {
        let deck = try RoundTripDecks.trickyDeck
        let anki = AnkiTextExport.render(deck.notes)
        let imported = importNotes(anki, format: .anki)
        #expect(AnkiTextExport.render(imported.notes) == anki)
        let csv = CSVExport.render([deck], progress: ProgressState())
        let fromCSV = importNotes(csv, format: .csv, file: "in.csv")
        let decks = fromCSV.decks.map { Deck(name: $0.name, file: "x.md", tags: deck.tags, source: deck.source, notes: $0.notes) }
        #expect(CSVExport.render(decks, progress: ProgressState()) == csv)
    }
}
